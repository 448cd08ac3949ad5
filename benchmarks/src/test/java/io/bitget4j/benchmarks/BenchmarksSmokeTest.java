package io.bitget4j.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * CI's smoke pass: every benchmark runs once, in this JVM, for 100 ms, proving that it still sets
 * up, runs and tears down. It measures nothing; speed is judged only by real JMH runs (README).
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class BenchmarksSmokeTest {

  @Test
  void everyBenchmarkRunsOnce() throws RunnerException {
    Options options = new OptionsBuilder()
        .include("io\\.bitget4j\\.benchmarks\\..*")
        .forks(0)
        .warmupIterations(0)
        .measurementIterations(1)
        .measurementTime(TimeValue.milliseconds(100))
        .shouldFailOnError(true)
        .verbosity(VerboseMode.SILENT) // a failure still throws with its cause; the results are asserted below
        .build();

    Collection<RunResult> results = new Runner(options).run();

    Set<String> ran = new TreeSet<>();
    for (RunResult result : results) {
      assertThat(result.getPrimaryResult().getSampleCount())
          .as("samples of %s", result.getParams().getBenchmark())
          .isPositive();
      String name = result.getParams().getBenchmark();
      String param = result.getParams().getParam("request");
      ran.add(name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1)
          + (param == null ? "" : "[" + param + "]"));
    }
    assertThat(ran).containsExactlyInAnyOrder(
        "SigningBenchmark.bitget4j[GET]", "SigningBenchmark.bitget4j[POST]",
        "SigningBenchmark.macPerCall[GET]", "SigningBenchmark.macPerCall[POST]",
        "SigningBenchmark.xchangeDigest[GET]", "SigningBenchmark.xchangeDigest[POST]",
        "SigningBenchmark.reusedMacFloor[GET]", "SigningBenchmark.reusedMacFloor[POST]",
        "StreamDecodeBenchmark.tickerBitget4j", "StreamDecodeBenchmark.tickerMoshiReflective",
        "StreamDecodeBenchmark.tickerJacksonXChange",
        "StreamDecodeBenchmark.books15Bitget4j", "StreamDecodeBenchmark.books15MoshiReflective",
        "StreamDecodeBenchmark.books15JacksonDatabind",
        "StreamDecodeBenchmark.positionsBitget4j", "StreamDecodeBenchmark.positionsMoshiReflective",
        "StreamDecodeBenchmark.positionsJacksonDatabind",
        "StreamDecodeBenchmark.v3TickerBitget4j", "StreamDecodeBenchmark.v3TickerMoshiReflective",
        "StreamDecodeBenchmark.v3TickerJacksonDatabind",
        "StreamDecodeBenchmark.v3BooksBitget4j", "StreamDecodeBenchmark.v3BooksMoshiReflective",
        "StreamDecodeBenchmark.v3BooksJacksonDatabind",
        "StreamDecodeBenchmark.v3PositionBitget4j", "StreamDecodeBenchmark.v3PositionMoshiReflective",
        "StreamDecodeBenchmark.v3PositionJacksonDatabind",
        "StreamDecodeBenchmark.v3OrderBitget4j", "StreamDecodeBenchmark.v3OrderMoshiReflective",
        "StreamDecodeBenchmark.v3OrderJacksonDatabind",
        "StreamDecodeBenchmark.ordersBitget4j", "StreamDecodeBenchmark.ordersMoshiReflective",
        "StreamDecodeBenchmark.ordersJacksonDatabind",
        "OrderBookBenchmark.updateAndChecksum", "OrderBookBenchmark.updateChecksumAndPublish",
        "OrderBookBenchmark.checksumOnly", "OrderBookBenchmark.decodeUpdateFrame",
        "UtilitiesBenchmark.ttlCacheGet", "UtilitiesBenchmark.ttlCacheGet2Threads",
        "UtilitiesBenchmark.caffeineGet", "UtilitiesBenchmark.caffeineGet2Threads",
        "UtilitiesBenchmark.ttlCachePut", "UtilitiesBenchmark.ttlCachePut2Threads",
        "UtilitiesBenchmark.caffeinePut", "UtilitiesBenchmark.caffeinePut2Threads",
        "UtilitiesBenchmark.throttleSubmit",
        "UtilitiesBenchmark.rateLimiterTryAcquireGranted",
        "UtilitiesBenchmark.rateLimiterTryAcquireRefused",
        "RestRoundTripBenchmark.bitget4jClient", "RestRoundTripBenchmark.bareOkHttpMoshi",
        "RestRoundTripBenchmark.bareOkHttpBitgetJson",
        "StreamThroughputBenchmark.bitget4jTickerListener",
        "StreamThroughputBenchmark.bitget4jTickerListenerSameThread",
        "StreamThroughputBenchmark.bareOkHttpDecodeOnly",
        "StreamThroughputBenchmark.bareOkHttpCountFrames",
        "RedisBudgetBenchmark.budgetReserve", "RedisBudgetBenchmark.lettucePing",
        "RedisBudgetBenchmark.casScriptOnly");
  }
}

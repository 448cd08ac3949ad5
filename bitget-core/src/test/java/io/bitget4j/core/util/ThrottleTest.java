package io.bitget4j.core.util;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.bitget4j.core.testing.LogCapture;
import io.bitget4j.core.testing.ManualClock;
import io.bitget4j.core.testing.ManualScheduler;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.slf4j.event.Level;

@Timeout(10)
class ThrottleTest {
  private static final Duration INTERVAL = Duration.ofSeconds(1);

  private final ManualClock clock = ManualClock.create();
  private final ManualScheduler scheduler = ManualScheduler.create(clock);
  private final List<Delivery> deliveries = Collections.synchronizedList(new ArrayList<>());
  private final long start = clock.millis();

  /** What the sink received, when (in ms since the test started) and on which thread. */
  private record Delivery(String value, long atMillis, Thread thread) {}

  private Consumer<String> recordingSink() {
    return value -> deliveries.add(
        new Delivery(value, clock.millis() - start, Thread.currentThread()));
  }

  private Throttle<String> throttle(Consumer<String> sink) {
    return Throttle.create(INTERVAL, clock, scheduler, sink);
  }

  private List<String> values() {
    synchronized (deliveries) {
      return deliveries.stream().map(Delivery::value).toList();
    }
  }

  @Test
  void deliversFirstValueImmediatelyOnCallingThread() {
    Throttle<String> throttle = throttle(recordingSink());

    throttle.submit("a");

    assertThat(deliveries).containsExactly(new Delivery("a", 0, Thread.currentThread()));
    assertThat(scheduler.pendingTaskCount()).isZero();
  }

  @Test
  void deliversOnlyLatestValueAtEndOfInterval() {
    Throttle<String> throttle = throttle(recordingSink());

    throttle.submit("a");
    clock.advanceMillis(100);
    throttle.submit("b");
    clock.advanceMillis(100);
    throttle.submit("c");

    assertThat(values()).containsExactly("a");
    assertThat(scheduler.pendingDelays()).containsExactly(Duration.ofMillis(800));
    scheduler.advanceMillis(799);
    assertThat(values()).containsExactly("a");
    scheduler.advanceMillis(1);
    assertThat(values()).containsExactly("a", "c");
    assertThat(deliveries.get(1).atMillis()).isEqualTo(1_000);
    scheduler.advance(INTERVAL.multipliedBy(3));
    assertThat(values()).containsExactly("a", "c");
  }

  @Test
  void keepsOneDeliveryPerIntervalWhileValuesKeepComing() {
    Throttle<String> throttle = throttle(recordingSink());

    for (int tick = 0; tick <= 35; tick++) {
      throttle.submit("v" + tick);
      scheduler.advanceMillis(100);
    }
    scheduler.advance(INTERVAL);

    assertThat(deliveries).extracting(Delivery::atMillis)
        .containsExactly(0L, 1_000L, 2_000L, 3_000L, 4_000L);
    // At each interval end the latest value is the one submitted 100 ms before.
    assertThat(values()).containsExactly("v0", "v9", "v19", "v29", "v35");
  }

  @Test
  void deliversImmediatelyAgainAfterQuietInterval() {
    Throttle<String> throttle = throttle(recordingSink());
    throttle.submit("a");

    scheduler.advance(INTERVAL.plusMillis(500));
    throttle.submit("b");

    assertThat(deliveries).extracting(Delivery::value, Delivery::atMillis)
        .containsExactly(
            tuple("a", 0L),
            tuple("b", 1_500L));
    assertThat(scheduler.pendingTaskCount()).isZero();
  }

  @Test
  void trailingDeliveryRunsOnSchedulerAndStartsNextInterval() {
    Throttle<String> throttle = throttle(recordingSink());
    throttle.submit("a");
    throttle.submit("b");

    scheduler.advance(INTERVAL);
    throttle.submit("c");

    assertThat(values()).containsExactly("a", "b");
    assertThat(scheduler.pendingDelays()).containsExactly(INTERVAL);
    scheduler.advance(INTERVAL);
    assertThat(values()).containsExactly("a", "b", "c");
    assertThat(deliveries).extracting(Delivery::atMillis).containsExactly(0L, 1_000L, 2_000L);
  }

  @Test
  void slowSinkHandsLaterValuesToSchedulerInsteadOfHoldingSubmitter() {
    List<String> received = new ArrayList<>();
    AtomicReference<Throttle<String>> self = new AtomicReference<>();
    self.set(throttle(value -> {
      received.add(value);
      if (value.equals("a")) {
        clock.advance(INTERVAL.multipliedBy(2)); // a slow sink, meanwhile another value arrives
        self.get().submit("b");
      }
    }));

    self.get().submit("a");

    assertThat(received).containsExactly("a");
    assertThat(scheduler.pendingDelays()).containsExactly(Duration.ZERO);
    scheduler.runDueTasks();
    assertThat(received).containsExactly("a", "b");
  }

  @Test
  void closeCancelsTrailingDeliveryAndIgnoresLaterSubmits() {
    Throttle<String> throttle = throttle(recordingSink());
    throttle.submit("a");
    throttle.submit("b");

    throttle.close();
    scheduler.advance(INTERVAL.multipliedBy(2));
    throttle.submit("c");
    scheduler.advance(INTERVAL.multipliedBy(2));

    assertThat(throttle.isClosed()).isTrue();
    assertThat(values()).containsExactly("a");
    assertThat(scheduler.pendingTaskCount()).isZero();
  }

  @Test
  void closeFromInsideSinkStopsFurtherDeliveries() {
    List<String> received = new ArrayList<>();
    AtomicReference<Throttle<String>> self = new AtomicReference<>();
    self.set(throttle(value -> {
      received.add(value);
      self.get().close();
    }));

    self.get().submit("a");
    self.get().submit("b");
    scheduler.advance(INTERVAL.multipliedBy(2));

    assertThat(received).containsExactly("a");
    assertThat(scheduler.pendingTaskCount()).isZero();
  }

  @Test
  void sinkThatThrowsDoesNotStopLaterDeliveries() {
    List<String> received = new ArrayList<>();
    Throttle<String> throttle = throttle(value -> {
      received.add(value);
      if (value.startsWith("bad")) {
        throw new IllegalStateException("sink failed on " + value);
      }
    });

    throttle.submit("bad leading");
    throttle.submit("bad trailing");
    scheduler.advance(INTERVAL);
    throttle.submit("good");
    scheduler.advance(INTERVAL);
    throttle.submit("good again");
    scheduler.advance(INTERVAL);

    assertThat(received).containsExactly("bad leading", "bad trailing", "good", "good again");
    assertThat(LogCapture.events(Level.WARN)).hasSize(2).allSatisfy(event -> {
      assertThat(event.message()).isEqualTo("Throttle sink threw; its value is dropped and later values will be delivered");
      assertThat(event.throwable()).get().extracting(Throwable::getMessage).asString().startsWith("sink failed on bad");
    });
  }

  @Test
  void sinkErrorPropagatesToSubmitterAndThrottleRecovers() {
    List<String> received = new ArrayList<>();
    Throttle<String> throttle = throttle(value -> {
      received.add(value);
      if (value.equals("fatal")) {
        throw new AssertionError("sink error");
      }
    });

    assertThatThrownBy(() -> throttle.submit("fatal")).isInstanceOf(AssertionError.class);
    throttle.submit("next");
    scheduler.advance(INTERVAL);

    assertThat(received).containsExactly("fatal", "next");
  }

  @Test
  void rejectsNullValueAndInvalidArguments() {
    Throttle<String> throttle = throttle(recordingSink());

    assertThatThrownBy(() -> throttle.submit(null)).hasMessage("value == null");
    assertThatThrownBy(() -> Throttle.create(Duration.ZERO, clock, scheduler, recordingSink()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("interval must be at least 1 ms but was PT0S");
    assertThatThrownBy(() -> Throttle.create(INTERVAL, clock, null, recordingSink()))
        .hasMessage("scheduler == null");
  }

  @Test
  void concurrentSubmitsLoseNoFinalValueAndNeverDeliverStaleOnes() throws Exception {
    AtomicBoolean inSink = new AtomicBoolean();
    List<String> overlaps = Collections.synchronizedList(new ArrayList<>());
    Consumer<String> record = recordingSink();
    Throttle<String> throttle = throttle(value -> {
      if (!inSink.compareAndSet(false, true)) {
        overlaps.add(value);
      }
      record.accept(value);
      inSink.set(false);
    });
    int perThread = 20_000;
    CountDownLatch ready = new CountDownLatch(2);
    CountDownLatch go = new CountDownLatch(1);
    List<Thread> submitters = new ArrayList<>();
    for (String name : List.of("x", "y")) {
      Thread submitter = new Thread(() -> {
        ready.countDown();
        awaitQuietly(go);
        for (int i = 0; i < perThread; i++) {
          throttle.submit(name + ":" + i);
        }
      }, "submitter-" + name);
      submitter.start();
      submitters.add(submitter);
    }
    assertThat(ready.await(5, TimeUnit.SECONDS)).isTrue();

    go.countDown();
    // Time moves and trailing deliveries run on this thread while the others submit.
    for (int step = 0; step < 2_000 && anyAlive(submitters); step++) {
      scheduler.advanceMillis(1);
    }
    for (Thread submitter : submitters) {
      submitter.join(TimeUnit.SECONDS.toMillis(5));
      assertThat(submitter.isAlive()).isFalse();
    }
    scheduler.advance(INTERVAL);

    List<String> delivered = values();
    assertThat(overlaps).isEmpty();
    assertThat(delivered.get(delivered.size() - 1))
        .isIn("x:" + (perThread - 1), "y:" + (perThread - 1));
    assertThat(scheduler.pendingTaskCount()).isZero();
    assertIncreasingPerSubmitter(delivered);
    long elapsedMillis = clock.millis() - start;
    assertThat(delivered).hasSizeLessThanOrEqualTo((int) (elapsedMillis / INTERVAL.toMillis()) + 1);
  }

  /** Once a submitter's value is delivered, none of its earlier values may follow. */
  private static void assertIncreasingPerSubmitter(List<String> delivered) {
    int lastX = -1;
    int lastY = -1;
    for (String value : delivered) {
      int index = Integer.parseInt(value.substring(2));
      if (value.startsWith("x")) {
        assertThat(index).isGreaterThan(lastX);
        lastX = index;
      } else {
        assertThat(index).isGreaterThan(lastY);
        lastY = index;
      }
    }
  }

  private static boolean anyAlive(List<Thread> threads) {
    return threads.stream().anyMatch(Thread::isAlive);
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      if (!latch.await(5, TimeUnit.SECONDS)) {
        throw new AssertionError("start signal not given within 5 s");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }
}

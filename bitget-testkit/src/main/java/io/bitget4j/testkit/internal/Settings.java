package io.bitget4j.testkit.internal;

import io.bitget4j.core.AccountMode;
import io.bitget4j.core.Symbol;
import io.bitget4j.testkit.RateLimitGroup;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The fake's configuration, built and validated by {@code FakeBitget.Builder}. */
public record Settings(
    int port,
    String apiKey,
    String secretKey,
    String passphrase,
    Clock clock,
    long seed,
    Map<Symbol, BigDecimal> symbols,
    Duration tickInterval,
    BigDecimal initialBalance,
    List<InitialPosition> initialPositions,
    Map<RateLimitGroup, Integer> rateLimits,
    boolean rateLimitsEnabled,
    boolean loginCodeAsString,
    AccountMode accountMode,
    boolean demoTrading,
    Duration repushInterval) {

  /** A position the account holds from the start; a negative size is a short. */
  public record InitialPosition(Symbol symbol, BigDecimal signedSize, BigDecimal entryPrice, int leverage) {}
}

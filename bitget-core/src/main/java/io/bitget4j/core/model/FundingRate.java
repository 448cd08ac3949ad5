package io.bitget4j.core.model;

import io.bitget4j.core.Symbol;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The current funding rate, from REST {@code market/current-fund-rate}.
 *
 * @param symbol the perpetual's symbol
 * @param fundingRate the rate per funding interval as a ratio
 * @param nextFundingTime wire {@code nextUpdate} or {@code nextFundingTime}, when sent
 */
public record FundingRate(Symbol symbol, BigDecimal fundingRate, Optional<Instant> nextFundingTime) {
  /**
   * Validates that no component is null.
   *
   * @param symbol the perpetual's symbol
   * @param fundingRate the rate per funding interval as a ratio
   * @param nextFundingTime wire {@code nextUpdate} or {@code nextFundingTime}, when sent
   */
  public FundingRate {
    Objects.requireNonNull(symbol, "symbol == null");
    Objects.requireNonNull(fundingRate, "fundingRate == null");
    Objects.requireNonNull(nextFundingTime, "nextFundingTime == null");
  }
}

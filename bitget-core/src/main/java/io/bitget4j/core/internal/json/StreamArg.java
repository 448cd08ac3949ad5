package io.bitget4j.core.internal.json;

import io.bitget4j.core.ProductType;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code arg} of a WebSocket frame: which channel a push, ack or error is about, such as
 * {@code {"instType":"USDT-FUTURES","channel":"ticker","instId":"BTCUSDT"}}. Private channels use
 * {@code instId} {@code default} ({@code coin} {@code default} for {@code account}). Records
 * compare by value, so an arg can key a subscription map.
 *
 * @param instType the V2 product type, such as {@code USDT-FUTURES}
 * @param channel such as {@code ticker}, {@code books}, {@code candle1m}, {@code positions}
 * @param instId the V2 symbol, or {@code default}
 * @param coin {@code default} for the account channel
 */
public record StreamArg(String instType, String channel, Optional<String> instId, Optional<String> coin) {
  /** Validates that no component is null. */
  public StreamArg {
    Objects.requireNonNull(instType, "instType == null");
    Objects.requireNonNull(channel, "channel == null");
    Objects.requireNonNull(instId, "instId == null");
    Objects.requireNonNull(coin, "coin == null");
  }

  /** The product type named by {@link #instType()}, or empty when it is not a futures product. */
  public Optional<ProductType> productType() {
    try {
      return Optional.of(ProductType.fromV2Name(instType));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}

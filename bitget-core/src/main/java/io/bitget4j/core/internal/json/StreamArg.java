package io.bitget4j.core.internal.json;

import io.bitget4j.core.ProductType;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code arg} of a WebSocket frame: which channel a push, ack or error is about, as sent, in
 * either API version's words. V2 (classic accounts):
 * {@code {"instType":"USDT-FUTURES","channel":"ticker","instId":"BTCUSDT"}}, private channels with
 * {@code instId} {@code default} ({@code coin} {@code default} for {@code account}). V3 (unified
 * accounts): {@code {"instType":"usdt-futures","topic":"kline","symbol":"BTCUSDT","interval":"1m"}},
 * private topics with {@code instType} {@code UTA}. A V3 {@code topic} is read into
 * {@link #channel()} and its {@code symbol} into {@link #instId()}; the stream client's renderer of
 * each version reads them back into a typed channel. Records compare by value.
 *
 * @param instType the product type as sent: V2 {@code USDT-FUTURES}, V3 {@code usdt-futures} or
 *     {@code UTA}
 * @param channel the V2 channel ({@code ticker}, {@code candle1m}, {@code positions}) or the V3
 *     topic ({@code ticker}, {@code kline}, {@code position})
 * @param instId the V2 {@code instId} or V3 {@code symbol}: a wire symbol, or {@code default}
 * @param coin {@code default} for the V2 account channel
 * @param interval the V3 {@code interval} of a {@code kline} topic, such as {@code 1m}
 */
public record StreamArg(String instType, String channel, Optional<String> instId, Optional<String> coin,
    Optional<String> interval) {
  /** Validates that no component is null. */
  public StreamArg {
    Objects.requireNonNull(instType, "instType == null");
    Objects.requireNonNull(channel, "channel == null");
    Objects.requireNonNull(instId, "instId == null");
    Objects.requireNonNull(coin, "coin == null");
    Objects.requireNonNull(interval, "interval == null");
  }

  /** A V2 arg, without an interval. */
  public StreamArg(String instType, String channel, Optional<String> instId, Optional<String> coin) {
    this(instType, channel, instId, coin, Optional.empty());
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

package io.bitget4j.ws.internal;

import io.bitget4j.core.ProductType;
import io.bitget4j.core.model.CandleInterval;
import java.util.Objects;
import java.util.Optional;

/**
 * One server subscription as a {@link Grammar} writes it and reads it back from acks, errors and
 * pushes, in typed form: the identity a connection's ledger subscribes and pushes are routed by.
 * V2's {@code {"instType":"USDT-FUTURES","channel":"candle1m","instId":"BTCUSDT"}} is
 * {@code (CANDLES, USDT-FUTURES, "BTCUSDT", 1m)}; V3's {@code {"instType":"UTA","topic":"position"}}
 * is {@code (POSITIONS, none, "", none)}.
 *
 * @param topic the topic subscribed on the wire ({@link Topic#BOOKS50} for V3's 15-level books)
 * @param productType the product type of the argument; empty for a unified account's private
 *     topics, which span every product type ({@code instType} {@code UTA})
 * @param instrument the wire symbol, such as {@code BTCUSDT}; empty for product-wide and private
 *     channels (whose {@code default} is the grammar's to write)
 * @param interval the candle interval of {@link Topic#CANDLES}
 */
public record ChannelArg(Topic topic, Optional<ProductType> productType, String instrument,
    Optional<CandleInterval> interval) {

  /** Validates that no component is null. */
  public ChannelArg {
    Objects.requireNonNull(topic, "topic == null");
    Objects.requireNonNull(productType, "productType == null");
    Objects.requireNonNull(instrument, "instrument == null");
    Objects.requireNonNull(interval, "interval == null");
  }

  /** Whether the argument needs a logged-in (private) connection. */
  public boolean isPrivate() {
    return topic.isPrivate();
  }

  /** Reads as {@code TICKER USDT-FUTURES BTCUSDT}, for logs and error paths. */
  @Override
  public String toString() {
    return topic + " " + productType.map(ProductType::v2Name).orElse("UTA")
        + (instrument.isEmpty() ? "" : " " + instrument) + interval.map(i -> " " + i.wireName()).orElse("");
  }
}

package io.bitget4j.ws.internal;

import io.bitget4j.core.ProductType;
import io.bitget4j.core.Symbol;
import io.bitget4j.core.model.CandleInterval;
import java.util.Objects;
import java.util.Optional;

/**
 * What a caller subscribed, in the user's vocabulary and neither API version's: the key of the
 * client's registry of channels. The connection's {@link Grammar} turns it into the
 * {@link ChannelArg} it subscribes on the server; several keys may share one argument (a unified
 * account's {@code position} topic serves the positions of every product type).
 *
 * @param topic what is subscribed
 * @param productType the product type (a symbol's own for the public channels of a symbol)
 * @param symbol the symbol of a public channel; empty for product-wide and private channels
 * @param interval the candle interval of {@link Topic#CANDLES}; empty otherwise
 */
public record ChannelKey(Topic topic, ProductType productType, Optional<Symbol> symbol,
    Optional<CandleInterval> interval) {

  /** Validates that no component is null. */
  public ChannelKey {
    Objects.requireNonNull(topic, "topic == null");
    Objects.requireNonNull(productType, "productType == null");
    Objects.requireNonNull(symbol, "symbol == null");
    Objects.requireNonNull(interval, "interval == null");
  }

  /** A channel of one symbol, such as its ticker. */
  public static ChannelKey of(Topic topic, Symbol symbol) {
    return new ChannelKey(topic, symbol.productType(), Optional.of(symbol), Optional.empty());
  }

  /** A channel of a whole product type, such as its positions. */
  public static ChannelKey of(Topic topic, ProductType productType) {
    return new ChannelKey(topic, productType, Optional.empty(), Optional.empty());
  }

  /** The candles of {@code symbol} at {@code interval}. */
  public static ChannelKey candles(Symbol symbol, CandleInterval interval) {
    return new ChannelKey(Topic.CANDLES, symbol.productType(), Optional.of(symbol), Optional.of(interval));
  }

  /** Whether the channel needs a logged-in (private) connection. */
  public boolean isPrivate() {
    return topic.isPrivate();
  }

  /** Reads as {@code candles 1m BTCUSDT_UMCBL} or {@code positions UMCBL}, for logs and errors. */
  @Override
  public String toString() {
    String name = topic.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    return name + interval.map(i -> " " + i.wireName()).orElse("") + " "
        + symbol.map(Symbol::toString).orElse(productType.name());
  }
}

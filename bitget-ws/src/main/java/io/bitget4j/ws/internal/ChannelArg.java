package io.bitget4j.ws.internal;

import io.bitget4j.core.internal.json.StreamArg;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * One V2 channel argument, {@code {"instType":"USDT-FUTURES","channel":"ticker","instId":"BTCUSDT"}}:
 * the identity of a server subscription and the key pushes are routed by. Private channels name
 * {@code instId} {@code default}, except {@code account}, which names {@code coin} {@code default}.
 *
 * @param instType the V2 product type, upper case
 * @param channel the channel name, such as {@code ticker} or {@code books5}
 * @param instId the V2 symbol or {@code default}; empty when the argument names a coin
 * @param coin the coin, {@code default} for {@code account}; empty otherwise
 */
public record ChannelArg(String instType, String channel, String instId, String coin) {
  private static final Set<String> PRIVATE_CHANNELS = Set.of(
      "account", "positions", "orders", "orders-algo", "positions-history", "fill");

  /** Normalises the product type to upper case, as Bitget echoes it in either case. */
  public ChannelArg {
    Objects.requireNonNull(instType, "instType == null");
    Objects.requireNonNull(channel, "channel == null");
    Objects.requireNonNull(instId, "instId == null");
    Objects.requireNonNull(coin, "coin == null");
    instType = instType.toUpperCase(Locale.ROOT);
  }

  /** An argument naming a symbol: {@code instId}. */
  public static ChannelArg ofInstrument(String instType, String channel, String instId) {
    return new ChannelArg(instType, channel, instId, "");
  }

  /** An argument naming a coin: {@code coin}, as the {@code account} channel does. */
  public static ChannelArg ofCoin(String instType, String channel, String coin) {
    return new ChannelArg(instType, channel, "", coin);
  }

  /** The argument of a received frame; a frame naming a coin keys by coin. */
  public static ChannelArg from(StreamArg arg) {
    return arg.coin().isPresent()
        ? ofCoin(arg.instType(), arg.channel(), arg.coin().get())
        : ofInstrument(arg.instType(), arg.channel(), arg.instId().orElse(""));
  }

  /** Whether the channel needs a logged-in (private) connection. */
  public boolean isPrivate() {
    return PRIVATE_CHANNELS.contains(channel);
  }

  /** The argument as the JSON object sent in subscribe frames, keys in Bitget's order. */
  public String toJson() {
    StringBuilder json = new StringBuilder(80);
    appendJson(json);
    return json.toString();
  }

  void appendJson(StringBuilder json) {
    json.append("{\"instType\":");
    Frames.appendString(json, instType);
    json.append(",\"channel\":");
    Frames.appendString(json, channel);
    if (coin.isEmpty()) {
      json.append(",\"instId\":");
      Frames.appendString(json, instId);
    } else {
      json.append(",\"coin\":");
      Frames.appendString(json, coin);
    }
    json.append('}');
  }

  /** Reads as {@code ticker USDT-FUTURES BTCUSDT}, for logs and error paths. */
  @Override
  public String toString() {
    return channel + " " + instType + " " + (coin.isEmpty() ? instId : "coin " + coin);
  }
}

package io.bitget4j.ws.testing;

import static io.bitget4j.ws.testing.FakeStreamServer.compact;
import static io.bitget4j.ws.testing.FakeStreamServer.fixture;

/** Push frames built from the fixtures. */
public final class Pushes {
  private Pushes() {
  }

  /** The ticker fixture for {@code v2Symbol} (a USDT-M symbol) with another last price. */
  public static String ticker(String v2Symbol, String lastPrice) {
    return compact(fixture("ws-ticker.json"))
        .replace("\"lastPr\":\"27000.5\"", "\"lastPr\":\"" + lastPrice + "\"")
        .replace("BTCUSDT", v2Symbol);
  }

  /** The ticker fixture for {@code v2Symbol} with another last price and Bitget's timestamp. */
  public static String ticker(String v2Symbol, String lastPrice, long timestampMillis) {
    return ticker(v2Symbol, lastPrice).replace("\"ts\":\"1732413600000\"", "\"ts\":\"" + timestampMillis + "\"");
  }

  /** The subscribe acknowledgement of a USDT-M public channel. */
  public static String ack(String channel, String v2Symbol) {
    return "{\"event\":\"subscribe\",\"arg\":" + arg(channel, v2Symbol) + "}";
  }

  /** The subscribe argument of a USDT-M public channel. */
  public static String arg(String channel, String v2Symbol) {
    return "{\"instType\":\"USDT-FUTURES\",\"channel\":\"" + channel + "\",\"instId\":\"" + v2Symbol + "\"}";
  }

  /** The subscribe frame of one USDT-M public channel. */
  public static String subscribe(String channel, String v2Symbol) {
    return "{\"op\":\"subscribe\",\"args\":[" + arg(channel, v2Symbol) + "]}";
  }

  /** The unsubscribe frame of one USDT-M public channel. */
  public static String unsubscribe(String channel, String v2Symbol) {
    return "{\"op\":\"unsubscribe\",\"args\":[" + arg(channel, v2Symbol) + "]}";
  }

  /** The books snapshot fixture. */
  public static String booksSnapshot() {
    return compact(fixture("ws-books-snapshot.json"));
  }

  /** The books update fixture. */
  public static String booksUpdate() {
    return compact(fixture("ws-books-update.json"));
  }
}

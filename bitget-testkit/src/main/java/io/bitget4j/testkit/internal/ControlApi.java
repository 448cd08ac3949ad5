package io.bitget4j.testkit.internal;

import io.bitget4j.core.AccountMode;
import io.bitget4j.core.Symbol;
import io.bitget4j.testkit.Faults;
import io.bitget4j.testkit.MalformedFrame;
import io.bitget4j.testkit.RecordedCall;
import io.bitget4j.testkit.RecordedFrame;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import mockwebserver3.RecordedRequest;

/**
 * The fake's control API: HTTP and JSON under {@value #PREFIX} on the fake's own port, so that a
 * test in any language can move prices, set positions, inject faults, read what the fake received
 * and reset it. No Bitget path starts with the prefix; control calls are neither recorded, nor
 * rate limited, nor hit by injected REST faults. Bad input is answered with HTTP 400 and
 * {@code {"error":"..."}}, an unknown path with 404, a wrong method with 405. The API speaks in
 * the fake's terms (classic symbols such as {@code BTCUSDT_UMCBL}, or ccxt's
 * {@code BTC/USDT:USDT}), not in any Bitget API version's.
 */
public final class ControlApi {
  /** The path prefix of every control endpoint. */
  public static final String PREFIX = "/__fake";

  private static final int MAX_TICKS = 10_000;
  private static final Pattern LOGIN_SECRET =
      Pattern.compile("(\"(?:passphrase|sign)\"\\s*:\\s*)\"(?:[^\"\\\\]|\\\\.)*\"");

  /** One control endpoint: reads its input, acts, writes the answer object's fields. */
  private interface Handler {
    void handle(Input in, JsonWriter out);
  }

  private final Exchange ex;
  private final Faults faults;
  private final Recorder recorder;
  private final Runnable reset;
  /** Path to method to handler, in the order the index lists them. */
  private final Map<String, Map<String, Handler>> routes = new LinkedHashMap<>();

  /**
   * A control API over {@code ex}; {@code reset} puts the whole fake back to its start (market,
   * account, recordings, faults, connections).
   */
  public ControlApi(Exchange ex, Faults faults, Recorder recorder, Runnable reset) {
    this.ex = ex;
    this.faults = faults;
    this.recorder = recorder;
    this.reset = reset;
    route("GET", "", this::index);
    route("GET", "/state", this::state);
    route("POST", "/reset", this::reset);
    route("GET", "/prices", this::prices);
    route("POST", "/prices", this::setPrice);
    route("POST", "/tick", this::tick);
    route("GET", "/positions", (in, out) -> positions(out));
    route("POST", "/positions", this::setPosition);
    route("DELETE", "/positions", this::clearPositions);
    route("GET", "/orders", (in, out) -> orders(out));
    route("GET", "/conditional-orders", (in, out) -> conditionalOrders(out));
    route("GET", "/account", (in, out) -> account(out));
    route("POST", "/account-mode", this::setAccountMode);
    route("GET", "/calls", this::calls);
    route("GET", "/frames", this::frames);
    route("DELETE", "/recordings", (in, out) -> recorder.clear());
    route("DELETE", "/faults", (in, out) -> faults.clear());
    route("POST", "/faults/drop-websockets", (in, out) -> out.field("dropped", faults.dropWebSocketConnections()));
    route("POST", "/faults/ping-replies", (in, out) -> faults.setPingReplies(in.bool("enabled")));
    route("POST", "/faults/malformed-frame", (in, out) -> out.field("sent", faults.sendMalformedFrame(
        in.optionalText("kind").map(MalformedFrame::ofWireName).orElse(MalformedFrame.TRUNCATED_JSON))));
    route("POST", "/faults/service-upgrade", (in, out) -> out.field("notified",
        faults.announceServiceUpgrade(Duration.ofMillis(in.longValue("closeAfterMillis", 0)))));
    route("POST", "/faults/book-gap", (in, out) -> faults.dropNextBookUpdate());
    route("POST", "/faults/book-reset", (in, out) -> out.field("sent", faults.resetBookSequence()));
    route("POST", "/faults/fail-rest", (in, out) ->
        faults.failNextRestCalls(in.integer("count", 1), in.integer("httpStatus", 500), in.text("code")));
    route("POST", "/faults/delay-rest", (in, out) ->
        faults.delayNextRestCalls(in.integer("count", 1), Duration.ofMillis(in.longValue("delayMillis"))));
    route("POST", "/faults/lose-next-order-response", (in, out) -> faults.loseNextOrderResponse());
    route("POST", "/faults/clock-skew", (in, out) -> faults.setClockSkew(Duration.ofMillis(in.longValue("millis"))));
    route("POST", "/faults/account-mode-report", (in, out) ->
        faults.reportAccountMode(in.text("accountMode"), in.integer("calls", 1)));
  }

  private void route(String method, String path, Handler handler) {
    routes.computeIfAbsent(PREFIX + path, p -> new LinkedHashMap<>()).put(method, handler);
  }

  /** Whether {@code path} is a control path rather than one of Bitget's. */
  public static boolean handles(String path) {
    return path.equals(PREFIX) || path.startsWith(PREFIX + "/");
  }

  /** Answers one control request. */
  public RestApi.Reply handle(RecordedRequest request) {
    String path = request.getUrl().encodedPath();
    if (path.length() > PREFIX.length() && path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    Map<String, Handler> methods = routes.get(path);
    if (methods == null) {
      return reply(404, error("no control endpoint " + path + "; GET " + PREFIX + " lists them"));
    }
    Handler handler = methods.get(request.getMethod());
    if (handler == null) {
      return reply(405, error(request.getMethod() + " is not allowed on " + path + "; use "
          + String.join(" or ", methods.keySet())));
    }
    JsonWriter out = new JsonWriter().beginObject();
    try {
      handler.handle(Input.of(request), out);
    } catch (IllegalArgumentException e) {
      return reply(400, error(e.getMessage()));
    }
    return reply(200, out.endObject().toString());
  }

  private static RestApi.Reply reply(int status, String json) {
    return new RestApi.Reply(status, json, false);
  }

  private static String error(String message) {
    return new JsonWriter().beginObject().field("error", message).endObject().toString();
  }

  // ---- endpoints ----------------------------------------------------------------------------

  private void index(Input in, JsonWriter out) {
    out.name("endpoints").beginArray();
    for (Map.Entry<String, Map<String, Handler>> e : routes.entrySet()) {
      for (String method : e.getValue().keySet()) {
        out.value(method + " " + e.getKey());
      }
    }
    out.endArray();
  }

  private void state(Input in, JsonWriter out) {
    synchronized (ex) {
      out.field("accountMode", ex.accountMode().name().toLowerCase(Locale.ROOT))
          .name("demoTrading").value(ex.demoTrading())
          .field("serverTime", ex.nowMillis())
          .field("webSocketConnections", ex.hub().connectionCount());
      prices(in, out);
      account(out);
      positions(out);
      orders(out);
    }
  }

  private void reset(Input in, JsonWriter out) {
    reset.run();
  }

  private void prices(Input in, JsonWriter out) {
    synchronized (ex) {
      out.name("prices").beginArray();
      for (Market m : ex.markets.values()) {
        Symbol s = m.contract.symbol;
        out.beginObject()
            .field("symbol", s.toString())
            .field("v2Symbol", s.v2Symbol())
            .field("productType", s.productType().v2Name())
            .field("ccxt", s.ccxt())
            .field("price", m.last())
            .endObject();
      }
      out.endArray();
    }
  }

  private void setPrice(Input in, JsonWriter out) {
    Symbol symbol = in.symbol(ex);
    BigDecimal price = in.decimal("price");
    ex.setPrice(symbol, price);
    out.field("symbol", symbol.toString()).field("price", ex.price(symbol));
  }

  private void tick(Input in, JsonWriter out) {
    int steps = in.integer("steps", 1);
    if (steps < 1 || steps > MAX_TICKS) {
      throw new IllegalArgumentException("steps must be 1.." + MAX_TICKS + ": " + steps);
    }
    for (int i = 0; i < steps; i++) {
      ex.tick();
    }
    prices(in, out);
  }

  private void positions(JsonWriter out) {
    synchronized (ex) {
      out.name("positions").beginArray();
      for (Position p : ex.primary.positions.values()) {
        out.beginObject()
            .field("symbol", p.market.contract.symbol.toString())
            .field("holdSide", p.holdSide)
            .field("marginMode", p.marginMode)
            .field("leverage", p.leverage)
            .field("size", p.size)
            .field("entryPrice", p.entry)
            .field("markPrice", p.market.mark())
            .field("margin", p.margin())
            .field("unrealizedPnl", p.unrealizedPnl())
            .field("achievedProfits", p.achievedProfits)
            .field("liquidationPrice", p.liquidationPrice())
            .endObject();
      }
      out.endArray();
    }
  }

  /**
   * Opens or replaces a position: {@code size} signed (negative is a short), {@code entryPrice}
   * defaulting to the current price, {@code leverage} to 10.
   */
  private void setPosition(Input in, JsonWriter out) {
    Symbol symbol = in.symbol(ex);
    BigDecimal size = in.decimal("size");
    BigDecimal entry = in.optionalDecimal("entryPrice").orElseGet(() -> ex.price(symbol));
    ex.setPosition(symbol, size, entry, in.integer("leverage", 10));
    positions(out);
  }

  /** Removes the positions of {@code ?symbol=} (or a body's {@code symbol}), or all of them. */
  private void clearPositions(Input in, JsonWriter out) {
    ex.clearPositions(in.has("symbol") ? in.symbol(ex) : null);
    positions(out);
  }

  private void orders(JsonWriter out) {
    synchronized (ex) {
      out.name("orders").beginArray();
      for (Order o : ex.primary.orders.values()) {
        out.beginObject()
            .field("orderId", o.orderId)
            .field("clientOid", o.clientOid)
            .field("symbol", o.market.contract.symbol.toString())
            .field("side", o.side)
            .field("posSide", o.posSide)
            .field("tradeSide", o.tradeSide)
            .field("orderType", o.orderType)
            .field("force", o.force)
            .field("size", o.size)
            .field("price", o.price == null ? BigDecimal.ZERO : o.price)
            .name("reduceOnly").value(o.reduceOnly)
            .field("status", o.status)
            .field("filledSize", o.filled)
            .field("priceAvg", o.priceAvg == null ? BigDecimal.ZERO : o.priceAvg)
            .field("fee", o.fee)
            .field("createdAt", o.cTime)
            .field("updatedAt", o.uTime)
            .endObject();
      }
      out.endArray();
    }
  }

  /** Every conditional order in the engine's words: its kind, status, trigger and what it executed. */
  private void conditionalOrders(JsonWriter out) {
    synchronized (ex) {
      out.name("conditionalOrders").beginArray();
      for (Conditional c : ex.primary.conditionals.values()) {
        Conditional.Leg leg = c.primaryLeg();
        out.beginObject()
            .field("orderId", c.orderId)
            .field("clientOid", c.clientOid)
            .field("symbol", c.market.contract.symbol.toString())
            .field("kind", ConditionalSnapshots.kind(c).name())
            .field("status", c.status.engineName)
            .field("posSide", c.posSide == null ? "" : c.posSide)
            .field("side", c.side)
            .field("triggerPrice", leg.price())
            .field("triggerBy", leg.by())
            .field("limitPrice", leg.limitPrice() == null ? "" : Num.str(leg.limitPrice()))
            .field("size", c.size == null ? "" : Num.str(c.size))
            .field("callbackRatio", c.callbackRatio == null ? "" : Num.str(c.callbackRatio))
            .field("executedOrderId", c.executedOrderId == null ? "" : c.executedOrderId)
            .field("createdAt", c.cTime)
            .field("updatedAt", c.uTime)
            .endObject();
      }
      out.endArray();
    }
  }

  private void account(JsonWriter out) {
    synchronized (ex) {
      Account a = ex.primary;
      out.name("account").beginObject()
          .field("marginCoin", ex.marginCoin())
          .field("balance", a.balance)
          .field("equity", a.equity())
          .field("available", a.available())
          .field("locked", a.locked())
          .field("positionMargin", a.positionMargin())
          .field("unrealizedPnl", a.unrealizedPnl())
          .field("posMode", a.posMode)
          .endObject();
    }
  }

  private void setAccountMode(Input in, JsonWriter out) {
    String mode = in.text("accountMode");
    switch (mode.toLowerCase(Locale.ROOT)) {
      case "classic":
        ex.setAccountMode(AccountMode.CLASSIC);
        break;
      case "unified":
        ex.setAccountMode(AccountMode.UNIFIED);
        break;
      default:
        throw new IllegalArgumentException("accountMode must be classic or unified: \"" + mode + "\"");
    }
    out.field("accountMode", ex.accountMode().name().toLowerCase(Locale.ROOT));
  }

  /** The recorded REST calls, optionally only those of {@code ?path=} and {@code ?method=}, the last {@code ?limit=}. */
  private void calls(Input in, JsonWriter out) {
    Optional<String> path = in.optionalText("path");
    Optional<String> method = in.optionalText("method");
    List<RecordedCall> selected = new ArrayList<>();
    for (RecordedCall c : recorder.calls()) {
      if (path.map(c.path()::equals).orElse(true) && method.map(c.method()::equalsIgnoreCase).orElse(true)) {
        selected.add(c);
      }
    }
    out.name("calls").beginArray();
    for (RecordedCall c : last(selected, in.integer("limit", selected.size()))) {
      out.beginObject()
          .field("method", c.method())
          .field("path", c.path())
          .field("query", c.query())
          .name("headers").beginObject();
      for (Map.Entry<String, List<String>> h : c.headers().entrySet()) {
        out.name(h.getKey()).beginArray();
        boolean secret = h.getKey().equalsIgnoreCase("ACCESS-SIGN") || h.getKey().equalsIgnoreCase("ACCESS-PASSPHRASE");
        for (String v : h.getValue()) {
          out.value(secret ? "***" : v);
        }
        out.endArray();
      }
      out.endObject()
          .field("body", c.body())
          .field("receivedAt", c.receivedAt().toEpochMilli())
          .endObject();
    }
    out.endArray();
  }

  /** The recorded WebSocket frames, optionally only those of {@code ?endpoint=public|private}, the last {@code ?limit=}. */
  private void frames(Input in, JsonWriter out) {
    Optional<String> endpoint = in.optionalText("endpoint");
    if (endpoint.isPresent() && !endpoint.get().equals("public") && !endpoint.get().equals("private")) {
      throw new IllegalArgumentException("endpoint must be public or private: \"" + endpoint.get() + "\"");
    }
    List<RecordedFrame> selected = new ArrayList<>();
    for (RecordedFrame f : recorder.frames()) {
      if (endpoint.map(e -> e.equals("private") == f.privateEndpoint()).orElse(true)) {
        selected.add(f);
      }
    }
    out.name("frames").beginArray();
    for (RecordedFrame f : last(selected, in.integer("limit", selected.size()))) {
      out.beginObject()
          .field("endpoint", f.privateEndpoint() ? "private" : "public")
          .field("text", LOGIN_SECRET.matcher(f.text()).replaceAll("$1\"***\""))
          .field("receivedAt", f.receivedAt().toEpochMilli())
          .endObject();
    }
    out.endArray();
  }

  private static <T> List<T> last(List<T> items, int limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("limit must not be negative: " + limit);
    }
    return items.subList(Math.max(0, items.size() - limit), items.size());
  }

  // ---- input --------------------------------------------------------------------------------

  /** A control request's input: the JSON body's fields, then the query's parameters. */
  private static final class Input {
    private final Map<String, Object> values;

    private Input(Map<String, Object> values) {
      this.values = values;
    }

    static Input of(RecordedRequest request) {
      Map<String, Object> values = new LinkedHashMap<>();
      for (String[] pair : Query.pairs(Auth.rawQuery(request))) {
        values.putIfAbsent(pair[0], pair[1]);
      }
      String body = request.getBody() == null ? "" : request.getBody().string(StandardCharsets.UTF_8);
      if (!body.isBlank()) {
        Object parsed;
        try {
          parsed = JsonParser.parse(body);
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("the body is not valid JSON: " + e.getMessage(), e);
        }
        if (!(parsed instanceof Map)) {
          throw new IllegalArgumentException("the body must be a JSON object, such as {\"symbol\":\"BTCUSDT_UMCBL\"}");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> fields = (Map<String, Object>) parsed;
        values.putAll(fields);
      }
      return new Input(values);
    }

    boolean has(String name) {
      return values.get(name) != null;
    }

    Optional<String> optionalText(String name) {
      Object v = values.get(name);
      if (v == null) {
        return Optional.empty();
      }
      if (v instanceof String) {
        return Optional.of((String) v);
      }
      if (v instanceof BigDecimal) {
        return Optional.of(((BigDecimal) v).toPlainString());
      }
      throw new IllegalArgumentException(name + " must be a string or a number, got " + v);
    }

    String text(String name) {
      return optionalText(name).orElseThrow(() -> new IllegalArgumentException(name + " is required"));
    }

    Optional<BigDecimal> optionalDecimal(String name) {
      return optionalText(name).map(text -> {
        try {
          return new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException(name + " must be a decimal number such as \"27000.5\", got \"" + text
              + "\"", e);
        }
      });
    }

    BigDecimal decimal(String name) {
      return optionalDecimal(name).orElseThrow(() -> new IllegalArgumentException(name
          + " is required: a decimal number such as \"27000.5\""));
    }

    long longValue(String name, long fallback) {
      return has(name) ? longValue(name) : fallback;
    }

    long longValue(String name) {
      BigDecimal v = decimal(name);
      try {
        return v.longValueExact();
      } catch (ArithmeticException e) {
        throw new IllegalArgumentException(name + " must be a whole number, got " + v.toPlainString(), e);
      }
    }

    int integer(String name, int fallback) {
      if (!has(name)) {
        return fallback;
      }
      long v = longValue(name);
      if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
        throw new IllegalArgumentException(name + " is out of range: " + v);
      }
      return (int) v;
    }

    boolean bool(String name) {
      Object v = values.get(name);
      if (v instanceof Boolean) {
        return (Boolean) v;
      }
      if ("true".equals(v) || "false".equals(v)) {
        return Boolean.parseBoolean((String) v);
      }
      throw new IllegalArgumentException(name + " must be true or false" + (v == null ? "" : ", got " + v));
    }

    /**
     * The simulated symbol named by {@code symbol}: the classic form ({@code BTCUSDT_UMCBL}) or
     * ccxt's ({@code BTC/USDT:USDT}).
     */
    Symbol symbol(Exchange ex) {
      String text = text("symbol");
      Symbol symbol = text.contains("/") ? Symbol.fromCcxt(text) : Symbol.parse(text);
      synchronized (ex) {
        if (!ex.markets.containsKey(symbol)) {
          List<String> simulated = new ArrayList<>();
          for (Symbol s : ex.markets.keySet()) {
            simulated.add(s.toString());
          }
          throw new IllegalArgumentException(symbol + " is not simulated; this fake simulates "
              + String.join(", ", simulated));
        }
      }
      return symbol;
    }
  }
}

package io.bitget4j.testkit.internal;

import io.bitget4j.core.ProductType;
import io.bitget4j.testkit.RateLimitGroup;
import io.bitget4j.testkit.internal.RestApi.Call;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Bitget's V3 strategy-order endpoints ({@code /api/v3/trade/...}), a unified account's conditional
 * orders: {@code place-strategy-order} of type {@code tpsl} (a {@code takeProfit} and/or
 * {@code stopLoss} leg on the {@code posSide} position, {@code tpslMode} {@code full} for the whole
 * position or {@code partial} with a {@code qty}) or {@code trigger} ({@code triggerPrice},
 * {@code triggerBy}, {@code triggerOrderType}, {@code triggerOrderPrice}, the trade as a
 * {@code place-order}'s), {@code modify-strategy-order}, {@code cancel-strategy-order} (answered with
 * {@code data} null), {@code unfilled-strategy-orders} (a bare array, no paging) and
 * {@code history-strategy-orders} ({@code {"list","cursor"}}). {@code *TriggerBy} is {@code market}
 * (the default, the last price) or {@code mark}. V3 has no trailing stops.
 */
final class V3StrategyApi {
  private static final String TRADE = "/api/v3/trade/";

  private final Exchange ex;
  private final V3Api v3;

  V3StrategyApi(Exchange ex, V3Api v3) {
    this.ex = ex;
    this.v3 = v3;
  }

  void register(RestApi api) {
    ApiVersion version = ApiVersion.V3;
    api.post(version, TRADE + "place-strategy-order", RateLimitGroup.TRADE, this::place);
    api.post(version, TRADE + "modify-strategy-order", RateLimitGroup.TRADE, this::modify);
    api.post(version, TRADE + "cancel-strategy-order", RateLimitGroup.TRADE, this::cancel);
    api.get(version, TRADE + "unfilled-strategy-orders", RateLimitGroup.QUERY, true, this::unfilled);
    api.get(version, TRADE + "history-strategy-orders", RateLimitGroup.QUERY, true, this::history);
  }

  // ---- parameters ---------------------------------------------------------------------------

  /** V3's trigger price type as the engine's: {@code market} (the default) is the last price. */
  private static String by(Params p, String name, String fallback) {
    Optional<String> by = p.oneOf(name, "market", "mark");
    return by.map(b -> b.equals("mark") ? "mark" : "last").orElse(fallback);
  }

  /** A leg from its price, trigger type, order type and limit price names; null when its price is absent. */
  private static Conditional.Leg leg(Params p, String price, String triggerBy, String orderType, String limitPrice,
      Conditional.Leg old) {
    if (!p.has(price)) {
      return old;
    }
    String type = p.oneOf(orderType, "limit", "market")
        .orElse(old == null || old.isMarket() ? "market" : "limit");
    BigDecimal limit = type.equals("market") ? null
        : p.has(limitPrice) ? p.requiredPositive(limitPrice)
        : old != null && old.limitPrice() != null ? old.limitPrice() : p.requiredPositive(limitPrice);
    return new Conditional.Leg(p.requiredPositive(price), by(p, triggerBy, old == null ? "last" : old.by()), limit);
  }

  // ---- placing and changing -----------------------------------------------------------------

  private void place(Call c, JsonWriter w) {
    Params p = c.params();
    Account a = c.account();
    if (p.has("holdSide") || p.has("tradeSide")) {
      throw ApiError.badRequest("25236", "Incorrect position open type");
    }
    Market m = v3.market(p);
    String type = p.oneOf("type", "tpsl", "trigger").orElse("tpsl");
    String clientOid = V3Api.clientOid(p);
    ConditionalIntent intent;
    if (type.equals("tpsl")) {
      String posSide = p.requiredOneOf("posSide", "long", "short");
      boolean partial = p.oneOf("tpslMode", "full", "partial").orElse("full").equals("partial");
      Conditional.Leg takeProfit = leg(p, "takeProfit", "tpTriggerBy", "tpOrderType", "tpLimitPrice", null);
      Conditional.Leg stopLoss = leg(p, "stopLoss", "slTriggerBy", "slOrderType", "slLimitPrice", null);
      if (takeProfit == null && stopLoss == null) {
        throw ApiError.missing("takeProfit");
      }
      intent = ConditionalIntent.tpsl(m, posSide, a.isHedge(), takeProfit, stopLoss,
          partial ? p.requiredPositive("qty") : null, clientOid);
    } else {
      String side = p.requiredOneOf("side", "buy", "sell");
      String posSide = null;
      boolean closes;
      if (a.isHedge()) {
        posSide = p.requiredOneOf("posSide", "long", "short");
        closes = side.equals("buy") == posSide.equals("short");
      } else {
        closes = p.oneOf("reduceOnly", "yes", "no").orElse("no").equals("yes");
        posSide = closes ? (side.equals("sell") ? "long" : "short") : null;
      }
      Conditional.Leg trigger = leg(p, "triggerPrice", "triggerBy", "triggerOrderType", "triggerOrderPrice", null);
      if (trigger == null) {
        throw ApiError.missing("triggerPrice");
      }
      intent = new ConditionalIntent(m, Conditional.Kind.TRIGGER, posSide, side, closes, a.isHedge(), null, null,
          trigger, p.requiredPositive("qty"), null, null, false, clientOid, Presets.NONE);
    }
    Conditional o = ex.conditionals.place(a, intent, c.now());
    w.beginObject().field("clientOid", o.clientOid).field("orderId", o.orderId).endObject();
  }

  /** The live strategy order named by {@code orderId}, else {@code clientOid}; 25597 otherwise. */
  private static Conditional find(Account a, Params p) {
    Conditional o;
    if (p.has("orderId")) {
      o = a.conditionals.get(p.required("orderId"));
    } else if (p.has("clientOid")) {
      o = a.conditionalByClientOid.get(p.required("clientOid"));
    } else {
      throw ApiError.badRequest("40017", "Parameter verification failed: orderId or clientOid cannot be empty");
    }
    if (o == null || !o.isLive()) {
      throw ApiError.conditionalNotFound();
    }
    return o;
  }

  /**
   * Changes a live strategy order: a leg's fields replace that leg's (the others of the leg keep their
   * values), {@code qty} a partial TP/SL's or a trigger order's size.
   */
  private void modify(Call c, JsonWriter w) {
    Params p = c.params();
    Account a = c.account();
    Conditional o = find(a, p);
    Optional<BigDecimal> qty = p.has("qty") ? Optional.of(p.requiredPositive("qty")) : Optional.empty();
    if (!p.has("takeProfit") && !p.has("stopLoss") && !p.has("triggerPrice") && qty.isEmpty()) {
      throw ApiError.badRequest("25600", "No changes made to the TP/SL order; please modify before submitting");
    }
    ex.conditionals.modify(a, o, edit -> {
      if (edit.kind == Conditional.Kind.TRIGGER) {
        edit.trigger = leg(p, "triggerPrice", "triggerBy", "triggerOrderType", "triggerOrderPrice", edit.trigger);
      } else {
        edit.takeProfit = leg(p, "takeProfit", "tpTriggerBy", "tpOrderType", "tpLimitPrice", edit.takeProfit);
        edit.stopLoss = leg(p, "stopLoss", "slTriggerBy", "slOrderType", "slLimitPrice", edit.stopLoss);
      }
      if (qty.isPresent() && !edit.wholePosition()) {
        edit.size = qty.get();
      }
    }, c.now());
    w.beginObject().field("clientOid", o.clientOid).field("orderId", o.orderId).endObject();
  }

  private void cancel(Call c, JsonWriter w) {
    Conditional o = find(c.account(), c.params());
    ex.conditionals.cancel(c.account(), o, "user cancel", c.now());
    w.nullValue();
  }

  // ---- lists --------------------------------------------------------------------------------

  private List<Conditional> newestFirst(Account a) {
    List<Conditional> all = new ArrayList<>(a.conditionals.values());
    Collections.reverse(all);
    return all;
  }

  /** Live strategy orders of the {@code category}, of one {@code type} when given, newest first: a bare array. */
  private void unfilled(Call c, JsonWriter w) {
    Params p = c.params();
    Optional<ProductType> category = Optional.of(V3Api.requiredCategory(p));
    Optional<String> type = p.oneOf("type", "tpsl", "trigger");
    Optional<Market> only = v3.symbolFilter(p, category);
    w.beginArray();
    for (Conditional o : newestFirst(c.account())) {
      if (o.isLive() && V3Api.matches(o.market, category, only) && type.map(o.v3Type()::equals).orElse(true)) {
        WireV3.strategyOrder(w, o);
      }
    }
    w.endArray();
  }

  /** Finished strategy orders, paged by cursor as V3's other lists. */
  private void history(Call c, JsonWriter w) {
    Params p = c.params();
    Optional<ProductType> category = Optional.of(V3Api.requiredCategory(p));
    Optional<String> type = p.oneOf("type", "tpsl", "trigger");
    Optional<Market> only = v3.symbolFilter(p, category);
    V3Api.page(p, w, newestFirst(c.account()),
        o -> !o.isLive() && V3Api.matches(o.market, category, only) && type.map(o.v3Type()::equals).orElse(true),
        o -> o.orderId, o -> o.cTime, WireV3::strategyOrder);
  }
}

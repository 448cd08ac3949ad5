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
 * Bitget's V2 plan-order endpoints ({@code /api/v2/mix/order/...}), a classic account's conditional
 * orders: {@code place-tpsl-order} (plan types {@code profit_plan}, {@code loss_plan},
 * {@code moving_plan}, {@code pos_profit}, {@code pos_loss}), {@code place-pos-tpsl},
 * {@code place-plan-order} ({@code normal_plan}, {@code track_plan}), {@code modify-tpsl-order},
 * {@code modify-plan-order}, {@code cancel-plan-order}, {@code orders-plan-pending} and
 * {@code orders-plan-history} (families {@code normal_plan}, {@code track_plan}, {@code profit_loss}).
 * A TP/SL's {@code holdSide} is {@code long}/{@code short} in hedge mode and {@code buy}/{@code sell}
 * (the position's direction) in one-way mode; the other mode's words get 40774. Prices travel as
 * V2 writes them: {@code triggerType} {@code fill_price} or {@code mark_price}, an
 * {@code executePrice} of {@code 0} or none for market execution.
 */
final class V2PlanApi {
  private static final String ORDER = "/api/v2/mix/order/";

  private final Exchange ex;

  V2PlanApi(Exchange ex) {
    this.ex = ex;
  }

  void register(RestApi api) {
    ApiVersion v2 = ApiVersion.V2;
    api.post(v2, ORDER + "place-tpsl-order", RateLimitGroup.TRADE, this::placeTpsl);
    api.post(v2, ORDER + "place-pos-tpsl", RateLimitGroup.TRADE, this::placePositionTpsl);
    api.post(v2, ORDER + "place-plan-order", RateLimitGroup.TRADE, this::placePlan);
    api.post(v2, ORDER + "modify-tpsl-order", RateLimitGroup.TRADE, this::modifyTpsl);
    api.post(v2, ORDER + "modify-plan-order", RateLimitGroup.TRADE, this::modifyPlan);
    api.post(v2, ORDER + "cancel-plan-order", RateLimitGroup.TRADE, this::cancelPlan);
    api.get(v2, ORDER + "orders-plan-pending", RateLimitGroup.TRADE, true, (c, w) -> list(c, w, true));
    api.get(v2, ORDER + "orders-plan-history", RateLimitGroup.TRADE, true, (c, w) -> list(c, w, false));
  }

  // ---- parameters ---------------------------------------------------------------------------

  /** V2's trigger type as the engine's watched price: {@code fill_price} (the default) is last. */
  private static String by(Params p, String name) {
    return p.oneOf(name, "fill_price", "mark_price").orElse("fill_price").equals("mark_price") ? "mark" : "last";
  }

  /** An execute price: absent or 0 is market execution (null). */
  private static BigDecimal executePrice(Params p, String name) {
    BigDecimal price = p.decimal(name).orElse(BigDecimal.ZERO);
    if (price.signum() < 0) {
      throw ApiError.invalid(name);
    }
    return price.signum() == 0 ? null : price;
  }

  private static Conditional.Leg leg(Params p, String price, String type, String execute) {
    return new Conditional.Leg(p.requiredPositive(price), by(p, type), executePrice(p, execute));
  }

  /** The position a TP/SL protects, from {@code holdSide} in the account's position mode's words. */
  private static String holdSide(Account a, Params p) {
    String holdSide = p.requiredOneOf("holdSide", "long", "short", "buy", "sell");
    boolean hedgeWords = holdSide.equals("long") || holdSide.equals("short");
    if (hedgeWords != a.isHedge()) {
      throw ApiError.holdSideMismatch();
    }
    return hedgeWords ? holdSide : holdSide.equals("buy") ? "long" : "short";
  }

  private ConditionalIntent tpslIntent(Account a, Market m, String posSide, boolean takeProfit, Conditional.Leg leg,
      BigDecimal size, String clientOid) {
    return ConditionalIntent.tpsl(m, posSide, a.isHedge(), takeProfit ? leg : null, takeProfit ? null : leg, size,
        clientOid);
  }

  // ---- placing ------------------------------------------------------------------------------

  private void placeTpsl(Call c, JsonWriter w) {
    Params p = c.params();
    Account a = c.account();
    Market m = V2Api.marketWithCoin(ex, p);
    String planType = p.requiredOneOf("planType", "profit_plan", "loss_plan", "moving_plan", "pos_profit", "pos_loss");
    String posSide = holdSide(a, p);
    String clientOid = V2Api.clientOid(p, "clientOid");
    ConditionalIntent intent;
    if (planType.equals("moving_plan")) {
      Conditional.Leg activation = new Conditional.Leg(p.requiredPositive("triggerPrice"), by(p, "triggerType"), null);
      intent = new ConditionalIntent(m, Conditional.Kind.TRAILING, posSide, posSide.equals("long") ? "sell" : "buy",
          true, a.isHedge(), null, null, activation, p.requiredPositive("size"), p.requiredPositive("rangeRate"),
          null, true, clientOid, Presets.NONE);
    } else {
      boolean whole = planType.startsWith("pos_");
      intent = tpslIntent(a, m, posSide, planType.contains("profit"),
          leg(p, "triggerPrice", "triggerType", "executePrice"), whole ? null : p.requiredPositive("size"), clientOid);
    }
    Conditional o = ex.conditionals.place(a, intent, c.now());
    w.beginObject().field("orderId", o.orderId).field("clientOid", o.clientOid).endObject();
  }

  /**
   * Places a take-profit and/or a stop-loss on a position, each an order of its own: without a size the
   * whole position ({@code pos_profit}, {@code pos_loss}), with one part of it. A refused second leg
   * cancels the first, so the call places both or neither.
   */
  private void placePositionTpsl(Call c, JsonWriter w) {
    Params p = c.params();
    Account a = c.account();
    Market m = V2Api.marketWithCoin(ex, p);
    String posSide = holdSide(a, p);
    List<Conditional> placed = new ArrayList<>();
    List<Boolean> takeProfits = new ArrayList<>();
    try {
      for (String prefix : List.of("stopSurplus", "stopLoss")) {
        if (!p.has(prefix + "TriggerPrice")) {
          continue;
        }
        boolean takeProfit = prefix.equals("stopSurplus");
        BigDecimal size = p.has(prefix + "Size") ? p.requiredPositive(prefix + "Size") : null;
        ConditionalIntent intent = tpslIntent(a, m, posSide, takeProfit,
            leg(p, prefix + "TriggerPrice", prefix + "TriggerType", prefix + "ExecutePrice"), size,
            V2Api.clientOid(p, prefix + "ClientOid"));
        placed.add(ex.conditionals.place(a, intent, c.now()));
        takeProfits.add(takeProfit);
      }
    } catch (ApiError e) {
      placed.forEach(o -> ex.conditionals.cancel(a, o, "its pair was refused", c.now()));
      throw e;
    }
    if (placed.isEmpty()) {
      throw ApiError.missing("stopSurplusTriggerPrice");
    }
    w.beginArray();
    for (int i = 0; i < placed.size(); i++) {
      Conditional o = placed.get(i);
      w.beginObject()
          .field("orderId", o.orderId)
          .field("stopSurplusClientOid", takeProfits.get(i) ? o.clientOid : "")
          .field("stopLossClientOid", takeProfits.get(i) ? "" : o.clientOid)
          .endObject();
    }
    w.endArray();
  }

  /**
   * A trigger order ({@code normal_plan}) or trailing stop ({@code track_plan}), its trade written as a
   * {@code place-order}'s: in hedge mode {@code side} names the position and {@code tradeSide} opens or
   * closes it; in one-way mode {@code side} is the trade's direction and {@code reduceOnly} closes.
   */
  private void placePlan(Call c, JsonWriter w) {
    Params p = c.params();
    Account a = c.account();
    Market m = V2Api.marketWithCoin(ex, p);
    String planType = p.requiredOneOf("planType", "normal_plan", "track_plan");
    String marginMode = p.requiredOneOf("marginMode", "isolated", "crossed");
    BigDecimal size = p.requiredPositive("size");
    String side = p.requiredOneOf("side", "buy", "sell");
    String orderType = p.requiredOneOf("orderType", "limit", "market");
    String triggerType = p.requiredOneOf("triggerType", "fill_price", "mark_price");
    BigDecimal triggerPrice = p.requiredPositive("triggerPrice");
    boolean trailing = planType.equals("track_plan");
    if (trailing && (orderType.equals("limit") || p.has("price"))) {
      throw ApiError.invalid("orderType", "a trailing stop order executes at market");
    }
    BigDecimal price = orderType.equals("limit") ? p.requiredPositive("price") : null;
    String posSide = null;
    String direction = side;
    boolean closes;
    if (a.isHedge()) {
      closes = p.requiredOneOf("tradeSide", "open", "close").equals("close");
      posSide = side.equals("buy") ? "long" : "short";
      direction = closes ? (side.equals("buy") ? "sell" : "buy") : side;
    } else {
      closes = p.oneOf("reduceOnly", "yes", "no").orElse("no").equals("yes");
      posSide = closes ? (side.equals("sell") ? "long" : "short") : null;
    }
    Conditional.Leg trigger = new Conditional.Leg(triggerPrice, triggerType.equals("mark_price") ? "mark" : "last",
        price);
    Presets presets = trailing ? Presets.NONE : new Presets(p.get("stopSurplusTriggerPrice", ""),
        p.get("stopLossTriggerPrice", ""), p.get("stopSurplusTriggerType", ""), p.get("stopLossTriggerType", ""), "",
        "", p.get("stopSurplusExecutePrice", ""), p.get("stopLossExecutePrice", ""));
    ConditionalIntent intent = new ConditionalIntent(m, trailing ? Conditional.Kind.TRAILING : Conditional.Kind.TRIGGER,
        posSide, direction, closes, a.isHedge(), null, null, trigger, size,
        trailing ? p.requiredPositive("callbackRatio") : null, marginMode, false, V2Api.clientOid(p, "clientOid"),
        presets);
    Conditional o = ex.conditionals.place(a, intent, c.now());
    w.beginObject().field("orderId", o.orderId).field("clientOid", o.clientOid).endObject();
  }

  // ---- changing and cancelling --------------------------------------------------------------

  /** The live conditional order named by {@code orderId}, else {@code clientOid}, on market {@code m}; 43025 otherwise. */
  private static Conditional find(Account a, Market m, Params p) {
    Conditional o;
    if (p.has("orderId")) {
      o = a.conditionals.get(p.required("orderId"));
    } else if (p.has("clientOid")) {
      o = a.conditionalByClientOid.get(p.required("clientOid"));
    } else {
      throw ApiError.badRequest("40019", "Parameter orderId or clientOid cannot be empty");
    }
    if (o == null || !o.isLive() || (m != null && o.market != m)) {
      throw ApiError.conditionalNotFound();
    }
    return o;
  }

  /** Changes a TP/SL (or a {@code moving_plan}): {@code triggerPrice} and {@code size} are required, {@code size} "" for a whole-position one. */
  private void modifyTpsl(Call c, JsonWriter w) {
    Params p = c.params();
    Account a = c.account();
    Conditional o = find(a, V2Api.marketWithCoin(ex, p), p);
    if (!o.v2Family().equals("profit_loss")) {
      throw ApiError.conditionalNotFound();
    }
    BigDecimal trigger = p.requiredPositive("triggerPrice");
    String by = p.has("triggerType") ? by(p, "triggerType") : o.primaryLeg().by();
    BigDecimal execute = executePrice(p, "executePrice");
    BigDecimal size = o.wholePosition() ? null : p.requiredPositive("size");
    BigDecimal rangeRate = p.decimal("rangeRate").orElse(null);
    ex.conditionals.modify(a, o, edit -> {
      edit.size = size;
      if (edit.kind == Conditional.Kind.TRAILING) {
        edit.trigger = new Conditional.Leg(trigger, by, null);
        edit.callbackRatio = rangeRate != null ? rangeRate : edit.callbackRatio;
      } else if (edit.takeProfit != null) {
        edit.takeProfit = new Conditional.Leg(trigger, by, execute);
      } else {
        edit.stopLoss = new Conditional.Leg(trigger, by, execute);
      }
    }, c.now());
    w.beginObject().field("orderId", o.orderId).field("clientOid", o.clientOid).endObject();
  }

  /**
   * Changes a trigger order or trailing stop: each {@code new*} value given replaces the old one. A
   * market order takes no {@code newPrice}; only a trailing stop takes {@code newCallbackRatio}.
   */
  private void modifyPlan(Call c, JsonWriter w) {
    Params p = c.params();
    Account a = c.account();
    Exchange.productType(p.required("productType"));
    Conditional o = find(a, null, p);
    if (o.v2Family().equals("profit_loss")) {
      throw ApiError.conditionalNotFound();
    }
    Conditional.Leg old = o.trigger;
    if (p.has("newPrice") && old.isMarket()) {
      throw ApiError.invalid("newPrice", "must be empty for a market order");
    }
    if (p.has("newCallbackRatio") && o.kind != Conditional.Kind.TRAILING) {
      throw ApiError.invalid("newCallbackRatio", "must be empty for a trigger order");
    }
    BigDecimal trigger = p.has("newTriggerPrice") ? p.requiredPositive("newTriggerPrice") : old.price();
    String by = p.has("newTriggerType") ? (p.requiredOneOf("newTriggerType", "fill_price", "mark_price")
        .equals("mark_price") ? "mark" : "last") : old.by();
    BigDecimal limit = p.has("newPrice") ? p.requiredPositive("newPrice") : old.limitPrice();
    Optional<BigDecimal> size = p.has("newSize") ? Optional.of(p.requiredPositive("newSize")) : Optional.empty();
    Optional<BigDecimal> callback = p.has("newCallbackRatio") ? Optional.of(p.requiredPositive("newCallbackRatio"))
        : Optional.empty();
    ex.conditionals.modify(a, o, edit -> {
      edit.trigger = new Conditional.Leg(trigger, by, limit);
      size.ifPresent(s -> edit.size = s);
      callback.ifPresent(r -> edit.callbackRatio = r);
    }, c.now());
    w.beginObject().field("orderId", o.orderId).field("clientOid", o.clientOid).endObject();
  }

  /**
   * Cancels the listed orders of one symbol, each of which must be of {@code planType} (default
   * {@code normal_plan}), reporting the others in {@code failureList}; without a list, every live order
   * of that plan type in the product type (or symbol).
   */
  private void cancelPlan(Call c, JsonWriter w) {
    Params p = c.params();
    Account a = c.account();
    ProductType type = Exchange.productType(p.required("productType"));
    String planType = p.oneOf("planType", "normal_plan", "track_plan", "profit_plan", "loss_plan", "pos_profit",
        "pos_loss", "moving_plan").orElse("normal_plan");
    Market only = p.has("symbol") ? ex.market(p.required("symbol"), type.v2Name()) : null;
    List<Params> items = p.list("orderIdList");
    if (!items.isEmpty() && only == null) {
      throw ApiError.missing("symbol");
    }
    List<Conditional> cancelled = new ArrayList<>();
    List<String[]> failures = new ArrayList<>();
    if (items.isEmpty()) {
      for (Conditional o : new ArrayList<>(a.liveConditionals.values())) {
        if (o.market.contract.symbol.productType() == type && (only == null || o.market == only)
            && o.v2PlanType().equals(planType)) {
          cancelled.add(o);
        }
      }
    } else {
      for (Params item : items) {
        try {
          Conditional o = find(a, only, item);
          if (!o.v2PlanType().equals(planType)) {
            throw ApiError.conditionalNotFound();
          }
          cancelled.add(o);
        } catch (ApiError e) {
          failures.add(new String[] {item.get("orderId", ""), item.get("clientOid", "")});
        }
      }
    }
    cancelled.forEach(o -> ex.conditionals.cancel(a, o, "user cancel", c.now()));
    w.beginObject().name("successList").beginArray();
    for (Conditional o : cancelled) {
      w.beginObject().field("orderId", o.orderId).field("clientOid", o.clientOid).endObject();
    }
    w.endArray().name("failureList").beginArray();
    for (String[] f : failures) {
      // Bitget's documented failure item: no code, the message "notExistend"
      w.beginObject().field("orderId", f[0]).field("clientOid", f[1]).field("errorMsg", "notExistend").endObject();
    }
    w.endArray().endObject();
  }

  // ---- lists --------------------------------------------------------------------------------

  /**
   * One family's pending or finished orders, newest first: {@code planType} ({@code normal_plan},
   * {@code track_plan}, {@code profit_loss}) is required; {@code symbol}, {@code orderId},
   * {@code clientOid}, {@code planStatus} (history), {@code idLessThan}, {@code startTime},
   * {@code endTime} and {@code limit} (at most 100) filter.
   */
  private void list(Call c, JsonWriter w, boolean pending) {
    Params p = c.params();
    ProductType type = Exchange.productType(p.required("productType"));
    String family = p.requiredOneOf("planType", "normal_plan", "track_plan", "profit_loss");
    Market only = p.has("symbol") ? ex.market(p.required("symbol"), type.v2Name()) : null;
    String orderId = p.get("orderId", null);
    String clientOid = p.get("clientOid", null);
    String planStatus = pending ? null : p.oneOf("planStatus", "executed", "fail_execute", "cancelled").orElse(null);
    long idLessThan = p.longValue("idLessThan").orElse(Long.MAX_VALUE);
    long start = p.longValue("startTime").orElse(Long.MIN_VALUE);
    long end = p.longValue("endTime").orElse(Long.MAX_VALUE);
    int limit = p.limit(100, 100);
    List<Conditional> newestFirst = new ArrayList<>(c.account().conditionals.values());
    Collections.reverse(newestFirst);
    w.beginObject().name("entrustedList").beginArray();
    String endId = "";
    int n = 0;
    for (Conditional o : newestFirst) {
      if (n == limit) {
        break;
      }
      if (o.isLive() != pending || !o.v2Family().equals(family)
          || o.market.contract.symbol.productType() != type || (only != null && o.market != only)
          || (orderId != null && !orderId.equals(o.orderId)) || (clientOid != null && !clientOid.equals(o.clientOid))
          || (planStatus != null && !planStatus.equals(o.status.v2)) || Long.parseLong(o.orderId) >= idLessThan
          || o.cTime < start || o.cTime > end) {
        continue;
      }
      Wire.planOrder(w, o, o.executedOrderId == null ? null : c.account().orders.get(o.executedOrderId), !pending);
      endId = o.orderId;
      n++;
    }
    w.endArray().field("endId", endId).endObject();
  }
}

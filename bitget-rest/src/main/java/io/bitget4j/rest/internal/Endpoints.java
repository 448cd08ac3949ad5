package io.bitget4j.rest.internal;

import static io.bitget4j.rest.EndpointGroup.BATCH_TRADE;
import static io.bitget4j.rest.EndpointGroup.MARKET;
import static io.bitget4j.rest.EndpointGroup.PRIVATE_READ;
import static io.bitget4j.rest.EndpointGroup.RESTRICTED;
import static io.bitget4j.rest.EndpointGroup.TRADE;
import static io.bitget4j.rest.EndpointGroup.UNIFIED_READ;

/**
 * The endpoints this client calls, in one place, with their rate-limit groups: V2 futures
 * ({@code /api/v2/mix/...}) for classic accounts, V3 ({@code /api/v3/...}) for unified ones.
 */
public final class Endpoints {
  private Endpoints() {}

  public static final Endpoint SERVER_TIME = Endpoint.publicGet("/api/v2/public/time", MARKET);

  private static final String MARKET_PATH = "/api/v2/mix/market/";
  public static final Endpoint CONTRACTS = Endpoint.publicGet(MARKET_PATH + "contracts", MARKET);
  public static final Endpoint TICKER = Endpoint.publicGet(MARKET_PATH + "ticker", MARKET);
  public static final Endpoint TICKERS = Endpoint.publicGet(MARKET_PATH + "tickers", MARKET);
  public static final Endpoint MERGE_DEPTH = Endpoint.publicGet(MARKET_PATH + "merge-depth", MARKET);
  public static final Endpoint RECENT_TRADES = Endpoint.publicGet(MARKET_PATH + "fills", MARKET);
  public static final Endpoint CANDLES = Endpoint.publicGet(MARKET_PATH + "candles", MARKET);
  public static final Endpoint FUNDING_RATE =
      Endpoint.publicGet(MARKET_PATH + "current-fund-rate", MARKET);
  public static final Endpoint OPEN_INTEREST = Endpoint.publicGet(MARKET_PATH + "open-interest", MARKET);
  public static final Endpoint SYMBOL_PRICE = Endpoint.publicGet(MARKET_PATH + "symbol-price", MARKET);

  private static final String ACCOUNT_PATH = "/api/v2/mix/account/";
  public static final Endpoint ACCOUNT = Endpoint.privateGet(ACCOUNT_PATH + "account", PRIVATE_READ);
  public static final Endpoint ACCOUNTS = Endpoint.privateGet(ACCOUNT_PATH + "accounts", PRIVATE_READ);
  public static final Endpoint SET_LEVERAGE =
      Endpoint.idempotentPost(ACCOUNT_PATH + "set-leverage", RESTRICTED);
  public static final Endpoint SET_MARGIN_MODE =
      Endpoint.idempotentPost(ACCOUNT_PATH + "set-margin-mode", RESTRICTED);
  public static final Endpoint SET_POSITION_MODE =
      Endpoint.idempotentPost(ACCOUNT_PATH + "set-position-mode", RESTRICTED);

  private static final String POSITION_PATH = "/api/v2/mix/position/";
  public static final Endpoint SINGLE_POSITION =
      Endpoint.privateGet(POSITION_PATH + "single-position", PRIVATE_READ);
  public static final Endpoint ALL_POSITION = Endpoint.privateGet(POSITION_PATH + "all-position", RESTRICTED);

  private static final String ORDER_PATH = "/api/v2/mix/order/";
  public static final Endpoint PLACE_ORDER = Endpoint.post(ORDER_PATH + "place-order", TRADE);
  public static final Endpoint BATCH_PLACE_ORDER = Endpoint.post(ORDER_PATH + "batch-place-order", TRADE);
  public static final Endpoint CANCEL_ORDER = Endpoint.post(ORDER_PATH + "cancel-order", TRADE);
  public static final Endpoint BATCH_CANCEL_ORDERS =
      Endpoint.post(ORDER_PATH + "batch-cancel-orders", TRADE);
  public static final Endpoint MODIFY_ORDER = Endpoint.post(ORDER_PATH + "modify-order", TRADE);
  public static final Endpoint CLOSE_POSITIONS = Endpoint.post(ORDER_PATH + "close-positions", TRADE);
  public static final Endpoint ORDER_DETAIL = Endpoint.privateGet(ORDER_PATH + "detail", PRIVATE_READ);
  public static final Endpoint ORDERS_PENDING =
      Endpoint.privateGet(ORDER_PATH + "orders-pending", PRIVATE_READ);
  public static final Endpoint ORDERS_HISTORY =
      Endpoint.privateGet(ORDER_PATH + "orders-history", PRIVATE_READ);
  public static final Endpoint FILLS = Endpoint.privateGet(ORDER_PATH + "fills", PRIVATE_READ);
  public static final Endpoint CANCEL_ALL_ORDERS = Endpoint.post(ORDER_PATH + "cancel-all-orders", TRADE);
  public static final Endpoint PLACE_TPSL_ORDER = Endpoint.post(ORDER_PATH + "place-tpsl-order", TRADE);
  public static final Endpoint PLACE_POS_TPSL = Endpoint.post(ORDER_PATH + "place-pos-tpsl", TRADE);
  public static final Endpoint PLACE_PLAN_ORDER = Endpoint.post(ORDER_PATH + "place-plan-order", TRADE);
  public static final Endpoint MODIFY_TPSL_ORDER = Endpoint.post(ORDER_PATH + "modify-tpsl-order", TRADE);
  public static final Endpoint MODIFY_PLAN_ORDER = Endpoint.post(ORDER_PATH + "modify-plan-order", TRADE);
  public static final Endpoint CANCEL_PLAN_ORDER = Endpoint.post(ORDER_PATH + "cancel-plan-order", TRADE);
  public static final Endpoint ORDERS_PLAN_PENDING =
      Endpoint.privateGet(ORDER_PATH + "orders-plan-pending", PRIVATE_READ);
  public static final Endpoint ORDERS_PLAN_HISTORY =
      Endpoint.privateGet(ORDER_PATH + "orders-plan-history", PRIVATE_READ);
  public static final Endpoint HISTORY_POSITION =
      Endpoint.privateGet(POSITION_PATH + "history-position", PRIVATE_READ);

  // ---- V3, unified trading accounts ----

  private static final String V3_MARKET = "/api/v3/market/";
  public static final Endpoint V3_INSTRUMENTS = Endpoint.publicGet(V3_MARKET + "instruments", MARKET);
  public static final Endpoint V3_TICKERS = Endpoint.publicGet(V3_MARKET + "tickers", MARKET);
  public static final Endpoint V3_ORDERBOOK = Endpoint.publicGet(V3_MARKET + "orderbook", MARKET);
  public static final Endpoint V3_CANDLES = Endpoint.publicGet(V3_MARKET + "candles", MARKET);
  public static final Endpoint V3_RECENT_FILLS = Endpoint.publicGet(V3_MARKET + "fills", MARKET);
  public static final Endpoint V3_OPEN_INTEREST = Endpoint.publicGet(V3_MARKET + "open-interest", MARKET);
  public static final Endpoint V3_FUNDING_RATE = Endpoint.publicGet(V3_MARKET + "current-fund-rate", MARKET);

  private static final String V3_ACCOUNT = "/api/v3/account/";
  public static final Endpoint V3_ASSETS = Endpoint.privateGet(V3_ACCOUNT + "assets", UNIFIED_READ);
  public static final Endpoint V3_SETTINGS = Endpoint.privateGet(V3_ACCOUNT + "settings", UNIFIED_READ);
  public static final Endpoint V3_SET_LEVERAGE = Endpoint.idempotentPost(V3_ACCOUNT + "set-leverage", RESTRICTED);
  public static final Endpoint V3_SET_HOLD_MODE = Endpoint.idempotentPost(V3_ACCOUNT + "set-hold-mode", RESTRICTED);

  private static final String V3_POSITION = "/api/v3/position/";
  public static final Endpoint V3_CURRENT_POSITION =
      Endpoint.privateGet(V3_POSITION + "current-position", UNIFIED_READ);
  public static final Endpoint V3_HISTORY_POSITION =
      Endpoint.privateGet(V3_POSITION + "history-position", UNIFIED_READ);

  private static final String V3_TRADE = "/api/v3/trade/";
  public static final Endpoint V3_PLACE_ORDER = Endpoint.post(V3_TRADE + "place-order", TRADE);
  public static final Endpoint V3_MODIFY_ORDER = Endpoint.post(V3_TRADE + "modify-order", TRADE);
  public static final Endpoint V3_CANCEL_ORDER = Endpoint.post(V3_TRADE + "cancel-order", TRADE);
  public static final Endpoint V3_PLACE_BATCH = Endpoint.post(V3_TRADE + "place-batch", BATCH_TRADE);
  public static final Endpoint V3_CANCEL_BATCH = Endpoint.post(V3_TRADE + "cancel-batch", BATCH_TRADE);
  public static final Endpoint V3_CANCEL_SYMBOL_ORDER = Endpoint.post(V3_TRADE + "cancel-symbol-order", BATCH_TRADE);
  public static final Endpoint V3_CLOSE_POSITIONS = Endpoint.post(V3_TRADE + "close-positions", BATCH_TRADE);
  public static final Endpoint V3_ORDER_INFO = Endpoint.privateGet(V3_TRADE + "order-info", UNIFIED_READ);
  public static final Endpoint V3_UNFILLED_ORDERS = Endpoint.privateGet(V3_TRADE + "unfilled-orders", UNIFIED_READ);
  public static final Endpoint V3_HISTORY_ORDERS = Endpoint.privateGet(V3_TRADE + "history-orders", UNIFIED_READ);
  public static final Endpoint V3_PLACE_STRATEGY_ORDER = Endpoint.post(V3_TRADE + "place-strategy-order", TRADE);
  public static final Endpoint V3_MODIFY_STRATEGY_ORDER = Endpoint.post(V3_TRADE + "modify-strategy-order", TRADE);
  public static final Endpoint V3_CANCEL_STRATEGY_ORDER = Endpoint.post(V3_TRADE + "cancel-strategy-order", TRADE);
  public static final Endpoint V3_UNFILLED_STRATEGY_ORDERS =
      Endpoint.privateGet(V3_TRADE + "unfilled-strategy-orders", UNIFIED_READ);
  public static final Endpoint V3_HISTORY_STRATEGY_ORDERS =
      Endpoint.privateGet(V3_TRADE + "history-strategy-orders", UNIFIED_READ);
  public static final Endpoint V3_FILLS = Endpoint.privateGet(V3_TRADE + "fills", UNIFIED_READ);
}

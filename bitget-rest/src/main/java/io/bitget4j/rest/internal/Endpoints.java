package io.bitget4j.rest.internal;

import static io.bitget4j.rest.EndpointGroup.MARKET;
import static io.bitget4j.rest.EndpointGroup.PRIVATE_READ;
import static io.bitget4j.rest.EndpointGroup.RESTRICTED;
import static io.bitget4j.rest.EndpointGroup.TRADE;

/** The V2 futures endpoints this client calls, in one place. */
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
}

package io.bitget4j.testkit.internal;

import java.math.BigDecimal;

/**
 * A Bitget error answer: the envelope code, message and HTTP status the fake replies with. One
 * failure carries the code and message of each API version, since V2 and V3 number the same
 * refusal differently (a duplicate clientOid is 40786 on V2 and 25212 on V3); the route that
 * answers picks its version's pair.
 */
final class ApiError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String v2Code;
  private final String v3Code;
  private final String v3Message;
  private final boolean v3OmitsData;
  final int httpStatus;

  private ApiError(String v2Code, String v2Message, String v3Code, String v3Message, boolean v3OmitsData,
      int httpStatus) {
    super(v2Message, null, false, false);
    this.v2Code = v2Code;
    this.v3Code = v3Code;
    this.v3Message = v3Message;
    this.v3OmitsData = v3OmitsData;
    this.httpStatus = httpStatus;
  }

  /** An HTTP 400 answer with the same code and message on every version. */
  static ApiError badRequest(String code, String message) {
    return new ApiError(code, message, code, message, false, 400);
  }

  /** An HTTP 400 answer that V2 and V3 word differently. */
  static ApiError badRequest(String v2Code, String v2Message, String v3Code, String v3Message) {
    return new ApiError(v2Code, v2Message, v3Code, v3Message, false, 400);
  }

  String code(ApiVersion version) {
    return version == ApiVersion.V2 ? v2Code : v3Code;
  }

  String message(ApiVersion version) {
    return version == ApiVersion.V2 ? getMessage() : v3Message;
  }

  /** Whether the envelope leaves out {@code data}, as Bitget's documented V3 40762 answer does. */
  boolean omitsData(ApiVersion version) {
    return version == ApiVersion.V3 && v3OmitsData;
  }

  static ApiError missing(String parameter) {
    return badRequest("40019", "Parameter " + parameter + " cannot be empty",
        "40017", "Parameter verification failed: " + parameter + " cannot be empty");
  }

  static ApiError invalid(String parameter) {
    return badRequest("40020", "Parameter " + parameter + " error",
        "40017", "Parameter verification failed: " + parameter + " error");
  }

  /** A parameter error whose V3 message says more than V2's terse one. */
  static ApiError invalid(String parameter, String why) {
    return badRequest("40020", "Parameter " + parameter + " error",
        "40017", "Parameter verification failed: " + parameter + " " + why);
  }

  static ApiError doesNotExist(String symbol) {
    return badRequest("40034", "Parameter " + symbol + " does not exist",
        "25100", "Trading pair " + symbol + " does not exist");
  }

  static ApiError orderNotFound() {
    return badRequest("40109", "The data of the order cannot be found, please confirm the order number",
        "25204", "Order does not exist");
  }

  /** A cancel or modify of an order that is no longer open. */
  static ApiError orderNotOpen(String action) {
    return badRequest("22001", "No order to " + action, "25204", "Order does not exist");
  }

  static ApiError insufficientBalance() {
    // V3's documented answer (uta/trade/Place-Order.md, "Error Sample") has no data key.
    return new ApiError("40762", "The order amount exceeds the balance",
        "40762", "The order size is greater than the max open size", true, 400);
  }

  static ApiError duplicateClientOid() {
    return badRequest("40786", "Duplicate clientOid", "25212", "Duplicate clientOid");
  }

  static ApiError noPositionToClose() {
    return badRequest("22002", "No position to close", "25227", "No position available to close");
  }

  static ApiError notEnoughPosition() {
    return badRequest("40757", "Not enough position is available.",
        "25225", "Insufficient available quantity in position");
  }

  static ApiError belowMinimum(Object minimum) {
    return badRequest("45110", "less than the minimum amount " + minimum + " USDT",
        "25611", "Order quantity must be greater than the minimum order amount");
  }

  /** A size or price with more decimals than the contract allows. */
  static ApiError scale(String name, BigDecimal value, int scale, BigDecimal step) {
    String v2 = "Parameter verification exception " + name + " checkBDScale error value=" + value.toPlainString()
        + " checkScale=" + scale;
    return name.equals("price")
        ? badRequest("40808", v2, "25244", "Price should be a multiple of " + step.toPlainString())
        : badRequest("40808", v2, "25610", "Order amount does not meet precision requirements");
  }

  static ApiError tooManyOrders(int limit) {
    return badRequest("43128", "Exceeded the limit of the maximum number of orders for the total transaction pair "
        + limit, "25211", "Exceeds the limit of " + limit + " maximum orders");
  }

  static ApiError leverageTooHigh() {
    return badRequest("40797", "Exceeded the maximum settable leverage", "25223", "Exceeds Max. leverage");
  }

  static ApiError marginModeLocked() {
    return badRequest("45117", "Currently holding positions or orders, the margin mode cannot be adjusted",
        "25107", "There is currently a position, please close the position");
  }

  static ApiError holdModeLocked() {
    return badRequest("40920", "Position or order exists, the position mode cannot be switched",
        "25107", "There is currently a position, please close the position");
  }

  /** A conditional order that does not exist, or is no longer pending. */
  static ApiError conditionalNotFound() {
    return badRequest("43025", "Plan order does not exist", "25597",
        "Strategy does not exist or has already been stopped");
  }

  /** A take-profit or stop-loss without the position it would close. */
  static ApiError noPositionForTpsl() {
    return badRequest("40757", "Not enough position is available.", "25601",
        "Position does not exist; cannot set TP/SL");
  }

  /** A partial take-profit or stop-loss larger than its position. */
  static ApiError tpslExceedsPosition() {
    return badRequest("40757", "Not enough position is available.", "25595",
        "The total TP/SL quantity for partial positions exceeds the position amount");
  }

  /**
   * A take-profit or stop-loss trigger on the wrong side of the price it watches: V3's 25585-25592
   * (by the latest or the mark price), V2's 40915-40918 (40917 as Bitget answers it).
   */
  static ApiError tpslWrongSide(boolean takeProfit, boolean isLong, boolean mark, BigDecimal price) {
    int offset = (isLong ? 0 : 2) + (takeProfit ? 0 : 1);
    String position = isLong ? "long" : "short";
    String relation = takeProfit == isLong ? "greater" : "less";
    String leg = takeProfit ? "take-profit" : "stop-loss";
    String v3 = "For " + position + " position TP/SL (close " + position + "), the " + leg + " trigger price must be "
        + relation + " than the " + (mark ? "mark" : "latest") + " price";
    String v2Code = Integer.toString(40915 + (isLong ? 0 : 1) + (takeProfit ? 0 : 2));
    String v2 = (takeProfit ? (isLong ? "Long" : "Short") + " position take profit price please "
        : "Stop price for " + position + " positions please ") + (relation.equals("greater") ? "> " : "< ")
        + "mark price " + Num.str(price);
    return badRequest(v2Code, v2, Integer.toString((mark ? 25589 : 25585) + offset), v3);
  }

  /** V2: a TP/SL's {@code holdSide} in the other position mode's words. */
  static ApiError holdSideMismatch() {
    return badRequest("40774", "The order type for unilateral position must also be the unilateral position type.");
  }
}

package io.bitget4j.testkit.internal;

/** A Bitget error answer: the envelope code, message and HTTP status the fake replies with. */
final class ApiError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  final String code;
  final int httpStatus;

  ApiError(String code, String message, int httpStatus) {
    super(message, null, false, false);
    this.code = code;
    this.httpStatus = httpStatus;
  }

  static ApiError badRequest(String code, String message) {
    return new ApiError(code, message, 400);
  }

  static ApiError missing(String parameter) {
    return badRequest("40019", "Parameter " + parameter + " cannot be empty");
  }

  static ApiError invalid(String parameter) {
    return badRequest("40020", "Parameter " + parameter + " error");
  }

  static ApiError doesNotExist(String value) {
    return badRequest("40034", "Parameter " + value + " does not exist");
  }

  static ApiError orderNotFound() {
    return badRequest("40109", "The data of the order cannot be found, please confirm the order number");
  }

  static ApiError insufficientBalance() {
    return badRequest("40762", "The order amount exceeds the balance");
  }

  static ApiError duplicateClientOid() {
    return badRequest("40786", "Duplicate clientOid");
  }
}

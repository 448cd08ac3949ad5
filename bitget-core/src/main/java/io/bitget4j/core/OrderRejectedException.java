package io.bitget4j.core;

/**
 * The exchange refused an order: insufficient balance (40762), below the minimum size (45110),
 * a bad client order id (40305), a precision error (40808) and similar, and V3's order checks
 * (25202 insufficient balance, 25203 insufficient margin, 25207 below the minimum quantity, 25236
 * wrong position side, ...). The order was not placed.
 */
public class OrderRejectedException extends BitgetApiException {
  private static final long serialVersionUID = 1L;

  OrderRejectedException(String code, String exchangeMessage, int httpStatus, String method, String path) {
    super(code, exchangeMessage, httpStatus, method, path);
  }

  @Override
  public boolean isRetryable() {
    return false;
  }
}

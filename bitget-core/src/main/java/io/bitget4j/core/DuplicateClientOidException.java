package io.bitget4j.core;

/**
 * An order with this {@code clientOid} already exists (40786 and its siblings 40708, 43118,
 * 45034, 50060; V3 25212): the earlier attempt landed. Look the order up by its client id; never
 * resend. A unified (V3) account refuses a repeated id only while the first order is pending, so
 * there the absence of this error does not prove the id unused.
 */
public final class DuplicateClientOidException extends OrderRejectedException {
  private static final long serialVersionUID = 1L;

  DuplicateClientOidException(String code, String exchangeMessage, int httpStatus, String method, String path) {
    super(code, exchangeMessage, httpStatus, method, path);
  }

  @Override
  public boolean isRetryable() {
    return false;
  }
}

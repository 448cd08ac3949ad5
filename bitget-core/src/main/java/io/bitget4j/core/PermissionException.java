package io.bitget4j.core;

/**
 * The API key lacks the permission for this call (40014, 40018; V3 25620), such as trading with a read-only
 * key.
 */
public final class PermissionException extends BitgetApiException {
  private static final long serialVersionUID = 1L;

  PermissionException(String code, String exchangeMessage, int httpStatus, String method, String path) {
    super(code, exchangeMessage, httpStatus, method, path);
  }

  @Override
  public boolean isRetryable() {
    return false;
  }
}

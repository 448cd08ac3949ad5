package io.bitget4j.core;

import java.io.IOException;

/**
 * The exchange never answered: the connection failed, was cut or timed out. For a request that
 * changes state (placing an order), this does not prove the request did nothing: the request may
 * have reached the exchange before the connection failed.
 */
public final class BitgetTransportException extends BitgetException {
  private static final long serialVersionUID = 1L;

  /** The HTTP method, or {@code WS}. */
  private final String method;
  /** The request path without query. */
  private final String path;

  private BitgetTransportException(String message, String method, String path, IOException cause) {
    super(message, cause);
    this.method = method;
    this.path = path;
  }

  /**
   * Creates the exception for a failed {@code method path}, keeping the I/O cause.
   *
   * @param method the HTTP method, or {@code WS} for a stream
   * @param path the request path, without query
   * @param cause the I/O failure
   * @return the exception, naming the call and the failure
   */
  public static BitgetTransportException of(String method, String path, IOException cause) {
    return new BitgetTransportException(
        method + " " + path + " failed before Bitget answered: " + cause, method, path, cause);
  }

  /** {@return the HTTP method of the failed request, or {@code WS} for a stream} */
  public String method() {
    return method;
  }

  /** {@return the request path, without query} */
  public String path() {
    return path;
  }

  /** Always true: a network failure may be transient. Non-idempotent calls must reconcile first. */
  @Override
  public boolean isRetryable() {
    return true;
  }
}

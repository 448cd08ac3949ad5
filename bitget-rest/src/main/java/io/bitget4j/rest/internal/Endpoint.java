package io.bitget4j.rest.internal;

import io.bitget4j.rest.EndpointGroup;
import java.util.Objects;

/**
 * One REST endpoint: how it is called, which rate-limit bucket it draws from, whether it is
 * signed, and whether sending it twice is harmless (so it may be retried after an unclear
 * failure).
 */
public final class Endpoint {
  private final String method;
  private final String path;
  private final EndpointGroup group;
  private final boolean signed;
  private final boolean idempotent;

  private Endpoint(String method, String path, EndpointGroup group, boolean signed, boolean idempotent) {
    this.method = method;
    this.path = path;
    this.group = group;
    this.signed = signed;
    this.idempotent = idempotent;
  }

  /** A public GET: unsigned and idempotent. */
  public static Endpoint publicGet(String path, EndpointGroup group) {
    return new Endpoint("GET", Objects.requireNonNull(path, "path == null"), group, false, true);
  }

  /** A signed GET: idempotent. */
  public static Endpoint privateGet(String path, EndpointGroup group) {
    return new Endpoint("GET", Objects.requireNonNull(path, "path == null"), group, true, true);
  }

  /** A signed POST that sets a value, so repeating it changes nothing. */
  public static Endpoint idempotentPost(String path, EndpointGroup group) {
    return new Endpoint("POST", Objects.requireNonNull(path, "path == null"), group, true, true);
  }

  /** A signed POST that must never be repeated blindly. */
  public static Endpoint post(String path, EndpointGroup group) {
    return new Endpoint("POST", Objects.requireNonNull(path, "path == null"), group, true, false);
  }

  public String method() {
    return method;
  }

  public String path() {
    return path;
  }

  public EndpointGroup group() {
    return group;
  }

  public boolean signed() {
    return signed;
  }

  public boolean idempotent() {
    return idempotent;
  }

  @Override
  public String toString() {
    return method + " " + path;
  }
}

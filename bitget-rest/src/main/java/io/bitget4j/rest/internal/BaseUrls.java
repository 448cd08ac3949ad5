package io.bitget4j.rest.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Objects;
import okhttp3.HttpUrl;

/** Checks a REST base URL: {@code https} anywhere, plain {@code http} only to a loopback host. */
public final class BaseUrls {
  private BaseUrls() {}

  /**
   * Parses and checks {@code baseUrl}.
   *
   * @throws IllegalArgumentException naming the problem and the fix
   */
  public static HttpUrl parse(String baseUrl) {
    Objects.requireNonNull(baseUrl, "baseUrl == null");
    HttpUrl url = HttpUrl.parse(baseUrl);
    if (url == null) {
      throw new IllegalArgumentException("baseUrl \"" + baseUrl
          + "\" is not an http(s) URL; expected something like https://api.bitget.com");
    }
    if (!url.encodedPath().equals("/") || url.encodedQuery() != null || url.fragment() != null) {
      throw new IllegalArgumentException("baseUrl \"" + baseUrl
          + "\" must be scheme, host and port only (no path, query or fragment), because the"
          + " signature covers the request path; use e.g. https://api.bitget.com");
    }
    if (url.scheme().equals("http") && !isLoopback(url.host())) {
      throw new IllegalArgumentException("baseUrl \"" + baseUrl
          + "\" uses plain http to a non-loopback host, which would send signed requests"
          + " unencrypted; use https (plain http is allowed only for 127.0.0.1, ::1 and localhost)");
    }
    return url;
  }

  /** Whether {@code host} names this machine, without a DNS lookup for names. */
  static boolean isLoopback(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    if (h.equals("localhost")) {
      return true;
    }
    if (!isIpLiteral(h)) {
      return false;
    }
    try {
      return InetAddress.getByName(h).isLoopbackAddress(); // a literal: parsed, not resolved
    } catch (UnknownHostException e) {
      return false;
    }
  }

  private static boolean isIpLiteral(String host) {
    if (host.indexOf(':') >= 0) {
      return true; // OkHttp keeps IPv6 literals without brackets
    }
    return host.matches("\\d{1,3}(\\.\\d{1,3}){3}");
  }
}

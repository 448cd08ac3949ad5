package io.bitget4j.rest.internal;

import io.bitget4j.core.internal.Urls;
import java.util.Objects;
import okhttp3.HttpUrl;

/**
 * Checks a REST base URL: {@code https} anywhere, plain {@code http} only to a loopback host (the
 * rule is {@link Urls#isSecureOrLoopback}, shared with the stream client).
 */
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
    if (!Urls.isSecureOrLoopback(url.scheme(), url.host())) {
      throw new IllegalArgumentException("baseUrl \"" + baseUrl
          + "\" uses plain http to a non-loopback host, which would send signed requests"
          + " unencrypted; use https (plain http is allowed only for 127.0.0.1, ::1 and localhost)");
    }
    return url;
  }
}

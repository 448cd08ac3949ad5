package io.bitget4j.core.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * The one rule for the URLs bitget4j talks to: encrypted schemes ({@code https}, {@code wss})
 * anywhere, their plain twins ({@code http}, {@code ws}) only to this machine, for local test
 * servers. Used by the REST client's base URL and the stream client's URLs.
 */
public final class Urls {
  private Urls() {
  }

  /**
   * Whether a URL of {@code scheme} to {@code host} may be used: {@code https} and {@code wss}
   * always, {@code http} and {@code ws} only to a {@linkplain #isLoopbackHost loopback host},
   * any other scheme never. Case-insensitive.
   */
  public static boolean isSecureOrLoopback(String scheme, String host) {
    switch (scheme.toLowerCase(Locale.ROOT)) {
      case "https":
      case "wss":
        return true;
      case "http":
      case "ws":
        return isLoopbackHost(host);
      default:
        return false;
    }
  }

  /**
   * Whether {@code host} names this machine: {@code localhost}, an IPv4 literal in
   * {@code 127.0.0.0/8}, or the IPv6 literal {@code ::1} (with or without brackets, as
   * {@link java.net.URI} and OkHttp's {@code HttpUrl} report it). Names other than
   * {@code localhost} are never looked up, so {@code 127.0.0.1.evil.example} is not loopback.
   */
  public static boolean isLoopbackHost(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    if (h.startsWith("[") && h.endsWith("]")) {
      h = h.substring(1, h.length() - 1);
    }
    if (h.equals("localhost")) {
      return true;
    }
    if (!isIpLiteral(h)) {
      return false;
    }
    try {
      return InetAddress.getByName(h).isLoopbackAddress(); // a literal: parsed, not resolved
    } catch (UnknownHostException e) {
      return false; // not a valid literal after all
    }
  }

  private static boolean isIpLiteral(String host) {
    if (host.indexOf(':') >= 0) {
      return host.matches("[0-9a-f:.]+"); // IPv6, possibly with an embedded IPv4 part
    }
    return host.matches("\\d{1,3}(\\.\\d{1,3}){3}");
  }
}

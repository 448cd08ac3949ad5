package io.bitget4j.ws;

import io.bitget4j.core.AccountMode;

/**
 * Tells which kind of account the stream client's API key belongs to, so that a client built with
 * {@link AccountMode#AUTO} (the default) speaks the right streams: V2 for a classic account, V3
 * for a unified trading account. Wire it to the REST client's detection, which remembers its
 * answer, without this module depending on bitget-rest:
 *
 * <pre>{@code
 * BitgetStreamClient streams = BitgetStreamClient.builder()
 *     .credentials(credentials)
 *     .accountModeSource(rest::detectAccountMode)
 *     .build();
 * }</pre>
 *
 * <p>The client asks only when it must: in {@code AUTO}, with credentials, and when neither stream
 * URL names an API version ({@code /v2/ws/} or {@code /v3/ws/}). It asks once, on the thread of
 * the first subscription, which waits for the answer; the source may block for a network call.
 * If the source throws, that subscription throws the same exception and the next one asks again.
 */
@FunctionalInterface
public interface AccountModeSource {

  /**
   * Returns the key's account mode, {@link AccountMode#CLASSIC} or {@link AccountMode#UNIFIED};
   * may block for a network call.
   *
   * @return {@code CLASSIC} or {@code UNIFIED}, never {@code AUTO}
   */
  AccountMode accountMode();
}

package io.bitget4j.testkit.internal;

/**
 * The REST API generations the fake serves: V2 ({@code /api/v2/...}) for classic accounts, V3
 * ({@code /api/v3/...}) for unified trading accounts. Errors name the same failure with each
 * version's own code and message.
 */
enum ApiVersion {
  V2,
  V3
}

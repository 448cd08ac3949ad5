package io.bitget4j.core;

/**
 * Which kind of Bitget account a key belongs to, and so which private API the clients speak.
 *
 * <p>Classic accounts speak Bitget's V2 API; unified trading accounts (UTA: one wallet across
 * spot, margin and futures) speak V3, and each refuses the other's private endpoints (40084,
 * 40085). The clients render the same calls and subscriptions for either, so user code does not
 * change with the mode.
 */
public enum AccountMode {
  /**
   * Find out on the first private call (Bitget's {@code /api/v3/account/settings} answers only a
   * unified key), remember the answer, and find out again once if the exchange later says the
   * mode changed. The default.
   */
  AUTO,
  /** A classic account: the V2 API ({@code /api/v2/...}, {@code /v2/ws/...}). */
  CLASSIC,
  /** A unified trading account: the V3 API ({@code /api/v3/...}, {@code /v3/ws/...}). */
  UNIFIED
}

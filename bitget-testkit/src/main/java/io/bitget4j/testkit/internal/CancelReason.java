package io.bitget4j.testkit.internal;

/** Why the engine cancelled an order, with the words each API version reports it in. */
enum CancelReason {
  USER("user cancel", "normal_cancel"),
  POST_ONLY("post_only order would take liquidity", "post_only_fill_cancel"),
  IOC("ioc order could not fill", "ioc_not_full_cancel"),
  FOK("fok order could not fill", "fok_not_full_cancel"),
  MODIFIED("modified", "modify_limit_order"),
  POSITION_CLOSED("position closed", "normal_cancel"),
  NOTHING_TO_CLOSE("no position to close", "trade_count_too_small");

  /** V2's free-text {@code cancelReason}. */
  final String v2Text;
  /** V3's {@code cancelReason} enumeration value. */
  final String v3Value;

  CancelReason(String v2Text, String v3Value) {
    this.v2Text = v2Text;
    this.v3Value = v3Value;
  }
}

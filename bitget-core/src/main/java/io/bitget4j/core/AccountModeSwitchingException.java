package io.bitget4j.core;

/**
 * The account is being switched between classic and unified right now: Bitget's
 * {@code /api/v3/account/settings} reported {@code accountMode} {@code upgrading} (classic to
 * unified) or {@code switching} (unified to classic). Until the switch completes the client cannot
 * tell which API the key speaks; retry later.
 */
public final class AccountModeSwitchingException extends BitgetException {
  private static final long serialVersionUID = 1L;

  /** The {@code accountMode} value Bitget reported: {@code upgrading} or {@code switching}. */
  private final String state;

  /**
   * Creates the exception for the {@code accountMode} value Bitget reported.
   *
   * @param state {@code upgrading} or {@code switching}, as Bitget wrote it
   */
  public AccountModeSwitchingException(String state) {
    super("the Bitget account is being switched between classic and unified (account settings say accountMode="
        + state + "); the client cannot tell which API to speak until the switch completes: retry later", null);
    this.state = state;
  }

  /**
   * The {@code accountMode} value Bitget reported, {@code upgrading} or {@code switching}.
   *
   * @return {@code upgrading} (classic to unified) or {@code switching} (unified to classic)
   */
  public String state() {
    return state;
  }

  /** True: the switch completes by itself; try again later. */
  @Override
  public boolean isRetryable() {
    return true;
  }
}

package io.bitget4j.rest.internal;

import io.bitget4j.core.AccountMode;
import io.bitget4j.core.AccountModeMismatchException;
import io.bitget4j.core.AccountModeSwitchingException;
import io.bitget4j.core.BitgetApiException;
import io.bitget4j.core.BitgetException;
import io.bitget4j.core.internal.QueryParams;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which account mode, and so which {@link Wire}, the client speaks. A configured
 * {@link AccountMode#CLASSIC} or {@link AccountMode#UNIFIED} is used as it is. With
 * {@link AccountMode#AUTO} the mode is detected on the first private call with
 * {@code GET /api/v3/account/settings} ({@code 00000}: unified; 40084, or HTTP 404 from a server
 * without the V3 API: classic), remembered, and
 * detected again once when the exchange later refuses a request for the account mode (40084,
 * 40085). Settings that say {@code upgrading} or {@code switching} fail with the retryable
 * {@link AccountModeSwitchingException} and leave the mode unknown.
 *
 * <p>Public market data uses the mode known so far, V2 until a unified account is known: both
 * versions serve public data to both kinds of account, and a public call never detects.
 *
 * <p>Thread-safe: concurrent first calls wait for one detection.
 */
public final class AccountModes {
  private static final Logger logger = LoggerFactory.getLogger(AccountModes.class);

  private final AccountMode configured;
  private final RestExecutor executor;
  private final Object lock = new Object();
  private volatile AccountMode known;

  /** Starts with the configured mode, known at once unless it is {@link AccountMode#AUTO}. */
  public AccountModes(AccountMode configured, RestExecutor executor) {
    this.configured = Objects.requireNonNull(configured, "configured == null");
    this.executor = Objects.requireNonNull(executor, "executor == null");
    this.known = configured == AccountMode.AUTO ? null : configured;
  }

  /** The mode in use: {@code CLASSIC} or {@code UNIFIED} once known, {@code AUTO} before detection. */
  public AccountMode current() {
    AccountMode mode = known;
    return mode != null ? mode : AccountMode.AUTO;
  }

  /** The configured mode. */
  public AccountMode configured() {
    return configured;
  }

  /** The wire for public calls: the known mode's, V2 while none is known. Never detects. */
  public Wire publicWire() {
    return wire(current());
  }

  /** The wire for private calls, detecting the mode first when it is not known yet. */
  public Wire privateWire() {
    AccountMode mode = known;
    if (mode != null) {
      return wire(mode);
    }
    synchronized (lock) {
      if (known == null) {
        known = detect();
        logger.debug("Detected a {} account", known);
      }
      return wire(known);
    }
  }

  /**
   * After the exchange refused a request sent through {@code used} for the account mode: detects the
   * mode again (once; a thread that finds it re-detected already takes that answer) and returns the
   * wire to repeat the request with. Empty when the mode was configured, or the detection confirms
   * the mode just refused: the mismatch then stands.
   *
   * @throws BitgetException the detection's own failure, with {@code mismatch} suppressed
   */
  public Optional<Wire> afterMismatch(Wire used, AccountModeMismatchException mismatch) {
    if (configured != AccountMode.AUTO) {
      return Optional.empty();
    }
    synchronized (lock) {
      AccountMode mode = known;
      if (mode != null && mode != used.mode()) {
        return Optional.of(wire(mode)); // another call detected the change already
      }
      AccountMode detected;
      try {
        detected = detect();
      } catch (BitgetException e) {
        e.addSuppressed(mismatch);
        throw e;
      }
      known = detected;
      if (detected == used.mode()) {
        return Optional.empty();
      }
      logger.info("Bitget refused a {} request ({}): the account is {} now; speaking {} from here on",
          used, mismatch.code(), detected, wire(detected));
      return Optional.of(wire(detected));
    }
  }

  private AccountMode detect() {
    String state;
    try {
      state = executor.execute(RestCall.get(Endpoints.V3_SETTINGS, QueryParams.empty(), Decoders.accountState()));
    } catch (AccountModeMismatchException e) {
      if (e.keyMode() == AccountMode.CLASSIC) {
        return AccountMode.CLASSIC; // 40084: a classic key asked for V3 settings
      }
      throw e;
    } catch (BitgetApiException e) {
      if (e.httpStatus() == 404) {
        // a server without the V3 API (a classic-only test server or proxy) serves classic accounts only;
        // should a unified key meet it, its 40085 brings the client back here
        logger.debug("{} answered HTTP 404: no V3 API, so a classic account", Endpoints.V3_SETTINGS);
        return AccountMode.CLASSIC;
      }
      throw e;
    }
    if (state.equalsIgnoreCase("upgrading") || state.equalsIgnoreCase("switching")) {
      throw new AccountModeSwitchingException(state);
    }
    return AccountMode.UNIFIED;
  }

  private static Wire wire(AccountMode mode) {
    return mode == AccountMode.UNIFIED ? V3Wire.INSTANCE : V2Wire.INSTANCE;
  }
}

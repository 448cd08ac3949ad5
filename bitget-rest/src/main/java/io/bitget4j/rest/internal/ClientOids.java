package io.bitget4j.rest.internal;

import io.bitget4j.core.InvalidRequestException;
import java.util.Objects;
import java.util.UUID;

/**
 * Generates client order ids and checks the ones callers give, against the rule of each account
 * mode: a classic account (V2) takes 1 to 50 ASCII letters, digits, inner spaces and
 * {@code - _ . : / # @}; a unified account (V3) 1 to 32 of {@code A-Z a-z 0-9 _ : -}. Generated
 * ids fit both.
 */
public final class ClientOids {
  /** Bitget's limit on {@code clientOid} for classic accounts (V2). */
  public static final int MAX_LENGTH = 50;
  /** Bitget's limit on {@code clientOid} for unified accounts (V3). */
  public static final int MAX_UNIFIED_LENGTH = 32;
  private static final String PREFIX = "b4j";
  private static final String ALLOWED_PUNCTUATION = "-_.:/#@";
  private static final String UNIFIED_PUNCTUATION = "_:-";
  private static final String UNIFIED_RULE = "on a unified account (Bitget V3) a client order id is 1 to "
      + MAX_UNIFIED_LENGTH + " characters of A-Z, a-z, 0-9, _, : and -";

  private ClientOids() {}

  /**
   * A fresh id that fits both account modes: {@code b4j} and 29 hex digits of a random UUID (its
   * version digit left out), 32 characters in all.
   */
  public static String generate() {
    UUID uuid = UUID.randomUUID();
    String hex = hex(uuid.getMostSignificantBits()) + hex(uuid.getLeastSignificantBits());
    String random = hex.substring(0, 12) + hex.substring(13); // index 12 is the constant version digit
    return PREFIX + random.substring(0, MAX_UNIFIED_LENGTH - PREFIX.length());
  }

  private static String hex(long bits) {
    String digits = Long.toHexString(bits);
    return "0".repeat(16 - digits.length()) + digits;
  }

  /**
   * Checks a caller's id against the classic rule, the wider one (the unified rule is checked when
   * the mode is known, by {@link #checkUnified}): 1 to 50 ASCII letters, digits, inner spaces or
   * {@code - _ . : / # @}.
   *
   * @param field the name to report, such as {@code clientOid}
   * @throws InvalidRequestException naming the field, the value and the rule
   */
  public static String check(String field, String clientOid) {
    Objects.requireNonNull(clientOid, () -> field + " == null");
    if (clientOid.isEmpty()) {
      throw InvalidRequestException.of(field, "must not be empty; leave it unset to have one generated");
    }
    if (clientOid.length() > MAX_LENGTH) {
      throw InvalidRequestException.of(field, "\"" + clientOid + "\" has " + clientOid.length()
          + " characters; Bitget accepts at most " + MAX_LENGTH);
    }
    if (clientOid.charAt(0) == ' ' || clientOid.charAt(clientOid.length() - 1) == ' ') {
      throw InvalidRequestException.of(field, "\"" + clientOid + "\" starts or ends with a space");
    }
    for (int i = 0; i < clientOid.length(); i++) {
      char c = clientOid.charAt(i);
      boolean ok = isAsciiLetterOrDigit(c) || c == ' ' || ALLOWED_PUNCTUATION.indexOf(c) >= 0;
      if (!ok) {
        throw InvalidRequestException.of(field, "\"" + clientOid + "\" contains '" + c
            + "' at index " + i + "; use ASCII letters, digits, spaces and " + ALLOWED_PUNCTUATION);
      }
    }
    return clientOid;
  }

  /**
   * Checks an id against the unified (V3) rule: 1 to 32 characters of {@code A-Z a-z 0-9 _ : -}.
   * Called when a request is rendered for a unified account, before anything is sent.
   *
   * @param field the name to report, such as {@code clientOid}
   * @throws InvalidRequestException naming the field, the value, the offending character and the rule
   */
  public static String checkUnified(String field, String clientOid) {
    Objects.requireNonNull(clientOid, () -> field + " == null");
    if (clientOid.isEmpty() || clientOid.length() > MAX_UNIFIED_LENGTH) {
      throw InvalidRequestException.of(field, "\"" + clientOid + "\" has " + clientOid.length()
          + " characters; " + UNIFIED_RULE);
    }
    for (int i = 0; i < clientOid.length(); i++) {
      char c = clientOid.charAt(i);
      if (!isAsciiLetterOrDigit(c) && UNIFIED_PUNCTUATION.indexOf(c) < 0) {
        throw InvalidRequestException.of(field, "\"" + clientOid + "\" contains '" + c + "' at index " + i
            + "; " + UNIFIED_RULE);
      }
    }
    return clientOid;
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }
}

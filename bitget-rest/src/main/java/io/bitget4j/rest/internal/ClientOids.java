package io.bitget4j.rest.internal;

import io.bitget4j.core.InvalidRequestException;
import java.util.Objects;
import java.util.UUID;

/** Generates client order ids and checks the ones callers give. */
public final class ClientOids {
  /** Bitget's limit on {@code clientOid}. */
  public static final int MAX_LENGTH = 50;
  private static final String PREFIX = "b4j";
  private static final String ALLOWED_PUNCTUATION = "-_.:/#@";

  private ClientOids() {}

  /** A fresh id: {@code b4j} and 32 hex digits of a random UUID, 35 characters in all. */
  public static String generate() {
    UUID uuid = UUID.randomUUID();
    return PREFIX + hex(uuid.getMostSignificantBits()) + hex(uuid.getLeastSignificantBits());
  }

  private static String hex(long bits) {
    String digits = Long.toHexString(bits);
    return "0".repeat(16 - digits.length()) + digits;
  }

  /**
   * Checks a caller's id: 1 to 50 ASCII letters, digits, inner spaces or {@code - _ . : / # @}.
   *
   * @param field the name to report, such as {@code clientOid}
   * @throws InvalidRequestException naming the field, the value and the rule
   */
  public static String check(String field, String clientOid) {
    Objects.requireNonNull(clientOid, field + " == null");
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
      boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || c == ' ' || ALLOWED_PUNCTUATION.indexOf(c) >= 0;
      if (!ok) {
        throw InvalidRequestException.of(field, "\"" + clientOid + "\" contains '" + c
            + "' at index " + i + "; use ASCII letters, digits, spaces and " + ALLOWED_PUNCTUATION);
      }
    }
    return clientOid;
  }
}

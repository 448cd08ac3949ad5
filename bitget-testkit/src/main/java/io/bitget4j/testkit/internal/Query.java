package io.bitget4j.testkit.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Query-string handling the way a Bitget server reads it: percent-decoded, in the order received. */
public final class Query {
  private Query() {}

  /** Percent-decodes one query component as UTF-8, reading {@code +} as a space. */
  public static String decode(String s) {
    if (s.indexOf('%') < 0 && s.indexOf('+') < 0) {
      return s;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '+') {
        out.write(' ');
      } else if (c == '%' && i + 2 < s.length() && hex(s.charAt(i + 1)) >= 0 && hex(s.charAt(i + 2)) >= 0) {
        out.write((hex(s.charAt(i + 1)) << 4) + hex(s.charAt(i + 2)));
        i += 2;
      } else {
        int end = Character.isHighSurrogate(c) && i + 1 < s.length() ? i + 2 : i + 1;
        out.writeBytes(s.substring(i, end).getBytes(StandardCharsets.UTF_8));
        i = end - 1;
      }
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private static int hex(char c) {
    return Character.digit(c, 16);
  }

  /** The decoded {@code key, value} pairs of a raw query, in order; empty components skipped. */
  static List<String[]> pairs(String rawQuery) {
    List<String[]> out = new ArrayList<>();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return out;
    }
    for (String pair : rawQuery.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String key = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      out.add(new String[] {key, value});
    }
    return out;
  }

  /** The decoded query Bitget signs: {@code k=v&k=v} in the order received. */
  static String decodedForSigning(String rawQuery) {
    StringBuilder sb = new StringBuilder();
    if (rawQuery == null) {
      return "";
    }
    for (String pair : rawQuery.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      if (sb.length() > 0) {
        sb.append('&');
      }
      int eq = pair.indexOf('=');
      if (eq < 0) {
        sb.append(decode(pair));
      } else {
        sb.append(decode(pair.substring(0, eq))).append('=').append(decode(pair.substring(eq + 1)));
      }
    }
    return sb.toString();
  }
}

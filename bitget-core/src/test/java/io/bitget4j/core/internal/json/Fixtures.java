package io.bitget4j.core.internal.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the wire samples under {@code src/test/resources/fixtures/}. */
final class Fixtures {
  private Fixtures() {
  }

  static String read(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text without whitespace outside strings, as Bitget sends frames. */
  static String compact(String json) {
    StringBuilder out = new StringBuilder(json.length());
    boolean inString = false;
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (c == '"' && (i == 0 || json.charAt(i - 1) != '\\')) {
        inString = !inString;
      }
      if (inString || !Character.isWhitespace(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * The members of an object, or the elements of an array, given without its brackets: split at
   * the commas outside nested arrays, objects and strings.
   */
  static List<String> members(String content) {
    List<String> result = new ArrayList<>();
    int depth = 0;
    int start = 0;
    boolean inString = false;
    for (int i = 0; i < content.length(); i++) {
      char c = content.charAt(i);
      if (inString) {
        inString = c != '"' || content.charAt(i - 1) == '\\';
      } else if (c == '"') {
        inString = true;
      } else if (c == '[' || c == '{') {
        depth++;
      } else if (c == ']' || c == '}') {
        depth--;
      } else if (c == ',' && depth == 0) {
        result.add(content.substring(start, i));
        start = i + 1;
      }
    }
    result.add(content.substring(start));
    return result;
  }
}

package io.bitget4j.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Benchmark inputs: Bitget's wire samples from bitget-core's test fixtures, copied to
 * {@code src/main/resources/fixtures/} so that the shaded jar carries them.
 */
final class Fixtures {
  private Fixtures() {
  }

  /**
   * The fixture {@code name} as Bitget sends it: compact, without the indentation of the sample
   * file. Whitespace inside strings is kept.
   */
  static String compact(String name) {
    return minify(read(name));
  }

  /** The fixture {@code name} as stored. */
  static String read(String name) {
    String path = "/fixtures/" + name;
    try (InputStream in = Fixtures.class.getResourceAsStream(path)) {
      Objects.requireNonNull(in, () -> "missing benchmark fixture " + path);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read benchmark fixture " + path, e);
    }
  }

  /** Drops whitespace outside JSON strings. */
  static String minify(String json) {
    StringBuilder out = new StringBuilder(json.length());
    boolean inString = false;
    boolean escaped = false;
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (inString) {
        out.append(c);
        if (escaped) {
          escaped = false;
        } else if (c == '\\') {
          escaped = true;
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
        out.append(c);
      } else if (!Character.isWhitespace(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }
}

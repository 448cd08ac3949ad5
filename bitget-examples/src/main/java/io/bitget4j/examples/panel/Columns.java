package io.bitget4j.examples.panel;

/**
 * The width a line takes on a terminal, in columns: East Asian wide characters (such as the CJK
 * ideographs of {@code 龙虾USDT_UMCBL}) take two, everything the panel writes otherwise one. Lines
 * are cut and padded by this width so that none wraps.
 */
final class Columns {
  private Columns() {
  }

  /** The columns {@code text} takes. */
  static int width(String text) {
    int width = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      width += columns(cp);
      i += Character.charCount(cp);
    }
    return width;
  }

  /** {@code text} cut to at most {@code width} columns, never splitting a wide character. */
  static String fit(String text, int width) {
    int used = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int w = columns(cp);
      if (used + w > width) {
        return text.substring(0, i);
      }
      used += w;
      i += Character.charCount(cp);
    }
    return text;
  }

  /** {@code text} cut or padded with spaces on the right to exactly {@code width} columns. */
  static String padRight(String text, int width) {
    String cut = fit(text, width);
    return cut + " ".repeat(width - width(cut));
  }

  /** {@code text} cut, or padded with spaces on the left, to exactly {@code width} columns. */
  static String padLeft(String text, int width) {
    String cut = fit(text, width);
    return " ".repeat(width - width(cut)) + cut;
  }

  /** {@code left} and {@code right} on one line of {@code width} columns, {@code right} flush right when it fits. */
  static String spread(String left, String right, int width) {
    int gap = width - width(left) - width(right);
    if (gap < 1) {
      return fit(left + " " + right, width);
    }
    return left + " ".repeat(gap) + right;
  }

  private static int columns(int cp) {
    boolean wide = cp >= 0x1100 && cp <= 0x115F
        || cp >= 0x2E80 && cp <= 0xA4CF && cp != 0x303F
        || cp >= 0xAC00 && cp <= 0xD7A3
        || cp >= 0xF900 && cp <= 0xFAFF
        || cp >= 0xFE30 && cp <= 0xFE4F
        || cp >= 0xFF00 && cp <= 0xFF60
        || cp >= 0xFFE0 && cp <= 0xFFE6
        || cp >= 0x1F300 && cp <= 0x1F64F
        || cp >= 0x20000 && cp <= 0x3FFFD;
    return wide ? 2 : 1;
  }
}

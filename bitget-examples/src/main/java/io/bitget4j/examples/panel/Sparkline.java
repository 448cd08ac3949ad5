package io.bitget4j.examples.panel;

import java.math.BigDecimal;
import java.util.List;

/** Renders a series of prices as a row of block characters, lowest ▁ to highest █. */
final class Sparkline {
  private static final char[] BARS = {'▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'};

  private Sparkline() {
  }

  static String of(List<BigDecimal> values) {
    if (values.isEmpty()) {
      return "";
    }
    BigDecimal min = values.get(0);
    BigDecimal max = values.get(0);
    for (BigDecimal v : values) {
      min = v.min(min);
      max = v.max(max);
    }
    double low = min.doubleValue();
    double range = max.doubleValue() - low;
    StringBuilder sb = new StringBuilder(values.size());
    for (BigDecimal v : values) {
      int index = range == 0 ? BARS.length / 2 : (int) Math.round((v.doubleValue() - low) / range * (BARS.length - 1));
      sb.append(BARS[index]);
    }
    return sb.toString();
  }
}

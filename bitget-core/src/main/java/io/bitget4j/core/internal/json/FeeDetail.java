package io.bitget4j.core.internal.json;

import java.io.IOException;
import java.math.BigDecimal;

/** Sums a {@code feeDetail} array: {@code totalFee} (REST fills) or {@code fee} (WebSocket orders). */
final class FeeDetail {
  private static final Fields FIELDS = new Fields(new String[] {"totalFee", "fee"}, "feeCoin", "fee");

  private FeeDetail() {
  }

  /** The sum of the entries' fees; null when the array is null, empty or has no fee values. */
  static BigDecimal sum(JsonSource in) throws IOException {
    if (in.nextNull()) {
      return null;
    }
    in.beginArray();
    BigDecimal sum = null;
    while (in.hasNextElement()) {
      BigDecimal entry = null;
      in.beginObject();
      for (int index; (index = in.nextField(FIELDS)) != JsonSource.END; ) {
        if (index == 0 || (index == 1 && entry == null)) {
          BigDecimal value = in.decimal();
          entry = value != null ? value : entry;
        } else {
          in.skipValue();
        }
      }
      if (entry != null) {
        sum = sum == null ? entry : sum.add(entry);
      }
    }
    return sum;
  }
}

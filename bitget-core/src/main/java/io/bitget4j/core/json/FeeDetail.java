package io.bitget4j.core.json;

import com.squareup.moshi.JsonReader;
import io.bitget4j.core.json.internal.JsonValues;
import java.io.IOException;
import java.math.BigDecimal;

/** Sums a {@code feeDetail} array: {@code totalFee} (REST fills) or {@code fee} (WebSocket orders). */
final class FeeDetail {
  private static final JsonReader.Options NAMES = JsonReader.Options.of("totalFee", "fee");

  private FeeDetail() {
  }

  /** The sum of the entries' fees; null when the array is null, empty or has no fee values. */
  static BigDecimal sum(JsonReader reader) throws IOException {
    if (reader.peek() == JsonReader.Token.NULL) {
      return reader.nextNull();
    }
    Shapes.beginArray(reader);
    BigDecimal sum = null;
    while (reader.hasNext()) {
      BigDecimal entry = null;
      Shapes.beginObject(reader);
      while (reader.hasNext()) {
        int index = reader.selectName(NAMES);
        if (index == 0 || (index == 1 && entry == null)) {
          BigDecimal value = JsonValues.decimal(reader);
          entry = value != null ? value : entry;
        } else if (index == 1) {
          reader.skipValue();
        } else {
          Shapes.skipField(reader);
        }
      }
      reader.endObject();
      if (entry != null) {
        sum = sum == null ? entry : sum.add(entry);
      }
    }
    reader.endArray();
    return sum;
  }
}

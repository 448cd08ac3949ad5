package io.bitget4j.core.internal.json;

import io.bitget4j.core.BitgetDecodingException;
import java.util.ArrayList;
import java.util.List;

/** Builds the missing-fields failure; only called on the slow path. */
final class Required {
  private Required() {
  }

  /**
   * Returns {@code Invalid <what> data. Missing fields: a, b} listing every name whose value is
   * null, in the order given.
   *
   * @param namesAndValues alternating record field names and the values read for them
   */
  static BitgetDecodingException missing(String what, Object... namesAndValues) {
    List<String> missing = new ArrayList<>();
    for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
      if (namesAndValues[i + 1] == null) {
        missing.add((String) namesAndValues[i]);
      }
    }
    return BitgetDecodingException.missingFields(what, missing);
  }
}

package io.bitget4j.core.internal.json;

import com.squareup.moshi.JsonReader;

/**
 * The member names a record reader selects, prepared for both {@link JsonSource}s: as Moshi
 * {@code Options} and as the scanner's lookup table. The optional wire order is the order in which
 * Bitget sends the members; the scanner only uses it to guess the next name, so any other order
 * decodes the same.
 */
final class Fields {
  final JsonReader.Options options;
  final TextScanner.Names names;

  /**
   * @param names the selected names; {@link JsonSource#nextField} returns their indexes
   * @param wireOrder Bitget's member order, names not in {@code names} included
   */
  Fields(String[] names, String... wireOrder) {
    this.options = JsonReader.Options.of(names);
    this.names = new TextScanner.Names(names, wireOrder);
  }

  /**
   * The slot a reader fills for the name at {@code index}, when several wire names (V2 and V3
   * spellings) fill one slot: {@code slots[index]}, or -1 for an unselected name (the scanner also
   * returns indexes of names known only from the wire order).
   */
  static int slot(int[] slots, int index) {
    return index >= 0 && index < slots.length ? slots[index] : -1;
  }
}

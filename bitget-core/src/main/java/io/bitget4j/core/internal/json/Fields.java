package io.bitget4j.core.internal.json;

import com.squareup.moshi.JsonReader;

/**
 * The member names a record reader selects, prepared for both {@link JsonSource}s: as Moshi
 * {@code Options} and as the scanner's lookup table. The optional wire order is the order in which
 * Bitget sends the members; the scanner only uses it to guess the next name, so any other order
 * decodes the same. Where V2 and V3 send the same record in different orders, both orders are
 * given ({@link #inOrders}).
 */
final class Fields {
  final JsonReader.Options options;
  final TextScanner.Names names;

  /**
   * @param names the selected names; {@link JsonSource#nextField} returns their indexes
   * @param wireOrder Bitget's member order, names not in {@code names} included
   */
  Fields(String[] names, String... wireOrder) {
    this(names, new String[][] {wireOrder});
  }

  private Fields(String[] names, String[][] wireOrders) {
    this.options = JsonReader.Options.of(names);
    this.names = new TextScanner.Names(names, wireOrders);
  }

  /**
   * Names sent in V2's member order by some pushes and in V3's by others (the same record from a
   * classic and a unified account): the scanner guesses from both orders.
   *
   * @param names the selected names; {@link JsonSource#nextField} returns their indexes
   * @param v2Order Bitget's V2 member order, names not in {@code names} included
   * @param v3Order Bitget's V3 member order, likewise
   */
  static Fields inOrders(String[] names, String[] v2Order, String[] v3Order) {
    return new Fields(names, new String[][] {v2Order, v3Order});
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

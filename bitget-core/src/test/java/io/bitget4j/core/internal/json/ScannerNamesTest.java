package io.bitget4j.core.internal.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The scanner's name table guesses the next member from Bitget's V2 and V3 member orders; guesses
 * only save the lookup, so every name is found whatever the order.
 */
@Timeout(10)
class ScannerNamesTest {
  private static final String[] NAMES = {"a", "b", "c", "d"};

  @Test
  void guessesTheNextNameFromEitherWireOrder() {
    TextScanner.Names names = new TextScanner.Names(NAMES, new String[][] {{"a", "b", "c"}, {"c", "b", "a", "x"}});

    assertThat(names.guessAfter(-1)).as("first of V2").isEqualTo(0);
    assertThat(names.otherGuessAfter(-1)).as("first of V3").isEqualTo(2);
    assertThat(names.guessAfter(1)).isEqualTo(2);
    assertThat(names.otherGuessAfter(1)).isEqualTo(0);
    assertThat(names.guessAfter(0)).isEqualTo(1);
    assertThat(names.otherGuessAfter(0)).as("x, a name of the wire order alone").isEqualTo(4);
    assertThat(names.guessAfter(3)).as("d follows nothing").isEqualTo(-1);
    assertThat(names.otherGuessAfter(3)).isEqualTo(-1);
  }

  @Test
  void aThirdOrdersGuessIsDroppedButItsNamesAreStillFound() {
    TextScanner.Names names = new TextScanner.Names(NAMES,
        new String[][] {{"a", "b"}, {"a", "c"}, {"a", "d", "y"}});
    char[] text = "yd".toCharArray();

    assertThat(names.guessAfter(-1)).isEqualTo(0);
    assertThat(names.otherGuessAfter(-1)).as("orders that agree leave no other guess").isEqualTo(-1);
    assertThat(names.guessAfter(0)).isEqualTo(1);
    assertThat(names.otherGuessAfter(0)).isEqualTo(2);
    assertThat(names.find(text, 0, 1)).as("a name only the third order has").isEqualTo(4);
    assertThat(names.find(text, 1, 2)).isEqualTo(3);
    assertThat(names.guessAfter(3)).isEqualTo(4);
  }

  @Test
  void membersAfterAnObjectValueAreReadWhateverTheyAreGuessedFrom() {
    Fields outer = Fields.inOrders(new String[] {"first", "inner", "last"},
        new String[] {"first", "inner", "last"}, new String[] {"last", "inner", "first"});
    Fields inner = new Fields(new String[] {"x", "y"}, "x", "y");
    String text = "{\"first\":\"1\",\"inner\":{\"x\":\"2\",\"y\":{\"x\":\"3\"}},\"last\":\"4\"}";

    try (TextScanner scanner = TextScanner.open(text)) {
      StringBuilder read = new StringBuilder();
      scanner.beginObject();
      for (int field; (field = scanner.nextField(outer)) != JsonSource.END; ) {
        if (field == 1) {
          scanner.beginObject();
          for (int f; (f = scanner.nextField(inner)) != JsonSource.END; ) {
            if (f == 1) {
              scanner.skipValue();
            } else {
              read.append(scanner.nonEmptyString());
            }
          }
        } else {
          read.append(field).append('=').append(scanner.nonEmptyString()).append(' ');
        }
      }
      scanner.expectEnd();

      assertThat(read).hasToString("0=1 22=4 ");
    }
  }
}

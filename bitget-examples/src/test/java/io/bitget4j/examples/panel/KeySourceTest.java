package io.bitget4j.examples.panel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class KeySourceTest {

  @Test
  void decodesCharactersArrowsAndControlKeys() throws Exception {
    String typed = "b\u001b[A\u001b[B\u001bOC\u001b[1;5D\t\r?\u0001y";

    assertThat(read(typed)).containsExactly(Key.of('b'), Key.UP, Key.DOWN, Key.RIGHT, Key.LEFT, Key.TAB, Key.ENTER,
        Key.of('?'), Key.of('y'), Key.END);
  }

  @Test
  void escapeAloneIsTheEscapeKeyAndUnknownSequencesAreSkipped() throws Exception {
    assertThat(read("\u001b")).containsExactly(Key.ESCAPE, Key.END);
    assertThat(read("\u001b[5~n")).containsExactly(Key.of('n'), Key.END);
  }

  private static List<Key> read(String typed) throws Exception {
    KeySource source = KeySource.of(new ByteArrayInputStream(typed.getBytes(StandardCharsets.UTF_8)));
    List<Key> keys = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      Key key = source.next();
      keys.add(key);
      if (key == Key.END) {
        break;
      }
    }
    return keys;
  }
}

package io.bitget4j.examples.panel;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Where the panel's frames go: a terminal redrawn in place, plain lines, or a test's recorder. */
interface Display {

  /** Shows one frame. Called from the render thread only. */
  void show(PanelSnapshot frame);

  /**
   * A terminal redrawn in place: the full screen at the terminal's size (read again every couple of
   * seconds, so a resized window gets the new layout), each line cut to the width so nothing wraps.
   */
  static Display terminal(PrintStream out, Clock clock) {
    return new Display() {
      private int[] size = {PanelRenderer.MIN_WIDTH, PanelRenderer.MIN_HEIGHT};
      private Instant measured = Instant.MIN;

      @Override
      public void show(PanelSnapshot frame) {
        Instant now = clock.instant();
        if (Duration.between(measured, now).compareTo(Duration.ofSeconds(2)) >= 0) {
          measured = now;
          RawTerminal.size().ifPresent(s -> size = s);
        }
        out.print(frame(PanelRenderer.screen(frame, size[0], size[1]), size[0]));
        out.flush();
      }
    };
  }

  /**
   * The escape sequences that draw {@code lines} from the top left, clearing what each line leaves
   * of the last frame. A line that fills the width is not followed by erase-to-end: with the cursor
   * in the last column that would erase the line's last character.
   */
  static String frame(List<String> lines, int width) {
    StringBuilder frame = new StringBuilder("\u001b[H");
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      frame.append(line);
      if (Columns.width(line) < width) {
        frame.append("\u001b[K");
      }
      if (i < lines.size() - 1) {
        frame.append("\r\n");
      }
    }
    return frame.append("\u001b[J").toString();
  }

  /**
   * One line a frame with the key figures, for output that is not a terminal; the prompt and each
   * new status message get a line of their own.
   */
  static Display plain(PrintStream out) {
    Objects.requireNonNull(out, "out == null");
    return new Display() {
      private List<String> prompt = List.of();
      private Optional<PanelSnapshot.Status> status = Optional.empty();

      @Override
      public void show(PanelSnapshot frame) {
        if (!frame.prompt().equals(prompt)) {
          prompt = frame.prompt();
          prompt.forEach(line -> out.println("» " + line));
        }
        if (!frame.status().equals(status)) {
          status = frame.status();
          status.ifPresent(s -> out.println((s.error() ? "! " : "· ") + s.text()));
        }
        out.println(PanelRenderer.plainLine(frame));
        out.flush();
      }
    };
  }
}

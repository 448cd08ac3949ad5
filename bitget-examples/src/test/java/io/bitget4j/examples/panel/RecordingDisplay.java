package io.bitget4j.examples.panel;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Renders every frame at a fixed size, as a terminal would show it, and keeps them for assertions. */
final class RecordingDisplay implements Display {
  private final int width;
  private final int height;
  private final List<Frame> frames = new ArrayList<>();

  /** One recorded frame: the snapshot and its rendered lines. */
  record Frame(int index, PanelSnapshot snapshot, List<String> lines) {
    String text() {
      return String.join("\n", lines);
    }

    /** The status line's text, or "" without a status. */
    String status() {
      return snapshot.status().map(PanelSnapshot.Status::text).orElse("");
    }
  }

  RecordingDisplay(int width, int height) {
    this.width = width;
    this.height = height;
  }

  @Override
  public synchronized void show(PanelSnapshot frame) {
    frames.add(new Frame(frames.size(), frame, PanelRenderer.screen(frame, width, height)));
  }

  synchronized int count() {
    return frames.size();
  }

  synchronized Frame last() {
    return frames.get(frames.size() - 1);
  }

  /** The first frame from index {@code from} on that {@code test} accepts, or null. */
  synchronized Frame find(int from, Predicate<Frame> test) {
    for (int i = from; i < frames.size(); i++) {
      if (test.test(frames.get(i))) {
        return frames.get(i);
      }
    }
    return null;
  }

  /** Waits up to 20 s for a frame from index {@code from} on that {@code test} accepts. */
  Frame await(int from, Predicate<Frame> test) {
    try {
      return Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(20))
          .until(() -> find(from, test), f -> f != null);
    } catch (ConditionTimeoutException e) {
      Frame last = count() == 0 ? null : last();
      throw new AssertionError("no frame from " + from + " on matched within 20 s; the last of " + count()
          + (last == null ? " frames: none" : " frames (" + last.status() + "):\n" + last.text()), e);
    }
  }

  /** Waits for the next frame whose text contains {@code text}. */
  Frame awaitText(String text) {
    return await(count(), f -> f.text().contains(text));
  }
}

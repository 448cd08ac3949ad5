package io.bitget4j.testkit.internal;

import io.bitget4j.testkit.RecordedCall;
import io.bitget4j.testkit.RecordedFrame;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/** What the fake received, newest last, keeping the last {@value #KEEP} of each kind. */
public final class Recorder {
  private static final int KEEP = 10_000;

  private final ArrayDeque<RecordedCall> calls = new ArrayDeque<>();
  private final ArrayDeque<RecordedFrame> frames = new ArrayDeque<>();
  private final LongSupplier nowMillis;

  public Recorder(LongSupplier nowMillis) {
    this.nowMillis = nowMillis;
  }

  synchronized void call(String method, String path, String query, Map<String, List<String>> headers,
      String body) {
    calls.addLast(new RecordedCall(method, path, query, headers, body,
        Instant.ofEpochMilli(nowMillis.getAsLong())));
    if (calls.size() > KEEP) {
      calls.removeFirst();
    }
  }

  synchronized void frame(boolean isPrivate, String text) {
    frames.addLast(new RecordedFrame(isPrivate, text, Instant.ofEpochMilli(nowMillis.getAsLong())));
    if (frames.size() > KEEP) {
      frames.removeFirst();
    }
  }

  public synchronized List<RecordedCall> calls() {
    return new ArrayList<>(calls);
  }

  public synchronized List<RecordedFrame> frames() {
    return new ArrayList<>(frames);
  }

  public synchronized void clear() {
    calls.clear();
    frames.clear();
  }
}

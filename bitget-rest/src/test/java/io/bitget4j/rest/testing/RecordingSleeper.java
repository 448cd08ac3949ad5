package io.bitget4j.rest.testing;

import io.bitget4j.core.testing.ManualClock;
import io.bitget4j.core.util.Sleeper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Records each requested wait and returns at once, advancing a test clock when given one. */
public final class RecordingSleeper implements Sleeper {
  private final ManualClock clock;
  private final List<Duration> sleeps = new ArrayList<>();

  public RecordingSleeper() {
    this(null);
  }

  public RecordingSleeper(ManualClock clock) {
    this.clock = clock;
  }

  @Override
  public synchronized void sleep(Duration duration) {
    sleeps.add(duration);
    if (clock != null) {
      clock.advance(duration);
    }
  }

  public synchronized List<Duration> sleeps() {
    return List.copyOf(sleeps);
  }

  public synchronized Duration total() {
    return sleeps.stream().reduce(Duration.ZERO, Duration::plus);
  }
}

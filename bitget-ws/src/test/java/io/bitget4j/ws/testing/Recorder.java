package io.bitget4j.ws.testing;

import io.bitget4j.core.BitgetException;
import io.bitget4j.ws.StreamListener;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A listener that records what it receives, with waits for tests. */
public final class Recorder<T> implements StreamListener<T> {
  private static final Duration WAIT = Duration.ofSeconds(10);

  private final List<T> values = new CopyOnWriteArrayList<>();
  private final List<BitgetException> errors = new CopyOnWriteArrayList<>();
  private final List<String> threads = new CopyOnWriteArrayList<>();

  @Override
  public void onUpdate(T value) {
    threads.add(Thread.currentThread().getName());
    values.add(value);
  }

  @Override
  public void onError(BitgetException error) {
    errors.add(error);
  }

  /** The values received, in order. */
  public List<T> values() {
    return List.copyOf(values);
  }

  /** The errors received. */
  public List<BitgetException> errors() {
    return List.copyOf(errors);
  }

  /** The names of the threads that delivered the values. */
  public List<String> threads() {
    return List.copyOf(threads);
  }

  /** The last value received. */
  public T last() {
    return values.get(values.size() - 1);
  }

  /** Waits until at least {@code count} values arrived, then returns them all. */
  public List<T> awaitValues(int count) {
    Await.await("at least " + count + " values").until(() -> values.size() >= count);
    return values();
  }

  /** Waits for an error and returns it. */
  public BitgetException awaitError() {
    Await.await("an error").until(() -> !errors.isEmpty());
    return errors.get(0);
  }
}

package io.bitget4j.ws.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The records still open in a view (open orders, live conditional orders), by id, replaced by REST
 * snapshots and kept current by a channel's updates: of a record, the newest state by update time
 * counts; a record in a final state leaves for good; updates that arrive while a snapshot is taken
 * are neither lost nor overwritten by the older snapshot.
 *
 * <p>Not thread-safe: the view calls every method while holding its own lock, which
 * {@link #seed} takes itself around the parts that touch the records.
 *
 * @param <T> the record
 */
public final class LiveRecords<T> {
  private final Function<T, String> id;
  private final Function<T, Instant> updatedAt;
  private final Predicate<T> isFinal;
  /** The open records by id, in the order they appeared. */
  private final Map<String, T> open = new LinkedHashMap<>();
  /** Every update received while a snapshot is taken, final ones included, newest per record. */
  private final Map<String, T> pushedWhileSeeding = new HashMap<>();
  private int seedsRunning;

  /**
   * Creates an empty set.
   *
   * @param id a record's id
   * @param updatedAt when a record last changed
   * @param isFinal whether a record has closed for good (filled, cancelled, ...)
   */
  public LiveRecords(Function<T, String> id, Function<T, Instant> updatedAt, Predicate<T> isFinal) {
    this.id = id;
    this.updatedAt = updatedAt;
    this.isFinal = isFinal;
  }

  /**
   * The open records, in the order they first appeared.
   *
   * @return an immutable copy
   */
  public List<T> values() {
    return List.copyOf(open.values());
  }

  /**
   * Takes one update of the channel.
   *
   * @param record the record as it is after the update
   * @return whether the open records changed
   */
  public boolean update(T record) {
    String key = id.apply(record);
    if (seedsRunning > 0) {
      pushedWhileSeeding.merge(key, record, this::newer);
    }
    T held = open.get(key);
    if (held != null && updatedAt.apply(record).isBefore(updatedAt.apply(held))) {
      return false; // older than what a snapshot brought
    }
    if (isFinal.test(record)) {
      return open.remove(key) != null; // a record not held that closed changes nothing
    }
    open.put(key, record);
    return true;
  }

  /**
   * Replaces the open records by a snapshot of those open, such as a REST answer, keeping what the
   * channel said while it was taken: of a record both name, the newer state by update time (the
   * channel's on a tie); a record the channel closed stays closed; a record the channel opened
   * stays open. A record held from before that the snapshot does not list has closed. Calls
   * {@code source} on the caller's thread without the lock; the rest runs under {@code lock}.
   *
   * @param lock the view's lock, which guards these records
   * @param stopped whether the view takes no more changes; then nothing is applied
   * @param source takes the snapshot; may block
   * @param keep which of the snapshot's records the view holds (its product type, say)
   * @param changed called under the lock once the snapshot is applied
   * @return whether the snapshot was applied
   * @throws RuntimeException what the source throws; the records are left as they were
   */
  public boolean seed(Object lock, BooleanSupplier stopped, Supplier<List<T>> source, Predicate<T> keep,
      Runnable changed) {
    synchronized (lock) {
      if (stopped.getAsBoolean()) {
        return false;
      }
      seedsRunning++;
    }
    List<T> snapshot;
    try {
      snapshot = source.get();
    } catch (RuntimeException | Error e) {
      synchronized (lock) {
        seedDone();
      }
      throw e;
    }
    List<T> kept = new ArrayList<>(snapshot.size());
    for (T row : snapshot) {
      if (keep.test(row)) {
        kept.add(row);
      }
    }
    synchronized (lock) {
      if (stopped.getAsBoolean()) {
        seedDone();
        return false;
      }
      apply(kept);
      changed.run();
    }
    return true;
  }

  private void seedDone() {
    if (--seedsRunning == 0) {
      pushedWhileSeeding.clear();
    }
  }

  private void apply(List<T> snapshot) {
    Map<String, T> pushed = new HashMap<>(pushedWhileSeeding);
    seedDone();
    Map<String, T> next = new LinkedHashMap<>();
    for (T row : snapshot) {
      String key = id.apply(row);
      T update = pushed.remove(key);
      T newest = update != null && !updatedAt.apply(update).isBefore(updatedAt.apply(row)) ? update : row;
      if (update != null && isFinal.test(update)) {
        newest = update; // a closed record never opens again
      }
      if (!isFinal.test(newest)) {
        next.put(key, newest);
      }
    }
    for (T update : pushed.values()) {
      if (!isFinal.test(update)) {
        next.put(id.apply(update), update); // opened while the snapshot was taken
      }
    }
    open.clear();
    open.putAll(next);
  }

  private T newer(T held, T update) {
    return isFinal.test(held) || updatedAt.apply(update).isBefore(updatedAt.apply(held)) ? held : update;
  }
}

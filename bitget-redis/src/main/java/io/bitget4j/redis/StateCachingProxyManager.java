package io.bitget4j.redis;

import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.CompareAndSwapOperation;
import io.github.bucket4j.distributed.remote.RemoteBucketState;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.github.bucket4j.redis.lettuce.cas.LettuceBasedProxyManager;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Bucket4j's Lettuce proxy manager, saving one round trip when this process wrote a bucket last.
 *
 * <p>Bucket4j updates a bucket by compare-and-swap: it reads the state ({@code GET}), computes
 * the new state here, and writes it back only if Redis still holds what it read (Bucket4j's own
 * compare-and-swap script, sent by digest: {@link ScriptDigestRedisApi}). This manager remembers
 * the state it last wrote for each key and offers it as the first read, so that a process whose
 * state is current needs only the script: one round trip per permit. A stale memory costs nothing in safety: Redis refuses the swap, the memory is
 * dropped, and Bucket4j retries with a real read. Only operations that change the state are sent
 * through here (see {@link RedisRateBudget}), so every answer has been checked by a swap.
 */
final class StateCachingProxyManager extends LettuceBasedProxyManager<String> {
  private final ConcurrentMap<String, byte[]> lastWritten = new ConcurrentHashMap<>();

  StateCachingProxyManager(Bucket4jLettuce.LettuceBasedProxyManagerBuilder<String> builder) {
    super(builder);
  }

  /** Drops what is remembered of {@code key}, before a write that bypasses this manager. */
  void forget(String key) {
    lastWritten.remove(key);
  }

  @Override
  protected CompareAndSwapOperation beginCompareAndSwapOperation(String key) {
    CompareAndSwapOperation redis = super.beginCompareAndSwapOperation(key);
    return new CompareAndSwapOperation() {
      private boolean firstRead = true;

      @Override
      public Optional<byte[]> getStateData(Optional<Long> timeoutNanos) {
        if (firstRead) {
          firstRead = false;
          byte[] remembered = lastWritten.get(key);
          if (remembered != null) {
            return Optional.of(remembered);
          }
        }
        return redis.getStateData(timeoutNanos);
      }

      @Override
      public boolean compareAndSwap(byte[] originalData, byte[] newData, RemoteBucketState newState,
          Optional<Long> timeoutNanos) {
        lastWritten.remove(key); // unknown until Redis answers
        boolean swapped = redis.compareAndSwap(originalData, newData, newState, timeoutNanos);
        if (swapped) {
          lastWritten.put(key, newData);
        }
        return swapped;
      }
    };
  }
}

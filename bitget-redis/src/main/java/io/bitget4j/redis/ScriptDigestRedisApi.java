package io.bitget4j.redis;

import io.github.bucket4j.redis.lettuce.RedisApi;
import io.lettuce.core.RedisFuture;
import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.async.RedisAsyncCommands;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The Redis commands Bucket4j's Lettuce integration sends, with its scripts sent by digest.
 *
 * <p>Bucket4j's own {@code RedisApi} sends the whole text of its compare-and-swap script with
 * every update ({@code EVAL}), which Redis hashes again each time. This one sends the script's
 * SHA-1 ({@code EVALSHA}) instead: the same script, unchanged, that Redis already holds in its
 * script cache. When Redis does not know it (the first update, after a restart or a
 * {@code SCRIPT FLUSH}), Redis answers {@code NOSCRIPT} and the update is sent once more as
 * {@code EVAL}, which runs the script and caches it. A script runs at most once per update, so
 * the compare-and-swap means what it meant.
 */
final class ScriptDigestRedisApi<K> implements RedisApi<K> {
  private final RedisAsyncCommands<K, byte[]> commands;
  private final ConcurrentMap<String, String> digests = new ConcurrentHashMap<>();

  /**
   * Generic in the key, as Bucket4j is: it hands over its keys in an {@code Object[]}, which a
   * {@code String[]} parameter would refuse.
   */
  ScriptDigestRedisApi(RedisAsyncCommands<K, byte[]> commands) {
    this.commands = commands;
  }

  @Override
  public <V> RedisFuture<V> eval(String script, ScriptOutputType type, K[] keys, byte[][] params) {
    String digest = digests.computeIfAbsent(script, commands::digest);
    Answer<V> answer = new Answer<>();
    commands.<V>evalsha(digest, type, keys, params).whenComplete((value, failure) -> {
      if (failure == null) {
        answer.complete(value);
      } else if (unwrap(failure) instanceof RedisNoScriptException) {
        commands.<V>eval(script, type, keys, params).whenComplete(answer::settle);
      } else {
        answer.completeExceptionally(failure);
      }
    });
    return answer;
  }

  @Override
  public RedisFuture<byte[]> get(K key) {
    return commands.get(key);
  }

  @Override
  @SuppressWarnings("unchecked") // a one-key varargs array, as Bucket4j's own RedisApi makes it
  public RedisFuture<?> delete(K key) {
    return commands.del(key);
  }

  private static Throwable unwrap(Throwable failure) {
    return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
  }

  /** The answer to an update, whichever of {@code EVALSHA} and {@code EVAL} gave it. */
  private static final class Answer<V> extends CompletableFuture<V> implements RedisFuture<V> {
    void settle(V value, Throwable failure) {
      if (failure == null) {
        complete(value);
      } else {
        completeExceptionally(failure);
      }
    }

    @Override
    public String getError() {
      if (!isCompletedExceptionally()) {
        return null; // RedisFuture's contract: null unless the command failed
      }
      try {
        join();
        return null;
      } catch (CompletionException | CancellationException e) {
        Throwable cause = unwrap(e);
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
      }
    }

    @Override
    public boolean await(long timeout, TimeUnit unit) throws InterruptedException {
      try {
        get(timeout, unit);
        return true;
      } catch (ExecutionException e) {
        return true; // completed, with a failure that get() and getError() report
      } catch (TimeoutException e) {
        return false;
      }
    }
  }
}

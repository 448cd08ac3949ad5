package io.bitget4j.core.util;

import io.bitget4j.core.Credentials;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The exchange's request budgets as everything that sends to it sees them: per account (API key)
 * and endpoint group for trading and private calls, per public IP and group for market data. The
 * budget promises that a key's permits are never due more than {@link Key#permits()} times in
 * any rolling {@link Key#window()}, retries included, and that a paused key issues nothing until
 * the pause is over.
 *
 * <p>Decide, then wait elsewhere: {@link #reserve} takes a permit and returns how long the caller
 * must wait before sending; the caller waits with its own sleeper or scheduler and sends, taking a
 * fresh permit if the first went stale beyond the {@link #tolerance()} meanwhile, and reports a
 * send later than that with {@link #sentLate}. A budget never sleeps, and an
 * implementation that talks to a server bounds every call.
 *
 * <p>{@link #inProcess()} is the default: the {@link RateLimiter}'s rolling windows, shared by
 * every client given the same instance. {@code io.bitget4j.redis.RedisRateBudget} (module
 * {@code bitget-redis}) shares one budget between any number of processes. Implementations are
 * thread-safe.
 */
public interface RateBudget {
  /** The margin of {@link #inProcess()}: 100 ms, which keeps 91 % of a one-second limit. */
  Duration IN_PROCESS_MARGIN = Duration.ofMillis(100);

  /**
   * Takes one permit of {@code key}, due at the earliest time its limit and any pause allow, if
   * that is within {@code maxWait}.
   *
   * @param key the budget to draw from, such as one account's {@code TRADE} group
   * @param maxWait the longest the caller will wait for the permit; zero takes only a permit due
   *     now
   * @return granted with the delay before the permit may be used (zero: now); or refused, having
   *     taken nothing, with how long until a permit would be due
   */
  Decision reserve(Key key, Duration maxWait);

  /**
   * Issues no permit of {@code key} due before {@code pause} from now: the exchange answered HTTP
   * 429, so the whole group waits, not only the request that got it. Permits granted before keep
   * their times; a longer pause already in force stays.
   *
   * @param key the budget to pause; every client drawing from it waits
   * @param pause how long to issue nothing, such as the exchange's {@code Retry-After}; not negative
   */
  void pause(Key key, Duration pause);

  /**
   * How late after its due time a permit may still be used: half the budget's margin, the other
   * half being left for the network. A caller that finds its permit staler than this when it is
   * about to send should take a fresh one, or else report the send with {@link #sentLate}.
   *
   * @return the tolerance, zero or more
   */
  Duration tolerance();

  /**
   * Tells the budget that a permit of {@code key} was used {@code lateness} after it was due (the
   * connection had to be opened first, the thread woke late), so the exchange counted it later
   * than the budget did. A lateness beyond the {@link #tolerance()} is charged as one more permit
   * used now, even over the limit: later permits wait for it. Smaller ones cost nothing.
   *
   * @param key the budget the permit came from
   * @param lateness how long after its due time the permit was used; not negative
   */
  void sentLate(Key key, Duration lateness);

  /**
   * An in-process budget on a clock that follows {@link System#nanoTime()} (setting the wall
   * clock changes nothing), with a margin of {@link #IN_PROCESS_MARGIN}.
   *
   * @return a new, empty budget; share the instance between clients of one account or IP
   * @see #inProcess(Clock, Duration)
   */
  static RateBudget inProcess() {
    return new InProcessRateBudget(new MonotonicClock(), IN_PROCESS_MARGIN);
  }

  /**
   * An in-process budget: one rolling window per key, created on first use, of the key's permits
   * over its window plus {@code margin}. The margin absorbs the jitter between the moment a
   * permit is due and the moment the exchange counts the request (thread wake-up, connection,
   * network), so that a window measured at the exchange holds no more than the limit either; it
   * costs {@code margin / (window + margin)} of the throughput (a 1 s window with a 100 ms margin
   * keeps 91 %, with 50 ms 95 %).
   *
   * @param clock the time windows and pauses are measured on; millisecond resolution
   * @param margin zero or more, at most one minute
   * @return a new, empty budget
   * @throws IllegalArgumentException if {@code margin} is negative or longer than one minute
   */
  static RateBudget inProcess(Clock clock, Duration margin) {
    Objects.requireNonNull(clock, "clock == null");
    Durations.requireNonNegative(margin, "margin");
    if (margin.compareTo(Duration.ofMinutes(1)) > 0) {
      throw new IllegalArgumentException("margin must be at most 1 minute but was " + margin);
    }
    return new InProcessRateBudget(clock, margin);
  }

  /**
   * What a budget decided.
   *
   * @param granted whether a permit was taken
   * @param delay if granted, how long to wait before using the permit (zero: use it now); if
   *     refused, how long until a permit would be due
   */
  record Decision(boolean granted, Duration delay) {
    /**
     * Checks that the delay is present and not negative.
     *
     * @param granted whether a permit was taken
     * @param delay the wait before using the permit, or until one would be due; not negative
     */
    public Decision {
      Durations.requireNonNegative(delay, "delay");
    }

    /**
     * A permit taken, usable after {@code delay}.
     *
     * @param delay how long the caller must wait before sending; zero to send now
     * @return a granted decision
     */
    public static Decision granted(Duration delay) {
      return new Decision(true, delay);
    }

    /**
     * Nothing taken: the next permit is {@code wait} away, longer than the caller would wait.
     *
     * @param wait how long until a permit would be due
     * @return a refused decision
     */
    public static Decision refused(Duration wait) {
      return new Decision(false, wait);
    }
  }

  /**
   * One budget: whose it is ({@code scope}), which endpoint group, and the exchange's limit for
   * it. Budgets are told apart by scope and group; the limit travels with the key so that a
   * budget can create it on first use. Build account and IP keys with {@link #perAccount} and
   * {@link #perIp}, which never put an API key into a scope.
   *
   * @param scope who the limit counts: {@code account-} and a hash of the API key, or
   *     {@code ip-} and a name of the public IP; letters, digits and {@code . _ : -}, at most 64
   * @param group the endpoint group, such as {@code TRADE}; letters, digits and {@code . _ -}, at
   *     most 64
   * @param permits the most requests in any window, at least 1
   * @param window the length of the rolling window, at least 1 ms and at most one day
   */
  record Key(String scope, String group, int permits, Duration window) {
    private static final Pattern SCOPE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    private static final Pattern GROUP = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    /**
     * Checks every component; a bad one fails with a message naming it and the rule.
     *
     * @param scope who the limit counts, such as {@code account-} and a key hash; letters, digits
     *     and {@code . _ : -}, at most 64
     * @param group the endpoint group; letters, digits and {@code . _ -}, at most 64
     * @param permits the most requests in any window, at least 1
     * @param window the rolling window, 1 ms to one day
     * @throws IllegalArgumentException naming the bad component and the rule
     */
    public Key {
      Objects.requireNonNull(scope, "scope == null");
      Objects.requireNonNull(group, "group == null");
      Objects.requireNonNull(window, "window == null");
      if (!SCOPE.matcher(scope).matches()) {
        throw new IllegalArgumentException("scope \"" + scope
            + "\" must be 1 to 64 letters, digits or . _ : - (it becomes part of a key in a shared store)");
      }
      if (!GROUP.matcher(group).matches()) {
        throw new IllegalArgumentException("group \"" + group + "\" must be 1 to 64 letters, digits or . _ -");
      }
      if (permits < 1) {
        throw new IllegalArgumentException("permits must be at least 1 but was " + permits + " for " + group);
      }
      Durations.requireAtLeastOneMilli(window, "window");
      if (window.compareTo(Duration.ofDays(1)) > 0) {
        throw new IllegalArgumentException("window must be at most 1 day but was " + window + " for " + group);
      }
    }

    /**
     * The budget of {@code group} for the account of {@code credentials}. The scope is
     * {@code account-} and the first 16 hex digits of the SHA-256 of the API key: stable across
     * processes and machines, and never the key itself.
     *
     * @param credentials the account's API key; only a hash of it is kept
     * @param group the endpoint group, such as {@code TRADE}
     * @param permits the group's limit, at least 1
     * @param window the limit's rolling window, such as one second
     * @return the key
     * @throws IllegalArgumentException when the group, permits or window break the rules of
     *     {@link Key}
     */
    public static Key perAccount(Credentials credentials, String group, int permits, Duration window) {
      Objects.requireNonNull(credentials, "credentials == null");
      return new Key("account-" + hash(credentials.apiKey()), group, permits, window);
    }

    /**
     * The budget of {@code group} for the public IP address named {@code ipName}, such as
     * {@code 203.0.113.7} or {@code office-nat}: every process sending from that address must
     * use the same name.
     *
     * @param ipName 1 to 61 letters, digits or {@code . _ : -}
     * @param group the endpoint group, such as {@code MARKET}
     * @param permits the group's limit, at least 1
     * @param window the limit's rolling window, such as one second
     * @return the key
     * @throws IllegalArgumentException when the name, group, permits or window break the rules of
     *     {@link Key}
     */
    public static Key perIp(String ipName, String group, int permits, Duration window) {
      Objects.requireNonNull(ipName, "ipName == null");
      return new Key("ip-" + ipName, group, permits, window);
    }

    /** {@return {@code scope/group}: the name of this budget in logs and shared stores} */
    public String id() {
      return scope + "/" + group;
    }

    private static String hash(String apiKey) {
      try {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(apiKey.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest, 0, 8);
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("every Java runtime has SHA-256", e);
      }
    }
  }
}

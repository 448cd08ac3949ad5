package io.bitget4j.rest.internal;

import io.bitget4j.core.AccountMode;
import io.bitget4j.core.AccountModeMismatchException;
import io.bitget4j.core.BitgetDecodingException;
import io.bitget4j.core.Credentials;
import io.bitget4j.core.Symbol;
import io.bitget4j.core.internal.QueryParams;
import io.bitget4j.core.model.Contract;
import io.bitget4j.core.util.RateBudget;
import io.bitget4j.core.util.Sleeper;
import io.bitget4j.rest.RestConfig;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything a {@code BitgetRestClient} owns: the executor that sends requests, the account mode
 * and its {@link Wire}, the contract cache, the order placer and the threads that run
 * {@code ...Async} calls. Closing it releases what it created and nothing the caller supplied.
 *
 * <p>The public API classes render every request through the {@link Wire} this class hands them:
 * {@link #callPublic} for market data, {@link #call} and {@link #privately} for private calls,
 * which detect the account mode when needed and, after a refusal for the account mode, detect it
 * again and repeat once as {@link RetryPolicy#afterAccountModeChange} allows.
 */
public final class ClientCore implements AutoCloseable {
  private static final Logger logger = LoggerFactory.getLogger(ClientCore.class);
  private static final int ASYNC_THREADS = 8;

  private final RestExecutor executor;
  private final AccountModes modes;
  private final ContractBook contracts;
  private final OrderPlacer placer;
  private final RestConfig config;
  private final OkHttpClient http;
  private final boolean ownsHttp;
  private final Executor async;
  private final ExecutorService ownedAsync;
  private volatile boolean closed;

  private ClientCore(Settings s) {
    this.config = s.config;
    this.http = s.http;
    this.ownsHttp = s.ownsHttp;
    GroupBudgets budgets = new GroupBudgets(s.budget, config, s.credentials);
    this.executor = RestExecutor.builder()
        .http(s.http)
        .baseUrl(s.baseUrl)
        .credentials(s.credentials)
        .demoTrading(s.demoTrading)
        .budgets(budgets, config.maxRateLimitWait())
        .backoff(config.backoff())
        .sleeper(s.sleeper)
        .clock(s.clock)
        .decoders(Decoders.error(), Decoders.serverTime())
        .build();
    this.modes = new AccountModes(s.accountMode, executor);
    this.contracts = new ContractBook(config.contractCacheTtl(), s.clock, this::fetchContract);
    this.placer = new OrderPlacer(executor);
    if (s.async != null) {
      this.async = s.async;
      this.ownedAsync = null;
    } else {
      ThreadPoolExecutor pool = new ThreadPoolExecutor(ASYNC_THREADS, ASYNC_THREADS, 30, TimeUnit.SECONDS,
          new LinkedBlockingQueue<>(), new DaemonThreads());
      pool.allowCoreThreadTimeOut(true);
      this.async = pool;
      this.ownedAsync = pool;
    }
  }

  /** Creates the machinery; see {@link Settings}. */
  public static ClientCore create(Settings settings) {
    return new ClientCore(settings);
  }

  public RestConfig config() {
    return config;
  }

  public ContractBook contracts() {
    return contracts;
  }

  public OrderPlacer placer() {
    return placer;
  }

  public RestExecutor executor() {
    return executor;
  }

  /** The account mode in use: {@code CLASSIC} or {@code UNIFIED} once known, else {@code AUTO}. */
  public AccountMode accountMode() {
    return modes.current();
  }

  /**
   * The account mode, detected now if it is not known yet.
   *
   * @throws IllegalStateException without credentials, when the mode is not configured
   */
  public AccountMode detectAccountMode() {
    requireOpen();
    if (!executor.hasCredentials() && modes.current() == AccountMode.AUTO) {
      throw new IllegalStateException("detecting the account mode needs an API key; build the client with"
          + " BitgetRestClient.builder().credentials(Credentials.of(..)), or set accountMode(..)");
    }
    return executor.hasCredentials() ? modes.privateWire().mode() : modes.current();
  }

  /**
   * The exchange's time in epoch milliseconds, from the public V2 time endpoint, which serves both
   * account modes (the same endpoint the server clock measures with).
   */
  public long serverTimeMillis() {
    requireOpen();
    return executor.execute(RestCall.get(Endpoints.SERVER_TIME, QueryParams.empty(), Decoders.serverTime()));
  }

  /**
   * Fails before any I/O when the client has no credentials, for private calls that have no
   * endpoint to name until the account mode is known.
   *
   * @throws IllegalStateException naming the call and the fix
   */
  public void requireCredentials(String call) {
    if (!executor.hasCredentials()) {
      throw new IllegalStateException(call + " is a private call and needs an API key; "
          + "build the client with BitgetRestClient.builder().credentials(Credentials.of(..))");
    }
  }

  /** Sends one public call, rendered by the wire of the mode known so far, on the calling thread. */
  public <T> T callPublic(Function<Wire, RestCall<T>> render) {
    requireOpen();
    return executor.execute(render.apply(modes.publicWire()));
  }

  /** Sends one private call, rendered by the wire of the account mode, on the calling thread. */
  public <T> T call(Function<Wire, RestCall<T>> render) {
    return privately(wire -> executor.execute(render.apply(wire)));
  }

  /**
   * Runs private {@code work} with the wire of the account mode, detecting the mode first when it is
   * not known. When the exchange refuses for the account mode and detecting it again finds it
   * changed, the work runs once more with the new mode's wire (the refusal came before the exchange
   * acted). Without credentials the work gets the public wire, so that its first signed request
   * fails before any I/O, naming the endpoint.
   */
  public <T> T privately(Function<Wire, T> work) {
    requireOpen();
    if (!executor.hasCredentials()) {
      return work.apply(modes.publicWire());
    }
    Wire wire = modes.privateWire();
    try {
      return work.apply(wire);
    } catch (AccountModeMismatchException mismatch) {
      Optional<Wire> next = modes.afterMismatch(wire, mismatch);
      RetryPolicy.Decision decision = executor.retryPolicy()
          .afterAccountModeChange(wire.mode(), next.map(Wire::mode).orElse(wire.mode()));
      if (!decision.retry()) {
        logger.debug("Account mode refusal not repeated ({}): {}", decision.reason(), mismatch.getMessage());
        throw mismatch;
      }
      logger.debug("Repeating after an account mode refusal: {}", decision.reason());
      return work.apply(next.orElseThrow());
    }
  }

  /**
   * Runs {@code work} on the async executor, never on an OkHttp dispatcher thread, and completes
   * the future with its result or exception.
   */
  public <T> CompletableFuture<T> async(Supplier<T> work) {
    CompletableFuture<T> future = new CompletableFuture<>();
    if (closed) {
      future.completeExceptionally(closedException());
      return future;
    }
    try {
      async.execute(() -> {
        try {
          future.complete(work.get());
        } catch (RuntimeException | Error e) {
          future.completeExceptionally(e);
        }
      });
    } catch (RejectedExecutionException e) {
      future.completeExceptionally(closedException());
    }
    return future;
  }

  /** Fetches one symbol's contract from the exchange, bypassing the cache. */
  public Contract fetchContract(Symbol symbol) {
    List<Contract> found = callPublic(wire -> wire.contract(symbol));
    for (Contract contract : found) {
      if (contract.symbol().equals(symbol)) {
        contracts.remember(contract);
        return contract;
      }
    }
    throw new BitgetDecodingException("Bitget's contracts answer for " + symbol
        + " did not include that symbol (" + found.size() + " other contracts)");
  }

  /** Throws if the client was closed. */
  public void requireOpen() {
    if (closed) {
      throw closedException();
    }
  }

  private static IllegalStateException closedException() {
    return new IllegalStateException("BitgetRestClient is closed");
  }

  /**
   * Stops the async threads it created and, only if it created the OkHttp client, that client's
   * dispatcher threads and pooled connections. Idempotent.
   */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    if (ownedAsync != null) {
      ownedAsync.shutdown();
    }
    if (ownsHttp) {
      http.dispatcher().executorService().shutdown();
      http.connectionPool().evictAll();
    }
    logger.debug("BitgetRestClient closed");
  }

  /**
   * What the public builder collected. Credentials and async executor may be null; the budget is
   * the caller's or the client's own in-process one.
   */
  public static final class Settings {
    final HttpUrl baseUrl;
    final Credentials credentials;
    final boolean demoTrading;
    final Clock clock;
    final OkHttpClient http;
    final boolean ownsHttp;
    final RestConfig config;
    final Executor async;
    final Sleeper sleeper;
    final AccountMode accountMode;
    final RateBudget budget;

    public Settings(HttpUrl baseUrl, Credentials credentials, boolean demoTrading, Clock clock,
        OkHttpClient http, boolean ownsHttp, RestConfig config, Executor async, Sleeper sleeper,
        AccountMode accountMode, RateBudget budget) {
      this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl == null");
      this.credentials = credentials;
      this.demoTrading = demoTrading;
      this.clock = Objects.requireNonNull(clock, "clock == null");
      this.http = Objects.requireNonNull(http, "http == null");
      this.ownsHttp = ownsHttp;
      this.config = Objects.requireNonNull(config, "config == null");
      this.async = async;
      this.sleeper = Objects.requireNonNull(sleeper, "sleeper == null");
      this.accountMode = Objects.requireNonNull(accountMode, "accountMode == null");
      this.budget = Objects.requireNonNull(budget, "budget == null");
    }
  }

  private static final class DaemonThreads implements ThreadFactory {
    private final AtomicInteger count = new AtomicInteger();

    @Override
    public Thread newThread(Runnable runnable) {
      Thread thread = new Thread(runnable, "bitget-rest-async-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    }
  }
}

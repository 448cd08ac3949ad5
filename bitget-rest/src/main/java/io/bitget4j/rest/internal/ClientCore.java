package io.bitget4j.rest.internal;

import io.bitget4j.core.BitgetDecodingException;
import io.bitget4j.core.Credentials;
import io.bitget4j.core.internal.QueryParams;
import io.bitget4j.core.Symbol;
import io.bitget4j.core.model.Contract;
import io.bitget4j.core.util.RateBudget;
import io.bitget4j.core.util.Sleeper;
import io.bitget4j.rest.RestConfig;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything a {@code BitgetRestClient} owns: the executor that sends requests, the contract
 * cache, the order placer and the threads that run {@code ...Async} calls. Closing it releases
 * what it created and nothing the caller supplied.
 */
public final class ClientCore implements AutoCloseable {
  private static final Logger logger = LoggerFactory.getLogger(ClientCore.class);
  private static final int ASYNC_THREADS = 8;

  private final RestExecutor executor;
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

  /** Sends one call on the calling thread. */
  public <T> T call(RestCall<T> call) {
    requireOpen();
    return executor.execute(call);
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
    QueryParams query = QueryParams.builder()
        .put("productType", symbol.productType().v2Name())
        .put("symbol", symbol.v2Symbol())
        .build();
    List<Contract> found = call(RestCall.get(Endpoints.CONTRACTS, query,
        Decoders.contracts(symbol.productType())));
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
    final RateBudget budget;

    public Settings(HttpUrl baseUrl, Credentials credentials, boolean demoTrading, Clock clock,
        OkHttpClient http, boolean ownsHttp, RestConfig config, Executor async, Sleeper sleeper,
        RateBudget budget) {
      this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl == null");
      this.credentials = credentials;
      this.demoTrading = demoTrading;
      this.clock = Objects.requireNonNull(clock, "clock == null");
      this.http = Objects.requireNonNull(http, "http == null");
      this.ownsHttp = ownsHttp;
      this.config = Objects.requireNonNull(config, "config == null");
      this.async = async;
      this.sleeper = Objects.requireNonNull(sleeper, "sleeper == null");
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

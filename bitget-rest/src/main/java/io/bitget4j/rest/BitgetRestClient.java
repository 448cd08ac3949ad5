package io.bitget4j.rest;

import io.bitget4j.core.AccountMode;
import io.bitget4j.core.Credentials;
import io.bitget4j.core.util.RateBudget;
import io.bitget4j.core.util.Sleeper;
import io.bitget4j.rest.internal.BaseUrls;
import io.bitget4j.rest.internal.ClientCore;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * The signed REST client for Bitget's USDT-margined (and coin- and USDC-margined) perpetual futures,
 * on classic accounts (Bitget's V2 API) and unified trading accounts (V3) alike.
 *
 * <pre>{@code
 * try (BitgetRestClient client = BitgetRestClient.builder()
 *     .credentials(Credentials.fromEnv())
 *     .build()) {
 *   Ticker btc = client.market().ticker(Symbol.BTCUSDT_UMCBL);
 *   List<Position> open = client.positions().all(ProductType.UMCBL);
 *   OrderAck ack = client.orders().place(
 *       OrderRequest.limit(Symbol.BTCUSDT_UMCBL, Side.BUY, new BigDecimal("0.01"), new BigDecimal("30000")));
 * }
 * }</pre>
 *
 * <p>Calls are grouped: {@link #market()} (public, no credentials needed), {@link #account()},
 * {@link #positions()}, {@link #orders()} and {@link #conditionalOrders()}. Each has a synchronous
 * form, which runs on the calling thread, and an {@code ...Async} form, which runs on the client's
 * executor.
 *
 * <p><b>Classic and unified accounts.</b> The same calls return the same records on both kinds of
 * account; only the wire differs. {@link Builder#accountMode(AccountMode)} says which kind the key
 * belongs to; with the default {@link AccountMode#AUTO} the client finds out on its first private
 * call ({@code GET /api/v3/account/settings}: answered for a unified key, refused with 40084 for a
 * classic one), remembers it, and finds out again once if the exchange later refuses a request for
 * the account mode (40084, 40085), repeating that request once in the new form. A key of the other
 * kind than a configured mode fails with {@link io.bitget4j.core.AccountModeMismatchException},
 * whose message names the fix; an account in the middle of a switch with the retryable
 * {@link io.bitget4j.core.AccountModeSwitchingException}.
 *
 * <p>The client measures its offset to the exchange's clock before the first signed request and
 * again after a timestamp refusal, keeps every endpoint group within Bitget's rate limits,
 * retries idempotent requests after transient failures, and never places an order twice (see
 * {@link OrderApi}). Instances are thread-safe; share one per application and {@link #close()}
 * it when done.
 */
public final class BitgetRestClient implements AutoCloseable {
  /** Bitget's production REST endpoint. */
  public static final String DEFAULT_BASE_URL = "https://api.bitget.com";

  private final ClientCore core;
  private final MarketApi market;
  private final AccountApi account;
  private final PositionApi positions;
  private final OrderApi orders;
  private final ConditionalOrderApi conditionalOrders;

  private BitgetRestClient(ClientCore core) {
    this.core = core;
    this.market = new MarketApi(core);
    this.account = new AccountApi(core);
    this.positions = new PositionApi(core);
    this.orders = new OrderApi(core);
    this.conditionalOrders = new ConditionalOrderApi(core);
  }

  /**
   * A builder with the production URL, the UTC clock and default limits and timeouts.
   *
   * @return a new builder; without {@link Builder#credentials(Credentials)} only market data works
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Public market data.
   *
   * @return the market data calls: server time, contracts, tickers, books, candles, funding
   */
  public MarketApi market() {
    return market;
  }

  /**
   * Balances and account settings; needs credentials.
   *
   * @return the account calls: balances, wallet, leverage, margin and position mode
   */
  public AccountApi account() {
    return account;
  }

  /**
   * Open positions; needs credentials.
   *
   * @return the position calls: open positions and closed-position history
   */
  public PositionApi positions() {
    return positions;
  }

  /**
   * Orders and fills; needs credentials.
   *
   * @return the order calls: place, cancel, modify, look up, list, fills, close positions
   */
  public OrderApi orders() {
    return orders;
  }

  /**
   * Conditional orders: take-profit, stop-loss, trigger orders and trailing stops; needs credentials.
   *
   * @return the conditional order calls
   */
  public ConditionalOrderApi conditionalOrders() {
    return conditionalOrders;
  }

  /**
   * The account mode in use: {@link AccountMode#CLASSIC} or {@link AccountMode#UNIFIED} once known
   * (configured, or detected on the first private call), {@link AccountMode#AUTO} until then. Does
   * no I/O.
   *
   * @return the mode the client speaks now; {@code AUTO} while it is still unknown
   */
  public AccountMode accountMode() {
    return core.accountMode();
  }

  /**
   * The account mode, {@link AccountMode#CLASSIC} or {@link AccountMode#UNIFIED}, detecting it now
   * when it is not known yet (one {@code GET /api/v3/account/settings}).
   *
   * @return {@code CLASSIC} or {@code UNIFIED}, never {@code AUTO}
   * @throws IllegalStateException for a client without credentials whose mode is not configured
   * @throws io.bitget4j.core.AccountModeSwitchingException while the account is being switched
   */
  public AccountMode detectAccountMode() {
    return core.detectAccountMode();
  }

  /**
   * Releases the threads and connections this client created: its async executor and, when it
   * created its own OkHttp client, that client's dispatcher and connection pool. A caller's
   * {@code OkHttpClient} or executor is left untouched. Later calls fail with
   * {@link IllegalStateException}. Idempotent.
   */
  @Override
  public void close() {
    core.close();
  }

  /** The endpoint, demo flag, whether it signs, and the account mode: no credentials. */
  @Override
  public String toString() {
    return "BitgetRestClient{" + core.executor() + ", accountMode=" + core.accountMode() + "}";
  }

  /** Configures a {@link BitgetRestClient}. */
  public static final class Builder {
    private static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration DEFAULT_WRITE_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofSeconds(30);

    private Credentials credentials;
    private HttpUrl baseUrl = BaseUrls.parse(DEFAULT_BASE_URL);
    private boolean demoTrading;
    private Clock clock = Clock.systemUTC();
    private boolean clockSet;
    private RateBudget rateBudget;
    private Duration connectTimeout;
    private Duration readTimeout;
    private Duration writeTimeout;
    private Duration callTimeout;
    private OkHttpClient okHttpClient;
    private Executor executor;
    private Sleeper sleeper = Sleeper.system();
    private RestConfig config = RestConfig.defaults();
    private AccountMode accountMode = AccountMode.AUTO;

    private Builder() {}

    /**
     * The API key for private calls. Without it, only {@link #market()} calls work.
     *
     * @param credentials the key, secret and passphrase (HMAC) or RSA key to sign with
     * @return this builder
     */
    public Builder credentials(Credentials credentials) {
      this.credentials = Objects.requireNonNull(credentials, "credentials == null");
      return this;
    }

    /**
     * The REST endpoint, default {@value #DEFAULT_BASE_URL}: scheme, host and port only. Plain
     * {@code http} is accepted only for loopback hosts, such as a local test server.
     *
     * @param baseUrl such as {@code https://api.bitget.com} or a FakeBitget's
     *     {@code http://127.0.0.1:port}
     * @return this builder
     * @throws IllegalArgumentException for anything else, with the reason
     */
    public Builder baseUrl(String baseUrl) {
      this.baseUrl = BaseUrls.parse(baseUrl);
      return this;
    }

    /**
     * Which kind of account the key belongs to, and so which API the client speaks: {@code CLASSIC}
     * (V2), {@code UNIFIED} (V3), or {@code AUTO} (the default) to detect it on the first private
     * call. Setting the mode saves that one request; a wrong one fails with an
     * {@link io.bitget4j.core.AccountModeMismatchException} naming the right one.
     *
     * @param accountMode {@code CLASSIC}, {@code UNIFIED} or {@code AUTO}
     * @return this builder
     */
    public Builder accountMode(AccountMode accountMode) {
      this.accountMode = Objects.requireNonNull(accountMode, "accountMode == null");
      return this;
    }

    /**
     * Trades on Bitget's demo (paper) account: adds the {@code paptrading: 1} header, on both APIs.
     * A unified demo account trades the live product types ({@code BTCUSDT_UMCBL}); the classic
     * demo product types ({@code SBTCSUSDT_SUMCBL}) exist on V2 only.
     *
     * @param demoTrading true for the demo account, false (the default) for real money
     * @return this builder
     */
    public Builder demoTrading(boolean demoTrading) {
      this.demoTrading = demoTrading;
      return this;
    }

    /**
     * The local clock; the exchange's offset from it is measured. Default UTC system clock.
     *
     * @param clock the clock that stamps signed requests; tests pass a manual one
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock == null");
      this.clockSet = true;
      return this;
    }

    /**
     * The budget every request draws a permit from, per account and endpoint group (per public IP
     * for market data). Give one instance to every client that sends for the same account or from
     * the same IP, or a budget shared between processes such as {@code RedisRateBudget} (module
     * {@code bitget-redis}); the client does not close it. Default: its own
     * {@link RateBudget#inProcess()}, on this builder's {@link #clock(Clock)} when one is set.
     *
     * @param rateBudget the shared budget
     * @return this builder
     */
    public Builder rateBudget(RateBudget rateBudget) {
      this.rateBudget = Objects.requireNonNull(rateBudget, "rateBudget == null");
      return this;
    }

    /**
     * Connect timeout of the client's own OkHttp client; default 10 s.
     *
     * @param timeout the longest wait for a TCP and TLS connection; zero means none
     * @return this builder
     * @throws IllegalArgumentException if {@code timeout} is negative
     */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = requireTimeout(timeout);
      return this;
    }

    /**
     * Read timeout of the client's own OkHttp client; default 10 s.
     *
     * @param timeout the longest silence while reading a response; zero means none
     * @return this builder
     * @throws IllegalArgumentException if {@code timeout} is negative
     */
    public Builder readTimeout(Duration timeout) {
      this.readTimeout = requireTimeout(timeout);
      return this;
    }

    /**
     * Write timeout of the client's own OkHttp client; default 10 s.
     *
     * @param timeout the longest stall while writing a request; zero means none
     * @return this builder
     * @throws IllegalArgumentException if {@code timeout} is negative
     */
    public Builder writeTimeout(Duration timeout) {
      this.writeTimeout = requireTimeout(timeout);
      return this;
    }

    /**
     * Whole-call timeout of each attempt with the client's own OkHttp client; default 30 s.
     *
     * @param timeout the longest one attempt may take, from connecting to reading the body; zero
     *     means none. Retries each get their own.
     * @return this builder
     * @throws IllegalArgumentException if {@code timeout} is negative
     */
    public Builder callTimeout(Duration timeout) {
      this.callTimeout = requireTimeout(timeout);
      return this;
    }

    /**
     * An OkHttp client to send with, used as it is (its pool, dispatcher and timeouts) and not
     * closed by {@link BitgetRestClient#close()}. Cannot be combined with the timeout settings:
     * configure timeouts on this client instead. Its connection pool, dispatcher and interceptors
     * are reused through {@link OkHttpClient#newBuilder()}, with one change: OkHttp's own
     * {@code retryOnConnectionFailure} is turned off, because it would resend a request on a failed
     * connection outside this client's retry rules (a cancel or a close could be sent twice).
     *
     * @param okHttpClient the application's shared client
     * @return this builder
     */
    public Builder okHttpClient(OkHttpClient okHttpClient) {
      this.okHttpClient = Objects.requireNonNull(okHttpClient, "okHttpClient == null");
      return this;
    }

    /**
     * The executor that runs {@code ...Async} calls; not shut down by
     * {@link BitgetRestClient#close()}. Default: the client's own 8 daemon threads.
     *
     * @param executor runs each async call's blocking work; never an OkHttp dispatcher thread
     * @return this builder
     */
    public Builder executor(Executor executor) {
      this.executor = Objects.requireNonNull(executor, "executor == null");
      return this;
    }

    /**
     * How the client waits between retries and for rate-limit permits; for tests.
     *
     * @param sleeper waits the delays the client decides on; a test's sleeper advances a manual
     *     clock
     * @return this builder
     */
    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = Objects.requireNonNull(sleeper, "sleeper == null");
      return this;
    }

    /**
     * Rate limits, retries and the contract cache; default {@link RestConfig#defaults()}.
     *
     * @param config the settings, built with {@link RestConfig#builder()}
     * @return this builder
     */
    public Builder config(RestConfig config) {
      this.config = Objects.requireNonNull(config, "config == null");
      return this;
    }

    /**
     * Builds the client.
     *
     * @return a new client; {@link BitgetRestClient#close()} it when done
     * @throws IllegalStateException when a caller's OkHttp client is combined with timeouts
     */
    public BitgetRestClient build() {
      boolean timeoutsSet = connectTimeout != null || readTimeout != null || writeTimeout != null
          || callTimeout != null;
      if (okHttpClient != null && timeoutsSet) {
        throw new IllegalStateException("timeouts apply to the client's own OkHttpClient; "
            + "set them on the OkHttpClient passed to okHttpClient(..) instead");
      }
      boolean ownsHttp = okHttpClient == null;
      OkHttpClient http = ownsHttp ? ownHttpClient() : okHttpClient.newBuilder().retryOnConnectionFailure(false).build();
      return new BitgetRestClient(ClientCore.create(new ClientCore.Settings(baseUrl, credentials,
          demoTrading, clock, http, ownsHttp, config, executor, sleeper, accountMode, budget())));
    }

    /** The caller's budget, or an in-process one: on the caller's clock (tests), else monotonic. */
    private RateBudget budget() {
      if (rateBudget != null) {
        return rateBudget;
      }
      return clockSet ? RateBudget.inProcess(clock, RateBudget.IN_PROCESS_MARGIN) : RateBudget.inProcess();
    }

    private OkHttpClient ownHttpClient() {
      return new OkHttpClient.Builder()
          .connectTimeout(orDefault(connectTimeout, DEFAULT_CONNECT_TIMEOUT))
          .readTimeout(orDefault(readTimeout, DEFAULT_READ_TIMEOUT))
          .writeTimeout(orDefault(writeTimeout, DEFAULT_WRITE_TIMEOUT))
          .callTimeout(orDefault(callTimeout, DEFAULT_CALL_TIMEOUT))
          // Our retry policy decides what is resent; OkHttp must not resend a POST by itself.
          .retryOnConnectionFailure(false)
          // Idle connections are dropped before servers usually close them, so that few requests
          // meet a stale connection now that OkHttp no longer retries on one.
          .connectionPool(new ConnectionPool(5, 30, TimeUnit.SECONDS))
          .build();
    }

    private static Duration orDefault(Duration value, Duration fallback) {
      return value != null ? value : fallback;
    }

    private static Duration requireTimeout(Duration timeout) {
      Objects.requireNonNull(timeout, "timeout == null");
      if (timeout.isNegative()) {
        throw new IllegalArgumentException("timeout must not be negative but was " + timeout);
      }
      return timeout;
    }
  }
}

package io.bitget4j.rest.internal;

import io.bitget4j.core.BitgetApiException;
import io.bitget4j.core.BitgetException;
import io.bitget4j.core.BitgetTransportException;
import io.bitget4j.core.Credentials;
import io.bitget4j.core.internal.QueryParams;
import io.bitget4j.core.RateLimitException;
import io.bitget4j.core.RequestSigner;
import io.bitget4j.core.util.Backoff;
import io.bitget4j.core.util.RateBudget;
import io.bitget4j.core.util.Sleeper;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends {@link RestCall}s: waits for a permit of the endpoint's group from the rate budget (every
 * attempt, retries included), signs with the measured server time, sends, maps the answer to a
 * value or a typed exception, and retries what the {@link RetryPolicy} allows. An HTTP 429 from
 * the exchange pauses the endpoint's whole group in the budget. Runs on the calling thread;
 * thread-safe.
 *
 * <p>Logs each attempt at DEBUG as request line, status and latency. Header values are never
 * logged, nor are bodies.
 */
public final class RestExecutor {
  private static final Logger logger = LoggerFactory.getLogger(RestExecutor.class);
  private static final MediaType JSON = MediaType.get("application/json");

  private final OkHttpClient http;
  private final HttpUrl baseUrl;
  private final Credentials credentials;
  private final RequestSigner signer;
  private final boolean demoTrading;
  private final GroupBudgets budgets;
  private final Duration maxRateLimitWait;
  private final RetryPolicy retryPolicy;
  private final Sleeper sleeper;
  private final Clock clock;
  private final ErrorDecoder errorDecoder;
  private final ServerClock serverClock;

  /** Maps a non-2xx answer to its typed exception, from the envelope when there is one. */
  @FunctionalInterface
  public interface ErrorDecoder {
    BitgetApiException decode(String body, ResponseContext context);
  }

  private RestExecutor(Builder b) {
    // Runs on an open connection, just before the request is written: the moment the permit is used.
    this.http = b.http.newBuilder().addNetworkInterceptor(chain -> {
      PermitGuard guard = chain.request().tag(PermitGuard.class);
      if (guard != null) {
        guard.beforeSend();
      }
      return chain.proceed(chain.request());
    }).build();
    this.baseUrl = b.baseUrl;
    this.credentials = b.credentials;
    this.signer = b.credentials == null ? null : RequestSigner.of(b.credentials);
    this.demoTrading = b.demoTrading;
    this.budgets = b.budgets;
    this.maxRateLimitWait = b.maxRateLimitWait;
    this.retryPolicy = new RetryPolicy(b.backoff);
    this.sleeper = b.sleeper;
    this.clock = b.clock;
    this.errorDecoder = b.errorDecoder;
    ResponseDecoder<Long> serverTime = b.serverTimeDecoder;
    this.serverClock = new ServerClock(clock, () -> {
      Timed<Long> timed = executeTimed(RestCall.get(Endpoints.SERVER_TIME,
          QueryParams.empty(), serverTime));
      return new ServerClock.Sample(timed.sentAtMillis, timed.receivedAtMillis, timed.value);
    });
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The server clock this executor signs with. */
  public ServerClock serverClock() {
    return serverClock;
  }

  /** Whether requests can be signed. */
  public boolean hasCredentials() {
    return credentials != null;
  }

  /** The retry policy, shared with order placement. */
  public RetryPolicy retryPolicy() {
    return retryPolicy;
  }

  /**
   * Sends {@code call}, retrying as the policy allows, and returns its decoded value.
   *
   * @throws BitgetException the last failure when no retry is left or allowed
   * @throws IllegalStateException for a signed endpoint without credentials, before any I/O
   */
  public <T> T execute(RestCall<T> call) {
    return executeTimed(call).value;
  }

  /** Makes sure the server clock has been measured, for callers that must sign soon. */
  public void ensureClockMeasured() {
    serverClock.generation();
  }

  /** Waits for {@code delay} through the injected sleeper; on interruption, fails as transport. */
  public void sleep(Duration delay, Endpoint endpoint) {
    if (delay.isZero() || delay.isNegative()) {
      return;
    }
    try {
      sleeper.sleep(delay);
    } catch (InterruptedException e) {
      throw BitgetTransportException.of(endpoint.method(), endpoint.path(),
          interrupted("interrupted while waiting " + delay, e));
    }
  }

  /**
   * The interrupt {@code e} as the I/O failure it ends, with the thread's interrupt flag set again
   * (catching it cleared the flag), so that the caller's loops and executors see that it must stop.
   */
  private static InterruptedIOException interrupted(String what, InterruptedException e) {
    Thread.currentThread().interrupt();
    InterruptedIOException failure = new InterruptedIOException(what);
    failure.initCause(e);
    return failure;
  }

  /** The endpoint and mode only: no credentials. */
  @Override
  public String toString() {
    return "baseUrl=" + baseUrl + ", demoTrading=" + demoTrading + ", signed=" + (credentials != null);
  }

  private <T> Timed<T> executeTimed(RestCall<T> call) {
    Endpoint endpoint = call.endpoint();
    requireCredentialsFor(endpoint);
    Backoff.Attempts attempts = retryPolicy.start();
    boolean resynced = false;
    while (true) {
      long clockGeneration = endpoint.signed() ? serverClock.generation() : 0;
      long dueAtMillis = awaitPermit(endpoint); // a local refusal is final: the wait would be too long
      try {
        return attempt(call, dueAtMillis);
      } catch (BitgetException failure) {
        boolean limitedByExchange = failure instanceof RateLimitException && !refusedLocally(failure);
        if (Thread.currentThread().isInterrupted()) {
          throw failure; // the caller wants to stop: no more waiting
        }
        RetryPolicy.Decision decision = retryPolicy.decide(endpoint, failure, resynced, attempts);
        if (limitedByExchange) {
          // Every request of the group waits, not only this one; a retry waits in awaitPermit.
          pauseGroup(endpoint, decision.retry() ? decision.delay()
              : retryPolicy.pauseAfter((RateLimitException) failure, attempts));
        }
        if (!decision.retry()) {
          logger.debug("{} failed, not retried ({}): {}", endpoint, decision.reason(), failure.getMessage());
          throw failure;
        }
        logger.debug("{} failed, retrying in {} ms ({}): {}", endpoint, decision.delay().toMillis(),
            decision.reason(), failure.getMessage());
        if (decision.resync()) {
          serverClock.remeasure(clockGeneration);
          resynced = true;
        }
        if (!limitedByExchange) {
          sleep(decision.delay(), endpoint);
        }
      }
    }
  }

  /**
   * Fails before any I/O when {@code endpoint} is private and the client has no credentials.
   *
   * @throws IllegalStateException naming the endpoint and the fix
   */
  public void requireCredentialsFor(Endpoint endpoint) {
    if (endpoint.signed() && credentials == null) {
      throw new IllegalStateException(endpoint + " is a private endpoint and needs an API key; "
          + "build the client with BitgetRestClient.builder().credentials(Credentials.of(..))");
    }
  }

  private <T> Timed<T> attempt(RestCall<T> call, long dueAtMillis) {
    Endpoint endpoint = call.endpoint();
    PermitGuard guard = new PermitGuard(endpoint, dueAtMillis);
    Request request = buildRequest(call).newBuilder().tag(PermitGuard.class, guard).build();
    long sentAtMillis = clock.millis();
    long startNanos = System.nanoTime();
    String body;
    int status;
    Duration retryAfter;
    try (Response response = http.newCall(request).execute()) {
      status = response.code();
      retryAfter = retryAfter(response.header("Retry-After"));
      body = response.body().string();
    } catch (IOException e) {
      logger.debug("{} failed after {} ms: {}", call, elapsedMillis(startNanos), e.toString());
      throw BitgetTransportException.of(endpoint.method(), endpoint.path(), e);
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      // OkHttp is Kotlin, which declares no checked exceptions: an interrupted wait inside it (for a
      // connection, say) throws an InterruptedException that javac cannot see coming
      logger.debug("{} failed after {} ms: {}", call, elapsedMillis(startNanos), e.toString());
      IOException failure = e instanceof InterruptedException
          ? interrupted("interrupted before the answer came", (InterruptedException) e)
          : new IOException(e.toString(), e);
      throw BitgetTransportException.of(endpoint.method(), endpoint.path(), failure);
    } finally {
      guard.reportLateness();
    }
    long receivedAtMillis = clock.millis();
    logger.debug("{} -> {} ({} ms)", call, status, elapsedMillis(startNanos));
    ResponseContext context = new ResponseContext(status, endpoint.method(), endpoint.path(), retryAfter);
    if (status < 200 || status > 299) {
      throw errorDecoder.decode(body, context);
    }
    T value = call.decoder().decode(body, context);
    return new Timed<>(value, sentAtMillis, receivedAtMillis);
  }

  private Request buildRequest(RestCall<?> call) {
    Endpoint endpoint = call.endpoint();
    HttpUrl.Builder url = baseUrl.newBuilder().encodedPath(endpoint.path());
    if (!call.query().isEmpty()) {
      url.encodedQuery(call.query().urlForm()); // the same pairs, in the same order, as signed
    }
    Request.Builder request = new Request.Builder()
        .url(url.build())
        .header("Content-Type", "application/json")
        .header("locale", "en-US");
    if (demoTrading) {
      request.header("paptrading", "1");
    }
    if (endpoint.signed()) {
      long timestamp = serverClock.nowMillis();
      String sign = signer.sign(timestamp, endpoint.method(), endpoint.path(), call.query().signedForm(),
          call.body());
      request.header("ACCESS-KEY", credentials.apiKey())
          .header("ACCESS-SIGN", sign)
          .header("ACCESS-TIMESTAMP", Long.toString(timestamp))
          .header("ACCESS-PASSPHRASE", credentials.passphrase());
    }
    if (endpoint.method().equals("GET")) {
      request.get();
    } else {
      request.method(endpoint.method(), RequestBody.create(call.body(), JSON));
    }
    return request.build();
  }

  /** Whether {@code failure} is this client's own refusal to wait for a rate-limit permit. */
  public static boolean refusedLocally(BitgetException failure) {
    return failure instanceof RateLimitException && ((RateLimitException) failure).isClientSide();
  }

  /**
   * Holds every request of {@code endpoint}'s group for {@code pause}, as after an HTTP 429; a
   * longer pause already in force stays.
   */
  public void pauseGroup(Endpoint endpoint, Duration pause) {
    if (pause.isZero() || pause.isNegative()) {
      return;
    }
    logger.debug("{} was rate limited by the exchange: {} paused for {} ms", endpoint, endpoint.group(),
        pause.toMillis());
    budgets.pause(endpoint.group(), pause);
  }

  /** Takes a permit of the endpoint's group, waits until it is due, and returns when that was. */
  private long awaitPermit(Endpoint endpoint) {
    RateBudget.Decision decision = budgets.reserve(endpoint.group(), maxRateLimitWait);
    if (!decision.granted()) {
      throw RateLimitException.clientSide(endpoint.method(), endpoint.path(), endpoint.group().name(),
          decision.delay(), maxRateLimitWait);
    }
    long dueAtMillis = clock.millis() + decision.delay().toMillis();
    if (!decision.delay().isZero()) {
      logger.debug("{} waits {} ms for a {} rate-limit permit", endpoint, decision.delay().toMillis(),
          endpoint.group());
      sleep(decision.delay(), endpoint);
    }
    return dueAtMillis;
  }


  private static Duration retryAfter(String header) {
    if (header == null) {
      return null;
    }
    try {
      long seconds = Long.parseLong(header.trim());
      return seconds >= 0 ? Duration.ofSeconds(seconds) : null;
    } catch (NumberFormatException e) {
      return null; // an HTTP date or garbage: fall back to our own backoff
    }
  }

  private static long elapsedMillis(long startNanos) {
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
  }

  /**
   * Keeps one attempt's permit honest at the moment the request is written. A permit used later
   * than the budget tolerates (a slow connect, a thread that woke late, a starved CPU) would put
   * the request into a later window than the budget counted it in, and late requests bunch up:
   * such a permit is left unused and a fresh one awaited, on the open connection. A send that is
   * late all the same is reported to the budget, which charges it.
   */
  private final class PermitGuard {
    private static final int MAX_RENEWALS = 3;
    private static final long NOT_SENT = Long.MIN_VALUE;

    private final Endpoint endpoint;
    private volatile long dueAtMillis;
    private volatile long sentAtMillis = NOT_SENT;

    PermitGuard(Endpoint endpoint, long dueAtMillis) {
      this.endpoint = endpoint;
      this.dueAtMillis = dueAtMillis;
    }

    /** Called on OkHttp's side, on the calling thread, right before the request is written. */
    void beforeSend() throws InterruptedIOException {
      long tolerance = budgets.tolerance().toMillis();
      for (int renewals = 0; ; renewals++) {
        long now = clock.millis();
        if (now - dueAtMillis <= tolerance || renewals == MAX_RENEWALS) {
          sentAtMillis = now;
          return;
        }
        RateBudget.Decision fresh = budgets.reserve(endpoint.group(), maxRateLimitWait);
        if (!fresh.granted()) {
          sentAtMillis = now; // too far away: send late, and be charged for it
          return;
        }
        logger.debug("{}: permit {} ms stale when the connection was ready; waiting {} ms for a fresh one",
            endpoint, now - dueAtMillis, fresh.delay().toMillis());
        dueAtMillis = now + fresh.delay().toMillis();
        if (fresh.delay().isZero()) {
          continue;
        }
        try {
          sleeper.sleep(fresh.delay());
        } catch (InterruptedException e) {
          throw interrupted("interrupted waiting for a permit", e);
        }
      }
    }

    /** After the attempt: tells the budget how late the request went out, if it did. */
    void reportLateness() {
      long sentAt = sentAtMillis;
      if (sentAt != NOT_SENT && sentAt > dueAtMillis) {
        budgets.sentLate(endpoint.group(), Duration.ofMillis(sentAt - dueAtMillis));
      }
    }
  }

  /** A value and the local times its request left and its answer arrived. */
  private static final class Timed<T> {
    final T value;
    final long sentAtMillis;
    final long receivedAtMillis;

    Timed(T value, long sentAtMillis, long receivedAtMillis) {
      this.value = value;
      this.sentAtMillis = sentAtMillis;
      this.receivedAtMillis = receivedAtMillis;
    }
  }

  /** Configures a {@link RestExecutor}; everything but credentials is required. */
  public static final class Builder {
    private OkHttpClient http;
    private HttpUrl baseUrl;
    private Credentials credentials;
    private boolean demoTrading;
    private GroupBudgets budgets;
    private Duration maxRateLimitWait = Duration.ofSeconds(30);
    private Backoff backoff;
    private Sleeper sleeper;
    private Clock clock;
    private ErrorDecoder errorDecoder;
    private ResponseDecoder<Long> serverTimeDecoder;

    private Builder() {}

    public Builder http(OkHttpClient http) {
      this.http = http;
      return this;
    }

    public Builder baseUrl(HttpUrl baseUrl) {
      this.baseUrl = baseUrl;
      return this;
    }

    public Builder credentials(Credentials credentials) {
      this.credentials = credentials;
      return this;
    }

    public Builder demoTrading(boolean demoTrading) {
      this.demoTrading = demoTrading;
      return this;
    }

    /** The budget every attempt draws from, and the longest a request waits for a permit. */
    public Builder budgets(GroupBudgets budgets, Duration maxWait) {
      this.budgets = budgets;
      this.maxRateLimitWait = maxWait;
      return this;
    }

    public Builder backoff(Backoff backoff) {
      this.backoff = backoff;
      return this;
    }

    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = sleeper;
      return this;
    }

    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    public Builder decoders(ErrorDecoder errorDecoder, ResponseDecoder<Long> serverTimeDecoder) {
      this.errorDecoder = errorDecoder;
      this.serverTimeDecoder = serverTimeDecoder;
      return this;
    }

    public RestExecutor build() {
      Objects.requireNonNull(http, "http == null");
      Objects.requireNonNull(baseUrl, "baseUrl == null");
      Objects.requireNonNull(budgets, "budgets == null");
      Objects.requireNonNull(maxRateLimitWait, "maxRateLimitWait == null");
      Objects.requireNonNull(backoff, "backoff == null");
      Objects.requireNonNull(sleeper, "sleeper == null");
      Objects.requireNonNull(clock, "clock == null");
      Objects.requireNonNull(errorDecoder, "errorDecoder == null");
      Objects.requireNonNull(serverTimeDecoder, "serverTimeDecoder == null");
      return new RestExecutor(this);
    }
  }
}

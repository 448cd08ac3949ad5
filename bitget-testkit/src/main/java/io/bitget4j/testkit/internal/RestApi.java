package io.bitget4j.testkit.internal;

import io.bitget4j.testkit.RateLimitGroup;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import mockwebserver3.RecordedRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bitget's REST API over the {@link Exchange}: routing, authentication, the account-mode check
 * (a unified account's key on a private V2 endpoint gets 40085, a classic one's on a private V3
 * endpoint 40084), rate limits and the {@code {"code","msg","requestTime","data"}} envelope. The
 * endpoints themselves live in {@link V2Api} and {@link V3Api}.
 */
public final class RestApi {
  private static final Logger log = LoggerFactory.getLogger(RestApi.class);
  /** The calls whose answer {@code Faults.loseNextOrderResponse()} cuts off. */
  private static final Set<String> PLACE_ORDERS = Set.of("POST /api/v2/mix/order/place-order",
      "POST /api/v3/trade/place-order", "POST /api/v2/mix/order/place-tpsl-order",
      "POST /api/v2/mix/order/place-pos-tpsl", "POST /api/v2/mix/order/place-plan-order",
      "POST /api/v3/trade/place-strategy-order");

  /** An HTTP answer: status, JSON body, and whether to cut the connection instead of answering. */
  public record Reply(int status, String body, boolean cutConnection) {}

  /** One endpoint: writes the envelope's {@code data} for a call, or throws {@link ApiError}. */
  interface Handler {
    void handle(Call call, JsonWriter data);
  }

  private record Route(ApiVersion version, RateLimitGroup group, boolean signed, Handler handler) {}

  /** A request that passed authentication: its account (null on public endpoints), parameters and time. */
  record Call(Account account, Params params, long now) {}

  private final Exchange ex;
  private final RateLimits limits;
  private final FaultState faults;
  private final Map<String, Route> routes = new HashMap<>();

  public RestApi(Exchange ex, RateLimits limits, FaultState faults) {
    this.ex = ex;
    this.limits = limits;
    this.faults = faults;
    new V2Api(ex).register(this);
    new V3Api(ex, faults).register(this);
    new SpotApi(ex.spot).register(this);
  }

  void get(ApiVersion version, String path, RateLimitGroup group, boolean signed, Handler handler) {
    routes.put("GET " + path, new Route(version, group, signed, handler));
  }

  void post(ApiVersion version, String path, RateLimitGroup group, Handler handler) {
    routes.put("POST " + path, new Route(version, group, true, handler));
  }

  /** Answers one REST request. */
  public Reply handle(RecordedRequest request) {
    long now = ex.nowMillis();
    String key = request.getMethod() + " " + request.getUrl().encodedPath();
    Route route = routes.get(key);
    if (route == null) {
      return error(404, "40404", "Request URL NOT FOUND", now);
    }
    ApiVersion version = route.version();
    try {
      Account account = route.signed() ? Auth.verify(request, ex) : null;
      if (account != null) {
        requireEnvironment(request, account);
        requireAccountMode(version, account);
      }
      if (!limits.tryAcquire(route.group(), (account == null ? "ip" : account.apiKey) + " " + key)) {
        return error(429, "429", "Too Many Requests", now);
      }
      Params params = params(request, version);
      String data;
      synchronized (ex) {
        now = ex.nowMillis();
        JsonWriter w = new JsonWriter();
        try {
          route.handler().handle(new Call(account, params, now), w);
        } finally {
          ex.flush(now);
        }
        data = w.toString();
      }
      boolean cut = PLACE_ORDERS.contains(key) && faults.takeLoseNextOrder();
      return new Reply(200, envelope(now, data), cut);
    } catch (ApiError e) {
      return error(e.httpStatus, e.code(version), e.message(version), now, e.omitsData(version));
    } catch (RuntimeException e) {
      log.warn("FakeBitget failed on {}", key, e);
      // 40725 "service exception": clients see a retryable outage, not an authentication failure
      return error(500, "40725", "service exception: internal error in FakeBitget: " + e, now);
    }
  }

  /**
   * Refuses a demo-trading key's private call that lacks {@code paptrading: 1}, as Bitget does
   * (40099). A live key's call with the header is served: the fake is lenient there.
   */
  private static void requireEnvironment(RecordedRequest request, Account account) {
    if (account.demo && !"1".equals(request.getHeaders().get("paptrading"))) {
      throw ApiError.badRequest("40099", "exchange environment is incorrect");
    }
  }

  /** Refuses a private call made in the other account mode's API, as Bitget does. */
  private static void requireAccountMode(ApiVersion version, Account account) {
    if (version == ApiVersion.V2 && account.isUnified()) {
      throw ApiError.badRequest("40085",
          "You are in Unified Account mode, and the Classic Account API is not supported at this time");
    }
    if (version == ApiVersion.V3 && !account.isUnified()) {
      throw ApiError.badRequest("40084",
          "You are in Classic Account mode, and the Unified Account API is not supported at this time");
    }
  }

  private static Params params(RecordedRequest request, ApiVersion version) {
    if (request.getMethod().equals("GET")) {
      return Params.ofQuery(Auth.rawQuery(request));
    }
    String body = request.getBody() == null ? "" : request.getBody().string(StandardCharsets.UTF_8);
    if (body.isBlank()) {
      return new Params(new LinkedHashMap<>());
    }
    Object parsed;
    try {
      parsed = JsonParser.parse(body);
    } catch (IllegalArgumentException e) {
      throw ApiError.badRequest("40020", "Parameter verification failed: the body is not valid JSON",
          "40017", "Parameter verification failed: the body is not valid JSON");
    }
    if (parsed instanceof List && version == ApiVersion.V3) {
      return Params.ofArray((List<?>) parsed);
    }
    if (!(parsed instanceof Map)) {
      throw ApiError.badRequest("40020", "Parameter verification failed: the body is not a JSON object",
          "40017", "Parameter verification failed: the body is not a JSON object or array");
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> map = (Map<String, Object>) parsed;
    return new Params(map);
  }

  private static String envelope(long now, String data) {
    return new JsonWriter().beginObject()
        .field("code", "00000")
        .field("msg", "success")
        .field("requestTime", now)
        .name("data").raw(data)
        .endObject().toString();
  }

  /** An error answer in Bitget's envelope. */
  public static Reply error(int status, String code, String msg, long now) {
    return error(status, code, msg, now, false);
  }

  private static Reply error(int status, String code, String msg, long now, boolean omitData) {
    JsonWriter w = new JsonWriter().beginObject()
        .field("code", code)
        .field("msg", msg)
        .field("requestTime", now);
    if (!omitData) {
      w.name("data").nullValue();
    }
    return new Reply(status, w.endObject().toString(), false);
  }
}

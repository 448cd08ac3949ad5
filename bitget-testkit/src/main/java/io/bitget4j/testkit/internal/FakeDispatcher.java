package io.bitget4j.testkit.internal;

import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;

/**
 * MockWebServer's entry point into the fake: hands control calls to the {@link ControlApi}
 * (unrecorded and untouched by faults), records every other request, upgrades the WebSocket
 * paths of both API versions (see {@link StreamHub}), applies armed faults, and hands REST calls
 * to the {@link RestApi}.
 */
public final class FakeDispatcher extends Dispatcher {
  private final Exchange ex;
  private final RestApi rest;
  private final ControlApi control;
  private final FaultState faults;
  private final Recorder recorder;
  private final NoDelayServerSocketFactory sockets;

  public FakeDispatcher(Exchange ex, RestApi rest, ControlApi control, FaultState faults, Recorder recorder,
      NoDelayServerSocketFactory sockets) {
    this.ex = ex;
    this.rest = rest;
    this.control = control;
    this.faults = faults;
    this.recorder = recorder;
    this.sockets = sockets;
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    String path = request.getUrl().encodedPath();
    if (ControlApi.handles(path)) {
      return json(control.handle(request), 0);
    }
    Map<String, List<String>> headers = request.getHeaders().toMultimap();
    String body = request.getBody() == null ? "" : request.getBody().string(StandardCharsets.UTF_8);
    recorder.call(request.getMethod(), path, Auth.rawQuery(request), headers, body);

    if ("websocket".equalsIgnoreCase(request.getHeaders().get("Upgrade"))) {
      Socket raw = sockets.socket(request.getConnectionIndex());
      Optional<WsSession> session = ex.hub().connect(path, recorder, raw);
      if (session.isEmpty()) {
        return json(RestApi.error(404, "40404", "Request URL NOT FOUND", ex.nowMillis()), 0);
      }
      return new MockResponse.Builder().webSocketUpgrade(session.get()).build();
    }

    FaultState.Failure failure = faults.takeFailure();
    long delay = faults.takeDelay();
    if (failure != null) {
      return json(RestApi.error(failure.httpStatus(), failure.code(), messageFor(failure.code()), ex.nowMillis()),
          delay);
    }
    return json(rest.handle(request), delay);
  }

  private static String messageFor(String code) {
    switch (code) {
      case "429":
        return "Too Many Requests";
      case "40200":
        return "Server upgrade, please try again later";
      case "40604":
        return "System is busy, please try again later";
      case "40008":
        return "Request timestamp expired";
      default:
        return "Injected failure";
    }
  }

  private static MockResponse json(RestApi.Reply reply, long delayMillis) {
    MockResponse.Builder b = new MockResponse.Builder()
        .code(reply.status())
        .setHeader("Content-Type", "application/json")
        .body(reply.body());
    if (delayMillis > 0) {
      b.headersDelay(delayMillis, TimeUnit.MILLISECONDS);
    }
    if (reply.cutConnection()) {
      b.onResponseStart(SocketEffect.ShutdownConnection.INSTANCE);
    }
    return b.build();
  }
}

package io.bitget4j.testkit.internal;

import java.io.IOException;
import java.net.Socket;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import okio.ByteString;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One client WebSocket connection, on the public or the private endpoint of one API version. */
final class WsSession extends WebSocketListener {
  private static final Logger log = LoggerFactory.getLogger(WsSession.class);

  /** The grammar of the endpoint the client connected to. */
  final StreamApi api;
  final boolean isPrivate;
  private final StreamHub hub;
  private final Recorder recorder;
  /** The accepted socket under this connection, closed directly to drop it abruptly; may be null. */
  private final Socket rawSocket;
  private volatile WebSocket webSocket;
  /** The logged-in account; written under the exchange's monitor. */
  volatile Account account;
  /** Subscription key to the canonical argument JSON the client subscribed with. */
  final Map<String, String> subscriptions = new ConcurrentHashMap<>();

  WsSession(StreamApi api, boolean isPrivate, StreamHub hub, Recorder recorder, Socket rawSocket) {
    this.api = api;
    this.isPrivate = isPrivate;
    this.hub = hub;
    this.recorder = recorder;
    this.rawSocket = rawSocket;
  }

  @Override
  public void onOpen(WebSocket webSocket, Response response) {
    this.webSocket = webSocket;
    hub.opened(this);
  }

  @Override
  public void onMessage(WebSocket webSocket, String text) {
    recorder.frame(isPrivate, text);
    hub.onText(this, text);
  }

  @Override
  public void onMessage(WebSocket webSocket, ByteString bytes) {
    recorder.frame(isPrivate, bytes.utf8());
  }

  @Override
  public void onClosing(WebSocket webSocket, int code, String reason) {
    // Answer the client's close, or MockWebServer waits for it on shutdown.
    webSocket.close(1000, null);
    hub.closed(this);
  }

  @Override
  public void onClosed(WebSocket webSocket, int code, String reason) {
    hub.closed(this);
  }

  @Override
  public void onFailure(WebSocket webSocket, Throwable t, Response response) {
    log.debug("WebSocket connection ended: {}", t.toString());
    hub.closed(this);
  }

  void send(String text) {
    WebSocket ws = webSocket;
    if (ws != null) {
      ws.send(text);
    }
  }

  void dropAbruptly() {
    subscriptions.clear();
    if (rawSocket == null) {
      closeGracefully(1001, "server shutting down");
      return;
    }
    try {
      rawSocket.setSoLinger(true, 0);
    } catch (IOException e) {
      log.debug("could not set SO_LINGER before dropping: {}", e.toString());
    }
    try {
      rawSocket.close();
    } catch (IOException e) {
      log.debug("closing a dropped socket failed: {}", e.toString());
    }
  }

  /** Starts a close handshake with {@code code} and {@code reason}. */
  void closeGracefully(int code, String reason) {
    WebSocket ws = webSocket;
    if (ws != null) {
      ws.close(code, reason);
    }
  }
}

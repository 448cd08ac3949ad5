package io.bitget4j.ws.testing;

import io.bitget4j.core.testing.ManualClock;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import okio.ByteString;

/**
 * In-memory sockets for tests on manual time: a {@link WebSocket.Factory} whose sockets never
 * touch the network. The "server" answers like {@link FakeStreamServer} by default ({@code pong},
 * login and subscribe acks); its answers and the socket's opening are tasks on the test's manual
 * scheduler, so they arrive when the test runs it. What the test pushes, drops or fails is
 * delivered at once, on the test's thread, as a socket's reader thread would.
 */
public final class FakeSockets implements WebSocket.Factory {
  private static final Pattern ARG = Pattern.compile("\\{[^{}]*}");

  private final Executor network;
  private final ManualClock clock;
  private final List<FakeSocket> sockets = new CopyOnWriteArrayList<>();
  private volatile boolean answerPing = true;
  private volatile boolean ackSubscribe = true;
  private volatile boolean refuseConnections;
  private volatile String loginReply = "{\"event\":\"login\",\"code\":0}";

  /**
   * Creates the factory.
   *
   * @param network runs the server's answers: the test's manual scheduler
   * @param clock stamps the frames the sockets send
   */
  public FakeSockets(Executor network, ManualClock clock) {
    this.network = network;
    this.clock = clock;
  }

  /** Whether to answer {@code ping}; default true. */
  public FakeSockets answerPing(boolean answer) {
    this.answerPing = answer;
    return this;
  }

  /** Whether to acknowledge every subscribed argument; default true. */
  public FakeSockets ackSubscribe(boolean ack) {
    this.ackSubscribe = ack;
    return this;
  }

  /** Whether new sockets fail to open (as an HTTP 503 on the upgrade would); default false. */
  public FakeSockets refuseConnections(boolean refuse) {
    this.refuseConnections = refuse;
    return this;
  }

  /** Answers every login with this frame (null: no answer); default the success ack. */
  public FakeSockets loginReply(String frame) {
    this.loginReply = frame;
    return this;
  }

  /** Every socket opened so far, in order. */
  public List<FakeSocket> sockets() {
    return List.copyOf(sockets);
  }

  /** Socket number {@code index}, 0 being the first. */
  public FakeSocket socket(int index) {
    return sockets.get(index);
  }

  /** The sockets whose URL path ends with {@code pathSuffix}, in order. */
  public List<FakeSocket> sockets(String pathSuffix) {
    return sockets.stream().filter(s -> s.path().endsWith(pathSuffix)).toList();
  }

  @Override
  public WebSocket newWebSocket(Request request, WebSocketListener listener) {
    FakeSocket socket = new FakeSocket(request, listener);
    sockets.add(socket);
    boolean refuse = refuseConnections;
    network.execute(() -> {
      if (refuse) {
        socket.failToOpen();
      } else {
        socket.open();
      }
    });
    return socket;
  }

  /**
   * A frame the client sent.
   *
   * @param text the frame
   * @param at when it was sent, by the manual clock
   */
  public record Sent(String text, Instant at) {
  }

  /** One fake socket: what the client sent on it, and controls for the server's side. */
  public final class FakeSocket implements WebSocket {
    private final Request request;
    private final WebSocketListener listener;
    private final List<Sent> sent = new CopyOnWriteArrayList<>();
    private final Instant createdAt = clock.instant();
    private volatile boolean open;
    private volatile boolean closed;

    FakeSocket(Request request, WebSocketListener listener) {
      this.request = request;
      this.listener = listener;
    }

    void open() {
      if (closed) {
        return;
      }
      open = true;
      listener.onOpen(this, new Response.Builder().request(request).protocol(Protocol.HTTP_1_1).code(101)
          .message("Switching Protocols").build());
    }

    void failToOpen() {
      closed = true;
      listener.onFailure(this, new IOException("Expected HTTP 101 response but was '503 Service Unavailable'"),
          null);
    }

    /** When the client asked for the socket, by the manual clock. */
    public Instant createdAt() {
      return createdAt;
    }

    /** The URL path, such as {@code /v2/ws/public}. */
    public String path() {
      return request.url().encodedPath();
    }

    /** Whether the socket opened and is not closed. */
    public boolean isOpen() {
      return open && !closed;
    }

    /** Whether the socket is closed, by either side. */
    public boolean isClosed() {
      return closed;
    }

    /** Every frame the client sent, in order. */
    public List<String> sent() {
      return sent.stream().map(Sent::text).toList();
    }

    /** Every frame the client sent, with when it sent it. */
    public List<Sent> sentFrames() {
      return List.copyOf(sent);
    }

    /** The frames the client sent other than {@code ping}. */
    public List<String> sentWithoutPings() {
      return sent().stream().filter(f -> !f.equals("ping")).toList();
    }

    /** Delivers a frame from the server, now, on this thread. */
    public void push(String frame) {
      if (!isOpen()) {
        throw new IllegalStateException("the socket to " + path() + " is not open");
      }
      listener.onMessage(this, frame);
    }

    /** Closes the socket from the server's side (close code 1001), as a dropped stream. */
    public void drop() {
      if (!isOpen()) {
        throw new IllegalStateException("the socket to " + path() + " is not open");
      }
      listener.onClosing(this, 1001, "going away");
      closed = true;
      listener.onClosed(this, 1001, "going away");
    }

    @Override
    public Request request() {
      return request;
    }

    @Override
    public long queueSize() {
      return 0;
    }

    @Override
    public boolean send(String text) {
      if (closed) {
        return false;
      }
      sent.add(new Sent(text, clock.instant()));
      answer(text);
      return true;
    }

    private void answer(String text) {
      String reply = null;
      if (text.equals("ping")) {
        reply = answerPing ? "pong" : null;
      } else if (text.startsWith("{\"op\":\"login\"")) {
        reply = loginReply;
      } else if (text.startsWith("{\"op\":\"subscribe\"") && ackSubscribe) {
        Matcher arg = ARG.matcher(text.substring(text.indexOf('[')));
        while (arg.find()) {
          String ack = "{\"event\":\"subscribe\",\"arg\":" + arg.group() + "}";
          network.execute(() -> serverSends(ack));
        }
        return;
      }
      if (reply != null) {
        String frame = reply;
        network.execute(() -> serverSends(frame));
      }
    }

    private void serverSends(String frame) {
      if (isOpen()) {
        listener.onMessage(this, frame);
      }
    }

    @Override
    public boolean send(ByteString bytes) {
      return false;
    }

    @Override
    public boolean close(int code, String reason) {
      if (closed) {
        return false;
      }
      closed = true;
      if (open) {
        listener.onClosed(this, code, reason == null ? "" : reason);
      } else {
        listener.onFailure(this, new IOException("closed before it opened"), null);
      }
      return true;
    }

    @Override
    public void cancel() {
      if (closed) {
        return;
      }
      closed = true;
      listener.onFailure(this, new IOException("Canceled"), null);
    }

    @Override
    public String toString() {
      return "FakeSocket{" + path() + (closed ? ", closed" : open ? ", open" : ", opening") + "}";
    }
  }
}

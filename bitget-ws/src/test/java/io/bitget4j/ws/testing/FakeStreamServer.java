package io.bitget4j.ws.testing;

import io.bitget4j.core.testing.NoDelayServerSocketFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;

/**
 * A scriptable Bitget stream server on 127.0.0.1 (MockWebServer's WebSocket upgrade). It records
 * every frame each connection receives, answers {@code ping}, logins and subscribes by default,
 * and can push frames, drop connections, refuse upgrades and stay silent.
 */
public final class FakeStreamServer implements AutoCloseable {
  private static final Pattern ARG = Pattern.compile("\\{[^{}]*}");
  private static final Duration WAIT = Duration.ofSeconds(10);

  private final MockWebServer server = new MockWebServer();
  private final List<Session> sessions = new CopyOnWriteArrayList<>();
  private volatile boolean answerPing = true;
  private volatile boolean acceptLogin = true;
  private volatile String loginReply = "{\"event\":\"login\",\"code\":0}";
  private volatile boolean ackSubscribe = true;
  private volatile boolean refuseUpgrades;

  private FakeStreamServer() {
  }

  /** Starts a server on 127.0.0.1 and an ephemeral port. */
  public static FakeStreamServer start() {
    FakeStreamServer fake = new FakeStreamServer();
    fake.server.setServerSocketFactory(new NoDelayServerSocketFactory());
    fake.server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        if (fake.refuseUpgrades) {
          return new MockResponse.Builder().code(503).body("busy").build();
        }
        Session session = fake.new Session(request.getTarget());
        fake.sessions.add(session);
        return new MockResponse.Builder().webSocketUpgrade(session.listener).build();
      }
    });
    try {
      fake.server.start(InetAddress.getByName("127.0.0.1"), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return fake;
  }

  /** {@code ws://127.0.0.1:<port>/v2/ws/public}. */
  public String publicUrl() {
    return "ws://127.0.0.1:" + server.getPort() + "/v2/ws/public";
  }

  /** {@code ws://127.0.0.1:<port>/v2/ws/private}. */
  public String privateUrl() {
    return "ws://127.0.0.1:" + server.getPort() + "/v2/ws/private";
  }

  /** Whether to answer {@code ping} with {@code pong}; default true. */
  public FakeStreamServer answerPing(boolean answer) {
    this.answerPing = answer;
    return this;
  }

  /** Whether to acknowledge logins automatically; default true. */
  public FakeStreamServer acceptLogin(boolean accept) {
    this.acceptLogin = accept;
    return this;
  }

  /** Answers every login with this frame instead of the success ack. */
  public FakeStreamServer loginReply(String frame) {
    this.loginReply = frame;
    return this;
  }

  /** Whether to acknowledge every subscribed argument; default true. */
  public FakeStreamServer ackSubscribe(boolean ack) {
    this.ackSubscribe = ack;
    return this;
  }

  /** Whether to answer upgrade requests with HTTP 503. */
  public FakeStreamServer refuseUpgrades(boolean refuse) {
    this.refuseUpgrades = refuse;
    return this;
  }

  /** Every connection accepted so far, in order. */
  public List<Session> sessions() {
    return List.copyOf(sessions);
  }

  /** Waits for connection number {@code index} (0 is the first) and returns it. */
  public Session awaitSession(int index) {
    Await.await("connection #" + index).until(() -> sessions.size() > index);
    return sessions.get(index);
  }

  /** Waits for the {@code index}-th connection whose path ends with {@code pathSuffix}. */
  public Session awaitSession(String pathSuffix, int index) {
    Await.await("connection #" + index + " to " + pathSuffix)
        .until(() -> sessions.stream().filter(s -> s.path.endsWith(pathSuffix)).count() > index);
    return sessions.stream().filter(s -> s.path.endsWith(pathSuffix)).skip(index).findFirst().orElseThrow();
  }

  /** Reads a fixture from {@code src/test/resources/fixtures/}. */
  public static String fixture(String name) {
    try {
      Path path = Paths.get(FakeStreamServer.class.getResource("/fixtures/" + name).toURI());
      return Files.readString(path, StandardCharsets.UTF_8);
    } catch (Exception e) {
      throw new IllegalStateException("cannot read fixture " + name, e);
    }
  }

  /** Minifies a pretty-printed JSON fixture: drops line breaks, indentation and spaces after keys. */
  public static String compact(String json) {
    return json.strip().replaceAll("\\n\\s*", "").replaceAll("\":\\s+", "\":");
  }

  @Override
  public void close() {
    for (Session session : sessions) {
      session.closeQuietly();
    }
    server.close();
  }

  /** One accepted connection. */
  public final class Session {
    private final String path;
    private final List<String> received = new CopyOnWriteArrayList<>();
    private final List<Long> receivedNanos = new CopyOnWriteArrayList<>();
    private final CountDownLatch closed = new CountDownLatch(1);
    private volatile WebSocket socket;
    private volatile boolean open;
    final WebSocketListener listener = new WebSocketListener() {
      @Override
      public void onOpen(WebSocket webSocket, Response response) {
        socket = webSocket;
        open = true;
      }

      @Override
      public void onMessage(WebSocket webSocket, String text) {
        receivedNanos.add(System.nanoTime());
        received.add(text);
        if (text.equals("ping")) {
          if (answerPing) {
            webSocket.send("pong");
          }
        } else if (text.contains("\"op\":\"login\"")) {
          if (acceptLogin) {
            webSocket.send(loginReply);
          }
        } else if (text.contains("\"op\":\"subscribe\"") && ackSubscribe) {
          Matcher arg = ARG.matcher(text.substring(text.indexOf('[')));
          while (arg.find()) {
            webSocket.send("{\"event\":\"subscribe\",\"arg\":" + arg.group() + "}");
          }
        }
      }

      @Override
      public void onClosing(WebSocket webSocket, int code, String reason) {
        webSocket.close(1000, null);
      }

      @Override
      public void onClosed(WebSocket webSocket, int code, String reason) {
        open = false;
        closed.countDown();
      }

      @Override
      public void onFailure(WebSocket webSocket, Throwable t, Response response) {
        open = false;
        closed.countDown();
      }
    };

    Session(String path) {
      this.path = path;
    }

    /** The request path, such as {@code /v2/ws/public}. */
    public String path() {
      return path;
    }

    /** Every frame received, in order. */
    public List<String> received() {
      return List.copyOf(received);
    }

    /** {@link System#nanoTime()} when each frame of {@link #received()} arrived. */
    public List<Long> receivedNanos() {
      return List.copyOf(receivedNanos);
    }

    /** The frames received other than {@code ping}. */
    public List<String> receivedWithoutPings() {
      return received.stream().filter(f -> !f.equals("ping")).toList();
    }

    /** Waits for a received frame that matches and returns it. */
    public String awaitFrame(String description, Predicate<String> matches) {
      Await.await(description).until(() -> received.stream().anyMatch(matches));
      return received.stream().filter(matches).findFirst().orElseThrow();
    }

    /** Waits for a received frame equal to {@code frame}. */
    public void awaitFrame(String frame) {
      awaitFrame("frame " + frame, frame::equals);
    }

    /** Waits until the socket is open, then sends a frame. */
    public void send(String frame) {
      Await.await("open socket").until(() -> open);
      socket.send(frame);
    }

    /** Closes the connection from the server side (close code 1001) as a dropped stream. */
    public void drop() {
      Await.await("open socket").until(() -> open);
      socket.close(1001, "going away");
    }

    /** Whether the close handshake finished or the socket failed. */
    public boolean isClosed() {
      return closed.getCount() == 0;
    }

    /** Waits for the connection to close. */
    public boolean awaitClosed(Duration timeout) throws InterruptedException {
      return closed.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    void closeQuietly() {
      WebSocket ws = socket;
      if (ws != null && open) {
        ws.close(1000, null);
      }
    }
  }
}

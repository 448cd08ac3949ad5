package io.bitget4j.redis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import redis.embedded.RedisServer;

/**
 * A real {@code redis-server} (the binary embedded-redis ships) on 127.0.0.1 and a free port,
 * which a test can stop and start again on the same port. Persistence is off, so it writes no
 * file.
 */
final class EmbeddedRedis implements AutoCloseable {
  private final int port;
  private RedisServer server;

  private EmbeddedRedis(int port) {
    this.port = port;
  }

  /** Starts a server on a free port. */
  static EmbeddedRedis start() {
    EmbeddedRedis redis = new EmbeddedRedis(freePort());
    redis.startAgain();
    return redis;
  }

  /** {@code redis://127.0.0.1:PORT}. */
  String uri() {
    return "redis://127.0.0.1:" + port;
  }

  int port() {
    return port;
  }

  /** Kills the server: its data is gone, like a crashed Redis without persistence. */
  synchronized void stop() {
    if (server == null) {
      return;
    }
    try {
      server.stop();
    } catch (IOException e) {
      throw new UncheckedIOException("could not stop redis-server on port " + port, e);
    }
    server = null;
  }

  /** Starts a new, empty server on the same port. */
  synchronized void startAgain() {
    if (server != null) {
      return;
    }
    try {
      RedisServer started = RedisServer.newRedisServer()
          .bind("127.0.0.1")
          .port(port)
          .setting("save \"\"")
          .setting("appendonly no")
          .build();
      started.start();
      server = started;
    } catch (IOException e) {
      throw new UncheckedIOException("could not start redis-server on port " + port, e);
    }
  }

  @Override
  public void close() {
    stop();
  }

  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

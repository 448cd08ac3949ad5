package io.bitget4j.redis;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * A TCP proxy on 127.0.0.1 in front of a server on 127.0.0.1 that holds every chunk of bytes, in
 * both directions, for a delay the test sets: a slow Redis without touching Redis. Its threads are
 * daemons and end when it is closed.
 */
final class DelayingProxy implements AutoCloseable {
  private final ServerSocket listener;
  private final int targetPort;
  private final List<Socket> sockets = new CopyOnWriteArrayList<>();
  private final List<Exception> closeFailures = new CopyOnWriteArrayList<>();
  private volatile long delayMillis;

  DelayingProxy(int targetPort) {
    this.targetPort = targetPort;
    try {
      this.listener = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    daemon("proxy-accept", this::acceptLoop).start();
  }

  /** {@code redis://127.0.0.1:PORT} of the proxy. */
  String uri() {
    return "redis://127.0.0.1:" + listener.getLocalPort();
  }

  /** Holds each chunk this long before passing it on, from now on. */
  void delay(long millis) {
    this.delayMillis = millis;
  }

  private void acceptLoop() {
    while (!listener.isClosed()) {
      try {
        Socket client = listener.accept();
        Socket server = new Socket(InetAddress.getByName("127.0.0.1"), targetPort);
        client.setTcpNoDelay(true);
        server.setTcpNoDelay(true);
        sockets.add(client);
        sockets.add(server);
        daemon("proxy-up", () -> pump(client, server)).start();
        daemon("proxy-down", () -> pump(server, client)).start();
      } catch (IOException e) {
        return; // closed
      }
    }
  }

  private void pump(Socket from, Socket to) {
    byte[] buffer = new byte[8192];
    try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
      int read;
      while ((read = in.read(buffer)) >= 0) {
        long delay = delayMillis;
        if (delay > 0) {
          TimeUnit.MILLISECONDS.sleep(delay); // the fault being simulated: a slow network or server
        }
        out.write(buffer, 0, read);
        out.flush();
      }
    } catch (IOException e) {
      closeQuietly(to); // one side went away: so does the other
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    closeQuietly(listener);
    for (Socket socket : sockets) {
      closeQuietly(socket);
    }
  }

  private void closeQuietly(AutoCloseable closeable) {
    try {
      closeable.close();
    } catch (Exception e) {
      closeFailures.add(e); // a socket the peer already reset: kept for a debugger, nothing to release
    }
  }

  private static Thread daemon(String name, Runnable body) {
    Thread thread = new Thread(body, name);
    thread.setDaemon(true);
    return thread;
  }
}

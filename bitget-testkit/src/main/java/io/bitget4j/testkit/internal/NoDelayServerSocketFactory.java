package io.bitget4j.testkit.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ServerSocketFactory;

/**
 * Server sockets whose accepted sockets set {@code TCP_NODELAY}: MockWebServer writes a
 * response's head and body separately, and with Nagle's algorithm on every keep-alive request
 * would wait about 44 ms for the peer's delayed ACK. It also remembers accepted sockets by
 * MockWebServer's connection index (both count accepts from 0 on one thread), so that the fake
 * can cut a WebSocket connection abruptly.
 */
public final class NoDelayServerSocketFactory extends ServerSocketFactory {
  private final Map<Integer, Socket> accepted = new ConcurrentHashMap<>();
  private final AtomicInteger nextIndex = new AtomicInteger();

  /** The socket MockWebServer numbered {@code connectionIndex}, or null once it has closed. */
  Socket socket(int connectionIndex) {
    return accepted.get(connectionIndex);
  }

  @Override
  public ServerSocket createServerSocket() throws IOException {
    return new NoDelayServerSocket();
  }

  @Override
  public ServerSocket createServerSocket(int port) throws IOException {
    ServerSocket s = new NoDelayServerSocket();
    s.bind(new InetSocketAddress(port));
    return s;
  }

  @Override
  public ServerSocket createServerSocket(int port, int backlog) throws IOException {
    ServerSocket s = new NoDelayServerSocket();
    s.bind(new InetSocketAddress(port), backlog);
    return s;
  }

  @Override
  public ServerSocket createServerSocket(int port, int backlog, InetAddress address) throws IOException {
    ServerSocket s = new NoDelayServerSocket();
    s.bind(new InetSocketAddress(address, port), backlog);
    return s;
  }

  private final class NoDelayServerSocket extends ServerSocket {
    NoDelayServerSocket() throws IOException {
      super();
    }

    @Override
    public Socket accept() throws IOException {
      Socket socket = super.accept();
      socket.setTcpNoDelay(true);
      for (Iterator<Socket> it = accepted.values().iterator(); it.hasNext(); ) {
        if (it.next().isClosed()) {
          it.remove();
        }
      }
      accepted.put(nextIndex.getAndIncrement(), socket);
      return socket;
    }
  }
}

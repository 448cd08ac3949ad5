package io.bitget4j.benchmarks;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A minimal WebSocket server on 127.0.0.1 that pushes one text frame as fast as the client reads,
 * a throughput floor for the stream benchmarks (MockWebServer's WebSocket side tops out far lower).
 *
 * <p>Per connection: it answers the upgrade, and on the client's first {@code subscribe} it
 * sends {@code ackText} and then writes pre-encoded copies of {@code pushText} back to back until
 * the connection ends. It answers {@code ping} with {@code pong} and a close frame with a close
 * frame. Nothing else of RFC 6455 is needed by OkHttp's client: no extensions are negotiated, so
 * frames are uncompressed; server frames are unmasked.
 */
final class LoopbackPushServer implements AutoCloseable {
  private static final String WEBSOCKET_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";
  private static final int FRAMES_PER_WRITE = 32;
  private static final int MAX_CLIENT_FRAME = 1 << 20;

  private final ServerSocket serverSocket;
  private final byte[] pushes;
  private final byte[] ack;
  private final Set<Connection> connections = ConcurrentHashMap.newKeySet();
  private final Thread acceptor;
  private volatile boolean closed;

  private LoopbackPushServer(String pushText, String ackText) throws IOException {
    byte[] one = textFrame(pushText);
    ByteArrayOutputStream batch = new ByteArrayOutputStream(one.length * FRAMES_PER_WRITE);
    for (int i = 0; i < FRAMES_PER_WRITE; i++) {
      batch.write(one);
    }
    this.pushes = batch.toByteArray();
    this.ack = textFrame(ackText);
    this.serverSocket = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
    this.acceptor = new Thread(this::acceptLoop, "loopback-ws-accept");
    acceptor.setDaemon(true);
  }

  /** Starts a server that acknowledges a subscribe with {@code ackText}, then pushes {@code pushText}. */
  static LoopbackPushServer start(String pushText, String ackText) throws IOException {
    LoopbackPushServer server = new LoopbackPushServer(pushText, ackText);
    server.acceptor.start();
    return server;
  }

  /** {@code ws://127.0.0.1:PORT/v2/ws/public}. */
  String url() {
    return "ws://127.0.0.1:" + serverSocket.getLocalPort() + "/v2/ws/public";
  }

  /** Closes the listening socket and every connection; the server's threads then end. */
  @Override
  public void close() throws IOException {
    closed = true;
    serverSocket.close();
    for (Connection connection : connections) {
      connection.closeSocket();
    }
    try {
      acceptor.join(5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void acceptLoop() {
    while (!closed) {
      Socket socket;
      try {
        socket = serverSocket.accept();
        socket.setTcpNoDelay(true);
      } catch (IOException e) {
        return; // closed
      }
      Connection connection = new Connection(socket);
      connections.add(connection);
      connection.start();
    }
  }

  /** One client: a reader thread for the handshake and client frames, a pusher thread. */
  private final class Connection {
    private final Socket socket;
    private final ReentrantLock writeLock = new ReentrantLock(true); // fair: pongs and close get their turn
    private volatile boolean pushing;
    private Thread pusher;
    private String lastText = "";

    Connection(Socket socket) {
      this.socket = socket;
    }

    void start() {
      Thread reader = new Thread(this::read, "loopback-ws-read-" + socket.getPort());
      reader.setDaemon(true);
      reader.start();
    }

    private void read() {
      try {
        InputStream in = new BufferedInputStream(socket.getInputStream());
        OutputStream out = socket.getOutputStream();
        handshake(in, out);
        while (!closed) {
          int opcode = readFrame(in);
          if (opcode == 0x8) { // close: answer it and end
            pushing = false;
            write(out, new byte[] {(byte) 0x88, 0});
            return;
          }
          if (opcode == 0x9) { // ping control frame
            write(out, new byte[] {(byte) 0x8A, 0});
          } else if (opcode == 0x1) {
            onText(out);
          }
        }
      } catch (EOFException | SocketException e) {
        // the client went away or the server closed: nothing to report
      } catch (IOException | NoSuchAlgorithmException e) {
        throw new IllegalStateException("loopback WebSocket server failed", e);
      } finally {
        connections.remove(this);
        closeSocket();
      }
    }

    private void onText(OutputStream out) throws IOException {
      if (lastText.equals("ping")) {
        write(out, textFrame("pong"));
      } else if (lastText.contains("\"subscribe\"") && pusher == null) {
        write(out, ack);
        pushing = true;
        pusher = new Thread(() -> push(out), "loopback-ws-push-" + socket.getPort());
        pusher.setDaemon(true);
        pusher.start();
      }
    }

    private void push(OutputStream out) {
      try {
        while (pushing && !closed) {
          write(out, pushes);
        }
      } catch (IOException e) {
        // the connection ended
      }
    }

    private void write(OutputStream out, byte[] bytes) throws IOException {
      writeLock.lock();
      try {
        out.write(bytes);
      } finally {
        writeLock.unlock();
      }
    }

    private void handshake(InputStream in, OutputStream out) throws IOException, NoSuchAlgorithmException {
      String key = null;
      for (String line = readLine(in); !line.isEmpty(); line = readLine(in)) {
        int colon = line.indexOf(':');
        if (colon > 0 && line.substring(0, colon).trim().toLowerCase(Locale.ROOT).equals("sec-websocket-key")) {
          key = line.substring(colon + 1).trim();
        }
      }
      if (key == null) {
        throw new IOException("not a WebSocket upgrade: no Sec-WebSocket-Key");
      }
      byte[] sha1 = MessageDigest.getInstance("SHA-1")
          .digest((key + WEBSOCKET_GUID).getBytes(StandardCharsets.US_ASCII));
      String response = "HTTP/1.1 101 Switching Protocols\r\n"
          + "Upgrade: websocket\r\n"
          + "Connection: Upgrade\r\n"
          + "Sec-WebSocket-Accept: " + Base64.getEncoder().encodeToString(sha1) + "\r\n\r\n";
      write(out, response.getBytes(StandardCharsets.US_ASCII));
    }

    /** Reads one client frame (masked, unfragmented); keeps a text payload in {@code lastText}. */
    private int readFrame(InputStream in) throws IOException {
      int b0 = readByte(in);
      int b1 = readByte(in);
      long length = b1 & 0x7F;
      if (length == 126) {
        length = ((long) readByte(in) << 8) | readByte(in);
      } else if (length == 127) {
        length = 0;
        for (int i = 0; i < 8; i++) {
          length = (length << 8) | readByte(in);
        }
      }
      if (length > MAX_CLIENT_FRAME) {
        throw new IOException("client frame of " + length + " bytes");
      }
      byte[] mask = new byte[4];
      if ((b1 & 0x80) != 0) {
        readFully(in, mask);
      }
      byte[] payload = new byte[(int) length];
      readFully(in, payload);
      for (int i = 0; i < payload.length; i++) {
        payload[i] ^= mask[i & 3];
      }
      int opcode = b0 & 0x0F;
      if (opcode == 0x1) {
        lastText = new String(payload, StandardCharsets.UTF_8);
      }
      return opcode;
    }

    void closeSocket() {
      pushing = false;
      try {
        socket.close();
      } catch (IOException e) {
        // closing anyway
      }
    }
  }

  private static String readLine(InputStream in) throws IOException {
    StringBuilder line = new StringBuilder();
    for (int c = readByte(in); c != '\n'; c = readByte(in)) {
      if (c != '\r') {
        line.append((char) c);
      }
      if (line.length() > 8192) {
        throw new IOException("header line too long");
      }
    }
    return line.toString();
  }

  private static int readByte(InputStream in) throws IOException {
    int b = in.read();
    if (b < 0) {
      throw new EOFException();
    }
    return b;
  }

  private static void readFully(InputStream in, byte[] into) throws IOException {
    int read = 0;
    while (read < into.length) {
      int n = in.read(into, read, into.length - read);
      if (n < 0) {
        throw new EOFException();
      }
      read += n;
    }
  }

  /** An unmasked, final text frame. */
  static byte[] textFrame(String text) {
    byte[] payload = text.getBytes(StandardCharsets.UTF_8);
    int header = payload.length < 126 ? 2 : payload.length < 65_536 ? 4 : 10;
    byte[] frame = new byte[header + payload.length];
    frame[0] = (byte) 0x81;
    if (header == 2) {
      frame[1] = (byte) payload.length;
    } else if (header == 4) {
      frame[1] = 126;
      frame[2] = (byte) (payload.length >>> 8);
      frame[3] = (byte) payload.length;
    } else {
      frame[1] = 127;
      long length = payload.length;
      for (int i = 0; i < 8; i++) {
        frame[2 + i] = (byte) (length >>> (56 - 8 * i));
      }
    }
    System.arraycopy(payload, 0, frame, header, payload.length);
    return frame;
  }
}

package io.bitget4j.testkit;

import java.util.concurrent.CountDownLatch;

/**
 * Runs a {@link FakeBitget} as a standalone server until the process is stopped (Ctrl-C):
 * {@code java -cp ... io.bitget4j.testkit.FakeBitgetMain [--port N]}. Prints the URLs and the
 * test credentials to point a client or the examples at.
 */
public final class FakeBitgetMain {
  private FakeBitgetMain() {}

  /**
   * Starts the fake; {@code --port N} picks the port (default: a free one).
   *
   * @param args {@code --port N} to listen on port N; a free port when absent
   * @throws InterruptedException if interrupted while serving
   */
  public static void main(String[] args) throws InterruptedException {
    int port = 0;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--port") && i + 1 < args.length) {
        try {
          port = Integer.parseInt(args[++i]);
        } catch (NumberFormatException e) {
          System.err.println("--port needs a number, got \"" + args[i] + "\"");
          System.exit(2);
        }
      } else {
        System.err.println("usage: FakeBitgetMain [--port N]");
        System.exit(2);
      }
    }
    FakeBitget fake = FakeBitget.builder().port(port).start();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      fake.close();
      stopped.countDown();
    }, "FakeBitget shutdown"));
    System.out.println("FakeBitget is running. Stop it with Ctrl-C.");
    System.out.println("  REST:              " + fake.restUrl());
    System.out.println("  public WebSocket:  " + fake.publicWsUrl());
    System.out.println("  private WebSocket: " + fake.privateWsUrl());
    System.out.println("  BITGET_API_KEY=" + FakeBitget.DEFAULT_API_KEY);
    System.out.println("  BITGET_SECRET_KEY=" + FakeBitget.DEFAULT_SECRET_KEY);
    System.out.println("  BITGET_PASSPHRASE=" + FakeBitget.DEFAULT_PASSPHRASE);
    System.out.flush();
    stopped.await();
  }
}

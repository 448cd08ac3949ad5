package io.bitget4j.examples.panel;

import io.bitget4j.core.AccountMode;
import io.bitget4j.core.BitgetException;
import io.bitget4j.core.Credentials;
import io.bitget4j.core.InvalidSymbolException;
import io.bitget4j.core.ProductType;
import io.bitget4j.core.Symbol;
import io.bitget4j.core.model.Order;
import io.bitget4j.core.model.Position;
import io.bitget4j.core.model.Side;
import io.bitget4j.rest.BitgetRestClient;
import io.bitget4j.rest.OrderQuery;
import io.bitget4j.rest.OrderRequest;
import io.bitget4j.testkit.FakeBitget;
import io.bitget4j.ws.BitgetStreamClient;
import io.bitget4j.ws.Delivery;
import io.bitget4j.ws.PositionRisk;
import io.bitget4j.ws.PositionTracker;
import io.bitget4j.ws.StreamHealth;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Wires the panel: environment, clients, streams, the render loop, keys and shutdown. */
public final class PanelApp {
  private static final Duration FRAME = Duration.ofSeconds(1);

  private PanelApp() {
  }

  /**
   * Runs the panel until {@code q}, Ctrl-C or the {@code --duration} ends.
   *
   * @param fake an already started fake exchange to use instead of starting one (tests), or null
   * @param args the command line
   * @param out where the panel draws
   * @param err where errors go
   * @param keys the keyboard; {@code q} quits
   * @param terminal whether {@code out} is a terminal that can redraw in place
   * @param environment the environment variables to read credentials from
   * @return the exit status: 0 on a normal stop or after {@code --help}, 2 for bad arguments or missing credentials,
   *     1 when the panel could not start
   */
  public static int run(String[] args, PrintStream out, PrintStream err, InputStream keys, boolean terminal,
      Map<String, String> environment, FakeBitget fake) {
    PanelArgs parsed;
    try {
      parsed = PanelArgs.parse(args);
    } catch (InvalidSymbolException e) {
      err.println(e.getMessage());
      return 2;
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      return 2;
    }
    if (parsed.help()) {
      out.println(PanelArgs.HELP);
      out.flush();
      return 0;
    }
    if (parsed.environment() == PanelArgs.Environment.FAKE && parsed.symbol().productType() != ProductType.UMCBL) {
      err.println("the embedded fake exchange simulates USDT-M (_UMCBL) symbols only; use --demo or --mainnet for "
          + parsed.symbol());
      return 2;
    }
    Credentials credentials = null;
    if (parsed.environment() != PanelArgs.Environment.FAKE) {
      try {
        credentials = Credentials.fromEnv(environment);
      } catch (IllegalStateException e) {
        err.println(e.getMessage());
        return 2;
      }
    }
    boolean ownFake = fake == null && parsed.environment() == PanelArgs.Environment.FAKE;
    FakeBitget exchange = ownFake ? startFake(parsed.symbol(), parsed.fakeAccountMode()) : fake;
    try {
      return new Session(parsed, exchange, credentials, out, err, keys, terminal && !parsed.forcePlain()).run();
    } finally {
      if (ownFake) {
        exchange.close();
      }
    }
  }

  private static FakeBitget startFake(Symbol symbol, AccountMode accountMode) {
    FakeBitget.Builder builder = FakeBitget.builder().accountMode(accountMode);
    BigDecimal start = symbol.equals(Symbol.BTCUSDT_UMCBL) ? new BigDecimal("27000")
        : symbol.equals(Symbol.ETHUSDT_UMCBL) ? new BigDecimal("1800") : new BigDecimal("100");
    builder.symbol(symbol, start);
    // a demo long of 10x, opened a little below the start so the PnL is visible at once
    BigDecimal entry = start.multiply(new BigDecimal("0.998")).setScale(1, RoundingMode.HALF_UP);
    BigDecimal size = symbol.equals(Symbol.BTCUSDT_UMCBL) ? new BigDecimal("0.1") : new BigDecimal("10");
    builder.initialPosition(symbol, size, entry, 10);
    return builder.start();
  }

  /** One run of the panel; owns the clients and the render thread. */
  private static final class Session {
    private final PanelArgs args;
    private final FakeBitget fake;
    private final Credentials credentials;
    private final PrintStream out;
    private final PrintStream err;
    private final InputStream keys;
    private final boolean terminal;
    private final PanelModel model;
    private final CountDownLatch stop = new CountDownLatch(1);

    Session(PanelArgs args, FakeBitget fake, Credentials credentials, PrintStream out, PrintStream err,
        InputStream keys, boolean terminal) {
      this.args = args;
      this.fake = fake;
      this.credentials = credentials;
      this.out = out;
      this.err = err;
      this.keys = keys;
      this.terminal = terminal;
      this.model = new PanelModel(args.symbol());
    }

    int run() {
      Symbol symbol = args.symbol();
      ProductType productType = symbol.productType();
      ScheduledExecutorService render = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "trader-panel-render");
        t.setDaemon(true);
        return t;
      });
      RawTerminal rawTerminal = terminal ? RawTerminal.enter(out) : RawTerminal.none();
      Thread hook = new Thread(() -> {
        stop.countDown();
        rawTerminal.restore();
      }, "trader-panel-shutdown");
      Runtime.getRuntime().addShutdownHook(hook);
      try (BitgetRestClient rest = restClient(); BitgetStreamClient streams = streamClient(rest)) {
        boolean signedIn = credentials != null || fake != null;
        PositionTracker tracker = null;
        streams.ticker(symbol, model::onTicker, Delivery.panelPrice());
        if (signedIn) {
          tracker = streams.positionTracker(productType);
          PositionTracker t = tracker;
          seed(() -> t.seed(rest.positions()::all), "positions");
          model.onPositions(tracker.positions());
          tracker.subscribe(model::onPositions, Delivery.panelPositions());
          seed(() -> model.seedOrders(rest.orders().pending(OrderQuery.of(symbol)).orders()), "open orders");
          streams.orders(productType, model::onOrder);
          seed(() -> model.onAccount(rest.account().account(symbol)), "account");
          streams.account(productType, model::onAccount, Delivery.panelAccount());
        }
        if (fake != null) {
          placeDemoOrder(rest, symbol);
        }
        PositionTracker risks = tracker;
        render.scheduleAtFixedRate(() -> draw(streams, risks, rest.accountMode()), 0, FRAME.toMillis(),
            TimeUnit.MILLISECONDS);
        render.scheduleAtFixedRate(model::publishOrders, 5, 5, TimeUnit.SECONDS);
        startKeyReader();
        awaitStop();
      } catch (BitgetException e) {
        err.println("the panel stopped: " + e.getMessage());
        return 1;
      } finally {
        render.shutdownNow();
        rawTerminal.restore();
        try {
          Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
          // the JVM is already exiting through the hook; nothing to remove
        }
      }
      return 0;
    }

    private void seed(Runnable action, String what) {
      try {
        action.run();
      } catch (BitgetException e) {
        err.println("could not load " + what + " over REST (" + e.getMessage() + "); waiting for the stream");
      }
    }

    private void placeDemoOrder(BitgetRestClient rest, Symbol symbol) {
      BigDecimal price = fake.price(symbol).multiply(new BigDecimal("0.97")).setScale(1, RoundingMode.DOWN);
      BigDecimal size = symbol.equals(Symbol.BTCUSDT_UMCBL) ? new BigDecimal("0.01") : BigDecimal.ONE;
      seed(() -> rest.orders().place(OrderRequest.limit(symbol, Side.BUY, size, price)), "the demo order");
    }

    private BitgetRestClient restClient() {
      BitgetRestClient.Builder builder = BitgetRestClient.builder().clock(Clock.systemUTC());
      if (fake != null) {
        return builder.baseUrl(fake.restUrl()).credentials(fake.credentials()).build();
      }
      builder.demoTrading(args.environment() == PanelArgs.Environment.DEMO);
      if (credentials != null) {
        builder.credentials(credentials);
      }
      return builder.build();
    }

    /** The streams of the REST client's account mode: its detection tells the stream client, once. */
    private BitgetStreamClient streamClient(BitgetRestClient rest) {
      BitgetStreamClient.Builder builder = BitgetStreamClient.builder().clock(Clock.systemUTC())
          .accountModeSource(rest::detectAccountMode);
      if (fake != null) {
        // the fake's stream URLs name the API version of its account mode
        return builder.publicUrl(fake.publicWsUrl()).privateUrl(fake.privateWsUrl())
            .credentials(fake.credentials()).build();
      }
      builder.demoTrading(args.environment() == PanelArgs.Environment.DEMO);
      if (credentials != null) {
        builder.credentials(credentials);
      }
      return builder.build();
    }

    private void draw(BitgetStreamClient streams, PositionTracker tracker, AccountMode accountMode) {
      try {
        PanelSnapshot snapshot = snapshot(streams, tracker, accountMode);
        if (terminal) {
          StringBuilder frame = new StringBuilder("\u001b[H");
          for (String line : PanelRenderer.screen(snapshot)) {
            frame.append(line).append("\u001b[K\n");
          }
          frame.append("\u001b[J");
          out.print(frame);
        } else {
          out.println(PanelRenderer.plainLine(snapshot));
        }
        out.flush();
      } catch (RuntimeException e) {
        err.println("render failed: " + e);
      }
    }

    private PanelSnapshot snapshot(BitgetStreamClient streams, PositionTracker tracker, AccountMode accountMode) {
      List<PanelSnapshot.PositionLine> lines = new ArrayList<>();
      for (Position p : model.positions()) {
        Optional<BigDecimal> distance = Optional.empty();
        if (tracker != null) {
          distance = tracker.risks().stream()
              .filter(r -> r.symbol().equals(p.symbol()) && r.holdSide() == p.holdSide())
              .findFirst()
              .flatMap(PositionRisk::distanceToLiquidationPercent);
        }
        lines.add(new PanelSnapshot.PositionLine(p, distance));
      }
      StreamHealth health = streams.health();
      String healthText = "last message " + health.sinceLastMessage().map(PanelApp::seconds).orElse("-")
          + " ago   reconnects " + health.reconnectCount() + "   connections " + health.connections()
          + "   channels " + health.channels()
          + "   last error " + health.lastError().map(e -> e.getClass().getSimpleName()).orElse("-");
      List<Order> orders = model.orders();
      return new PanelSnapshot(Clock.systemUTC().instant(), args.environment(), args.symbol(),
          streams.state().toString(), args.allowTrading(), model.ticker(), model.history(), lines,
          orders, model.account(), healthText, accountMode);
    }

    private void startKeyReader() {
      Thread reader = new Thread(() -> {
        try {
          int c;
          while ((c = keys.read()) != -1) {
            if (c == 'q' || c == 'Q') {
              stop.countDown();
              return;
            }
          }
        } catch (IOException e) {
          // no keyboard: the panel still stops on Ctrl-C or --duration
        }
      }, "trader-panel-keys");
      reader.setDaemon(true);
      reader.start();
    }

    private void awaitStop() {
      try {
        if (args.duration().isPresent()) {
          stop.await(args.duration().get().toMillis(), TimeUnit.MILLISECONDS);
        } else {
          stop.await();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private static String seconds(Duration d) {
    return BigDecimal.valueOf(d.toMillis()).movePointLeft(3).setScale(1, RoundingMode.HALF_UP) + " s";
  }
}

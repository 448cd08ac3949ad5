package io.bitget4j.examples.panel;

import io.bitget4j.core.AccountMode;
import io.bitget4j.core.model.BookLevel;
import io.bitget4j.core.model.ConditionalOrderKind;
import io.bitget4j.core.model.Fill;
import io.bitget4j.core.model.OrderBook;
import io.bitget4j.core.model.Position;
import io.bitget4j.core.model.Ticker;
import io.bitget4j.core.model.TriggerPriceType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns a {@link PanelSnapshot} into text: a full screen for terminals, one line otherwise.
 *
 * <p>The screen is laid out for at least 80 columns and 24 rows: every line is cut to the width,
 * so nothing wraps, and a narrower terminal sees the left of each line. A wider terminal gets
 * longer rules, a longer price chart and more fields (24 h range and volume, the fills' fees and
 * PnL, whole order ids, the last stream error); a taller one more fills and more open orders.
 */
final class PanelRenderer {
  /** The width and height the layout is made for; smaller terminals see its top left. */
  static final int MIN_WIDTH = 80;
  static final int MIN_HEIGHT = 24;
  /** From this width on the screen shows its extra fields. */
  static final int WIDE = 120;

  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);
  private static final int BOOK_ROWS = 5;
  private static final int BOOK_WIDTH = 43;

  private PanelRenderer() {
  }

  /** The screen of {@code s} for a terminal of {@code width} columns and {@code height} rows. */
  static List<String> screen(PanelSnapshot s, int width, int height) {
    int w = Math.max(width, MIN_WIDTH);
    int h = Math.max(height, MIN_HEIGHT);
    boolean wide = w >= WIDE;
    List<String> top = new ArrayList<>();
    top.add(header(s, w));
    top.add(priceLine(s, wide));
    top.add(fundingLine(s, w));
    List<String> bottom = new ArrayList<>();
    bottom.add(rule("", w));
    bottom.add(accountLine(s));
    bottom.add(streamLine(s, wide));
    if (s.prompt().isEmpty()) {
      bottom.add(statusLine(s));
      bottom.add(footer(s));
    } else {
      for (String line : s.prompt()) {
        bottom.add("» " + line);
      }
    }
    List<String> middle = new ArrayList<>();
    int rows = h - top.size() - bottom.size();
    if (s.help()) {
      middle.addAll(help(w));
    } else {
      middle.add(rule("BOOK bid │ ask", "YOUR FILLS", w));
      // a taller screen shows more fills beside the book, up to half of its extra rows
      int fillRows = Math.min(s.fills().map(List::size).orElse(0), BOOK_ROWS + (h - MIN_HEIGHT) / 2);
      middle.addAll(bookAndFills(s, Math.max(BOOK_ROWS, fillRows), wide));
      middle.addAll(position(s, w));
      int orderRows = Math.max(1, rows - middle.size() - 1);
      middle.addAll(orders(s, w, wide, orderRows));
    }
    while (middle.size() < rows) {
      middle.add("");
    }
    List<String> lines = new ArrayList<>(top);
    lines.addAll(middle.subList(0, Math.min(middle.size(), Math.max(0, rows))));
    lines.addAll(bottom);
    List<String> fitted = new ArrayList<>(lines.size());
    for (String line : lines) {
      fitted.add(Columns.fit(line, width));
    }
    return fitted.subList(0, Math.min(fitted.size(), Math.max(height, 1)));
  }

  // ---------------------------------------------------------------- sections

  private static String header(PanelSnapshot s, int w) {
    String markets = s.symbols().size() > 1
        ? " [" + (s.symbols().indexOf(s.symbol()) + 1) + "/" + s.symbols().size() + ", Tab]" : "";
    String left = s.symbol() + markets + "   " + environment(s) + " · " + accountMode(s.accountMode()) + " · "
        + (s.tradingBlocked().isPresent() ? "read-only" : "trading on");
    return Columns.spread(left, CLOCK.format(s.now()) + "Z", w);
  }

  private static String environment(PanelSnapshot s) {
    switch (s.environment()) {
      case FAKE:
        return "embedded fake";
      case DEMO:
        return "demo trading";
      default:
        return "MAINNET";
    }
  }

  /** {@code classic}, {@code unified}, or {@code account ?} while the client does not know yet. */
  static String accountMode(AccountMode mode) {
    return mode == AccountMode.AUTO ? "account ?" : mode.name().toLowerCase(Locale.ROOT);
  }

  private static String priceLine(PanelSnapshot s, boolean wide) {
    if (s.ticker().isEmpty()) {
      return "waiting for the ticker stream";
    }
    Ticker t = s.ticker().get();
    Precision p = s.precision();
    String line = "last " + p.price(t.lastPrice())
        + "   mark " + s.mark().map(p::price).orElse("-")
        + "   index " + t.indexPrice().map(p::price).orElse("-")
        + "   24h " + t.change24h().map(r -> Precision.signedPercentOfRatio(r, 2)).orElse("-");
    if (wide) {
      line += "   high " + p.price(t.high24h()) + "   low " + p.price(t.low24h())
          + "   volume " + p.size(t.baseVolume()) + " " + s.symbol().base();
    }
    return line;
  }

  private static String fundingLine(PanelSnapshot s, int w) {
    Optional<BigDecimal> rate = s.ticker().flatMap(Ticker::fundingRate)
        .or(() -> s.funding().map(f -> f.fundingRate()));
    String funding = "funding " + rate.map(r -> Precision.signedPercentOfRatio(r, 4)).orElse("-")
        + s.funding().flatMap(f -> f.nextFundingTime()).map(next -> " in " + countdown(s.now(), next)).orElse("");
    String line = funding + "   ";
    int room = w - Columns.width(line);
    List<BigDecimal> history = s.priceHistory();
    return line + Sparkline.of(history.subList(Math.max(0, history.size() - room), history.size()));
  }

  /** {@code hh:mm:ss} until {@code next}; {@code now} once it has passed. */
  static String countdown(Instant now, Instant next) {
    long seconds = Duration.between(now, next).getSeconds();
    if (seconds <= 0) {
      return "now";
    }
    return String.format(Locale.ROOT, "%02d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
  }

  private static List<String> bookAndFills(PanelSnapshot s, int height, boolean wide) {
    Precision p = s.precision();
    List<String> rows = new ArrayList<>();
    Optional<OrderBook> book = s.book();
    for (int i = 0; i < height; i++) {
      String left;
      if (i >= BOOK_ROWS) {
        left = "";
      } else if (book.isEmpty()) {
        left = i == 0 ? "waiting for the book stream" : "";
      } else {
        List<BookLevel> bids = book.get().bids();
        List<BookLevel> asks = book.get().asks();
        String bid = i < bids.size()
            ? Columns.padLeft(p.size(bids.get(i).size()), 9) + " " + Columns.padLeft(p.price(bids.get(i).price()), 10)
            : " ".repeat(20);
        String ask = i < asks.size()
            ? Columns.padRight(p.price(asks.get(i).price()), 10) + " " + Columns.padRight(p.size(asks.get(i).size()), 9)
            : "";
        left = bid + " │ " + ask;
      }
      List<Fill> fills = s.fills().orElse(List.of());
      String right;
      if (fills.isEmpty()) {
        right = i > 0 ? "" : s.fills().isPresent() ? "none yet" : "loading";
      } else {
        right = i < fills.size() ? fill(fills.get(i), p, wide) : "";
      }
      rows.add(Columns.padRight(left, BOOK_WIDTH) + "  " + right);
    }
    return rows;
  }

  private static String fill(Fill f, Precision p, boolean wide) {
    String line = CLOCK.format(f.timestamp()) + " " + f.side() + " " + p.size(f.size()) + " @ " + p.price(f.price());
    if (wide) {
      line += "  fee " + p.signedAmount(f.fee()) + "  pnl " + p.signedAmount(f.profit());
    }
    return line;
  }

  private static List<String> position(PanelSnapshot s, int w) {
    Precision p = s.precision();
    String coin = s.symbol().marginCoin();
    List<String> lines = new ArrayList<>();
    String age = s.positionsAge().map(a -> " · reported " + age(a) + " ago").orElse("");
    if (s.positions().isEmpty()) {
      lines.add(rule("POSITION" + age, w));
      lines.add(s.positionsAge().isEmpty() ? "waiting for the positions"
          : "flat" + s.leverage().map(l -> " · leverage " + l + "x").orElse(""));
      return lines;
    }
    lines.add(rule("POSITION at mark " + s.mark().map(p::price).orElse("-") + age, w));
    for (PositionFigures f : s.positions()) {
      Position pos = f.position();
      lines.add(pos.holdSide() + " " + p.size(pos.size()) + " @ " + p.price(pos.entryPrice())
          + "   break-even " + pos.breakEvenPrice().filter(b -> b.signum() > 0).map(p::price).orElse("-")
          + "   " + pos.leverage() + "x " + pos.marginMode().wireName()
          + "   margin " + p.amount(pos.margin()) + " " + coin);
      lines.add("uPnL " + p.signedAmount(f.unrealizedPnl()) + (f.fromMark() ? "" : " (reported)")
          + "   ROE " + f.roePercent().map(Precision::signedPercent).orElse("-")
          + "   rPnL " + p.signedAmount(pos.achievedProfits())
          + "   liq " + pos.liquidationPrice().filter(l -> l.signum() > 0).map(p::price).orElse("-")
          + f.liquidationDistancePercent().map(d -> " (" + d.setScale(2, RoundingMode.HALF_UP) + "% away)")
              .orElse(""));
      String protection = protection(s, f);
      if (!protection.isEmpty()) {
        lines.add(protection);
      }
    }
    return lines;
  }

  /**
   * The position's take-profit and stop-loss, each the one that fires first when there are several,
   * with the PnL it would realise: {@code take-profit 28000.0 (+105.40)   stop-loss last 26000.0 on
   * 0.050 (-47.30)} (mark unless it says last); empty when neither is set.
   */
  private static String protection(PanelSnapshot s, PositionFigures f) {
    Precision p = s.precision();
    Position pos = f.position();
    List<String> parts = new ArrayList<>();
    for (ConditionalOrderKind kind : List.of(ConditionalOrderKind.TAKE_PROFIT, ConditionalOrderKind.STOP_LOSS)) {
      List<OrderLine> orders = new ArrayList<>();
      List<OrderLine.Trigger> triggers = new ArrayList<>();
      for (OrderLine o : s.orders()) {
        for (OrderLine.Trigger t : o.triggers()) {
          if (t.role() == kind && o.protects(pos)) {
            orders.add(o);
            triggers.add(t);
          }
        }
      }
      if (triggers.isEmpty()) {
        continue;
      }
      BigDecimal reference = s.mark().orElse(pos.entryPrice());
      int first = 0;
      for (int i = 1; i < triggers.size(); i++) {
        if (triggers.get(i).price().subtract(reference).abs()
            .compareTo(triggers.get(first).price().subtract(reference).abs()) < 0) {
          first = i;
        }
      }
      OrderLine.Trigger t = triggers.get(first);
      BigDecimal size = orders.get(first).size().orElse(pos.size());
      String pnl = PositionFigures.pnlAt(pos, t.price(), size).map(x -> " (" + p.signedAmount(x) + ")").orElse("");
      // the mark goes unsaid: the panel sets them by it, and figures the position at it
      parts.add(OrderLine.name(kind) + (t.watched() == TriggerPriceType.MARK ? "" : " " + t.watchedName())
          + " " + p.price(t.price()) + orders.get(first).size().map(x -> " on " + p.size(x)).orElse("") + pnl
          + (triggers.size() > 1 ? " +" + (triggers.size() - 1) + " more" : ""));
    }
    return String.join("   ", parts);
  }

  private static List<String> orders(PanelSnapshot s, int w, boolean wide, int rows) {
    List<String> lines = new ArrayList<>();
    List<OrderLine> orders = s.orders();
    long conditional = orders.stream().filter(OrderLine::isConditional).count();
    long plain = orders.size() - conditional;
    String count = (plain > 0 ? plain + " open" : "") + (plain > 0 && conditional > 0 ? ", " : "")
        + (conditional > 0 ? conditional + " TP/SL or trigger" : "");
    String title = !orders.isEmpty() ? count + " · ↑↓ select" : s.ordersListed() ? "none open" : "loading";
    lines.add(rule("ORDERS " + title, w));
    if (orders.isEmpty()) {
      return lines;
    }
    int shown = orders.size() <= rows ? orders.size() : rows - 1;
    int selected = 0;
    for (int i = 0; i < orders.size(); i++) {
      if (s.selectedOrder().map(orders.get(i).orderId()::equals).orElse(false)) {
        selected = i;
      }
    }
    // scroll only as far as it takes to keep the selected order in view
    int first = Math.max(0, Math.min(selected - shown + 1, orders.size() - shown));
    for (int i = first; i < first + shown; i++) {
      lines.add((i == selected ? "> " : "  ") + order(orders.get(i), s.precision(), wide));
    }
    if (shown < orders.size()) {
      lines.add("  … " + (orders.size() - shown) + " more");
    }
    return lines;
  }

  private static String order(OrderLine o, Precision p, boolean wide) {
    String id = wide || o.orderId().length() <= 10 ? o.orderId() : "…" + o.orderId().substring(o.orderId().length() - 8);
    // a conditional order has filled nothing while it waits, and its kind says whether it closes
    return o.describe(p) + (o.isConditional() ? "" : "   filled " + p.size(o.filled())) + "   " + o.state()
        + (o.reduceOnly() && !o.isConditional() ? " reduce-only" : "") + "   " + CLOCK.format(o.createdAt())
        + "   id " + id;
  }

  private static String accountLine(PanelSnapshot s) {
    if (s.account().isEmpty()) {
      return "ACCOUNT  waiting for the account";
    }
    AccountFigures a = s.account().get();
    Precision p = s.precision();
    return "ACCOUNT  equity " + p.amount(a.equity()) + "   available " + p.amount(a.account().available())
        + "   uPnL " + a.unrealizedPnl().map(p::signedAmount).orElse("-") + " " + a.account().marginCoin()
        + "   · " + age(a.age()) + " ago";
  }

  private static String streamLine(PanelSnapshot s, boolean wide) {
    PanelSnapshot.StreamStatus st = s.stream();
    String line = "STREAM   " + st.state() + "   last message " + st.sinceLastMessage().map(PanelRenderer::age)
        .map(a -> a + " ago").orElse("-") + "   reconnects " + st.reconnects()
        + st.lastReconnect().map(t -> " (" + CLOCK.format(t) + ")").orElse("");
    if (wide) {
      line += "   " + st.channels() + " channels" + st.lastError().map(e -> "   last error: " + e).orElse("");
    }
    return line;
  }

  private static String statusLine(PanelSnapshot s) {
    return s.status().map(st -> (st.error() ? "! " : "· ") + st.text()).orElse("· ready");
  }

  private static String footer(PanelSnapshot s) {
    return s.tradingBlocked().isPresent()
        ? "read-only: --allow-trading trades   ↑↓ select  Tab market  ? help  q quit"
        : PanelController.FOOTER;
  }

  private static List<String> help(int w) {
    List<String> lines = new ArrayList<>();
    lines.add(rule("KEYS", w));
    for (String[] key : PanelController.KEYS) {
      lines.add(Columns.padRight(key[0], 10) + key[1]);
    }
    lines.add("");
    lines.add("A key that sends shows first what it sends, with its notional, and waits for y.");
    lines.add("Press any key to close this help.");
    return lines;
  }

  /** A horizontal rule across {@code w} columns, with a title near its start. */
  private static String rule(String title, int w) {
    if (title.isEmpty()) {
      return "─".repeat(w);
    }
    String head = "── " + title + " ";
    return head + "─".repeat(Math.max(0, w - Columns.width(head)));
  }

  /** A rule with a second title over the right-hand column. */
  private static String rule(String left, String right, int w) {
    String head = "── " + left + " ";
    head += "─".repeat(Math.max(1, BOOK_WIDTH + 2 - Columns.width(head))) + " " + right + " ";
    return head + "─".repeat(Math.max(0, w - Columns.width(head)));
  }

  /** A duration for the screen: {@code 0.3 s}, {@code 12 s}, {@code 4 min}. */
  static String age(Duration d) {
    long millis = Math.max(0, d.toMillis());
    if (millis < 10_000) {
      return BigDecimal.valueOf(millis).movePointLeft(3).setScale(1, RoundingMode.HALF_UP) + " s";
    }
    if (millis < 120_000) {
      return millis / 1000 + " s";
    }
    return millis / 60_000 + " min";
  }

  // ---------------------------------------------------------------- plain

  /** One line with the frame's key figures, for output that is not a terminal. */
  static String plainLine(PanelSnapshot s) {
    Precision p = s.precision();
    StringBuilder sb = new StringBuilder();
    sb.append(CLOCK.format(s.now())).append(' ').append(s.symbol()).append(" [").append(s.environment()).append(']');
    Optional<Ticker> t = s.ticker();
    sb.append(" last=").append(t.map(x -> p.price(x.lastPrice())).orElse("-"));
    sb.append(" mark=").append(s.mark().map(p::price).orElse("-"));
    sb.append(" change24h=").append(t.flatMap(Ticker::change24h).map(r -> Precision.signedPercentOfRatio(r, 2))
        .orElse("-"));
    if (s.positions().isEmpty()) {
      sb.append(" position=flat");
    }
    for (PositionFigures f : s.positions()) {
      Position pos = f.position();
      sb.append(" position=").append(pos.holdSide()).append(' ').append(p.size(pos.size())).append('@')
          .append(p.price(pos.entryPrice())).append(" upnl=").append(p.signedAmount(f.unrealizedPnl()))
          .append(" roe=").append(f.roePercent().map(Precision::signedPercent).orElse("-"))
          .append(" liq=").append(pos.liquidationPrice().filter(l -> l.signum() > 0).map(p::price).orElse("-"));
    }
    sb.append(" orders=").append(s.orders().size());
    sb.append(" equity=").append(s.account().map(a -> p.amount(a.equity())).orElse("-"));
    sb.append(" available=").append(s.account().map(a -> p.amount(a.account().available())).orElse("-"));
    sb.append(" stream=").append(s.stream().state());
    sb.append(" account=").append(s.accountMode() == AccountMode.AUTO ? "-"
        : s.accountMode().name().toLowerCase(Locale.ROOT));
    return sb.toString();
  }
}

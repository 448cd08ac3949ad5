package io.bitget4j.examples.panel;

import io.bitget4j.core.AccountMode;
import io.bitget4j.core.model.Account;
import io.bitget4j.core.model.Order;
import io.bitget4j.core.model.Position;
import io.bitget4j.core.model.Ticker;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Turns a {@link PanelSnapshot} into text: a full screen for terminals, one line otherwise. */
final class PanelRenderer {
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'Z'").withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final String RULE = "─".repeat(78);
  private static final int MAX_ORDERS = 5;

  private PanelRenderer() {
  }

  static List<String> screen(PanelSnapshot s) {
    List<String> lines = new ArrayList<>();
    lines.add("bitget4j trader panel   " + s.symbol() + "   [" + s.environment() + "]   "
        + mode(s) + ", account " + accountMode(s) + "   " + TIME.format(s.now()));
    lines.add(RULE);
    lines.add("PRICE     " + price(s));
    lines.add("          " + Sparkline.of(s.priceHistory()));
    lines.add(RULE);
    if (s.positions().isEmpty()) {
      lines.add("POSITION  flat");
    } else {
      for (PanelSnapshot.PositionLine line : s.positions()) {
        lines.add("POSITION  " + positionHead(line.position()));
        lines.add("          " + positionRisk(line, s.ticker()));
      }
    }
    lines.add(RULE);
    lines.add("ORDERS    " + (s.openOrders().isEmpty() ? "none open" : s.openOrders().size() + " open"));
    for (int i = 0; i < Math.min(MAX_ORDERS, s.openOrders().size()); i++) {
      lines.add("          " + order(s.openOrders().get(i)));
    }
    lines.add(RULE);
    lines.add("ACCOUNT   " + s.account().map(PanelRenderer::account).orElse("waiting for the account stream"));
    lines.add("STREAM    " + s.connection() + "   " + s.health());
    lines.add("");
    lines.add("q quits");
    return lines;
  }

  private static String mode(PanelSnapshot s) {
    if (s.environment() == PanelArgs.Environment.FAKE) {
      return "simulated market";
    }
    return s.tradingAllowed() ? "TRADING ENABLED" : "read-only";
  }

  static String plainLine(PanelSnapshot s) {
    StringBuilder sb = new StringBuilder();
    sb.append(CLOCK.format(s.now())).append(' ').append(s.symbol()).append(" [").append(s.environment()).append(']');
    Optional<Ticker> t = s.ticker();
    sb.append(" last=").append(t.map(x -> plain(x.lastPrice())).orElse("-"));
    sb.append(" mark=").append(t.flatMap(Ticker::markPrice).map(PanelRenderer::plain).orElse("-"));
    sb.append(" change24h=").append(t.flatMap(Ticker::change24h).map(PanelRenderer::percentOfRatio).orElse("-"));
    if (s.positions().isEmpty()) {
      sb.append(" position=flat");
    } else {
      for (PanelSnapshot.PositionLine line : s.positions()) {
        Position p = line.position();
        sb.append(" position=").append(p.holdSide()).append(' ').append(plain(p.size())).append('@')
            .append(plain(p.entryPrice())).append(" upnl=").append(signed(p.unrealizedPnl()))
            .append(" liq=").append(p.liquidationPrice().map(PanelRenderer::plain).orElse("-"));
      }
    }
    sb.append(" orders=").append(s.openOrders().size());
    sb.append(" equity=").append(s.account().map(a -> plain(a.equity())).orElse("-"));
    sb.append(" available=").append(s.account().map(a -> plain(a.available())).orElse("-"));
    sb.append(" stream=").append(s.connection());
    sb.append(" account=").append(accountMode(s));
    return sb.toString();
  }

  /** {@code classic}, {@code unified}, or {@code -} while the client does not know yet. */
  private static String accountMode(PanelSnapshot s) {
    return s.accountMode() == AccountMode.AUTO ? "-" : s.accountMode().name().toLowerCase(Locale.ROOT);
  }

  private static String price(PanelSnapshot s) {
    if (s.ticker().isEmpty()) {
      return "waiting for the ticker stream";
    }
    Ticker t = s.ticker().get();
    return "last " + plain(t.lastPrice())
        + "   mark " + t.markPrice().map(PanelRenderer::plain).orElse("-")
        + "   24h " + t.change24h().map(PanelRenderer::percentOfRatio).orElse("-")
        + "   bid " + plain(t.bidPrice()) + " / ask " + plain(t.askPrice());
  }

  private static String positionHead(Position p) {
    return p.holdSide() + " " + plain(p.size()) + " @ " + plain(p.entryPrice()) + "   " + p.leverage() + "x "
        + p.marginMode().wireName() + "   uPnL " + signed(p.unrealizedPnl()) + " " + p.symbol().marginCoin();
  }

  private static String positionRisk(PanelSnapshot.PositionLine line, Optional<Ticker> ticker) {
    Position p = line.position();
    return "liq " + p.liquidationPrice().map(PanelRenderer::plain).orElse("-")
        + " (" + line.distanceToLiquidationPercent().map(d -> d.setScale(2, RoundingMode.HALF_UP) + "% away").orElse("-")
        + ")   margin " + plain(p.margin())
        + "   mark " + p.markPrice().or(() -> ticker.flatMap(Ticker::markPrice)).map(PanelRenderer::plain).orElse("-");
  }

  private static String order(Order o) {
    return o.side() + " " + plain(o.size()) + (o.price().map(p -> " @ " + plain(p)).orElse(" at market"))
        + "  " + o.orderType() + " " + o.status() + "  filled " + plain(o.filledSize())
        + "  id " + o.orderId() + o.clientOid().map(c -> " (" + c + ")").orElse("");
  }

  private static String account(Account a) {
    return "equity " + plain(a.equity()) + " " + a.marginCoin()
        + "   available " + plain(a.available()) + " " + a.marginCoin()
        + "   uPnL " + a.unrealizedPnl().map(PanelRenderer::signed).orElse("-");
  }

  static String plain(BigDecimal value) {
    return value.stripTrailingZeros().scale() < 0 ? value.setScale(0).toPlainString() : value.stripTrailingZeros().toPlainString();
  }

  private static String signed(BigDecimal value) {
    return (value.signum() > 0 ? "+" : "") + plain(value.setScale(Math.min(value.scale(), 4), RoundingMode.HALF_UP));
  }

  private static String percentOfRatio(BigDecimal ratio) {
    BigDecimal pct = ratio.multiply(HUNDRED).setScale(2, RoundingMode.HALF_UP);
    return (pct.signum() > 0 ? "+" : "") + pct.toPlainString() + "%";
  }
}

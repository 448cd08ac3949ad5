package io.bitget4j.testkit.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.bitget4j.core.ProductType;
import io.bitget4j.core.Symbol;
import io.bitget4j.core.model.Position;
import io.bitget4j.core.model.Side;
import io.bitget4j.core.model.Ticker;
import io.bitget4j.core.util.Backoff;
import io.bitget4j.rest.BitgetRestClient;
import io.bitget4j.rest.OrderRequest;
import io.bitget4j.testkit.FakeBitget;
import io.bitget4j.ws.BitgetStreamClient;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Our REST and stream clients together against the (classic) fake exchange, faults included. The
 * REST scenarios run on both account modes in {@link RestClientOnBothAccountModesTest}; these need
 * the fake's streams, which are V2 in both modes until it streams V3.
 */
@Timeout(60)
class ClientsAgainstFakeBitgetTest {
  private static final Symbol BTC = Symbol.BTCUSDT_UMCBL;

  private FakeBitget fake;
  private BitgetRestClient rest;
  private BitgetStreamClient streams;

  @BeforeEach
  void start() {
    fake = FakeBitget.builder().tickInterval(Duration.ZERO).start();
    rest = BitgetRestClient.builder().baseUrl(fake.restUrl()).credentials(fake.credentials()).build();
    streams = BitgetStreamClient.builder()
        .publicUrl(fake.publicWsUrl())
        .privateUrl(fake.privateWsUrl())
        .credentials(fake.credentials())
        .backoff(Backoff.builder().base(Duration.ofMillis(50)).cap(Duration.ofMillis(500)).unlimited().build())
        .build();
  }

  @AfterEach
  void stop() {
    streams.close();
    rest.close();
    fake.close();
  }

  @Test
  void placedOrderArrivesAsPositionOnStreamAndPnlFollowsThePrice() {
    AtomicReference<List<Position>> latest = new AtomicReference<>(List.of());
    streams.positions(ProductType.UMCBL, latest::set);

    rest.orders().place(OrderRequest.market(BTC, Side.BUY, new BigDecimal("0.1")));

    await().atMost(10, TimeUnit.SECONDS).until(() -> !openPositions(latest.get()).isEmpty());
    Position opened = openPositions(latest.get()).get(0);
    assertThat(opened.size()).isEqualByComparingTo("0.1");
    assertThat(opened.isLong()).isTrue();

    BigDecimal higher = opened.entryPrice().add(new BigDecimal("1000"));
    fake.setPrice(BTC, higher);
    // 0.1 BTC gains 100 USDT when the price rises 1,000 above the entry
    await().atMost(10, TimeUnit.SECONDS).until(() -> !openPositions(latest.get()).isEmpty()
        && openPositions(latest.get()).get(0).unrealizedPnl().compareTo(new BigDecimal("100")) == 0);
    assertThat(rest.positions().of(BTC)).singleElement()
        .satisfies(p -> assertThat(p.unrealizedPnl()).isEqualByComparingTo("100"));
  }

  @Test
  void streamsComeBackAfterTheExchangeDropsEveryConnection() {
    List<Ticker> tickers = new CopyOnWriteArrayList<>();
    AtomicReference<List<Position>> positions = new AtomicReference<>(List.of());
    streams.ticker(BTC, tickers::add);
    streams.positions(ProductType.UMCBL, positions::set);
    await().atMost(10, TimeUnit.SECONDS).until(() -> !tickers.isEmpty());
    rest.orders().place(OrderRequest.market(BTC, Side.BUY, new BigDecimal("0.2")));
    await().atMost(10, TimeUnit.SECONDS).until(() -> !openPositions(positions.get()).isEmpty());

    for (int drop = 1; drop <= 3; drop++) {
      assertThat(fake.faults().dropWebSocketConnections()).isPositive();
      long dropsSeen = drop;
      await().atMost(15, TimeUnit.SECONDS).until(() -> streams.health().reconnectCount() >= dropsSeen
          && fake.webSocketConnections() == 2);
      BigDecimal price = new BigDecimal(30000 + drop * 100);
      // the stream may still be resubscribing: keep moving the price until the new one arrives
      await().atMost(15, TimeUnit.SECONDS).pollInterval(Duration.ofMillis(100)).until(() -> {
        fake.setPrice(BTC, price);
        return tickers.get(tickers.size() - 1).lastPrice().compareTo(price) == 0
            && openPositions(positions.get()).get(0).markPrice().map(m -> m.compareTo(price) == 0).orElse(true);
      });
    }
    assertThat(openPositions(positions.get())).singleElement()
        .satisfies(p -> assertThat(p.size()).isEqualByComparingTo("0.2"));
  }

  @Test
  void privateStreamsLogInAndReachAuthenticated() {
    AtomicReference<io.bitget4j.core.model.Account> account = new AtomicReference<>();
    streams.account(ProductType.UMCBL, account::set);
    await().atMost(10, TimeUnit.SECONDS).until(() -> account.get() != null);
    assertThat(account.get().equity()).isEqualByComparingTo("10000");
  }

  private static List<Position> openPositions(List<Position> all) {
    return all.stream().filter(p -> p.symbol().equals(BTC) && !p.isEmpty()).toList();
  }
}

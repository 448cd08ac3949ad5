package io.bitget4j.ws;

import static org.assertj.core.api.Assertions.assertThat;

import io.bitget4j.core.Symbol;
import io.bitget4j.ws.testing.Await;
import io.bitget4j.ws.testing.FakeStreamServer;
import io.bitget4j.ws.testing.FakeStreamServer.Session;
import io.bitget4j.ws.testing.Pushes;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The README's stream quick start, run against a local server instead of Bitget. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class QuickStartTest {

  @Test
  void quickStartReceivesPricesAndBooks() throws InterruptedException {
    try (FakeStreamServer server = FakeStreamServer.start()) {
      List<BigDecimal> prices = new CopyOnWriteArrayList<>();
      CountDownLatch bookSeen = new CountDownLatch(1);
      Thread exchange = new Thread(() -> {
        Session session = server.awaitSession(0);
        session.awaitFrame("both subscribes", f -> f.contains("books"));
        session.send(Pushes.ticker("BTCUSDT", "27000.5"));
        session.send(Pushes.booksSnapshot());
      });
      exchange.start();

      // --- quick start (README), with the URL pointed at the local server ---
      try (BitgetStreamClient client = BitgetStreamClient.builder()
          .publicUrl(server.publicUrl()) // omit for Bitget's wss://ws.bitget.com/v2/ws/public
          .build()) {
        client.addStateListener(change -> System.out.println(change.connection() + ": " + change.current()));
        client.ticker(Symbol.BTCUSDT_UMCBL, ticker -> prices.add(ticker.lastPrice()));
        client.orderBook(Symbol.BTCUSDT_UMCBL, BookDepth.FULL,
            book -> bookSeen.countDown(),
            Delivery.throttled(Duration.ofSeconds(1)));
        assertThat(bookSeen.await(10, TimeUnit.SECONDS)).isTrue();
        Await.await("the price").until(() -> !prices.isEmpty()); // on another listener thread
      }
      // --- end of quick start ---

      exchange.join(10_000);
      assertThat(prices).containsExactly(new BigDecimal("27000.5"));
    }
  }
}

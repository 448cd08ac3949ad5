package io.bitget4j.ws.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.bitget4j.ws.Delivery;
import io.bitget4j.core.testing.ManualClock;
import io.bitget4j.core.testing.ManualScheduler;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ThrottledDeliveryTest {
  private final ManualClock clock = ManualClock.create();
  private final ManualScheduler scheduler = ManualScheduler.create(clock);
  private final List<String> delivered = new ArrayList<>();
  private final List<Duration> deliveredAt = new ArrayList<>();
  private final Instant start = clock.instant();

  private ListenerHandle<String> handle(Delivery delivery) {
    DeliveryContext context = new DeliveryContext(Runnable::run, false, scheduler, clock, new AtomicLong());
    return new ListenerHandle<>("throttled", value -> {
      delivered.add(value);
      deliveredAt.add(Duration.between(start, clock.instant()));
    }, delivery, context, h -> { });
  }

  @Test
  void deliversTheFirstValueAtOnceAndTheLatestAtEachIntervalEnd() {
    ListenerHandle<String> handle = handle(Delivery.throttled(Duration.ofSeconds(1)));

    handle.publish("a");
    scheduler.advanceMillis(200);
    handle.publish("b");
    scheduler.advanceMillis(300);
    handle.publish("c");
    assertThat(delivered).containsExactly("a");

    scheduler.advanceMillis(500);
    assertThat(delivered).containsExactly("a", "c");
    assertThat(deliveredAt).containsExactly(Duration.ZERO, Duration.ofSeconds(1));

    handle.publish("d");
    handle.publish("e");
    scheduler.advanceMillis(999);
    assertThat(delivered).containsExactly("a", "c");
    scheduler.advanceMillis(1);
    assertThat(delivered).containsExactly("a", "c", "e");
    assertThat(deliveredAt).containsExactly(Duration.ZERO, Duration.ofSeconds(1), Duration.ofSeconds(2));
  }

  @Test
  void quietThrottleDeliversTheNextValueAtOnce() {
    ListenerHandle<String> handle = handle(Delivery.throttled(Duration.ofSeconds(2)));

    handle.publish("a");
    scheduler.advance(Duration.ofSeconds(5));
    handle.publish("b");

    assertThat(delivered).containsExactly("a", "b");
    assertThat(deliveredAt).containsExactly(Duration.ZERO, Duration.ofSeconds(5));
    assertThat(scheduler.pendingTaskCount()).isZero();
  }

  @Test
  void panelCadencesAreOneTwoFiveAndTenSeconds() {
    assertThat(Delivery.panelPrice().interval()).contains(Duration.ofSeconds(1));
    assertThat(Delivery.panelPositions().interval()).contains(Duration.ofSeconds(2));
    assertThat(Delivery.panelOrders().interval()).contains(Duration.ofSeconds(5));
    assertThat(Delivery.panelAccount().interval()).contains(Duration.ofSeconds(10));
    assertThat(Delivery.immediate().isThrottled()).isFalse();
  }

  @Test
  void closedHandleDeliversNothingMore() {
    ListenerHandle<String> handle = handle(Delivery.throttled(Duration.ofSeconds(1)));
    handle.publish("a");
    handle.publish("b");

    handle.close();
    scheduler.advance(Duration.ofSeconds(3));
    handle.publish("c");

    assertThat(delivered).containsExactly("a");
    assertThat(handle.isActive()).isFalse();
  }

  @Test
  void immediateDeliveryPassesEveryValue() {
    ListenerHandle<String> handle = handle(Delivery.immediate());

    handle.publish("a");
    handle.publish("b");

    assertThat(delivered).containsExactly("a", "b");
  }
}

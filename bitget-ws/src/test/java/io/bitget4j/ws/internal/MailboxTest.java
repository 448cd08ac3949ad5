package io.bitget4j.ws.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bitget4j.core.BitgetApiException;
import io.bitget4j.core.BitgetException;
import io.bitget4j.ws.testing.Await;
import io.bitget4j.ws.testing.Logs;
import io.bitget4j.ws.testing.Sneaky;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class MailboxTest {
  private final Queue<Runnable> tasks = new ArrayDeque<>();
  private final List<Object> delivered = new CopyOnWriteArrayList<>();
  private final AtomicLong dropped = new AtomicLong();

  private Mailbox<Integer> mailbox(int capacity) {
    return new Mailbox<>("test", tasks::add, capacity, delivered::add, delivered::add, dropped);
  }

  private void runTasks() {
    for (int i = 0; i < 1000 && !tasks.isEmpty(); i++) {
      tasks.poll().run();
    }
  }

  @Test
  void deliversValuesInOrderOnTheExecutor() {
    Mailbox<Integer> mailbox = mailbox(10);
    mailbox.offer(1);
    mailbox.offer(2);
    mailbox.offer(3);

    assertThat(delivered).isEmpty();
    assertThat(tasks).hasSize(1);
    runTasks();

    assertThat(delivered).containsExactly(1, 2, 3);
  }

  @Test
  void overflowDropsTheOldestAndKeepsTheLatest() {
    Mailbox<Integer> mailbox = mailbox(3);
    for (int i = 1; i <= 5; i++) {
      mailbox.offer(i);
    }
    runTasks();

    assertThat(delivered).containsExactly(3, 4, 5);
    assertThat(dropped).hasValue(2);
  }

  @Test
  void throwingConsumerDoesNotStopLaterValues() {
    Mailbox<Integer> mailbox = new Mailbox<>("throwing", tasks::add, 10, value -> {
      if (value == 2) {
        throw new IllegalStateException("listener bug");
      }
      delivered.add(value);
    }, delivered::add, dropped);
    mailbox.offer(1);
    mailbox.offer(2);
    mailbox.offer(3);
    runTasks();

    assertThat(delivered).containsExactly(1, 3);
  }

  @Test
  void consumerThrowingAnUndeclaredCheckedExceptionDoesNotStopLaterValues() {
    Mailbox<Integer> mailbox = new Mailbox<>("sneaky", tasks::add, 10, value -> {
      if (value == 1) {
        throw Sneaky.sneakyThrow(new IOException("checked, undeclared"));
      }
      delivered.add(value);
    }, delivered::add, dropped);

    mailbox.offer(1);
    runTasks();
    mailbox.offer(2);
    runTasks();

    assertThat(delivered).containsExactly(2);
    assertThat(mailbox.isClosed()).isFalse();
    assertThat(Logs.warnings()).containsExactly(
        "Listener sneaky threw java.io.IOException; the value is skipped and later values are delivered");
  }

  @Test
  void consumerThrowingStackOverflowErrorDoesNotStopLaterValues() {
    Mailbox<Integer> mailbox = new Mailbox<>("deep", tasks::add, 10, value -> {
      if (value == 1) {
        throw new StackOverflowError();
      }
      delivered.add(value);
    }, delivered::add, dropped);

    mailbox.offer(1);
    mailbox.offer(2);
    runTasks();
    mailbox.offer(3);
    runTasks();

    assertThat(delivered).containsExactly(2, 3);
  }

  @Test
  void outOfMemoryErrorPropagatesAndLeavesTheMailboxWorking() {
    Mailbox<Integer> mailbox = new Mailbox<>("oom", tasks::add, 10, value -> {
      if (value == 1) {
        throw new OutOfMemoryError("test");
      }
      delivered.add(value);
    }, delivered::add, dropped);

    mailbox.offer(1);
    mailbox.offer(2);
    assertThatThrownBy(() -> tasks.poll().run()).isInstanceOf(OutOfMemoryError.class);
    runTasks();
    mailbox.offer(3);
    runTasks();

    assertThat(delivered).containsExactly(2, 3);
  }

  @Test
  void failDeliversTheWaitingValuesThenTheErrorThenNothing() {
    Mailbox<Integer> mailbox = mailbox(10);
    BitgetException error = BitgetApiException.of("30001", "doesn't exist", 0, "WS", "ticker");
    mailbox.offer(1);
    mailbox.fail(error);
    mailbox.offer(2);
    mailbox.fail(BitgetApiException.of("30002", "again", 0, "WS", "ticker"));
    runTasks();

    assertThat(delivered).containsExactly(1, error);
    assertThat(mailbox.isClosed()).isTrue();
  }

  @Test
  void closeStopsDeliveryOfWaitingValues() {
    Mailbox<Integer> mailbox = mailbox(10);
    mailbox.offer(1);
    mailbox.close();
    mailbox.offer(2);
    runTasks();

    assertThat(delivered).isEmpty();
  }

  @Test
  void refusingExecutorClosesTheMailbox() {
    Mailbox<Integer> mailbox = new Mailbox<>("refused", task -> {
      throw new RejectedExecutionException("shut down");
    }, 10, delivered::add, delivered::add, dropped);

    mailbox.offer(1);

    assertThat(mailbox.isClosed()).isTrue();
    assertThat(delivered).isEmpty();
  }

  @Test
  void lingeringDrainTakesABurstWithoutAnotherWakeUp() {
    List<Integer> burst = new ArrayList<>(List.of(2, 3, 4));
    AtomicReference<Mailbox<Integer>> self = new AtomicReference<>();
    int[] naps = {0};
    Mailbox<Integer> mailbox = new Mailbox<>("lingering", tasks::add, 10, delivered::add, delivered::add, dropped,
        () -> {
          // The socket thread queues more while the drain waits: no new task, no signal.
          naps[0]++;
          while (!burst.isEmpty()) {
            self.get().offer(burst.remove(0));
            assertThat(tasks).isEmpty();
          }
        });
    self.set(mailbox);

    mailbox.offer(1);
    assertThat(tasks).hasSize(1);
    tasks.poll().run();

    assertThat(delivered).containsExactly(1, 2, 3, 4);
    assertThat(naps[0]).as("one wait that found the burst, one that found nothing").isEqualTo(2);
    assertThat(tasks).isEmpty();

    mailbox.offer(5); // the drain gave its thread back: the next value schedules a new one
    assertThat(tasks).hasSize(1);
    tasks.poll().run();
    assertThat(delivered).containsExactly(1, 2, 3, 4, 5);
  }

  @Test
  void lingeringDrainDeliversPastTheBatchWithoutYielding() {
    Mailbox<Integer> mailbox = new Mailbox<>("lingering", tasks::add, 1000, delivered::add, delivered::add, dropped,
        () -> { });
    for (int i = 0; i < 200; i++) {
      mailbox.offer(i);
    }

    tasks.poll().run();

    assertThat(delivered).hasSize(200);
    assertThat(tasks).isEmpty();
  }

  @Test
  void slowConsumerNeverBlocksTheProducerAndEndsOnTheLatestValue() throws InterruptedException {
    ExecutorService executor = Executors.newSingleThreadExecutor();
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch first = new CountDownLatch(1);
    try {
      Mailbox<Integer> mailbox = new Mailbox<>("slow", executor, 16, value -> {
        first.countDown();
        try {
          release.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        delivered.add(value);
      }, delivered::add, dropped);
      mailbox.offer(0);
      assertThat(first.await(5, TimeUnit.SECONDS)).isTrue();
      for (int i = 1; i <= 10_000; i++) {
        mailbox.offer(i); // returns at once although the consumer is stuck
      }
      release.countDown();

      Await.await().until(() -> delivered.contains(10_000));
      assertThat(delivered).hasSize(17).startsWith(0).endsWith(10_000);
      assertThat(dropped.get()).isEqualTo(10_000 - 16);
    } finally {
      release.countDown();
      executor.shutdownNow();
    }
  }
}

package consumer;

import io.bitget4j.testkit.FakeBitget;

/** Compiles against the testkit, which the consumer takes in test scope. */
final class ConsumerTestSupport {
  private ConsumerTestSupport() {
  }

  static FakeBitget start() {
    return FakeBitget.start();
  }
}

package io.bitget4j.testkit.internal;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/** Faults armed by a test, consumed by the dispatcher as requests arrive. */
public final class FaultState {
  private final AtomicInteger failRemaining = new AtomicInteger();
  private volatile int failStatus;
  private volatile String failCode = "";
  private final AtomicInteger delayRemaining = new AtomicInteger();
  private volatile long delayMillis;
  private final AtomicBoolean loseNextOrder = new AtomicBoolean();
  private int settingsModeRemaining;
  private String settingsMode = "";

  public synchronized void failNext(int n, int httpStatus, String bitgetCode) {
    this.failStatus = httpStatus;
    this.failCode = bitgetCode;
    failRemaining.set(n);
  }

  public synchronized void delayNext(int n, long millis) {
    this.delayMillis = millis;
    delayRemaining.set(n);
  }

  public void loseNextOrderResponse() {
    loseNextOrder.set(true);
  }

  /** Makes the next {@code calls} V3 account settings answers report {@code accountMode}. */
  public synchronized void reportAccountMode(String accountMode, int calls) {
    this.settingsMode = accountMode;
    this.settingsModeRemaining = calls;
  }

  public synchronized void clear() {
    failRemaining.set(0);
    delayRemaining.set(0);
    loseNextOrder.set(false);
    settingsModeRemaining = 0;
  }

  /** Takes one armed account-mode report for the V3 settings, or empty when none is armed. */
  synchronized Optional<String> takeSettingsAccountMode() {
    if (settingsModeRemaining <= 0) {
      return Optional.empty();
    }
    settingsModeRemaining--;
    return Optional.of(settingsMode);
  }

  /** An armed REST failure: the HTTP status and Bitget code to answer with. */
  record Failure(int httpStatus, String code) {}

  /** Takes one armed failure, or null when none is armed. */
  synchronized Failure takeFailure() {
    if (failRemaining.get() <= 0) {
      return null;
    }
    failRemaining.decrementAndGet();
    return new Failure(failStatus, failCode);
  }

  /** Takes one armed delay in milliseconds, or 0. */
  synchronized long takeDelay() {
    if (delayRemaining.get() <= 0) {
      return 0;
    }
    delayRemaining.decrementAndGet();
    return delayMillis;
  }

  boolean takeLoseNextOrder() {
    return loseNextOrder.getAndSet(false);
  }
}

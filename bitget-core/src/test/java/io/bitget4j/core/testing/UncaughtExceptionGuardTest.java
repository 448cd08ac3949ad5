package io.bitget4j.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.event.Level;

@Timeout(10)
class UncaughtExceptionGuardTest {
  private final UncaughtExceptionGuard guard = new UncaughtExceptionGuard();
  private final ExtensionContext context = (ExtensionContext) Proxy.newProxyInstance(
      ExtensionContext.class.getClassLoader(), new Class<?>[] {ExtensionContext.class},
      (proxy, method, args) -> method.getName().equals("getDisplayName") ? "probe()" : null);

  @Test
  void failsTheTestWhenABackgroundThreadDied() throws InterruptedException {
    guard.beforeEach(context);
    Thread thread = new Thread(() -> {
      throw new IllegalStateException("reader thread bug");
    }, "probe-reader");
    thread.start();
    thread.join(5_000);

    assertThatThrownBy(() -> guard.afterEach(context))
        .isInstanceOf(AssertionError.class)
        .hasMessage("1 uncaught exception(s) in background threads during probe(); the first is the cause")
        .hasRootCauseMessage("reader thread bug");
    assertThat(LogCapture.events(Level.ERROR)).singleElement().satisfies(event -> {
      assertThat(event.message()).isEqualTo("Uncaught exception in thread probe-reader");
      assertThat(event.throwable()).get().extracting(Throwable::getMessage).isEqualTo("reader thread bug");
    });
  }

  @Test
  void passesWhenNoThreadDied() {
    guard.beforeEach(context);
    assertThatCode(() -> guard.afterEach(context)).doesNotThrowAnyException();
  }
}

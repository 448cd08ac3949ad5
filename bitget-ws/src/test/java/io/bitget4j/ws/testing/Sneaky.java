package io.bitget4j.ws.testing;

/**
 * Throws a checked exception from code that does not declare it, as Kotlin, Groovy and Lombok's
 * {@code @SneakyThrows} do.
 */
public final class Sneaky {
  private Sneaky() {
  }

  /** Throws {@code exception} unchecked; declared to return one so callers can write {@code throw}. */
  public static RuntimeException sneakyThrow(Exception exception) {
    throw Sneaky.<RuntimeException>cast(exception);
  }

  @SuppressWarnings("unchecked")
  private static <E extends Exception> E cast(Exception exception) throws E {
    throw (E) exception;
  }
}

package io.bitget4j.ws.internal;

/** Which failures of user code the stream client survives. */
final class Throwables {
  private Throwables() {
  }

  /**
   * Whether {@code failure} must propagate rather than be logged and survived: a
   * {@link VirtualMachineError} such as {@link OutOfMemoryError}, except
   * {@link StackOverflowError}, which leaves a usable thread once the stack has unwound.
   * Everything else a listener or other user code throws (checked exceptions thrown sneakily,
   * {@link AssertionError}, {@link LinkageError}, ...) is survivable.
   */
  static boolean isFatal(Throwable failure) {
    return failure instanceof VirtualMachineError && !(failure instanceof StackOverflowError);
  }

  /** Rethrows {@code failure} if it {@linkplain #isFatal is fatal}; returns otherwise. */
  static void rethrowIfFatal(Throwable failure) {
    if (isFatal(failure)) {
      throw (VirtualMachineError) failure;
    }
  }
}

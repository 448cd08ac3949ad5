package io.bitget4j.testkit;

import java.time.Instant;
import java.util.Objects;

/**
 * One WebSocket text frame {@link FakeBitget} received from a client, on its public or private
 * endpoint. Login frames carry the passphrase; {@link #toString()} does not show them.
 *
 * @param privateEndpoint whether the frame came in on the private endpoint
 * @param text the frame's text as sent
 * @param receivedAt when the fake received the frame, by its clock
 */
public record RecordedFrame(boolean privateEndpoint, String text, Instant receivedAt) {
  /**
   * Checks that no component is null.
   *
   * @param privateEndpoint whether the frame came in on the private endpoint
   * @param text the frame's text as sent
   * @param receivedAt when the fake received the frame, by its clock
   */
  public RecordedFrame {
    Objects.requireNonNull(text, "text == null");
    Objects.requireNonNull(receivedAt, "receivedAt == null");
  }

  @Override
  public String toString() {
    String shown = text.contains("\"passphrase\"") ? "<login frame>" : text;
    return "RecordedFrame{" + (privateEndpoint ? "private" : "public") + ", " + shown + ", receivedAt="
        + receivedAt + '}';
  }
}

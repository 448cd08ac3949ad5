package io.bitget4j.ws.internal;

import io.bitget4j.core.internal.json.JsonDecoder;
import io.bitget4j.core.internal.json.StreamFrame;
import java.util.List;

/**
 * Turns the pushes of one channel into the values its listeners receive. Called on the socket's
 * reader thread, one push at a time; {@link #reset()} is called on the control thread.
 *
 * @param <T> the type of the values
 */
public interface PushHandler<T> {

  /**
   * The decoder of this channel's data; the frame reader decodes the data with it while it reads
   * the frame, so {@link #onPush} gets it from {@link StreamFrame#data(JsonDecoder)} without a
   * second pass.
   */
  JsonDecoder<?> decoder();

  /**
   * Decodes one push.
   *
   * @param resync asks the connection to subscribe the channel again, for a book out of sync
   * @return the values to deliver, in order; empty to deliver nothing
   * @throws io.bitget4j.core.BitgetDecodingException when the data cannot be read
   */
  List<T> onPush(StreamFrame frame, Runnable resync);

  /** Forgets any state built from earlier pushes: the socket was lost or the channel resubscribed. */
  default void reset() {
  }

  /**
   * Whether the handler builds its values from a snapshot that only a subscribe brings (a book, V3
   * positions): a channel that joins a server subscription already live asks for it again.
   */
  default boolean needsSnapshot() {
    return false;
  }
}

package io.bitget4j.ws.internal;

import io.bitget4j.core.Symbol;
import io.bitget4j.core.internal.json.JsonDecoder;
import io.bitget4j.core.internal.json.StreamFrame;
import io.bitget4j.core.model.HoldSide;
import io.bitget4j.core.model.Position;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A unified account's positions of one product type from V3's {@code position} topic, which sends
 * every position when subscribed (and again now and then) as a {@code snapshot}, and in between
 * only the positions that changed, as an {@code update}. The handler keeps the open positions by
 * symbol and side, and delivers the whole list after every push, as V2's channel does: a snapshot
 * replaces the list, an update replaces the positions it names, and a position of size zero
 * ({@code positionStatus} {@code ended}) leaves it. Until the first snapshot (after a subscribe,
 * a reconnect or a move) updates are ignored, so that no list is delivered that could lack an
 * unchanged position. Rows of other product types are skipped by the decoder.
 */
final class MergedPositions implements PushHandler<List<Position>> {
  private final JsonDecoder<List<Position>> decoder;
  private final Map<Key, Position> open = new LinkedHashMap<>();
  private boolean based;

  private record Key(Symbol symbol, HoldSide side) {
  }

  MergedPositions(JsonDecoder<List<Position>> decoder) {
    this.decoder = decoder;
  }

  @Override
  public JsonDecoder<List<Position>> decoder() {
    return decoder;
  }

  @Override
  public synchronized List<List<Position>> onPush(StreamFrame frame, Runnable resync) {
    List<Position> rows = frame.data(decoder).orElse(List.of());
    if (frame.isSnapshot()) {
      open.clear();
      based = true;
    } else if (!based) {
      return List.of(); // changes to a list not received yet
    }
    for (Position row : rows) {
      Key key = new Key(row.symbol(), row.holdSide());
      if (row.isEmpty()) {
        open.remove(key);
      } else {
        open.put(key, row);
      }
    }
    return List.of(List.copyOf(open.values()));
  }

  @Override
  public synchronized void reset() {
    open.clear();
    based = false;
  }

  @Override
  public boolean needsSnapshot() {
    return true;
  }
}

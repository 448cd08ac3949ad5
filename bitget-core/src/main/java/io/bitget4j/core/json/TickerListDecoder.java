package io.bitget4j.core.json;

import com.squareup.moshi.JsonReader;
import io.bitget4j.core.model.Ticker;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A list of tickers (REST {@code tickers}, WebSocket {@code ticker} push data), with a fast path. */
final class TickerListDecoder implements FastDecoder<List<Ticker>> {
  private final TickerReader item;

  TickerListDecoder(TickerReader item) {
    this.item = item;
  }

  @Override
  public List<Ticker> decode(JsonReader reader) throws IOException {
    return Shapes.list(reader, item);
  }

  @Override
  public List<Ticker> decodeFast(TextScanner scanner) {
    if (scanner.consumeNull()) {
      return List.of();
    }
    scanner.expect('[');
    Ticker only = null; // a push usually holds one ticker
    List<Ticker> tickers = null;
    boolean first = true;
    while (scanner.hasNext(']', first)) {
      first = false;
      Ticker ticker = item.readFast(scanner, true);
      if (ticker == null) {
        continue;
      }
      if (only == null) {
        only = ticker;
      } else {
        if (tickers == null) {
          tickers = new ArrayList<>();
          tickers.add(only);
        }
        tickers.add(ticker);
      }
    }
    return tickers != null ? Collections.unmodifiableList(tickers) : only != null ? List.of(only) : List.of();
  }
}

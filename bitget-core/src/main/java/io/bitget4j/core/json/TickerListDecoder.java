package io.bitget4j.core.json;

import com.squareup.moshi.JsonReader;
import io.bitget4j.core.model.Ticker;
import java.io.IOException;
import java.util.ArrayList;
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
    List<Ticker> tickers = new ArrayList<>(1);
    boolean first = true;
    while (scanner.hasNext(']', first)) {
      first = false;
      Ticker ticker = item.readFast(scanner, true);
      if (ticker != null) {
        tickers.add(ticker);
      }
    }
    return tickers;
  }
}

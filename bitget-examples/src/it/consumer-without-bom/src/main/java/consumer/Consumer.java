package consumer;

import io.bitget4j.core.Symbol;
import io.bitget4j.rest.BitgetRestClient;
import io.bitget4j.ws.BitgetStreamClient;

/** Compiles against the client modules, each named with its version and nothing else. */
public final class Consumer {
  private Consumer() {
  }

  public static String names() {
    return Symbol.BTCUSDT_UMCBL + " " + BitgetRestClient.class.getSimpleName() + " "
        + BitgetStreamClient.class.getSimpleName();
  }
}

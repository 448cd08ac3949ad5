package consumer;

import com.squareup.moshi.Moshi;
import io.bitget4j.core.Symbol;
import io.bitget4j.rest.BitgetRestClient;
import io.bitget4j.ws.BitgetStreamClient;

/** Compiles against the client modules, and against Moshi, which this consumer also uses. */
public final class Consumer {
  private Consumer() {
  }

  public static String names() {
    return Symbol.BTCUSDT_UMCBL + " " + BitgetRestClient.class.getSimpleName() + " "
        + BitgetStreamClient.class.getSimpleName() + " "
        + new Moshi.Builder().build().adapter(String.class).toJson("x");
  }
}

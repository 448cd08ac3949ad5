package io.bitget4j.examples;

import io.bitget4j.core.AccountMode;
import io.bitget4j.testkit.FakeBitget;
import java.util.Locale;

/**
 * The embedded fake exchange the short examples run on: a classic account (Bitget's V2 API) by
 * default, a unified trading account (V3) with {@code -Dbitget4j.accountMode=unified}, as in
 * {@code mvn -B -q -pl bitget-examples exec:java -Dexec.mainClass=io.bitget4j.examples.ListPositions
 * -Dbitget4j.accountMode=unified}. The examples' clients detect the mode, so their code is the same
 * on both.
 */
final class ExampleFakes {
  /** The system property naming the fake's kind of account: {@code classic} (default) or {@code unified}. */
  static final String ACCOUNT_MODE_PROPERTY = "bitget4j.accountMode";

  private ExampleFakes() {
  }

  /**
   * A fake exchange builder for the account mode {@value #ACCOUNT_MODE_PROPERTY} names.
   *
   * @throws IllegalArgumentException when the property is neither {@code classic} nor {@code unified}
   */
  static FakeBitget.Builder builder() {
    String mode = System.getProperty(ACCOUNT_MODE_PROPERTY, "classic");
    switch (mode.strip().toLowerCase(Locale.ROOT)) {
      case "classic":
        return FakeBitget.builder().accountMode(AccountMode.CLASSIC);
      case "unified":
        return FakeBitget.builder().accountMode(AccountMode.UNIFIED);
      default:
        throw new IllegalArgumentException("invalid -D" + ACCOUNT_MODE_PROPERTY + "=" + mode
            + ": use classic or unified");
    }
  }
}

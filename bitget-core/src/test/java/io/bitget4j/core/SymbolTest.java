package io.bitget4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Timeout(10)
class SymbolTest {

  @Test
  void parsesUsdtPerpetualIntoParts() {
    Symbol btc = Symbol.parse("BTCUSDT_UMCBL");
    assertThat(btc.base()).isEqualTo("BTC");
    assertThat(btc.quote()).isEqualTo("USDT");
    assertThat(btc.productType()).isEqualTo(ProductType.UMCBL);
    assertThat(btc.v2Symbol()).isEqualTo("BTCUSDT");
    assertThat(btc.productType().v2Name()).isEqualTo("USDT-FUTURES");
    assertThat(btc.marginCoin()).isEqualTo("USDT");
    assertThat(btc.ccxt()).isEqualTo("BTC/USDT:USDT");
    assertThat(btc).hasToString("BTCUSDT_UMCBL").isEqualTo(Symbol.BTCUSDT_UMCBL);
  }

  @ParameterizedTest(name = "{0} has base {1}, v2 {2}, margin {3}, ccxt {4}")
  @CsvSource(delimiter = '|', value = {
      "BTCUSDT_UMCBL      | BTC      | BTCUSDT      | USDT  | BTC/USDT:USDT      | USDT-FUTURES",
      "BTCUSD_DMCBL       | BTC      | BTCUSD       | BTC   | BTC/USD:BTC        | COIN-FUTURES",
      "BTCPERP_CMCBL      | BTC      | BTCPERP      | USDC  | BTC/USDC:USDC      | USDC-FUTURES",
      "SBTCSUSDT_SUMCBL   | SBTC     | SBTCSUSDT    | SUSDT | SBTC/SUSDT:SUSDT   | SUSDT-FUTURES",
      "SETHSUSD_SDMCBL    | SETH     | SETHSUSD     | SETH  | SETH/SUSD:SETH     | SCOIN-FUTURES",
      "SBTCSPERP_SCMCBL   | SBTC     | SBTCSPERP    | SUSDC | SBTC/SUSDC:SUSDC   | SUSDC-FUTURES",
      "1000SATSUSDT_UMCBL | 1000SATS | 1000SATSUSDT | USDT  | 1000SATS/USDT:USDT | USDT-FUTURES",
      "$AIUSDT_UMCBL      | $AI      | $AIUSDT      | USDT  | $AI/USDT:USDT      | USDT-FUTURES",
      "龙虾USDT_UMCBL      | 龙虾       | 龙虾USDT       | USDT  | 龙虾/USDT:USDT       | USDT-FUTURES",
  })
  void convertsEveryProductTypeToWireAndCcxtForms(
      String text, String base, String v2, String margin, String ccxt, String productType) {
    Symbol symbol = Symbol.parse(text);
    assertThat(symbol.base()).isEqualTo(base);
    assertThat(symbol.v2Symbol()).isEqualTo(v2);
    assertThat(symbol.marginCoin()).isEqualTo(margin);
    assertThat(symbol.ccxt()).isEqualTo(ccxt);
    assertThat(symbol.productType().v2Name()).isEqualTo(productType);
    assertThat(Symbol.fromV2(v2, productType)).isEqualTo(symbol);
    assertThat(Symbol.fromCcxt(ccxt)).isEqualTo(symbol);
    assertThat(Symbol.parse(symbol.toString())).isEqualTo(symbol);
    assertThat(Symbol.of(symbol.base(), symbol.quote(), symbol.productType())).isEqualTo(symbol);
  }

  @Test
  void fromV2AcceptsLowerCaseProductTypeAsTheWireSometimesSends() {
    assertThat(Symbol.fromV2("ETHUSDT", "usdt-futures")).isEqualTo(Symbol.ETHUSDT_UMCBL);
    assertThat(Symbol.fromV2("ETHUSDT", ProductType.UMCBL)).isEqualTo(Symbol.ETHUSDT_UMCBL);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      // input | exact message
      "btcusdt_umcbl | invalid symbol \"btcusdt_umcbl\": symbols are upper case; did you mean \"BTCUSDT_UMCBL\"?",
      "BTC-USDT-UMCBL | invalid symbol \"BTC-USDT-UMCBL\": separators such as '-' are not allowed; the classic form has no separator but the '_' before the product suffix; did you mean \"BTCUSDT_UMCBL\"?",
      "BTC_USDT_UMCBL | invalid symbol \"BTC_USDT_UMCBL\": separators such as '_' between base and quote are not allowed; the classic form has only the '_' before the product suffix; did you mean \"BTCUSDT_UMCBL\"?",
      "BTC-USDT | invalid symbol \"BTC-USDT\": separators such as '-' are not allowed; the classic form has no separator but the '_' before the product suffix; did you mean \"BTCUSDT_UMCBL\"?",
      "BTCUSDT | invalid symbol \"BTCUSDT\": the product suffix is missing; futures symbols end in one of _UMCBL, _DMCBL, _CMCBL, _SUMCBL, _SDMCBL, _SCMCBL; did you mean \"BTCUSDT_UMCBL\"?",
      "BTCUSD | invalid symbol \"BTCUSD\": the product suffix is missing; futures symbols end in one of _UMCBL, _DMCBL, _CMCBL, _SUMCBL, _SDMCBL, _SCMCBL; did you mean \"BTCUSD_DMCBL\"?",
      "BTCUSDT_SPBL | invalid symbol \"BTCUSDT_SPBL\": unknown suffix \"_SPBL\"; expected one of _UMCBL, _DMCBL, _CMCBL, _SUMCBL, _SDMCBL, _SCMCBL; did you mean \"BTCUSDT_UMCBL\"?",
      "USDT_UMCBL | invalid symbol \"USDT_UMCBL\": the base coin is empty; expected a form like \"BTCUSDT_UMCBL\"",
      "_UMCBL | invalid symbol \"_UMCBL\": the base and quote are empty; expected a form like \"BTCUSDT_UMCBL\"",
      "BTC_UMCBL | invalid symbol \"BTC_UMCBL\": the quote is missing or wrong: a _UMCBL symbol ends in \"USDT\" before the suffix",
      "BTC/USDT:USDT | invalid symbol \"BTC/USDT:USDT\": this is CCXT's unified form; use Symbol.fromCcxt(..) for it; did you mean \"BTCUSDT_UMCBL\"?",
      "BTC*USDT_UMCBL | invalid symbol \"BTC*USDT_UMCBL\": contains the character '*' (U+002A) at index 3; a symbol uses upper-case letters A-Z, digits, '$' and CJK ideographs",
      "ВTCUSDT_UMCBL | invalid symbol \"ВTCUSDT_UMCBL\": contains the Cyrillic letter 'В' (U+0412) at index 0, a look-alike of the Latin 'B'; did you mean \"BTCUSDT_UMCBL\"?",
      "ΕTHUSDT_UMCBL | invalid symbol \"ΕTHUSDT_UMCBL\": contains the Greek letter 'Ε' (U+0395) at index 0, a look-alike of the Latin 'E'; did you mean \"ETHUSDT_UMCBL\"?",
      "ＢTCUSDT_UMCBL | invalid symbol \"ＢTCUSDT_UMCBL\": contains the full-width character 'Ｂ' (U+FF22) at index 0; use the ASCII 'B'; did you mean \"BTCUSDT_UMCBL\"?",
      "BTC USDT_UMCBL | invalid symbol \"BTC USDT_UMCBL\": contains whitespace at index 3; symbols have no spaces; did you mean \"BTCUSDT_UMCBL\"?",
  })
  void rejectsMalformedSymbolWithMessageNamingTheFix(String input, String message) {
    assertThatThrownBy(() -> Symbol.parse(input))
        .isInstanceOf(InvalidSymbolException.class)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
    assertThat(Symbol.tryParse(input)).isEmpty();
  }

  @Test
  void rejectsSurroundingWhitespaceWithSuggestion() {
    assertThatThrownBy(() -> Symbol.parse(" BTCUSDT_UMCBL\n"))
        .isInstanceOfSatisfying(InvalidSymbolException.class, e -> {
          assertThat(e).hasMessage("invalid symbol \" BTCUSDT_UMCBL\n\": remove the surrounding whitespace;"
              + " did you mean \"BTCUSDT_UMCBL\"?");
          assertThat(e.input()).isEqualTo(" BTCUSDT_UMCBL\n");
          assertThat(e.suggestion()).contains("BTCUSDT_UMCBL");
        });
  }

  @Test
  void rejectsEmptySymbol() {
    assertThatThrownBy(() -> Symbol.parse(""))
        .isInstanceOf(InvalidSymbolException.class)
        .hasMessage("invalid symbol \"\": a symbol cannot be empty; expected a form like \"BTCUSDT_UMCBL\"");
  }

  @Test
  void rejectsAbsurdLengthAndTruncatesTheQuote() {
    String longText = "A".repeat(500) + "USDT_UMCBL";
    assertThatThrownBy(() -> Symbol.parse(longText))
        .isInstanceOfSatisfying(InvalidSymbolException.class, e -> {
          assertThat(e).hasMessage("invalid symbol \"" + "A".repeat(60) + "...\": 510 characters is too long"
              + " for a symbol (at most 40)");
          assertThat(e.suggestion()).isEmpty();
        });
  }

  @Test
  void rejectsNullWithNullPointerException() {
    assertThatThrownBy(() -> Symbol.parse(null)).isInstanceOf(NullPointerException.class).hasMessage("symbol == null");
    assertThat(Symbol.tryParse(null)).isEmpty();
  }

  @Test
  void fromCcxtRejectsNonPerpetualForms() {
    assertThatThrownBy(() -> Symbol.fromCcxt("BTC/USDT"))
        .isInstanceOf(InvalidSymbolException.class)
        .hasMessage("invalid symbol \"BTC/USDT\": not a Bitget perpetual in CCXT's unified form"
            + " BASE/QUOTE:SETTLE, such as \"BTC/USDT:USDT\"");
    assertThatThrownBy(() -> Symbol.fromCcxt("btc/usdt:usdt"))
        .isInstanceOf(InvalidSymbolException.class)
        .hasMessageEndingWith("did you mean \"BTC/USDT:USDT\"?");
  }

  @Test
  void fromV2RejectsUnknownProductTypeAndForeignSymbols() {
    assertThatThrownBy(() -> Symbol.fromV2("BTCUSDT", "SPOT"))
        .isInstanceOf(InvalidSymbolException.class)
        .hasMessageContaining("unknown productType \"SPOT\"");
    assertThatThrownBy(() -> Symbol.fromV2("ETHUSD_231229", "COIN-FUTURES"))
        .isInstanceOf(InvalidSymbolException.class);
  }

  @Test
  void ofRejectsQuoteThatDoesNotMatchProductType() {
    assertThatThrownBy(() -> Symbol.of("BTC", "USDC", ProductType.UMCBL))
        .isInstanceOf(InvalidSymbolException.class)
        .hasMessageContaining("a _UMCBL symbol ends in \"USDT\"");
  }

  @Test
  void equalityHashingAndOrderFollowTheClassicForm() {
    Symbol a = Symbol.parse("BTCUSDT_UMCBL");
    Symbol b = Symbol.fromV2("BTCUSDT", "USDT-FUTURES");
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a).isNotEqualTo(Symbol.parse("BTCUSD_DMCBL"));
    List<Symbol> sorted = new ArrayList<>(List.of(Symbol.parse("BTCUSD_DMCBL"), Symbol.ETHUSDT_UMCBL,
        Symbol.BTCUSDT_UMCBL));
    sorted.sort(null);
    assertThat(sorted).containsExactly(Symbol.BTCUSDT_UMCBL, Symbol.ETHUSDT_UMCBL, Symbol.parse("BTCUSD_DMCBL"));
  }

  @Test
  void productTypesKnowTheirSuffixNameAndDemoFlag() {
    assertThat(ProductType.UMCBL.suffix()).isEqualTo("_UMCBL");
    assertThat(ProductType.SUMCBL.isDemo()).isTrue();
    assertThat(ProductType.UMCBL.isDemo()).isFalse();
    assertThat(ProductType.DMCBL.isCoinMargined()).isTrue();
    assertThat(ProductType.DMCBL.fixedMarginCoin()).isEmpty();
    assertThat(ProductType.CMCBL.fixedMarginCoin()).contains("USDC");
    assertThat(ProductType.fromV2Name("SUSDC-FUTURES")).isEqualTo(ProductType.SCMCBL);
    assertThat(ProductType.fromSuffix("_SDMCBL")).contains(ProductType.SDMCBL);
    assertThat(ProductType.fromSuffix("_umcbl")).isEmpty();
  }
}

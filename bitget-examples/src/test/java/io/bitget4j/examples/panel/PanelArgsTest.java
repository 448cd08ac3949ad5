package io.bitget4j.examples.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bitget4j.core.Symbol;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Timeout(10)
class PanelArgsTest {

  @ParameterizedTest
  @ValueSource(strings = {"soon", "s", "30x", "PT"})
  void durationInAnUnknownFormNamesTheAcceptedForms(String duration) {
    assertThatThrownBy(() -> PanelArgs.parseDuration(duration))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("invalid --duration \"" + duration + "\": use a form like 30s, 5m, 1h or 500ms");
  }

  @Test
  void durationFormsParse() {
    assertThat(PanelArgs.parseDuration("30s")).isEqualTo(Duration.ofSeconds(30));
    assertThat(PanelArgs.parseDuration("5m")).isEqualTo(Duration.ofMinutes(5));
    assertThat(PanelArgs.parseDuration("1h")).isEqualTo(Duration.ofHours(1));
    assertThat(PanelArgs.parseDuration("500ms")).isEqualTo(Duration.ofMillis(500));
    assertThat(PanelArgs.parseDuration("PT30S")).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void helpFlagsAreRecognisedAnywhereOnTheLine() {
    assertThat(PanelArgs.parse("--help").help()).isTrue();
    assertThat(PanelArgs.parse("--plain", "-h").help()).isTrue();
    assertThat(PanelArgs.parse("--plain").help()).isFalse();
  }

  @Test
  void symbolRepeatsForSeveralMarketsInTheOrderGivenWithoutRepeats() {
    assertThat(PanelArgs.parse().symbols()).containsExactly(Symbol.BTCUSDT_UMCBL);
    assertThat(PanelArgs.parse("--symbol", "ETHUSDT_UMCBL", "--symbol=BTCUSDT_UMCBL", "--symbol", "ETHUSDT_UMCBL")
        .symbols()).containsExactly(Symbol.ETHUSDT_UMCBL, Symbol.BTCUSDT_UMCBL);
  }

  @Test
  void sizeIsAPositiveNumber() {
    assertThat(PanelArgs.parse("--size", "0.25").size()).hasValueSatisfying(s -> assertThat(s)
        .isEqualByComparingTo("0.25"));
    assertThat(PanelArgs.parse("--size=3").size()).hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("3"));
    assertThat(PanelArgs.parse().size()).isEmpty();
    assertThatThrownBy(() -> PanelArgs.parse("--size", "lots")).hasMessage(
        "invalid --size \"lots\": use a number such as 0.01");
    assertThatThrownBy(() -> PanelArgs.parse("--size", "-1")).hasMessage("invalid --size \"-1\": must be positive");
    assertThatThrownBy(() -> PanelArgs.parse("--size")).hasMessageStartingWith("--size needs a value; usage: ");
  }

  @Test
  void onlyMainnetNeedsAllowTradingToTrade() {
    assertThat(PanelArgs.parse().tradingBlockedReason()).isEmpty();
    assertThat(PanelArgs.parse("--demo").tradingBlockedReason()).isEmpty();
    assertThat(PanelArgs.parse("--mainnet", "--allow-trading").tradingBlockedReason()).isEmpty();
    assertThat(PanelArgs.parse("--mainnet").tradingBlockedReason()).hasValue(
        "trading is off on mainnet: restart with --allow-trading to trade real money");
  }

  @Test
  void helpFitsEightyColumns() {
    assertThat(PanelArgs.HELP.lines().skip(1)).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));
  }
}

package io.bitget4j.examples.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
}

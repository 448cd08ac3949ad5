package io.bitget4j.core.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bitget4j.core.BitgetDecodingException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Timeout(10)
class DecimalsTest {

  @ParameterizedTest(name = "\"{0}\" parses exactly like new BigDecimal, scale included")
  @ValueSource(strings = {
      "0", "0.0", "0.00000000", "-0", "-0.0", "1", "-1", "+1", "27000.5", "-27000.5", "0.0001", "-0.00002",
      "007", "000.500", "10.000", ".5", "5.", "-.5", "123456789012345678", "-123456789012345678",
      "0.123456789012345678", "1234567890.12345678", "0000000000000000000001.5",
      "1234567890123456789", "-9223372036854775808", "99999999999999999999.99999999",
      "24144.1124161806977798", "1e3", "1E-3", "-2.5e+10", "5167385048.693"})
  void parsesLikeBigDecimalConstructor(String text) {
    BigDecimal parsed = Decimals.parse(text);

    assertThat(parsed).isEqualTo(new BigDecimal(text));
    assertThat(parsed.scale()).isEqualTo(new BigDecimal(text).scale());
  }

  @Test
  void emptyTextIsAbsent() {
    assertThat(Decimals.parse("")).isNull();
    assertThat(Decimals.parse("", "$.data.price")).isNull();
  }

  @Test
  void acceptsAnyCharSequence() {
    assertThat(Decimals.parse(new StringBuilder("12.50"))).isEqualTo(new BigDecimal("12.50"));
  }

  @ParameterizedTest(name = "\"{0}\" is rejected")
  @ValueSource(strings = {"abc", "-", "+", ".", "1.2.3", "1,5", " 1", "1 ", "NaN", "Infinity", "0x10", "1e", "--1",
      "１２"})
  void rejectsGarbage(String text) {
    assertThatThrownBy(() -> Decimals.parse(text))
        .isInstanceOf(BitgetDecodingException.class)
        .hasMessage("Expected a decimal number but was \"" + text + "\"");
  }

  @Test
  void rejectionNamesJsonPath() {
    assertThatThrownBy(() -> Decimals.parse("n/a", "$.data[0].lastPr"))
        .isInstanceOf(BitgetDecodingException.class)
        .hasMessage("Expected a decimal number but was \"n/a\" at path $.data[0].lastPr");
  }

  @Test
  void rejectionQuotesOnlyTheStartOfLongText() {
    String text = "z".repeat(100);

    assertThatThrownBy(() -> Decimals.parse(text))
        .hasMessage("Expected a decimal number but was \"" + "z".repeat(64) + "...\"");
  }
}

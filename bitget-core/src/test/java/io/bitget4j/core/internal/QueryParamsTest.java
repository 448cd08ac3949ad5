package io.bitget4j.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class QueryParamsTest {

  @Test
  void sortsKeysAndDropsAbsentValues() {
    QueryParams query = QueryParams.builder()
        .put("symbol", "BTCUSDT")
        .put("productType", "USDT-FUTURES")
        .put("marginCoin", (String) null)
        .put("limit", 100)
        .build();
    assertThat(query.signedForm()).isEqualTo("limit=100&productType=USDT-FUTURES&symbol=BTCUSDT");
    assertThat(query.urlForm()).isEqualTo(query.signedForm());
    assertThat(query.keys()).containsExactly("limit", "productType", "symbol");
    assertThat(query.get("symbol")).contains("BTCUSDT");
    assertThat(query.get("marginCoin")).isEmpty();
  }

  @Test
  void signsRawValuesButPercentEncodesTheUrlInTheSameOrder() {
    QueryParams query = QueryParams.builder()
        .put("symbol", "$AIUSDT")
        .put("productType", "USDT-FUTURES")
        .put("clientOid", "a b/c")
        .put("coin", "龙虾USDT")
        .build();
    assertThat(query.signedForm()).isEqualTo("clientOid=a b/c&coin=龙虾USDT&productType=USDT-FUTURES&symbol=$AIUSDT");
    assertThat(query.urlForm()).isEqualTo(
        "clientOid=a%20b%2Fc&coin=%E9%BE%99%E8%99%BEUSDT&productType=USDT-FUTURES&symbol=%24AIUSDT");
  }

  @Test
  void rendersDecimalsInPlainForm() {
    QueryParams query = QueryParams.builder().put("price", new BigDecimal("1E+3")).build();
    assertThat(query.signedForm()).isEqualTo("price=1000");
  }

  @Test
  void emptyHasNoForms() {
    assertThat(QueryParams.empty().isEmpty()).isTrue();
    assertThat(QueryParams.builder().build().signedForm()).isEmpty();
  }
}

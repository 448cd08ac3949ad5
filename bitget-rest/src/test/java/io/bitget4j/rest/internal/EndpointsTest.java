package io.bitget4j.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.bitget4j.rest.EndpointGroup;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each endpoint draws from the group of Bitget's published limit, and says whether it may be retried. */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class EndpointsTest {

  @ParameterizedTest(name = "{0} {1}: {2}, signed={3}, idempotent={4}")
  @CsvSource({
      "V3_TICKERS, /api/v3/market/tickers, MARKET, false, true",
      "V3_INSTRUMENTS, /api/v3/market/instruments, MARKET, false, true",
      "V3_ORDERBOOK, /api/v3/market/orderbook, MARKET, false, true",
      "V3_PLACE_ORDER, /api/v3/trade/place-order, TRADE, true, false",
      "V3_MODIFY_ORDER, /api/v3/trade/modify-order, TRADE, true, false",
      "V3_CANCEL_ORDER, /api/v3/trade/cancel-order, TRADE, true, false",
      "V3_PLACE_BATCH, /api/v3/trade/place-batch, BATCH_TRADE, true, false",
      "V3_CANCEL_BATCH, /api/v3/trade/cancel-batch, BATCH_TRADE, true, false",
      "V3_CANCEL_SYMBOL_ORDER, /api/v3/trade/cancel-symbol-order, BATCH_TRADE, true, false",
      "V3_CLOSE_POSITIONS, /api/v3/trade/close-positions, BATCH_TRADE, true, false",
      "V3_ORDER_INFO, /api/v3/trade/order-info, UNIFIED_READ, true, true",
      "V3_UNFILLED_ORDERS, /api/v3/trade/unfilled-orders, UNIFIED_READ, true, true",
      "V3_HISTORY_ORDERS, /api/v3/trade/history-orders, UNIFIED_READ, true, true",
      "V3_FILLS, /api/v3/trade/fills, UNIFIED_READ, true, true",
      "V3_CURRENT_POSITION, /api/v3/position/current-position, UNIFIED_READ, true, true",
      "V3_ASSETS, /api/v3/account/assets, UNIFIED_READ, true, true",
      "V3_SETTINGS, /api/v3/account/settings, UNIFIED_READ, true, true",
      "V3_SET_LEVERAGE, /api/v3/account/set-leverage, RESTRICTED, true, true",
      "V3_SET_HOLD_MODE, /api/v3/account/set-hold-mode, RESTRICTED, true, true",
      "V3_PLACE_STRATEGY_ORDER, /api/v3/trade/place-strategy-order, TRADE, true, false",
      "V3_MODIFY_STRATEGY_ORDER, /api/v3/trade/modify-strategy-order, TRADE, true, false",
      "V3_CANCEL_STRATEGY_ORDER, /api/v3/trade/cancel-strategy-order, TRADE, true, false",
      "V3_UNFILLED_STRATEGY_ORDERS, /api/v3/trade/unfilled-strategy-orders, UNIFIED_READ, true, true",
      "V3_HISTORY_STRATEGY_ORDERS, /api/v3/trade/history-strategy-orders, UNIFIED_READ, true, true",
      "PLACE_TPSL_ORDER, /api/v2/mix/order/place-tpsl-order, TRADE, true, false",
      "PLACE_POS_TPSL, /api/v2/mix/order/place-pos-tpsl, TRADE, true, false",
      "PLACE_PLAN_ORDER, /api/v2/mix/order/place-plan-order, TRADE, true, false",
      "MODIFY_TPSL_ORDER, /api/v2/mix/order/modify-tpsl-order, TRADE, true, false",
      "MODIFY_PLAN_ORDER, /api/v2/mix/order/modify-plan-order, TRADE, true, false",
      "CANCEL_PLAN_ORDER, /api/v2/mix/order/cancel-plan-order, TRADE, true, false",
      "ORDERS_PLAN_PENDING, /api/v2/mix/order/orders-plan-pending, PRIVATE_READ, true, true",
      "ORDERS_PLAN_HISTORY, /api/v2/mix/order/orders-plan-history, PRIVATE_READ, true, true",
  })
  void v3EndpointsUseTheirPublishedLimits(String field, String path, EndpointGroup group, boolean signed,
      boolean idempotent) throws Exception {
    Endpoint endpoint = (Endpoint) Endpoints.class.getField(field).get(null);

    assertThat(endpoint.path()).isEqualTo(path);
    assertThat(endpoint.group()).isEqualTo(group);
    assertThat(endpoint.signed()).isEqualTo(signed);
    assertThat(endpoint.idempotent()).isEqualTo(idempotent);
  }

  @ParameterizedTest(name = "{0} allows {1}/s")
  @CsvSource({"MARKET, 20", "TRADE, 10", "BATCH_TRADE, 5", "UNIFIED_READ, 20"})
  void groupsDefaultToTheV3Figures(EndpointGroup group, int perSecond) {
    assertThat(group.defaultPermits()).isEqualTo(perSecond);
  }
}

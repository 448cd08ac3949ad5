package io.bitget4j.testkit.internal;

import io.bitget4j.core.model.ConditionalOrderKind;
import io.bitget4j.core.model.ConditionalOrderStatus;
import io.bitget4j.core.model.HoldSide;
import io.bitget4j.core.model.Side;
import io.bitget4j.core.model.TriggerPriceType;
import io.bitget4j.testkit.FakeConditionalOrder;
import java.time.Instant;
import java.util.Optional;

/** Turns the engine's conditional orders into the public snapshots tests assert on. */
final class ConditionalSnapshots {
  private ConditionalSnapshots() {}

  static FakeConditionalOrder of(Conditional c) {
    Conditional.Leg leg = c.primaryLeg();
    return new FakeConditionalOrder(c.orderId, c.clientOid, c.market.contract.symbol, kind(c), status(c.status),
        Optional.ofNullable(c.posSide).map(HoldSide::fromWire), Side.fromWire(c.side), Num.plain(leg.price()),
        "mark".equals(leg.by()) ? TriggerPriceType.MARK : TriggerPriceType.LAST,
        Optional.ofNullable(leg.limitPrice()).map(Num::plain), Optional.ofNullable(c.size).map(Num::plain),
        Optional.ofNullable(c.callbackRatio).map(Num::plain), Optional.ofNullable(c.executedOrderId),
        Optional.ofNullable(c.fillPrice).map(Num::plain), Instant.ofEpochMilli(c.cTime), Instant.ofEpochMilli(c.uTime));
  }

  static ConditionalOrderKind kind(Conditional c) {
    switch (c.kind) {
      case TRIGGER:
        return ConditionalOrderKind.TRIGGER;
      case TRAILING:
        return ConditionalOrderKind.TRAILING_STOP;
      default:
        if (c.takeProfit != null && c.stopLoss != null) {
          return ConditionalOrderKind.TAKE_PROFIT_AND_STOP_LOSS;
        }
        return c.takeProfit != null ? ConditionalOrderKind.TAKE_PROFIT : ConditionalOrderKind.STOP_LOSS;
    }
  }

  private static ConditionalOrderStatus status(Conditional.Status status) {
    switch (status) {
      case LIVE:
        return ConditionalOrderStatus.LIVE;
      case TRIGGERED:
        return ConditionalOrderStatus.TRIGGERED;
      case FILLED:
        return ConditionalOrderStatus.FILLED;
      case CANCELLED:
        return ConditionalOrderStatus.CANCELLED;
      default:
        return ConditionalOrderStatus.FAILED;
    }
  }
}

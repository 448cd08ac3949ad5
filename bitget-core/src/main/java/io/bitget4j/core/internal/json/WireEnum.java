package io.bitget4j.core.internal.json;

import com.squareup.moshi.JsonReader;
import io.bitget4j.core.internal.json.JsonValues;
import io.bitget4j.core.model.ConditionalOrderStatus;
import io.bitget4j.core.model.FillRole;
import io.bitget4j.core.model.HoldSide;
import io.bitget4j.core.model.MarginMode;
import io.bitget4j.core.model.OrderStatus;
import io.bitget4j.core.model.OrderType;
import io.bitget4j.core.model.PositionMode;
import io.bitget4j.core.model.Side;
import io.bitget4j.core.model.TimeInForce;
import io.bitget4j.core.model.TradeSide;
import io.bitget4j.core.model.TriggerPriceType;
import java.io.IOException;
import java.util.function.Function;

/**
 * Reads one model enum, matching the canonical wire names without allocating a string and falling
 * back to the enum's {@code fromWire} for aliases, other cases and unknown values.
 */
final class WireEnum<E extends Enum<E>> {
  static final WireEnum<Side> SIDE = new WireEnum<>(Side.values(), Side::wireName, Side::fromWire);
  static final WireEnum<TradeSide> TRADE_SIDE =
      new WireEnum<>(TradeSide.values(), TradeSide::wireName, TradeSide::fromWire);
  static final WireEnum<HoldSide> HOLD_SIDE = new WireEnum<>(HoldSide.values(), HoldSide::wireName, HoldSide::fromWire);
  static final WireEnum<MarginMode> MARGIN_MODE =
      new WireEnum<>(MarginMode.values(), MarginMode::wireName, MarginMode::fromWire);
  static final WireEnum<PositionMode> POSITION_MODE =
      new WireEnum<>(PositionMode.values(), PositionMode::wireName, PositionMode::fromWire);
  static final WireEnum<OrderType> ORDER_TYPE =
      new WireEnum<>(OrderType.values(), OrderType::wireName, OrderType::fromWire);
  static final WireEnum<TimeInForce> TIME_IN_FORCE =
      new WireEnum<>(TimeInForce.values(), TimeInForce::wireName, TimeInForce::fromWire);
  static final WireEnum<FillRole> FILL_ROLE = new WireEnum<>(FillRole.values(), FillRole::wireName, FillRole::fromWire);
  static final WireEnum<OrderStatus> ORDER_STATUS =
      new WireEnum<>(OrderStatus.values(), OrderStatus::wireName, OrderStatus::fromWire);
  static final WireEnum<ConditionalOrderStatus> CONDITIONAL_STATUS = new WireEnum<>(ConditionalOrderStatus.values(),
      ConditionalOrderStatus::wireName, ConditionalOrderStatus::fromWire);
  static final WireEnum<TriggerPriceType> TRIGGER_PRICE_TYPE =
      new WireEnum<>(TriggerPriceType.values(), TriggerPriceType::wireName, TriggerPriceType::fromWire);

  private final E[] values;
  private final JsonReader.Options options;
  private final TextScanner.Names names;
  private final Function<String, E> fromWire;

  private WireEnum(E[] values, Function<E, String> wireName, Function<String, E> fromWire) {
    this.values = values;
    String[] names = new String[values.length];
    for (int i = 0; i < values.length; i++) {
      names[i] = wireName.apply(values[i]);
    }
    this.options = JsonReader.Options.of(names);
    this.names = new TextScanner.Names(names);
    this.fromWire = fromWire;
  }

  /** The enum value; null for JSON null and {@code ""}; {@code UNKNOWN} for unrecognised text. */
  E read(JsonReader reader) throws IOException {
    if (reader.peek() == JsonReader.Token.STRING) {
      int index = reader.selectString(options);
      if (index >= 0) {
        return values[index];
      }
    }
    String text = JsonValues.nonEmptyString(reader);
    return text == null ? null : fromWire.apply(text);
  }

  /** The enum value of the non-empty text {@code text[start, stop)}, for the scanner. */
  E read(char[] text, int start, int stop) {
    int index = names.find(text, start, stop);
    return index >= 0 ? values[index] : fromWire.apply(new String(text, start, stop - start));
  }
}

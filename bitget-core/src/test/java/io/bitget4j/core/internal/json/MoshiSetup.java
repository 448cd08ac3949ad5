package io.bitget4j.core.internal.json;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import io.bitget4j.core.Symbol;
import io.bitget4j.core.internal.json.JsonValues;
import io.bitget4j.core.model.CandleInterval;
import io.bitget4j.core.model.HoldSide;
import io.bitget4j.core.model.MarginMode;
import io.bitget4j.core.model.OrderStatus;
import io.bitget4j.core.model.OrderType;
import io.bitget4j.core.model.PositionMode;
import io.bitget4j.core.model.Side;
import io.bitget4j.core.model.TimeInForce;
import io.bitget4j.core.model.TradeSide;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

/**
 * A {@link Moshi} configured for Bitget's wire conventions, for tests and the benchmarks' reflective
 * baseline: {@code BigDecimal} from strings or numbers exactly ({@code ""} is null), {@code Instant}
 * from epoch milliseconds, the model enums by wire name ({@code UNKNOWN} for unrecognised values),
 * {@code Symbol} in the classic form, and {@code Optional}. The library itself decodes with the
 * hand-written readers of {@link BitgetJson}.
 */
public final class MoshiSetup {
  private MoshiSetup() {
  }

  /** Returns a new Moshi with the adapters above. */
  public static Moshi create() {
    return new Moshi.Builder()
        .add(BigDecimal.class, new BigDecimalAdapter().nullSafe())
        .add(Instant.class, new InstantAdapter().nullSafe())
        .add(Symbol.class, new SymbolAdapter().nullSafe())
        .add(Side.class, new WireEnumAdapter<>(Side::fromWire, Side::wireName).nullSafe())
        .add(TradeSide.class, new WireEnumAdapter<>(TradeSide::fromWire, TradeSide::wireName).nullSafe())
        .add(HoldSide.class, new WireEnumAdapter<>(HoldSide::fromWire, HoldSide::wireName).nullSafe())
        .add(MarginMode.class, new WireEnumAdapter<>(MarginMode::fromWire, MarginMode::wireName).nullSafe())
        .add(PositionMode.class, new WireEnumAdapter<>(PositionMode::fromWire, PositionMode::wireName).nullSafe())
        .add(OrderType.class, new WireEnumAdapter<>(OrderType::fromWire, OrderType::wireName).nullSafe())
        .add(TimeInForce.class, new WireEnumAdapter<>(TimeInForce::fromWire, TimeInForce::wireName).nullSafe())
        .add(OrderStatus.class, new WireEnumAdapter<>(OrderStatus::fromWire, OrderStatus::wireName).nullSafe())
        .add(CandleInterval.class,
            new WireEnumAdapter<>(CandleInterval::fromWire, CandleInterval::wireName).nullSafe())
        .add(MoshiSetup::optionalAdapter)
        .build();
  }

  /** Decimals from strings or numbers, exactly; {@code ""} reads as null. Written as strings, as Bitget does. */
  static final class BigDecimalAdapter extends JsonAdapter<BigDecimal> {
    @Override
    public BigDecimal fromJson(JsonReader reader) throws IOException {
      return JsonValues.decimal(reader);
    }

    @Override
    public void toJson(JsonWriter writer, BigDecimal value) throws IOException {
      writer.value(value.toPlainString());
    }
  }

  /** Epoch milliseconds from strings or numbers; {@code ""} reads as null. Written as a string. */
  static final class InstantAdapter extends JsonAdapter<Instant> {
    @Override
    public Instant fromJson(JsonReader reader) throws IOException {
      return JsonValues.instant(reader);
    }

    @Override
    public void toJson(JsonWriter writer, Instant value) throws IOException {
      writer.value(Long.toString(value.toEpochMilli()));
    }
  }

  /** Symbols in the classic form ({@code BTCUSDT_UMCBL}). */
  static final class SymbolAdapter extends JsonAdapter<Symbol> {
    @Override
    public Symbol fromJson(JsonReader reader) throws IOException {
      String text = JsonValues.nonEmptyString(reader);
      return text == null ? null : Symbol.parse(text);
    }

    @Override
    public void toJson(JsonWriter writer, Symbol value) throws IOException {
      writer.value(value.toString());
    }
  }

  /** A model enum by its wire name; unknown values read as {@code UNKNOWN}. */
  static final class WireEnumAdapter<E extends Enum<E>> extends JsonAdapter<E> {
    private final Function<String, E> fromWire;
    private final Function<E, String> wireName;

    WireEnumAdapter(Function<String, E> fromWire, Function<E, String> wireName) {
      this.fromWire = fromWire;
      this.wireName = wireName;
    }

    @Override
    public E fromJson(JsonReader reader) throws IOException {
      String text = JsonValues.nonEmptyString(reader);
      return text == null ? null : fromWire.apply(text);
    }

    @Override
    public void toJson(JsonWriter writer, E value) throws IOException {
      writer.value(wireName.apply(value));
    }
  }

  private static JsonAdapter<?> optionalAdapter(Type type, java.util.Set<? extends java.lang.annotation.Annotation> annotations,
      Moshi moshi) {
    if (Types.getRawType(type) != Optional.class || !annotations.isEmpty() || !(type instanceof ParameterizedType)) {
      return null;
    }
    JsonAdapter<Object> element = moshi.adapter(((ParameterizedType) type).getActualTypeArguments()[0]);
    return new JsonAdapter<Optional<Object>>() {
      @Override
      public Optional<Object> fromJson(JsonReader reader) throws IOException {
        if (reader.peek() == JsonReader.Token.NULL) {
          reader.nextNull();
          return Optional.empty();
        }
        return Optional.ofNullable(element.fromJson(reader));
      }

      @Override
      public void toJson(JsonWriter writer, Optional<Object> value) throws IOException {
        if (value == null || value.isEmpty()) {
          writer.nullValue();
        } else {
          element.toJson(writer, value.get());
        }
      }
    };
  }
}

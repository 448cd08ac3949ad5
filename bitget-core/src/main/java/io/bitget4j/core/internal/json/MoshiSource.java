package io.bitget4j.core.internal.json;

import com.squareup.moshi.JsonReader;
import io.bitget4j.core.Symbol;
import io.bitget4j.core.internal.json.JsonValues;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;

/** A {@link JsonSource} over Moshi's reader: accepts every valid document, and errors name the JSON path. */
final class MoshiSource implements JsonSource {
  private final JsonReader reader;

  MoshiSource(JsonReader reader) {
    this.reader = reader;
  }

  @Override
  public void beginObject() throws IOException {
    Shapes.beginObject(reader);
  }

  @Override
  public int nextField(Fields fields) throws IOException {
    if (!reader.hasNext()) {
      reader.endObject();
      return END;
    }
    int index = reader.selectName(fields.options);
    if (index < 0) {
      reader.skipName();
    }
    return index;
  }

  @Override
  public void beginArray() throws IOException {
    Shapes.beginArray(reader);
  }

  @Override
  public boolean hasNextElement() throws IOException {
    if (reader.hasNext()) {
      return true;
    }
    reader.endArray();
    return false;
  }

  @Override
  public boolean nextNull() throws IOException {
    if (reader.peek() == JsonReader.Token.NULL) {
      reader.nextNull();
      return true;
    }
    return false;
  }

  @Override
  public void skipValue() throws IOException {
    reader.skipValue();
  }

  @Override
  public BigDecimal decimal() throws IOException {
    return JsonValues.decimal(reader);
  }

  @Override
  public BigDecimal decimal(String text) {
    return JsonValues.decimal(text, reader);
  }

  @Override
  public String nonEmptyString() throws IOException {
    return JsonValues.nonEmptyString(reader);
  }

  @Override
  public Instant instant() throws IOException {
    return JsonValues.instant(reader);
  }

  @Override
  public Long longValue() throws IOException {
    return JsonValues.longValue(reader);
  }

  @Override
  public Integer integer() throws IOException {
    return JsonValues.integer(reader);
  }

  @Override
  public Boolean flag() throws IOException {
    return JsonValues.flag(reader);
  }

  @Override
  public <E extends Enum<E>> E wireEnum(WireEnum<E> type) throws IOException {
    return type.read(reader);
  }

  @Override
  public Symbol symbol(SymbolResolver symbols, String v2, boolean inList) {
    return symbols.resolve(v2, reader, inList);
  }
}

package io.bitget4j.core.internal.json;

import com.squareup.moshi.JsonReader;
import io.bitget4j.core.internal.json.JsonValues;
import io.bitget4j.core.model.Fill;
import io.bitget4j.core.model.FillPage;
import io.bitget4j.core.model.Order;
import io.bitget4j.core.model.OrderPage;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/** Paged list answers: {@code {"entrustedList":[..],"endId"}} and {@code {"fillList":[..],"endId"}}. */
final class Pages {
  private static final JsonReader.Options ORDER_NAMES = JsonReader.Options.of("entrustedList", "endId");
  private static final JsonReader.Options FILL_NAMES = JsonReader.Options.of("fillList", "endId");

  private Pages() {
  }

  static OrderPage orders(JsonReader reader, ItemReader<Order> item) throws IOException {
    List<Order> orders = List.of();
    String endId = null;
    Shapes.beginObject(reader);
    while (reader.hasNext()) {
      switch (reader.selectName(ORDER_NAMES)) {
        case 0:
          orders = Shapes.list(reader, item);
          break;
        case 1:
          endId = JsonValues.nonEmptyString(reader);
          break;
        default:
          Shapes.skipField(reader);
          break;
      }
    }
    reader.endObject();
    return new OrderPage(orders, Optional.ofNullable(endId));
  }

  static FillPage fills(JsonReader reader, ItemReader<Fill> item) throws IOException {
    List<Fill> fills = List.of();
    String endId = null;
    Shapes.beginObject(reader);
    while (reader.hasNext()) {
      switch (reader.selectName(FILL_NAMES)) {
        case 0:
          fills = Shapes.list(reader, item);
          break;
        case 1:
          endId = JsonValues.nonEmptyString(reader);
          break;
        default:
          Shapes.skipField(reader);
          break;
      }
    }
    reader.endObject();
    return new FillPage(fills, Optional.ofNullable(endId));
  }
}

package io.bitget4j.core.internal.json;

import com.squareup.moshi.JsonReader;
import io.bitget4j.core.model.ClosedPosition;
import io.bitget4j.core.model.ClosedPositionPage;
import io.bitget4j.core.model.ConditionalOrder;
import io.bitget4j.core.model.ConditionalOrderPage;
import io.bitget4j.core.model.Fill;
import io.bitget4j.core.model.FillPage;
import io.bitget4j.core.model.Order;
import io.bitget4j.core.model.OrderPage;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Paged list answers: V2 {@code {"entrustedList":[..],"endId"}}, {@code {"fillList":[..],"endId"}} and
 * {@code {"list":[..],"endId"}}, and V3 {@code {"list":[..],"cursor"}}, whose cursor may be a string or
 * a bare number (past 2^53 in the wild, so it is read as text, never as a double).
 */
final class Pages {
  /** The cursor names, then the list names: an index above 1 is a list. */
  private static final JsonReader.Options ORDER_NAMES =
      JsonReader.Options.of("endId", "cursor", "entrustedList", "list");
  private static final JsonReader.Options FILL_NAMES = JsonReader.Options.of("endId", "cursor", "fillList", "list");
  private static final JsonReader.Options LIST_NAMES = JsonReader.Options.of("endId", "cursor", "list");

  private Pages() {
  }

  static OrderPage orders(JsonReader reader, ItemReader<Order> item) throws IOException {
    return page(reader, ORDER_NAMES, item, OrderPage::new);
  }

  /**
   * Conditional orders: V2 {@code {"entrustedList":[..],"endId"}}, V3 {@code {"list":[..],"cursor"}},
   * or V3's bare array ({@code unfilled-strategy-orders}), which has no cursor.
   */
  static ConditionalOrderPage conditionalOrders(JsonReader reader, ItemReader<ConditionalOrder> item)
      throws IOException {
    if (reader.peek() != JsonReader.Token.BEGIN_OBJECT) {
      return new ConditionalOrderPage(Shapes.list(reader, item), Optional.empty());
    }
    return page(reader, ORDER_NAMES, item, ConditionalOrderPage::new);
  }

  static FillPage fills(JsonReader reader, ItemReader<Fill> item) throws IOException {
    return page(reader, FILL_NAMES, item, FillPage::new);
  }

  static ClosedPositionPage closedPositions(JsonReader reader, ItemReader<ClosedPosition> item) throws IOException {
    return page(reader, LIST_NAMES, item, ClosedPositionPage::new);
  }

  /** The items of a V3 {@code {"list":[..]}} answer, without paging (current positions). */
  static <T> List<T> listed(JsonReader reader, ItemReader<T> item) throws IOException {
    return page(reader, LIST_NAMES, item, (items, cursor) -> items);
  }

  /** An object with a cursor ({@code endId} or {@code cursor}) and a list; other members are skipped. */
  private static <T, P> P page(JsonReader reader, JsonReader.Options names, ItemReader<T> item,
      BiFunction<List<T>, Optional<String>, P> page) throws IOException {
    List<T> items = List.of();
    String cursor = null;
    Shapes.beginObject(reader);
    while (reader.hasNext()) {
      int index = reader.selectName(names);
      if (index < 0) {
        Shapes.skipField(reader);
      } else if (index < 2) {
        cursor = JsonValues.nonEmptyString(reader);
      } else {
        items = Shapes.list(reader, item);
      }
    }
    reader.endObject();
    return page.apply(items, Optional.ofNullable(cursor));
  }
}

package io.bitget4j.core.internal.json;

import com.squareup.moshi.JsonReader;
import io.bitget4j.core.internal.json.JsonValues;
import io.bitget4j.core.model.BatchOrderFailure;
import io.bitget4j.core.model.BatchOrderResult;
import io.bitget4j.core.model.OrderAck;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Readers for order acknowledgements and batch results. */
final class AckReaders {
  private static final JsonReader.Options ACK_NAMES = JsonReader.Options.of("orderId", "clientOid");
  private static final JsonReader.Options POSITION_TPSL_NAMES =
      JsonReader.Options.of("orderId", "clientOid", "stopSurplusClientOid", "stopLossClientOid");
  private static final JsonReader.Options BATCH_NAMES = JsonReader.Options.of("successList", "failureList", "list");
  private static final JsonReader.Options FAILURE_NAMES =
      JsonReader.Options.of("orderId", "clientOid", "errorCode", "errorMsg", "code", "msg");

  private AckReaders() {
  }

  /** {@code {"orderId":"..","clientOid":".."}}; {@code ""} clientOid is empty. */
  static OrderAck orderAck(JsonReader reader, boolean inList) throws IOException {
    String orderId = null;
    String clientOid = null;
    Shapes.beginObject(reader);
    while (reader.hasNext()) {
      switch (reader.selectName(ACK_NAMES)) {
        case 0:
          orderId = JsonValues.nonEmptyString(reader);
          break;
        case 1:
          clientOid = JsonValues.nonEmptyString(reader);
          break;
        default:
          Shapes.skipField(reader);
          break;
      }
    }
    reader.endObject();
    if (orderId == null) {
      throw Required.missing("order ack", "orderId", null);
    }
    return new OrderAck(orderId, Optional.ofNullable(clientOid));
  }

  /**
   * One item of V2 {@code place-pos-tpsl} data, {@code {"orderId","stopSurplusClientOid",
   * "stopLossClientOid"}}: the order's id and whichever client id it carries.
   */
  static OrderAck positionTpslAck(JsonReader reader, boolean inList) throws IOException {
    String orderId = null;
    String clientOid = null;
    Shapes.beginObject(reader);
    while (reader.hasNext()) {
      int index = reader.selectName(POSITION_TPSL_NAMES);
      if (index == 0) {
        orderId = JsonValues.nonEmptyString(reader);
      } else if (index > 0) {
        String id = JsonValues.nonEmptyString(reader);
        clientOid = clientOid == null ? id : clientOid;
      } else {
        Shapes.skipField(reader);
      }
    }
    reader.endObject();
    if (orderId == null) {
      throw Required.missing("order ack", "orderId", null);
    }
    return new OrderAck(orderId, Optional.ofNullable(clientOid));
  }

  /**
   * A batch answer in any of Bitget's shapes: V2 {@code {"successList":[..],"failureList":[..]}} (a
   * null or absent list is empty), V3 place-batch and cancel-batch's array of items, or V3
   * close-positions and cancel-symbol-order's {@code {"list":[..]}}. A V3 item is a failure when it
   * carries a {@code code} other than {@code 00000} (successful items carry none), else a success.
   */
  static BatchOrderResult batchOrderResult(JsonReader reader) throws IOException {
    if (reader.peek() == JsonReader.Token.BEGIN_ARRAY) {
      return items(reader);
    }
    List<OrderAck> successes = new ArrayList<>();
    List<BatchOrderFailure> failures = new ArrayList<>();
    Shapes.beginObject(reader);
    while (reader.hasNext()) {
      switch (reader.selectName(BATCH_NAMES)) {
        case 0:
          successes.addAll(Shapes.list(reader, AckReaders::orderAck));
          break;
        case 1:
          failures.addAll(Shapes.list(reader, AckReaders::failure));
          break;
        case 2:
          if (reader.peek() == JsonReader.Token.NULL) {
            reader.nextNull();
          } else {
            BatchOrderResult listed = items(reader);
            successes.addAll(listed.successes());
            failures.addAll(listed.failures());
          }
          break;
        default:
          Shapes.skipField(reader);
          break;
      }
    }
    reader.endObject();
    return new BatchOrderResult(successes, failures);
  }

  /** V3 items {@code [{"orderId","clientOid","code","msg"}]}, each a success or a failure by its code. */
  private static BatchOrderResult items(JsonReader reader) throws IOException {
    List<OrderAck> successes = new ArrayList<>();
    List<BatchOrderFailure> failures = new ArrayList<>();
    Shapes.beginArray(reader);
    while (reader.hasNext()) {
      BatchOrderFailure item = item(reader, false);
      boolean failed = item.errorCode().filter(code -> !code.equals(Envelope.SUCCESS)).isPresent();
      if (failed) {
        failures.add(item);
      } else if (item.orderId().isPresent()) {
        successes.add(new OrderAck(item.orderId().get(), item.clientOid()));
      } else {
        throw Required.missing("batch item", "orderId", null);
      }
    }
    reader.endArray();
    return new BatchOrderResult(successes, failures);
  }

  /** A V2 {@code failureList} entry, which must carry a message. */
  private static BatchOrderFailure failure(JsonReader reader, boolean inList) throws IOException {
    return item(reader, true);
  }

  /** The ids, code and message of one batch item; the message is {@code ""} when absent and not required. */
  private static BatchOrderFailure item(JsonReader reader, boolean requireMessage) throws IOException {
    String orderId = null;
    String clientOid = null;
    String errorCode = null;
    String errorMessage = null;
    Shapes.beginObject(reader);
    while (reader.hasNext()) {
      switch (reader.selectName(FAILURE_NAMES)) {
        case 0:
          orderId = JsonValues.nonEmptyString(reader);
          break;
        case 1:
          clientOid = JsonValues.nonEmptyString(reader);
          break;
        case 2:
        case 4:
          String code = JsonValues.nonEmptyString(reader);
          errorCode = code != null ? code : errorCode;
          break;
        case 3:
        case 5:
          String message = JsonValues.string(reader);
          errorMessage = message != null ? message : errorMessage;
          break;
        default:
          Shapes.skipField(reader);
          break;
      }
    }
    reader.endObject();
    if (errorMessage == null && requireMessage) {
      throw Required.missing("batch order failure", "errorMessage", null);
    }
    return new BatchOrderFailure(Optional.ofNullable(orderId), Optional.ofNullable(clientOid),
        Optional.ofNullable(errorCode), errorMessage == null ? "" : errorMessage);
  }
}

package io.bitget4j.core.internal.json;

import com.squareup.moshi.JsonReader;
import io.bitget4j.core.internal.json.JsonValues;
import io.bitget4j.core.model.BatchOrderFailure;
import io.bitget4j.core.model.BatchOrderResult;
import io.bitget4j.core.model.OrderAck;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/** Readers for order acknowledgements and batch results. */
final class AckReaders {
  private static final JsonReader.Options ACK_NAMES = JsonReader.Options.of("orderId", "clientOid");
  private static final JsonReader.Options BATCH_NAMES = JsonReader.Options.of("successList", "failureList");
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

  /** {@code {"successList":[..],"failureList":[..]}}; a null or absent list is empty. */
  static BatchOrderResult batchOrderResult(JsonReader reader) throws IOException {
    List<OrderAck> successes = List.of();
    List<BatchOrderFailure> failures = List.of();
    Shapes.beginObject(reader);
    while (reader.hasNext()) {
      switch (reader.selectName(BATCH_NAMES)) {
        case 0:
          successes = Shapes.list(reader, AckReaders::orderAck);
          break;
        case 1:
          failures = Shapes.list(reader, AckReaders::failure);
          break;
        default:
          Shapes.skipField(reader);
          break;
      }
    }
    reader.endObject();
    return new BatchOrderResult(successes, failures);
  }

  private static BatchOrderFailure failure(JsonReader reader, boolean inList) throws IOException {
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
    if (errorMessage == null) {
      throw Required.missing("batch order failure", "errorMessage", null);
    }
    return new BatchOrderFailure(Optional.ofNullable(orderId), Optional.ofNullable(clientOid),
        Optional.ofNullable(errorCode), errorMessage);
  }
}

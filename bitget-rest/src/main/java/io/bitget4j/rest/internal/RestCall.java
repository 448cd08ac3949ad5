package io.bitget4j.rest.internal;

import io.bitget4j.core.internal.QueryParams;
import java.util.Objects;

/**
 * One logical request: the endpoint, its query (built once, signed raw and sent encoded), its
 * body (serialized once, signed and sent as the same bytes) and how to read the answer.
 */
public final class RestCall<T> {
  private static final byte[] NO_BODY = new byte[0];

  private final Endpoint endpoint;
  private final QueryParams query;
  private final byte[] body;
  private final ResponseDecoder<T> decoder;

  private RestCall(Endpoint endpoint, QueryParams query, byte[] body, ResponseDecoder<T> decoder) {
    this.endpoint = Objects.requireNonNull(endpoint, "endpoint == null");
    this.query = Objects.requireNonNull(query, "query == null");
    this.body = body;
    this.decoder = Objects.requireNonNull(decoder, "decoder == null");
  }

  /** A GET with query parameters. */
  public static <T> RestCall<T> get(Endpoint endpoint, QueryParams query, ResponseDecoder<T> decoder) {
    if (!endpoint.method().equals("GET")) {
      throw new IllegalArgumentException(endpoint + " is not a GET");
    }
    return new RestCall<>(endpoint, query, NO_BODY, decoder);
  }

  /** A POST whose JSON body is serialized here, once. */
  public static <T> RestCall<T> post(Endpoint endpoint, JsonBody body, ResponseDecoder<T> decoder) {
    if (!endpoint.method().equals("POST")) {
      throw new IllegalArgumentException(endpoint + " is not a POST");
    }
    return new RestCall<>(endpoint, QueryParams.empty(), body.toBytes(), decoder);
  }

  public Endpoint endpoint() {
    return endpoint;
  }

  public QueryParams query() {
    return query;
  }

  /** The body bytes; callers must not modify them. Empty for GET. */
  byte[] body() {
    return body;
  }

  public ResponseDecoder<T> decoder() {
    return decoder;
  }

  /** The path and the encoded query, as logged: no secrets. */
  @Override
  public String toString() {
    return endpoint.method() + " " + endpoint.path() + (query.isEmpty() ? "" : "?" + query.urlForm());
  }
}

package io.bitget4j.rest.internal;

/**
 * Turns one 2xx response body, a whole {@code {"code","msg","data"}} envelope, into a value. It
 * throws the typed {@code BitgetApiException} for a code other than {@code 00000} and a
 * {@code BitgetDecodingException} for anything unreadable.
 */
@FunctionalInterface
public interface ResponseDecoder<T> {
  T decode(String body, ResponseContext context);
}

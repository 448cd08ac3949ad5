package io.bitget4j.core.internal.json;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import com.squareup.moshi.JsonReader;
import io.bitget4j.core.BitgetDecodingException;
import java.io.EOFException;
import java.io.IOException;
import okio.Buffer;
import okio.BufferedSource;

/** Runs a decode over a whole document and turns parse failures into {@link BitgetDecodingException}s. */
final class Decoding {
  private static final int SNIPPET_BYTES = 64;

  private Decoding() {
  }

  /** Decoding work that reads from a {@link JsonReader}. */
  @FunctionalInterface
  interface Action<T> {
    T run(JsonReader reader) throws IOException;
  }

  /**
   * Runs {@code action} with a reader over an in-memory document and checks that nothing follows the value.
   * Every failure becomes a {@link BitgetDecodingException} whose message starts with {@code what}.
   */
  static <T> T complete(String what, BufferedSource source, Action<T> action) {
    try {
      return completeOrThrow(what, source, action);
    } catch (IOException e) {
      // an in-memory source fails only through the parser, which completeOrThrow already maps
      throw new BitgetDecodingException(what + " could not be read: " + e.getMessage(), e);
    }
  }

  /**
   * Like {@link #complete}, but lets I/O failures of the underlying source through (a network
   * body that fails mid-read is a transport problem, not a decoding one).
   */
  static <T> T completeOrThrow(String what, BufferedSource source, Action<T> action) throws IOException {
    JsonReader reader = JsonReader.of(source);
    try {
      T value = action.run(reader);
      if (reader.peek() != JsonReader.Token.END_DOCUMENT) {
        throw new BitgetDecodingException(what + " has more data after the JSON value at path " + reader.getPath());
      }
      return value;
    } catch (EOFException e) {
      throw new BitgetDecodingException(what + " is truncated at path " + reader.getPath(), e);
    } catch (JsonEncodingException e) {
      if (String.valueOf(e.getMessage()).startsWith("Unterminated")
          && !source.request(source.getBuffer().size() + 1)) {
        // Moshi reports a cut-off string or literal as malformed ("Unterminated string")
        throw new BitgetDecodingException(what + " is truncated at path " + reader.getPath(), e);
      }
      throw new BitgetDecodingException(what + " is not valid JSON: " + e.getMessage(), e);
    } catch (JsonDataException e) {
      throw new BitgetDecodingException(what + " has unexpected data: " + e.getMessage(), e);
    }
  }

  /**
   * Fails fast with the start of the body when {@code source} does not begin with a JSON object
   * or array (an HTML error page from a proxy, say); reads ahead without consuming. It looks into
   * the source's own buffer rather than through {@code peek()}, whose shared segments okio could
   * not recycle (an 8 KiB segment more garbage per response).
   */
  static void requireJsonStart(String what, BufferedSource source) throws IOException {
    for (long i = 0; ; i++) {
      if (!source.request(i + 1)) {
        throw new BitgetDecodingException(what + " is not JSON: it is empty");
      }
      byte b = source.getBuffer().getByte(i);
      if (b == '{' || b == '[') {
        return;
      }
      if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
        break;
      }
    }
    boolean cut = source.peek().request(SNIPPET_BYTES + 1);
    Buffer start = new Buffer();
    source.peek().read(start, SNIPPET_BYTES);
    throw new BitgetDecodingException(what + " is not JSON: " + quote(start.readUtf8().strip(), cut));
  }

  /** Like {@link #requireJsonStart(String, BufferedSource)} for text. */
  static void requireJsonStart(String what, String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '{' || c == '[') {
        return;
      }
      if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
        String stripped = text.strip();
        boolean cut = stripped.length() > SNIPPET_BYTES;
        throw new BitgetDecodingException(what + " is not JSON: "
            + quote(cut ? stripped.substring(0, SNIPPET_BYTES) : stripped, cut));
      }
    }
    throw new BitgetDecodingException(what + " is not JSON: it is empty");
  }

  private static String quote(String text, boolean cut) {
    return "\"" + text + (cut ? "...\"" : "\"");
  }
}

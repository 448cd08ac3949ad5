package io.bitget4j.core.internal.json;

import io.bitget4j.core.BitgetDecodingException;
import java.time.Instant;
import java.util.Optional;
import okio.Buffer;
import okio.ByteString;

/**
 * One-pass decoding of a WebSocket frame straight from its text: the data is decoded by a
 * {@link FastDecoder}, by another decoder from its slice, or kept raw. When the data comes before
 * the arg (as Bitget's V3 documentation writes its pushes), the arg is read ahead from where the
 * text names it, checked when the frame's arg is reached; failing that, the data is skipped and
 * read again from where it starts once the arg has chosen its decoder. Anything unusual throws
 * {@link TextScanner#FAIL} and the frame is decoded by the Moshi path instead, which also produces
 * every error message.
 */
final class FastFrames {
  private final TextScanner.Names frameNames;
  private final TextScanner.Names argNames;
  private final TextScanner.Names events;
  private final TextScanner.Names actions;
  private final TextScanner.Names instTypes;
  private final TextScanner.Names channels;
  private final String[] eventValues;
  private final String[] actionValues;
  private final String[] instTypeValues;
  private final String[] channelValues;
  private static final String ARG_MEMBER = "\"arg\":";

  private final StreamArg[] recentArgs = new StreamArg[64];

  FastFrames(String[] frameNames, String[] argNames, String[] events, String[] actions, String[] instTypes,
      String[] channels) {
    // a V2 push is action, arg, data, ts; a V3 push as documented data, arg, action, ts (some
    // action, arg, data, ts); an event's members vary, and only the guess is lost
    this.frameNames = new TextScanner.Names(frameNames, new String[][] {
        {"action", "arg", "data", "ts"}, {"data", "arg", "action", "ts"}});
    // V2: instType, channel, instId; V3: instType, symbol, topic (public) or instType, topic
    this.argNames = new TextScanner.Names(argNames, new String[][] {
        {"instType", "channel", "instId"}, {"instType", "symbol", "topic"}});
    this.events = new TextScanner.Names(events);
    this.actions = new TextScanner.Names(actions);
    this.instTypes = new TextScanner.Names(instTypes);
    this.channels = new TextScanner.Names(channels);
    this.eventValues = events;
    this.actionValues = actions;
    this.instTypeValues = instTypes;
    this.channelValues = channels;
  }

  /**
   * Field indexes follow {@code BitgetJson}'s frame names (event, arg, action, data, ts, code, msg)
   * and arg names (instType, channel, instId, coin, then V3's topic, symbol, interval).
   */
  StreamFrame decode(String text, StreamFrame.Router router) {
    try (TextScanner scanner = TextScanner.open(text)) {
      return decode(text, scanner, router);
    }
  }

  private StreamFrame decode(String text, TextScanner scanner, StreamFrame.Router router) {
    String event = null;
    String code = null;
    String msg = null;
    StreamArg arg = null;
    String action = null;
    Instant timestamp = null;
    ByteString raw = null;
    JsonDecoder<?> decodedWith = null;
    Object decoded = null;
    int dataBeforeArg = -1;
    int dataEnd = -1;
    StreamArg argAhead = null;
    int argAheadAt = -1; // where the arg read ahead starts in the text, and ends
    int argAheadEnd = -1;
    scanner.beginObject();
    for (int field; (field = scanner.nextField(frameNames)) != JsonSource.END; ) {
      switch (field) {
        case 0:
          event = scanner.knownString(events, eventValues);
          break;
        case 1:
          if (argAhead != null && scanner.valueStart() == argAheadAt) {
            arg = argAhead; // read ahead from this very text
            scanner.seek(argAheadEnd);
            break;
          }
          arg = readArg(scanner);
          if (argAhead != null && !arg.equals(argAhead)) {
            throw TextScanner.FAIL; // the arg read ahead was not the frame's
          }
          break;
        case 2:
          action = scanner.knownString(actions, actionValues);
          break;
        case 3:
          if (scanner.nextNull()) {
            break;
          }
          if (router != null) {
            if (arg == null) {
              int data = scanner.valueStart();
              argAheadAt = argAheadAt(text, scanner);
              if (argAheadAt >= 0) {
                argAhead = readArg(scanner);
                argAheadEnd = scanner.position();
                scanner.seek(data);
              } else {
                dataBeforeArg = scanner.valueStart(); // read (and checked) once the arg is known
                scanner.skipUnchecked();
                dataEnd = scanner.position();
                break;
              }
            }
            Optional<? extends JsonDecoder<?>> decoder = router.decoderFor(arg != null ? arg : argAhead);
            if (decoder.isPresent()) {
              decodedWith = decoder.get();
              decoded = decode(scanner, decodedWith);
              break;
            }
          }
          raw = rawValue(scanner);
          break;
        case 4:
          timestamp = scanner.instant();
          break;
        case 5:
          code = scanner.string();
          break;
        case 6:
          msg = scanner.string();
          break;
        default:
          scanner.skipValue();
          break;
      }
    }
    if (argAhead != null && arg == null) {
      throw TextScanner.FAIL; // what was read ahead was inside the data: the frame has no arg
    }
    if (dataBeforeArg >= 0) {
      int end = scanner.position();
      scanner.seek(dataBeforeArg);
      Optional<? extends JsonDecoder<?>> decoder = arg == null ? Optional.empty() : router.decoderFor(arg);
      if (decoder.isPresent()) {
        decodedWith = decoder.get();
        decoded = decode(scanner, decodedWith);
      } else {
        raw = rawValue(scanner);
      }
      if (scanner.position() != dataEnd) {
        throw TextScanner.FAIL; // the data is not what the unchecked skip took it for
      }
      scanner.seek(end);
    }
    scanner.expectEnd();
    StreamFrame.Kind kind = event != null ? StreamFrame.Kind.EVENT
        : raw != null || decodedWith != null || action != null ? StreamFrame.Kind.PUSH
        : StreamFrame.Kind.UNKNOWN;
    return new StreamFrame(kind, event, code, msg, arg, action, timestamp, raw, decodedWith, decoded);
  }

  /**
   * For the frame's arg, read ahead of data that comes first (as Bitget's V3 documentation writes
   * its pushes) so that the data is decoded in the same pass: where the compact text names an arg
   * after the data, with the scanner moved there; -1 when it names none. Whether it is the frame's
   * own arg, and not text inside the data, is known when the frame's arg is reached: it starts at
   * the same place, or it is read again and must be equal.
   */
  private static int argAheadAt(String text, TextScanner scanner) {
    int at = text.indexOf(ARG_MEMBER, scanner.valueStart());
    if (at < 0) {
      return -1;
    }
    scanner.seek(at + ARG_MEMBER.length());
    return scanner.valueStart();
  }

  private static Object decode(TextScanner scanner, JsonDecoder<?> decoder) {
    return decoder instanceof FastDecoder ? ((FastDecoder<?>) decoder).decodeFast(scanner)
        : decodeSlice(scanner, decoder);
  }

  private static ByteString rawValue(TextScanner scanner) {
    int start = scanner.valueStart();
    scanner.skipValue();
    return ByteString.encodeUtf8(scanner.text(start, scanner.position()));
  }

  /**
   * Decodes the data value with a decoder that has no fast path, from its slice of the text. A
   * failure is left to the general path, whose message names the path within the whole frame.
   */
  private static Object decodeSlice(TextScanner scanner, JsonDecoder<?> decoder) {
    int start = scanner.valueStart();
    scanner.skipValue();
    Buffer slice = new Buffer().writeUtf8(scanner.text(start, scanner.position()));
    try {
      return Decoding.complete("frame data", slice, decoder::decode);
    } catch (BitgetDecodingException e) {
      throw TextScanner.FAIL;
    }
  }

  private StreamArg readArg(TextScanner scanner) {
    String instType = null;
    String channel = null;
    String instId = null;
    String coin = null;
    String interval = null;
    scanner.beginObject();
    for (int field; (field = scanner.nextField(argNames)) != JsonSource.END; ) {
      switch (field) {
        case 0:
          instType = scanner.knownString(instTypes, instTypeValues);
          break;
        case 1:
        case 4:
          channel = scanner.knownString(channels, channelValues);
          break;
        case 2:
        case 5:
          instId = scanner.identifier();
          break;
        case 3:
          coin = scanner.identifier();
          break;
        case 6:
          interval = scanner.identifier();
          break;
        default:
          scanner.skipValue();
          break;
      }
    }
    if (instType == null || channel == null) {
      throw TextScanner.FAIL;
    }
    return recentArg(instType, channel, instId, coin, interval);
  }

  /**
   * The arg of these values, the same instance as a recent frame's when it had the same ones. The
   * scanner returns known and recent strings as shared instances, so identity compares suffice;
   * an arg is immutable, so a racing write only loses a cached arg.
   */
  private StreamArg recentArg(String instType, String channel, String instId, String coin, String interval) {
    int slot = (channel.hashCode() * 31 + (instId == null ? 0 : instId.hashCode())) & (recentArgs.length - 1);
    StreamArg recent = recentArgs[slot];
    if (recent != null && recent.instType() == instType && recent.channel() == channel
        && recent.instId().orElse(null) == instId && recent.coin().orElse(null) == coin
        && recent.interval().orElse(null) == interval) {
      return recent;
    }
    StreamArg arg = new StreamArg(instType, channel, Optional.ofNullable(instId), Optional.ofNullable(coin),
        Optional.ofNullable(interval));
    recentArgs[slot] = arg;
    return arg;
  }
}

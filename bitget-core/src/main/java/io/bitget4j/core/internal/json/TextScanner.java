package io.bitget4j.core.internal.json;

import io.bitget4j.core.Symbol;
import io.bitget4j.core.internal.json.Decimals;
import io.bitget4j.core.internal.json.JsonValues;
import java.math.BigDecimal;
import java.nio.CharBuffer;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * A minimal JSON scanner for the hot WebSocket path. It reads only the plain shapes Bitget sends
 * (no escapes in read values, no exotic numbers) and gives up with {@link #FAIL} on anything else;
 * the caller then decodes the same text with the Moshi-based decoders, which accept every valid
 * document and report errors with their JSON path. So the scanner never decides what is an error,
 * only what is easy.
 *
 * <p>The text is copied once into a {@code char[]} (a bulk copy; each thread keeps one buffer of up
 * to 64 K chars) and every value is read in one pass over it, with one more over a member name to
 * compare it with the known name its length and three of its characters point to; a decimal's
 * digits are accumulated as they are scanned.
 *
 * <p>As a {@link JsonSource} it lets the record readers of the general path read the fast path too.
 *
 * <p>Not thread-safe; one instance per decode, {@linkplain #close() closed} when done.
 */
final class TextScanner implements JsonSource, AutoCloseable {
  /** Thrown to abandon the fast path; preallocated, without a stack trace. */
  static final GiveUp FAIL = new GiveUp();

  /** Absent value of {@link #longOr}. */
  private static final long ABSENT = Long.MIN_VALUE;

  private static final int MAX_DEPTH = 64;
  private static final int MAX_FAST_DIGITS = 18;
  /** The digits of {@link Long#MAX_VALUE}, against which a 19-digit integer is compared. */
  private static final char[] MAX_LONG_DIGITS = Long.toString(Long.MAX_VALUE).toCharArray();
  private static final int MAX_KEPT_BUFFER = 1 << 16;
  /** The spellings of a flag Bitget sends, found without a string; other cases go to {@link JsonValues#flagOrNull}. */
  private static final Names FLAG_NAMES = new Names("no", "yes", "NO", "YES", "false", "true");
  private static final Boolean[] FLAG_VALUES = {false, true, false, true, false, true};
  private static final ThreadLocal<Lease> BUFFERS = ThreadLocal.withInitial(Lease::new);

  /** The text scanned; {@link #buf} holds a copy of it from index 0, so spans are its indexes too. */
  private final String source;
  private final char[] buf;
  private final int end;
  private final Lease lease;
  private int pos;
  private int spanStart;
  private int spanEnd;
  /**
   * The string {@link #nonEmptyString} or {@link #decimalText} made of the span, until the span
   * moves on; else null.
   */
  private String spanText;
  /** The value {@link #decimalText} read with {@link #spanText}; null when it read none. */
  private BigDecimal spanDecimal;
  /** Where {@link #plainDecimal} stopped. */
  private int plainEnd;
  /** Whether an object or array was just begun, so that no comma may come before its first member. */
  private boolean opened;
  /** The index of the member name read last, from which the next one is guessed. */
  private int lastField = -1;
  /**
   * The {@link #lastField}s of the objects around the current one, eight bits each (index + 1,
   * innermost lowest), restored when an inner object ends, so that the member after an object
   * value is guessed from that value's name and not from the inner object's last member. Deeper
   * nesting, or an index beyond 254, only loses a guess.
   */
  private long outerFields;

  private TextScanner(String source, char[] buf, int end, Lease lease) {
    this.source = source;
    this.buf = buf;
    this.end = end;
    this.lease = lease;
  }

  /** A scanner over {@code text}, using this thread's buffer unless it is in use or too small to keep. */
  static TextScanner open(String text) {
    int length = text.length();
    Lease lease = BUFFERS.get();
    if (lease.busy || length > MAX_KEPT_BUFFER) {
      char[] own = new char[length];
      text.getChars(0, length, own, 0);
      return new TextScanner(text, own, length, null);
    }
    if (lease.chars.length < length) {
      lease.chars = new char[Math.max(length, lease.chars.length * 2)];
    }
    lease.busy = true;
    text.getChars(0, length, lease.chars, 0);
    return new TextScanner(text, lease.chars, length, lease);
  }

  /** Gives the thread's buffer back. */
  @Override
  public void close() {
    if (lease != null) {
      lease.busy = false;
    }
  }

  /**
   * Recently read short strings, shared by all threads: a slot holds an immutable entry, so a racing
   * write only loses a cached value, never returns a wrong one.
   */
  private static final Interner RECENT = new Interner();

  private static final class Interner {
    private static final int MAX_LENGTH = 32;
    private final Entry[] slots = new Entry[256];

    String intern(char[] text, int start, int stop) {
      int length = stop - start;
      if (length > MAX_LENGTH) {
        return new String(text, start, length);
      }
      int h = 0;
      for (int i = start; i < stop; i++) {
        h = 31 * h + text[i];
      }
      int slot = (h ^ (h >>> 16)) & (slots.length - 1);
      Entry entry = slots[slot];
      if (entry != null && entry.chars.length == length && sameChars(entry.chars, 0, text, start, length)) {
        return entry.value;
      }
      String value = new String(text, start, length);
      slots[slot] = new Entry(Arrays.copyOfRange(text, start, stop), value);
      return value;
    }

    private static final class Entry {
      final char[] chars;
      final String value;

      Entry(char[] chars, String value) {
        this.chars = chars;
        this.value = value;
      }
    }
  }

  /**
   * Whether {@code a[aFrom, aFrom + count)} and {@code b[bFrom, bFrom + count)} hold the same
   * characters. A plain loop: the names and identifiers compared are short, and
   * {@code Arrays.equals} over ranges spends more on its range checks and the call to its vectorised
   * stub than on comparing a dozen characters (it took a fifth of a V3 order push's profile).
   */
  private static boolean sameChars(char[] a, int aFrom, char[] b, int bFrom, int count) {
    for (int i = 0; i < count; i++) {
      if (a[aFrom + i] != b[bFrom + i]) {
        return false;
      }
    }
    return true;
  }

  /** One thread's reusable buffer; busy while a scanner reads from it. */
  private static final class Lease {
    char[] chars = new char[1024];
    boolean busy;
  }

  /** The fast path cannot handle the input; decode it the general way. */
  static final class GiveUp extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private GiveUp() {
      super("fast path declined", null, false, false);
    }
  }

  /**
   * A name lookup table for {@link #selectName}, built from the same names as a Moshi
   * {@code Options}, and optionally the orders in which Bitget sends its members (V2's and V3's).
   * An order is only a guess that saves the lookup: the names that followed the previous one in
   * the orders (at most two) are compared first, and any other name is found by open addressing on
   * a cheap hash of its length and three of its characters. Names that appear only in a wire order
   * get indexes after the decoder's own, which the decoder skips like any unknown member.
   */
  static final class Names {
    private final int[] offset;
    private final int[] length;
    private final char[] chars;
    /** {@code follows[i + 1]}: the index expected after index {@code i} (-1 for none); {@code follows[0]}: the first. */
    private final int[] follows;
    /** The other index expected where the wire orders disagree on what follows (-1 for none). */
    private final int[] followsToo;
    private final int[] slotIndex;
    private final int[] slotHash;
    private final int mask;

    Names(String... names) {
      this(names, new String[0][]);
    }

    Names(String[] names, String... wireOrder) {
      this(names, new String[][] {wireOrder});
    }

    /**
     * @param names the selected names, whose indexes {@link #find} returns
     * @param wireOrders the orders in which Bitget sends the members, most common first: where two
     *     orders disagree on the name after one, both are guessed; a third guess is dropped
     */
    Names(String[] names, String[][] wireOrders) {
      LinkedHashSet<String> all = new LinkedHashSet<>(Arrays.asList(names));
      for (String[] wireOrder : wireOrders) {
        all.addAll(Arrays.asList(wireOrder));
      }
      String[] every = all.toArray(new String[0]);
      List<String> indexOf = Arrays.asList(every);
      int count = every.length;
      this.offset = new int[count];
      this.length = new int[count];
      this.chars = String.join("", every).toCharArray();
      this.follows = new int[count + 1];
      this.followsToo = new int[count + 1];
      Arrays.fill(follows, -1);
      Arrays.fill(followsToo, -1);
      for (String[] wireOrder : wireOrders) {
        int previous = -1;
        for (String name : wireOrder) {
          int index = indexOf.indexOf(name);
          if (follows[previous + 1] < 0) {
            follows[previous + 1] = index;
          } else if (follows[previous + 1] != index && followsToo[previous + 1] < 0) {
            followsToo[previous + 1] = index;
          }
          previous = index;
        }
      }
      int size = Integer.highestOneBit(Math.max(4, count * 4) - 1) << 1;
      this.slotIndex = new int[size];
      this.slotHash = new int[size];
      this.mask = size - 1;
      Arrays.fill(slotIndex, -1);
      int at = 0;
      for (int i = 0; i < count; i++) {
        offset[i] = at;
        length[i] = every[i].length();
        at += length[i];
        int h = hash(chars, offset[i], at);
        int slot = mix(h) & mask;
        while (slotIndex[slot] >= 0) {
          slot = (slot + 1) & mask;
        }
        slotIndex[slot] = i;
        slotHash[slot] = h;
      }
    }

    /** The index of the name {@code text[start, stop)}, or -1. */
    int find(char[] text, int start, int stop) {
      int h = hash(text, start, stop);
      int slot = mix(h) & mask;
      while (true) {
        int index = slotIndex[slot];
        if (index < 0) {
          return -1;
        }
        if (slotHash[slot] == h && is(index, text, start, stop - start)) {
          return index;
        }
        slot = (slot + 1) & mask;
      }
    }

    /** The index expected after {@code previous} (-1 at the start of an object), or -1. */
    int guessAfter(int previous) {
      return previous + 1 < follows.length ? follows[previous + 1] : -1;
    }

    /** The index another wire order expects after {@code previous}, or -1. */
    int otherGuessAfter(int previous) {
      return previous + 1 < followsToo.length ? followsToo[previous + 1] : -1;
    }

    int length(int index) {
      return length[index];
    }

    /** Whether {@code text[start, start + count)} is the name at {@code index}. */
    boolean is(int index, char[] text, int start, int count) {
      if (length[index] != count) {
        return false;
      }
      return sameChars(chars, offset[index], text, start, count);
    }

    /**
     * A hash of the length and three characters, not of every character: names are short and
     * distinct in these, a collision costs one more probe, and the match is checked in full anyway.
     */
    private static int hash(char[] text, int start, int stop) {
      int length = stop - start;
      if (length == 0) {
        return 0;
      }
      return length * 0x9E3779B1 + text[start] * 0x61C88647 + text[stop - 1] * 31 + text[start + (length >> 1)];
    }

    private static int mix(int h) {
      return h ^ (h >>> 16);
    }
  }

  // ---- structure ----

  /** The next non-whitespace character without consuming it, or -1 at the end. */
  int peek() {
    skipWhitespace();
    return pos < end ? buf[pos] : -1;
  }

  @Override
  public void beginObject() {
    expect('{');
    opened = true;
    outerFields = (outerFields << 8) | ((lastField + 1) & 0xFF);
    lastField = -1;
  }

  @Override
  public int nextField(Fields fields) {
    return nextField(fields.names);
  }

  /**
   * {@link #nextField(Fields)} with the scanner's table alone, for the frame's own members. The
   * common case, compact JSON whose next member is the one guessed, is kept small enough to be
   * inlined into each record reader; anything else goes to {@link #nextFieldSlowly}.
   */
  int nextField(Names names) {
    int p = pos;
    if (p < end) {
      char[] b = buf;
      char c = b[p];
      boolean first = opened;
      if (c == '}') {
        pos = p + 1;
        return endObject();
      }
      int start = first ? p + 1 : p + 2; // after the name's opening quote
      if ((first || c == ',') && start < end && b[start - 1] == '"') {
        int previous = lastField;
        int guess = names.guessAfter(previous);
        if (guess >= 0 && isNameAt(names, guess, start)
            || (guess = names.otherGuessAfter(previous)) >= 0 && isNameAt(names, guess, start)) {
          opened = false;
          lastField = guess;
          return guess;
        }
        return nextFieldSlowly(names, true);
      }
    }
    return nextFieldSlowly(names, false);
  }

  /** {@link #nextField(Names)} in general; {@code guessed}: the guesses missed already at the next name. */
  private int nextFieldSlowly(Names names, boolean guessed) {
    boolean first = opened;
    opened = false;
    if (!hasNext('}', first)) {
      return endObject();
    }
    int field = selectName(names, guessed ? -2 : lastField);
    lastField = field;
    return field;
  }

  /** After an object's closing brace: the enclosing object's last member is the one guessed from again. */
  private int endObject() {
    opened = false;
    lastField = (int) (outerFields & 0xFF) - 1;
    outerFields >>>= 8;
    return END;
  }

  @Override
  public void beginArray() {
    expect('[');
    opened = true;
  }

  @Override
  public boolean hasNextElement() {
    boolean first = opened;
    opened = false;
    return hasNext(']', first);
  }

  void expect(char c) {
    skipWhitespace();
    if (pos >= end || buf[pos] != c) {
      throw FAIL;
    }
    pos++;
  }

  /**
   * Moves to the next member or element: returns false (consuming the closer) at {@code close},
   * else consumes the comma that must separate it from the previous one.
   */
  private boolean hasNext(char close, boolean first) {
    int p = pos;
    if (p < end) {
      char next = buf[p];
      if (next == ',' && !first) {
        pos = p + 1; // compact JSON: the comma is right there
        return true;
      }
      if (next == close) {
        pos = p + 1;
        return false;
      }
    }
    skipWhitespace();
    if (pos >= end) {
      throw FAIL;
    }
    char c = buf[pos];
    if (c == close) {
      pos++;
      return false;
    }
    if (!first) {
      if (c != ',') {
        throw FAIL;
      }
      pos++;
    }
    return true;
  }

  /**
   * Reads a member name and its colon; returns its index in {@code names}, or -1. {@code previous}
   * is the index of the member before (-1 for the first), from which the name is guessed; -2 when
   * the guesses missed already.
   */
  private int selectName(Names names, int previous) {
    char[] b = buf;
    if (pos < end && b[pos] == '"') {
      pos++;
    } else {
      expect('"');
    }
    int start = pos;
    if (previous >= -1) {
      int guess = names.guessAfter(previous);
      if (guess >= 0 && isNameAt(names, guess, start)) {
        return guess;
      }
      guess = names.otherGuessAfter(previous);
      if (guess >= 0 && isNameAt(names, guess, start)) {
        return guess;
      }
    }
    pos = start - 1; // back on the opening quote
    readStringSpan();
    expect(':');
    return names.find(b, spanStart, spanEnd);
  }

  /**
   * Whether the member name starting at {@code start} (after its quote) is the name at
   * {@code index}, followed by its closing quote and colon; if so, consumes them.
   */
  private boolean isNameAt(Names names, int index, int start) {
    char[] b = buf;
    int stop = start + names.length(index);
    // a known name holds no quote, backslash or control character
    if (stop + 1 < end && b[stop] == '"' && b[stop + 1] == ':' && names.is(index, b, start, stop - start)) {
      pos = stop + 2;
      return true;
    }
    return false;
  }

  /** Fails unless only whitespace remains. */
  void expectEnd() {
    skipWhitespace();
    if (pos != end) {
      throw FAIL;
    }
  }

  // ---- values ----

  @Override
  public boolean nextNull() {
    skipWhitespace();
    if (pos + 4 <= end && regionIs(pos, "null")) {
      pos += 4;
      return true;
    }
    return false;
  }

  /**
   * A decimal from a string or number; null for null and {@code ""}. Plain decimals (an optional
   * minus, digits, one dot, at most 18 significant digits) are read in one pass; anything else is
   * parsed from its span as {@link Decimals#parseOrNull} does.
   */
  @Override
  public BigDecimal decimal() {
    char[] b = buf;
    if (pos >= end || b[pos] != '"') {
      skipWhitespace();
    }
    int start = pos + 1;
    if (start >= end || b[start - 1] != '"') {
      return decimalFromSpan();
    }
    if (b[start] == '"') {
      pos = start + 1;
      return null; // "" is how Bitget sends an absent value
    }
    BigDecimal value = plainDecimal(start);
    int p = plainEnd;
    if (value == null || p >= end || b[p] != '"') {
      return decimalFromSpan(); // an exponent, a '+', more digits than a long holds, or not a number
    }
    pos = p + 1;
    return value;
  }

  /**
   * The plain decimal that starts at {@code start} (an optional minus, digits, at most one dot, 1 to
   * 18 digits), its digits accumulated as they are scanned; null when there is none. Sets
   * {@link #plainEnd} to where the scan stopped, which the caller checks is the value's end.
   */
  private BigDecimal plainDecimal(int start) {
    char[] b = buf;
    int p = start;
    boolean negative = p < end && b[p] == '-';
    if (negative) {
      p++;
    }
    int integerStart = p;
    long unscaled = 0;
    while (p < end) {
      int digit = b[p] - '0';
      if (digit < 0 || digit > 9) {
        break;
      }
      unscaled = unscaled * 10 + digit;
      p++;
    }
    int digits = p - integerStart;
    int scale = 0;
    if (p < end && b[p] == '.') {
      int fractionStart = ++p;
      while (p < end) {
        int digit = b[p] - '0';
        if (digit < 0 || digit > 9) {
          break;
        }
        unscaled = unscaled * 10 + digit;
        p++;
      }
      scale = p - fractionStart;
      digits += scale;
    }
    plainEnd = p;
    if (digits == 0 || digits > MAX_FAST_DIGITS) {
      return null;
    }
    return BigDecimal.valueOf(negative ? -unscaled : unscaled, scale);
  }

  /** The general decimal: the span of a string or number parsed as {@link Decimals#parseOrNull} does. */
  private BigDecimal decimalFromSpan() {
    if (!scalarSpan() || spanStart == spanEnd) {
      return null;
    }
    BigDecimal value = Decimals.parseOrNull(CharBuffer.wrap(buf), spanStart, spanEnd);
    if (value == null) {
      throw FAIL;
    }
    return value;
  }

  /**
   * {@inheritDoc} When {@code text} is the string just read, its value is the one
   * {@link #decimalText} read with it, or its digits are read again from the buffer (book levels
   * keep both their text and their decimal).
   */
  @Override
  public BigDecimal decimal(String text) {
    if (text.isEmpty()) {
      return null;
    }
    if (text == spanText) {
      if (spanDecimal != null) {
        return spanDecimal;
      }
      BigDecimal plain = plainDecimal(spanStart);
      if (plain != null && plainEnd == spanEnd) {
        return plain;
      }
    }
    BigDecimal value = Decimals.parseOrNull(text, 0, text.length());
    if (value == null) {
      throw FAIL;
    }
    return value;
  }

  /** Epoch milliseconds from a string or number; null for null and {@code ""}. */
  @Override
  public Instant instant() {
    long millis = longOr();
    return millis == ABSENT ? null : Instant.ofEpochMilli(millis);
  }

  @Override
  public Long longValue() {
    long value = longOr();
    return value == ABSENT ? null : value;
  }

  /** An {@code int}; anything but a plain integer in range is left to the general path. */
  @Override
  public Integer integer() {
    long value = longOr();
    if (value == ABSENT) {
      return null;
    }
    if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
      throw FAIL;
    }
    return (int) value;
  }

  @Override
  public Boolean flag() {
    int c = peek();
    if (c == 't' || c == 'f') {
      literalSpan(); // true or false, or it fails
      return c == 't';
    }
    if (!scalarSpan() || spanStart == spanEnd) {
      return null;
    }
    int known = FLAG_NAMES.find(buf, spanStart, spanEnd);
    if (known >= 0) {
      return FLAG_VALUES[known];
    }
    Boolean value = JsonValues.flagOrNull(source.substring(spanStart, spanEnd));
    if (value == null) {
      throw FAIL;
    }
    return value;
  }

  @Override
  public <E extends Enum<E>> E wireEnum(WireEnum<E> type) {
    if (!scalarSpan() || spanStart == spanEnd) {
      return null;
    }
    return type.read(buf, spanStart, spanEnd);
  }

  @Override
  public Symbol symbol(SymbolResolver symbols, String v2, boolean inList) {
    if (v2 == null) {
      return null;
    }
    Symbol symbol = symbols.resolveOrNull(v2);
    if (symbol == null && !inList) {
      throw FAIL; // the general path says which symbol and where
    }
    return symbol;
  }

  /**
   * A plain integer from a string or number, up to {@link Long#MAX_VALUE} (V3 book sequence
   * numbers such as {@code 1304314508780744705} have 19 digits); {@link #ABSENT} for null and
   * {@code ""}. The common case, up to 19 digits in quotes (a time, an id, a sequence number) or
   * bare (a frame's {@code ts}), is read in one small loop that is inlined where it is called; anything else goes
   * to {@link #longSlowly}.
   */
  private long longOr() {
    char[] b = buf;
    int p = pos;
    if (p < end) {
      boolean quoted = b[p] == '"';
      int start = quoted ? p + 1 : p;
      int limit = Math.min(end, start + MAX_FAST_DIGITS);
      long value = 0;
      int i = start;
      while (i < limit) {
        int digit = b[i] - '0';
        if (digit < 0 || digit > 9) {
          break;
        }
        value = value * 10 + digit;
        i++;
      }
      if (i == limit && i < end) { // a 19th digit (V3 book sequence numbers), if the long holds it
        int digit = b[i] - '0';
        if (digit >= 0 && digit <= 9 && value <= (Long.MAX_VALUE - digit) / 10) {
          value = value * 10 + digit;
          i++;
        }
      }
      if (i > start && i < end) {
        char after = b[i];
        if (quoted ? after == '"' : b[start] != '0' && (after == ',' || after == '}' || after == ']')) {
          spanText = null;
          spanStart = start;
          spanEnd = i;
          pos = quoted ? i + 1 : i;
          return value;
        }
      }
    }
    return longSlowly();
  }

  private long longSlowly() {
    if (!scalarSpan() || spanStart == spanEnd) {
      return ABSENT;
    }
    char[] b = buf;
    int i = spanStart;
    boolean negative = b[i] == '-';
    if (negative) {
      i++;
    }
    int digits = spanEnd - i;
    if (digits == 0 || digits > MAX_LONG_DIGITS.length
        || (digits == MAX_LONG_DIGITS.length && Arrays.compare(b, i, spanEnd, MAX_LONG_DIGITS, 0, digits) > 0)) {
      throw FAIL; // beyond a long (or not a number): the general path says so
    }
    long value = 0;
    for (; i < spanEnd; i++) {
      char c = b[i];
      if (c < '0' || c > '9') {
        throw FAIL;
      }
      value = value * 10 + (c - '0');
    }
    return negative ? -value : value;
  }

  /** A string (numbers as their text); null for null, {@code ""} kept. */
  String string() {
    if (!scalarSpan()) {
      return null;
    }
    return source.substring(spanStart, spanEnd);
  }

  @Override
  public String nonEmptyString() {
    if (!scalarSpan() || spanStart == spanEnd) {
      return null;
    }
    String text = source.substring(spanStart, spanEnd);
    spanText = text;
    spanDecimal = null;
    return text;
  }

  /**
   * {@inheritDoc} A plain decimal in quotes (a book level's price or size) is read by
   * {@link #plainDecimal} in the one pass that finds its closing quote, and {@link #decimal(String)}
   * returns that value for this text; anything else is read as {@link #nonEmptyString} reads it.
   */
  @Override
  public String decimalText() {
    char[] b = buf;
    int p = pos;
    if (p < end && b[p] == '"') {
      int start = p + 1;
      BigDecimal value = plainDecimal(start);
      int stop = plainEnd;
      if (value != null && stop < end && b[stop] == '"') {
        String text = source.substring(start, stop);
        spanStart = start;
        spanEnd = stop;
        pos = stop + 1;
        spanText = text;
        spanDecimal = value;
        return text;
      }
    }
    return nonEmptyString();
  }

  /**
   * A string (numbers as their text); null for null and {@code ""}. For identifiers such as
   * {@code instId}: a short value seen recently is returned as the same instance, so the frames of
   * one symbol neither allocate its text again nor hash it again when it is looked up.
   */
  @Override
  public String identifier() {
    if (!scalarSpan() || spanStart == spanEnd) {
      return null;
    }
    return RECENT.intern(buf, spanStart, spanEnd);
  }

  /**
   * A string value that is one of {@code values} returns the shared constant; other text is
   * returned as a new string; null for null and {@code ""}.
   */
  String knownString(Names names, String[] values) {
    if (!scalarSpan() || spanStart == spanEnd) {
      return null;
    }
    int index = names.find(buf, spanStart, spanEnd);
    return index >= 0 ? values[index] : source.substring(spanStart, spanEnd);
  }

  /** The start of the next value, after whitespace. */
  int valueStart() {
    skipWhitespace();
    return pos;
  }

  /** The current position, just after the last value read. */
  int position() {
    return pos;
  }

  /**
   * Moves to {@code position}, one the scanner returned before (a value's start, or just after a
   * value), to read a value again or carry on after it.
   */
  void seek(int position) {
    pos = position;
    opened = false;
  }

  /** The text between two positions. */
  String text(int from, int to) {
    return source.substring(from, to);
  }

  /** Skips one value of any kind. */
  @Override
  public void skipValue() {
    skipValue(0);
  }

  /**
   * Skips one value without checking its grammar, for a value that is read again, and checked,
   * afterwards (a push's data that came before its arg): a tight loop over brackets and strings.
   */
  void skipUnchecked() {
    skipWhitespace();
    char[] b = buf;
    int p = pos;
    if (p >= end || (b[p] != '[' && b[p] != '{')) {
      skipValue();
      return;
    }
    int depth = 0;
    while (p < end) {
      char c = b[p++];
      if (c == '"') {
        while (true) {
          if (p >= end) {
            throw FAIL;
          }
          char d = b[p++];
          if (d == '"') {
            break;
          }
          if (d == '\\') {
            p++;
          }
        }
      } else if (c == '[' || c == '{') {
        depth++;
      } else if ((c == ']' || c == '}') && --depth == 0) {
        pos = p;
        return;
      }
    }
    throw FAIL;
  }

  private void skipValue(int depth) {
    if (depth > MAX_DEPTH) {
      throw FAIL;
    }
    int c = peek();
    if (c == '{' || c == '[') {
      char close = c == '{' ? '}' : ']';
      pos++;
      boolean first = true;
      while (hasNext(close, first)) {
        first = false;
        if (close == '}') {
          skipString();
          expect(':');
        }
        skipValue(depth + 1);
      }
    } else if (c == '"') {
      skipString();
    } else if (c == -1) {
      throw FAIL;
    } else {
      literalSpan();
    }
  }

  private void skipString() {
    expect('"');
    char[] b = buf;
    int p = pos;
    while (p < end) {
      char c = b[p++];
      if (c == '"') {
        pos = p;
        return;
      }
      if (c == '\\') {
        p = escapeEnd(p);
      }
    }
    throw FAIL;
  }

  /**
   * The end of the escape whose character after the backslash is at {@code p}; gives up on an
   * escape JSON does not have, as Moshi rejects it.
   */
  private int escapeEnd(int p) {
    if (p >= end) {
      throw FAIL;
    }
    char c = buf[p];
    if (c == '"' || c == '\\' || c == '/' || c == 'b' || c == 'f' || c == 'n' || c == 'r' || c == 't') {
      return p + 1;
    }
    if (c != 'u' || p + 5 > end) {
      throw FAIL;
    }
    for (int i = p + 1; i < p + 5; i++) {
      char h = buf[i];
      if (!isDigit(h) && !(h >= 'a' && h <= 'f') && !(h >= 'A' && h <= 'F')) {
        throw FAIL;
      }
    }
    return p + 5;
  }

  /** Sets the span of a string (without quotes) or number; false for null. */
  private boolean scalarSpan() {
    int c = peek();
    if (c == '"') {
      readStringSpan();
      return true;
    }
    if (c == 'n') {
      if (nextNull()) {
        return false;
      }
      throw FAIL;
    }
    if (c == '-' || (c >= '0' && c <= '9')) {
      literalSpan();
      return true;
    }
    throw FAIL;
  }

  /** A string without escapes, the span excluding its quotes. */
  private void readStringSpan() {
    spanText = null;
    expect('"');
    char[] b = buf;
    int p = pos;
    while (p < end) {
      char c = b[p];
      if (c == '"') {
        spanStart = pos;
        spanEnd = p;
        pos = p + 1;
        return;
      }
      if (c == '\\' || c < 0x20) {
        throw FAIL;
      }
      p++;
    }
    throw FAIL;
  }

  /** A bare literal (number, true, false, null) up to the next delimiter. */
  private void literalSpan() {
    spanText = null;
    char[] b = buf;
    int start = pos;
    int p = start;
    while (p < end) {
      char c = b[p];
      if (c == ',' || c == '}' || c == ']' || c == ' ' || c == '\n' || c == '\r' || c == '\t') {
        break;
      }
      p++;
    }
    if (p == start || !isLiteral(start, p)) {
      throw FAIL;
    }
    pos = p;
    spanStart = start;
    spanEnd = p;
  }

  /** {@code true}, {@code false}, {@code null} or a JSON number (so the scanner is never laxer than Moshi). */
  private boolean isLiteral(int start, int stop) {
    char[] b = buf;
    int length = stop - start;
    if (length == 4 && (regionIs(start, "true") || regionIs(start, "null"))) {
      return true;
    }
    if (length == 5 && regionIs(start, "false")) {
      return true;
    }
    // JSON's number grammar, exactly: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
    int i = start;
    if (b[i] == '-') {
      i++;
    }
    if (i == stop || !isDigit(b[i])) {
      return false;
    }
    i = b[i] == '0' ? i + 1 : digitsFrom(i, stop);
    if (i < stop && b[i] == '.') {
      int fraction = i + 1;
      i = digitsFrom(fraction, stop);
      if (i == fraction) {
        return false;
      }
    }
    if (i < stop && (b[i] == 'e' || b[i] == 'E')) {
      i++;
      if (i < stop && (b[i] == '+' || b[i] == '-')) {
        i++;
      }
      int exponent = i;
      i = digitsFrom(exponent, stop);
      if (i == exponent) {
        return false;
      }
    }
    return i == stop;
  }

  /** The index of the first non-digit at or after {@code from}, or {@code stop}. */
  private int digitsFrom(int from, int stop) {
    int i = from;
    while (i < stop && isDigit(buf[i])) {
      i++;
    }
    return i;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private boolean regionIs(int start, String word) {
    for (int i = 0; i < word.length(); i++) {
      if (buf[start + i] != word.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private void skipWhitespace() {
    char[] b = buf;
    int p = pos;
    if (p < end && b[p] > ' ') {
      return; // Bitget sends compact JSON: usually nothing to skip
    }
    while (p < end) {
      char c = b[p];
      if (c > ' ' || (c != ' ' && c != '\n' && c != '\r' && c != '\t')) {
        break;
      }
      p++;
    }
    pos = p;
  }
}

package io.bitget4j.core;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A Bitget futures symbol in its classic form, such as {@code BTCUSDT_UMCBL}: the base coin,
 * the quote and the {@link ProductType} suffix.
 *
 * <p>This is the vocabulary of the whole SDK: every public method takes a {@code Symbol}, never a
 * string, so a wrongly formatted symbol cannot reach the exchange. Parsing is strict and
 * case-sensitive; each rejection throws an {@link InvalidSymbolException} that names the fix.
 * The library renders the V2 wire form ({@link #v2Symbol()} plus
 * {@link ProductType#v2Name()}) itself.
 *
 * <pre>{@code
 * Symbol btc = Symbol.parse("BTCUSDT_UMCBL");
 * btc.v2Symbol();     // "BTCUSDT"
 * btc.productType();  // ProductType.UMCBL, V2 "USDT-FUTURES"
 * btc.ccxt();         // "BTC/USDT:USDT"
 * }</pre>
 *
 * <p>Bases are upper-case ASCII letters and digits, {@code $} and CJK ideographs
 * ({@code 1000SATSUSDT_UMCBL}, {@code $AIUSDT_UMCBL}, {@code 龙虾USDT_UMCBL}). Instances are
 * immutable and safe to share.
 */
public final class Symbol implements Comparable<Symbol> {
  /** Longest symbol text accepted; real Bitget symbols are far shorter. */
  static final int MAX_LENGTH = 40;

  private static final int CACHE_LIMIT = 4096;
  private static final Map<String, Symbol> CACHE = new ConcurrentHashMap<>();
  private static final Map<Integer, Character> LOOK_ALIKES = lookAlikes();

  /** Bitcoin's USDT-margined perpetual, {@code BTCUSDT_UMCBL}. */
  public static final Symbol BTCUSDT_UMCBL = parse("BTCUSDT_UMCBL");

  /** Ether's USDT-margined perpetual, {@code ETHUSDT_UMCBL}. */
  public static final Symbol ETHUSDT_UMCBL = parse("ETHUSDT_UMCBL");

  private final String base;
  private final ProductType productType;
  private final String v2Symbol;
  private final String text;

  private Symbol(String base, ProductType productType) {
    this.base = base;
    this.productType = productType;
    this.v2Symbol = base + productType.symbolQuote();
    this.text = v2Symbol + productType.suffix();
  }

  /**
   * Parses the classic form, such as {@code BTCUSDT_UMCBL}.
   *
   * @param symbol the classic form, such as {@code BTCUSDT_UMCBL}
   * @return the symbol
   * @throws InvalidSymbolException quoting the input, naming the problem and suggesting a fix
   */
  public static Symbol parse(String symbol) {
    Objects.requireNonNull(symbol, "symbol == null");
    Symbol cached = CACHE.get(symbol);
    if (cached != null) {
      return cached;
    }
    String problem = problem(symbol);
    if (problem != null) {
      throw new InvalidSymbolException(symbol, problem, suggest(symbol));
    }
    return create(symbol);
  }

  /**
   * Like {@link #parse(String)}, but returns empty instead of throwing.
   *
   * @param symbol the classic form, such as {@code BTCUSDT_UMCBL}
   * @return the symbol, or empty where {@link #parse(String)} would throw
   */
  public static Optional<Symbol> tryParse(String symbol) {
    if (symbol == null) {
      return Optional.empty();
    }
    Symbol cached = CACHE.get(symbol);
    if (cached != null) {
      return Optional.of(cached);
    }
    return problem(symbol) == null ? Optional.of(create(symbol)) : Optional.empty();
  }

  /**
   * Builds a symbol from its parts: {@code of("BTC", "USDT", ProductType.UMCBL)}. The quote must
   * be the product's {@linkplain ProductType#symbolQuote() symbol quote}.
   *
   * @param base the base coin, such as {@code BTC}
   * @param quote the quote as written in the symbol, such as {@code USDT}
   * @param productType the product line, which gives the suffix
   * @return the symbol
   * @throws InvalidSymbolException when the parts do not form a valid symbol
   */
  public static Symbol of(String base, String quote, ProductType productType) {
    Objects.requireNonNull(base, "base == null");
    Objects.requireNonNull(quote, "quote == null");
    Objects.requireNonNull(productType, "productType == null");
    return parse(base + quote + productType.suffix());
  }

  /**
   * Converts from the V2 wire form: {@code fromV2("BTCUSDT", "USDT-FUTURES")}.
   *
   * @param symbol the V2 symbol, such as {@code BTCUSDT}
   * @param productType the V2 product type, such as {@code USDT-FUTURES}
   * @return the symbol, such as {@code BTCUSDT_UMCBL}
   * @throws InvalidSymbolException when the pair does not name a perpetual of that product
   */
  public static Symbol fromV2(String symbol, String productType) {
    Objects.requireNonNull(symbol, "symbol == null");
    Objects.requireNonNull(productType, "productType == null");
    ProductType type;
    try {
      type = ProductType.fromV2Name(productType);
    } catch (IllegalArgumentException e) {
      throw new InvalidSymbolException(symbol, e.getMessage(), null);
    }
    return fromV2(symbol, type);
  }

  /**
   * Converts from a V2 symbol whose product type is already known: {@code fromV2("BTCUSDT",
   * ProductType.UMCBL)}.
   *
   * @param symbol the V2 symbol, such as {@code BTCUSDT}
   * @param productType the product type the symbol belongs to
   * @return the symbol, such as {@code BTCUSDT_UMCBL}
   * @throws InvalidSymbolException when the symbol is not a perpetual of that product
   */
  public static Symbol fromV2(String symbol, ProductType productType) {
    Objects.requireNonNull(symbol, "symbol == null");
    Objects.requireNonNull(productType, "productType == null");
    return parse(symbol + productType.suffix());
  }

  /**
   * Converts from CCXT's unified form: {@code BTC/USDT:USDT} is {@code BTCUSDT_UMCBL},
   * {@code BTC/USD:BTC} is {@code BTCUSD_DMCBL}, {@code BTC/USDC:USDC} is {@code BTCPERP_CMCBL}.
   *
   * @param ccxt a CCXT unified symbol, such as {@code BTC/USDT:USDT}
   * @return the symbol, such as {@code BTCUSDT_UMCBL}
   * @throws InvalidSymbolException when the text is not a Bitget perpetual in CCXT form
   */
  public static Symbol fromCcxt(String ccxt) {
    Objects.requireNonNull(ccxt, "ccxt == null");
    Symbol symbol = ccxtOrNull(ccxt);
    if (symbol == null) {
      throw new InvalidSymbolException(ccxt,
          "not a Bitget perpetual in CCXT's unified form BASE/QUOTE:SETTLE, such as \"BTC/USDT:USDT\"",
          suggestCcxt(ccxt));
    }
    return symbol;
  }

  /** {@return the base coin, such as {@code BTC} or {@code $AI}} */
  public String base() {
    return base;
  }

  /**
   * {@return the quote as written in the symbol, such as {@code USDT} ({@code PERP} for USDC-M)}
   */
  public String quote() {
    return productType.symbolQuote();
  }

  /** {@return the product line, given by the suffix} */
  public ProductType productType() {
    return productType;
  }

  /**
   * {@return the coin this symbol's positions are margined in: {@code USDT}, or the base for
   * coin-M}
   */
  public String marginCoin() {
    return productType.marginCoin(base);
  }

  /**
   * {@return the V2 wire symbol, such as {@code BTCUSDT}; it travels with {@link
   * ProductType#v2Name()}}
   */
  public String v2Symbol() {
    return v2Symbol;
  }

  /**
   * CCXT's unified form, such as {@code BTC/USDT:USDT}.
   *
   * @return CCXT's unified form, such as {@code BTC/USDT:USDT}
   */
  public String ccxt() {
    return base + '/' + productType.ccxtQuote() + ':' + productType.ccxtSettle(base);
  }

  /** The classic form, such as {@code BTCUSDT_UMCBL}; {@link #parse(String)} reads it back. */
  @Override
  public String toString() {
    return text;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Symbol && ((Symbol) other).text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  /** Orders by product type, then by the V2 symbol. */
  @Override
  public int compareTo(Symbol other) {
    int byType = productType.compareTo(other.productType);
    return byType != 0 ? byType : v2Symbol.compareTo(other.v2Symbol);
  }

  private static Symbol create(String valid) {
    int underscore = valid.lastIndexOf('_');
    ProductType type = ProductType.fromSuffix(valid.substring(underscore)).orElseThrow();
    String base = valid.substring(0, underscore - type.symbolQuote().length());
    Symbol symbol = new Symbol(base, type);
    if (CACHE.size() < CACHE_LIMIT) {
      CACHE.putIfAbsent(valid, symbol);
    }
    return symbol;
  }

  /** Returns what is wrong with {@code s}, or null when it is a valid symbol. */
  private static String problem(String s) {
    if (s.isEmpty()) {
      return "a symbol cannot be empty; expected a form like \"BTCUSDT_UMCBL\"";
    }
    if (s.length() > MAX_LENGTH) {
      return s.length() + " characters is too long for a symbol (at most " + MAX_LENGTH + ")";
    }
    if (!s.strip().equals(s)) {
      return "remove the surrounding whitespace";
    }
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
        return "contains whitespace at index " + i + "; symbols have no spaces";
      }
      i += Character.charCount(cp);
    }
    if (s.indexOf('/') >= 0 && s.indexOf(':') >= 0) {
      return "this is CCXT's unified form; use Symbol.fromCcxt(..) for it";
    }
    int underscores = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '-' || c == '/' || c == ':' || c == '.' || c == ',') {
        return "separators such as '" + c + "' are not allowed; the classic form has no separator"
            + " but the '_' before the product suffix";
      }
      if (c == '_') {
        underscores++;
      }
    }
    if (underscores > 1) {
      return "separators such as '_' between base and quote are not allowed; the classic form has"
          + " only the '_' before the product suffix";
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 'a' && c <= 'z') {
        return "symbols are upper case";
      }
    }
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      if (!allowed(cp)) {
        return badCharacter(cp, i);
      }
      i += Character.charCount(cp);
    }
    if (underscores == 0) {
      return "the product suffix is missing; futures symbols end in one of " + suffixList();
    }
    int underscore = s.lastIndexOf('_');
    String suffix = s.substring(underscore);
    Optional<ProductType> type = ProductType.fromSuffix(suffix);
    if (type.isEmpty()) {
      return "unknown suffix \"" + suffix + "\"; expected one of " + suffixList();
    }
    String name = s.substring(0, underscore);
    String quote = type.get().symbolQuote();
    if (name.isEmpty()) {
      return "the base and quote are empty; expected a form like \"BTC" + quote + suffix + "\"";
    }
    if (!name.endsWith(quote)) {
      return "the quote is missing or wrong: a " + suffix + " symbol ends in \"" + quote
          + "\" before the suffix";
    }
    if (name.length() == quote.length()) {
      return "the base coin is empty; expected a form like \"BTC" + quote + suffix + "\"";
    }
    return null;
  }

  private static boolean allowed(int cp) {
    return (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9') || cp == '$' || cp == '_'
        || Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
  }

  private static String badCharacter(int cp, int index) {
    String shown = new String(Character.toChars(cp));
    String code = String.format(Locale.ROOT, "U+%04X", cp);
    Character latin = LOOK_ALIKES.get(cp);
    if (latin != null) {
      Character.UnicodeScript script = Character.UnicodeScript.of(cp);
      String scriptName = script == Character.UnicodeScript.CYRILLIC ? "Cyrillic" : "Greek";
      return "contains the " + scriptName + " letter '" + shown + "' (" + code + ") at index " + index
          + ", a look-alike of the Latin '" + Character.toUpperCase(latin) + "'";
    }
    if (cp >= 0xFF01 && cp <= 0xFF5E) {
      return "contains the full-width character '" + shown + "' (" + code + ") at index " + index
          + "; use the ASCII '" + Character.toUpperCase((char) (cp - 0xFEE0)) + "'";
    }
    return "contains the character '" + shown + "' (" + code + ") at index " + index
        + "; a symbol uses upper-case letters A-Z, digits, '$' and CJK ideographs";
  }

  private static String suffixList() {
    StringBuilder sb = new StringBuilder();
    for (ProductType type : ProductType.values()) {
      if (sb.length() > 0) {
        sb.append(", ");
      }
      sb.append(type.suffix());
    }
    return sb.toString();
  }

  /** Guesses the symbol the user meant, or returns null. */
  private static String suggest(String s) {
    if (s.length() > MAX_LENGTH * 2) {
      return null;
    }
    StringBuilder normal = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
        continue;
      }
      if (cp >= 0xFF01 && cp <= 0xFF5E) {
        cp -= 0xFEE0;
      }
      Character latin = LOOK_ALIKES.get(cp);
      if (latin != null) {
        cp = latin;
      }
      if (cp >= 'a' && cp <= 'z') {
        cp -= 'a' - 'A';
      }
      normal.appendCodePoint(cp);
    }
    String n = normal.toString();
    if (n.indexOf('/') >= 0 && n.indexOf(':') >= 0) {
      Symbol ccxt = ccxtOrNull(n);
      return ccxt == null ? null : ccxt.toString();
    }
    String[] parts = n.split("[-/_.:,]+");
    if (parts.length == 0) {
      return null;
    }
    String last = parts[parts.length - 1];
    Optional<ProductType> suffix = ProductType.fromSuffix("_" + last);
    StringBuilder name = new StringBuilder();
    int nameParts = suffix.isPresent() ? parts.length - 1 : parts.length;
    for (int i = 0; i < nameParts; i++) {
      name.append(parts[i]);
    }
    ProductType type = suffix.orElseGet(() -> guessType(name.toString()));
    if (type == null && parts.length > 1 && n.lastIndexOf('_') > 0) {
      // an unknown suffix such as _SPBL: drop it and guess from the quote
      name.setLength(name.length() - last.length());
      type = guessType(name.toString());
    }
    if (type == null) {
      return null;
    }
    String candidate = name + type.suffix();
    return !candidate.equals(s) && problem(candidate) == null ? candidate : null;
  }

  private static ProductType guessType(String name) {
    boolean demo = name.startsWith("S");
    if (demo && name.endsWith("SUSDT")) {
      return ProductType.SUMCBL;
    }
    if (name.endsWith("USDT")) {
      return ProductType.UMCBL;
    }
    if (demo && name.endsWith("SPERP")) {
      return ProductType.SCMCBL;
    }
    if (name.endsWith("PERP")) {
      return ProductType.CMCBL;
    }
    if (demo && name.endsWith("SUSD")) {
      return ProductType.SDMCBL;
    }
    if (name.endsWith("USD")) {
      return ProductType.DMCBL;
    }
    return null;
  }

  private static Symbol ccxtOrNull(String ccxt) {
    int slash = ccxt.indexOf('/');
    int colon = ccxt.indexOf(':');
    if (slash <= 0 || colon < slash + 2 || colon == ccxt.length() - 1) {
      return null;
    }
    String base = ccxt.substring(0, slash);
    String quote = ccxt.substring(slash + 1, colon);
    String settle = ccxt.substring(colon + 1);
    for (ProductType type : ProductType.values()) {
      if (type.ccxtQuote().equals(quote) && type.ccxtSettle(base).equals(settle)) {
        String text = base + type.symbolQuote() + type.suffix();
        return problem(text) == null ? parse(text) : null;
      }
    }
    return null;
  }

  private static String suggestCcxt(String ccxt) {
    Symbol upper = ccxtOrNull(ccxt.strip().toUpperCase(Locale.ROOT));
    return upper == null ? null : upper.ccxt();
  }

  private static Map<Integer, Character> lookAlikes() {
    Map<Integer, Character> map = new java.util.HashMap<>();
    // Cyrillic capitals and small letters that render like Latin capitals
    String cyrillic = "АAВBЕEКKМMНHОOРPСCТTУYХXЅSІIЈJаAеEоOрPсCуYхXѕSіIјJ";
    String greek = "ΑAΒBΕEΖZΗHΙIΚKΜMΝNΟOΡPΤTΥYΧXοO";
    for (String pairs : new String[] {cyrillic, greek}) {
      for (int i = 0; i + 1 < pairs.length(); i += 2) {
        map.put((int) pairs.charAt(i), pairs.charAt(i + 1));
      }
    }
    return Map.copyOf(map);
  }
}

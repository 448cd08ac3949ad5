package io.bitget4j.core.internal.json;

import com.squareup.moshi.JsonReader;
import io.bitget4j.core.BitgetDecodingException;
import io.bitget4j.core.ProductType;
import io.bitget4j.core.Symbol;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns wire symbols ({@code BTCUSDT}) of one product type into {@link Symbol}s, caching them, and
 * checks a V3 row's {@code category} against the product type ({@code USDT-FUTURES} in any case).
 */
final class SymbolResolver {
  private static final Logger log = LoggerFactory.getLogger(SymbolResolver.class);
  private static final int CACHE_LIMIT = 4096;

  private final ProductType productType;
  private final Map<String, Symbol> cache = new ConcurrentHashMap<>();
  /**
   * The last category text accepted, compared by identity first; a racing write only costs a
   * comparison in full, since a string is immutable.
   */
  private String acceptedCategory;

  SymbolResolver(ProductType productType) {
    this.productType = productType;
  }

  ProductType productType() {
    return productType;
  }

  /**
   * Resolves {@code v2}. Returns null when {@code v2} is null, or when it is not a perpetual of
   * this product and {@code inList}; outside a list that fails instead.
   */
  Symbol resolve(String v2, JsonReader reader, boolean inList) {
    if (v2 == null) {
      return null;
    }
    Symbol symbol = resolveOrNull(v2);
    if (symbol != null || inList) {
      return symbol;
    }
    throw new BitgetDecodingException("Unsupported symbol \"" + v2 + "\" for " + productType.v2Name()
        + " at path " + reader.getPath() + ": bitget4j handles perpetual contracts only");
  }

  /** The symbol for {@code v2}, or null when it is not a perpetual of this product. */
  Symbol resolveOrNull(String v2) {
    Symbol symbol = cache.get(v2);
    if (symbol != null) {
      return symbol;
    }
    Optional<Symbol> parsed = Symbol.tryParse(v2 + productType.suffix());
    if (parsed.isPresent() && cache.size() < CACHE_LIMIT) {
      cache.putIfAbsent(v2, parsed.get());
    }
    return parsed.orElse(null);
  }

  /**
   * Whether a row of V3 {@code category} belongs to this product type: true for no category (V2
   * rows have none) and for the product's name in any case ({@code USDT-FUTURES},
   * {@code usdt-futures}).
   */
  boolean accepts(String category) {
    if (category == null || category == acceptedCategory) {
      return true;
    }
    if (category.equalsIgnoreCase(productType.v2Name())) {
      acceptedCategory = category; // the scanner returns a recent identifier as the same instance
      return true;
    }
    return false;
  }

  /**
   * Whether a row margined in {@code marginCoin} can belong to this product type: true for no coin
   * and for a product type without a fixed margin coin (coin-margined), else the product's coin in
   * any case ({@code USDT} for USDT-M, {@code SUSDT} for its demo).
   */
  boolean acceptsMarginCoin(String marginCoin) {
    return marginCoin == null
        || productType.fixedMarginCoin().map(marginCoin::equalsIgnoreCase).orElse(true);
  }

  /** A row in another margin coin: in a list it is skipped (null, logged at DEBUG); outside one it fails. */
  <T> T wrongMarginCoin(String what, String marginCoin, boolean inList) {
    if (inList) {
      log.debug("Skipping {} margined in {} ({})", what, marginCoin, productType.v2Name());
      return null;
    }
    throw new BitgetDecodingException("Unsupported margin coin \"" + marginCoin + "\" of a " + what + " read as "
        + productType.v2Name() + ", whose margin coin is " + productType.fixedMarginCoin().orElse("the base coin"));
  }

  /**
   * A row of another product line ({@code SPOT}, say): in a list it is skipped (null, logged at
   * DEBUG); outside one it fails.
   */
  <T> T wrongCategory(String what, String category, boolean inList) {
    if (inList) {
      log.debug("Skipping {} of category {} ({})", what, category, productType.v2Name());
      return null;
    }
    throw new BitgetDecodingException("Unsupported category \"" + category + "\" of a " + what + " read as "
        + productType.v2Name() + ": bitget4j handles perpetual futures only");
  }

  /** Logs that a list item was skipped for its symbol; returns null for the caller to return. */
  <T> T skipped(String what, String v2) {
    log.debug("Skipping {} of unsupported symbol {} ({})", what, v2, productType.v2Name());
    return null;
  }
}

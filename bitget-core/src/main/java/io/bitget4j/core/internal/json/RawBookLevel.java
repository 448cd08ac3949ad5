package io.bitget4j.core.internal.json;

import io.bitget4j.core.model.BookLevel;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A book level as received from the WebSocket {@code books} channels, keeping the exact price
 * and size text: Bitget's CRC32 checksum is computed over these strings ({@code "27000.0"} and
 * {@code "27000"} differ), so a book must keep them to verify it.
 *
 * @param priceText the price exactly as received
 * @param sizeText the size exactly as received
 * @param price the price as a decimal
 * @param size the size as a decimal; zero in an update removes the level
 */
public record RawBookLevel(String priceText, String sizeText, BigDecimal price, BigDecimal size) {
  /** Validates that no component is null. */
  public RawBookLevel {
    Objects.requireNonNull(priceText, "priceText == null");
    Objects.requireNonNull(sizeText, "sizeText == null");
    Objects.requireNonNull(price, "price == null");
    Objects.requireNonNull(size, "size == null");
  }

  /** Whether this level, in an update, removes the price from the book (size zero). */
  public boolean isRemoval() {
    return size.signum() == 0;
  }

  /** The level without its wire text. */
  public BookLevel toBookLevel() {
    return new BookLevel(price, size);
  }
}

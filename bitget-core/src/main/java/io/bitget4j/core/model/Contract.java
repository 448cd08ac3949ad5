package io.bitget4j.core.model;

import io.bitget4j.core.Symbol;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A futures contract's trading rules, from REST {@code market/contracts} (V2) or
 * {@code market/instruments} (V3).
 *
 * @param symbol the contract
 * @param baseCoin the base coin, such as {@code BTC}
 * @param quoteCoin the quote coin, such as {@code USDT}
 * @param minTradeNum the smallest order size, in base coin (V3 {@code minOrderQty})
 * @param priceEndStep the price step in units of the last price decimal (see {@link #priceTick()});
 *     from V3's {@code priceMultiplier} times {@code 10^pricePrecision}
 * @param pricePlace the number of price decimals (V3 {@code pricePrecision})
 * @param volumePlace the number of size decimals (V3 {@code quantityPrecision})
 * @param sizeMultiplier sizes must be a multiple of this (V3 {@code quantityMultiplier})
 * @param minTradeUsdt the smallest order value in USDT (wire {@code minTradeUSDT}, V3
 *     {@code minOrderAmount})
 * @param minLeverage wire {@code minLever}, V3 {@code minLeverage}
 * @param maxLeverage wire {@code maxLever}, V3 {@code maxLeverage}
 * @param makerFeeRate the maker fee rate
 * @param takerFeeRate the taker fee rate
 * @param status the wire {@code symbolStatus} ({@code normal}) or V3 {@code status} ({@code online})
 * @param supportMarginCoins the margin coins (V2 only; empty on V3)
 */
public record Contract(
    Symbol symbol,
    String baseCoin,
    String quoteCoin,
    BigDecimal minTradeNum,
    BigDecimal priceEndStep,
    int pricePlace,
    int volumePlace,
    BigDecimal sizeMultiplier,
    BigDecimal minTradeUsdt,
    int minLeverage,
    int maxLeverage,
    BigDecimal makerFeeRate,
    BigDecimal takerFeeRate,
    String status,
    List<String> supportMarginCoins) {

  /**
   * Validates that no component is null and copies the list.
   *
   * @param symbol the contract's symbol
   * @param baseCoin the base coin, such as {@code BTC}
   * @param quoteCoin the quote coin, such as {@code USDT}
   * @param minTradeNum the smallest order size, in base coin
   * @param priceEndStep the price step in units of the last price decimal (see {@link #priceTick()})
   * @param pricePlace the number of price decimals
   * @param volumePlace the number of size decimals
   * @param sizeMultiplier sizes must be a multiple of this
   * @param minTradeUsdt the smallest order value in USDT (wire {@code minTradeUSDT})
   * @param minLeverage wire {@code minLever}
   * @param maxLeverage wire {@code maxLever}
   * @param makerFeeRate the maker fee as a ratio of the order value
   * @param takerFeeRate the taker fee as a ratio of the order value
   * @param status the wire {@code symbolStatus}, such as {@code normal}
   * @param supportMarginCoins the coins accepted as margin
   */
  public Contract {
    Objects.requireNonNull(symbol, "symbol == null");
    Objects.requireNonNull(baseCoin, "baseCoin == null");
    Objects.requireNonNull(quoteCoin, "quoteCoin == null");
    Objects.requireNonNull(minTradeNum, "minTradeNum == null");
    Objects.requireNonNull(priceEndStep, "priceEndStep == null");
    Objects.requireNonNull(sizeMultiplier, "sizeMultiplier == null");
    Objects.requireNonNull(minTradeUsdt, "minTradeUsdt == null");
    Objects.requireNonNull(makerFeeRate, "makerFeeRate == null");
    Objects.requireNonNull(takerFeeRate, "takerFeeRate == null");
    Objects.requireNonNull(status, "status == null");
    supportMarginCoins = List.copyOf(Objects.requireNonNull(supportMarginCoins, "supportMarginCoins == null"));
  }

  /**
   * {@return the smallest price increment: {@code priceEndStep × 10^-pricePlace} ({@code 0.1} for
   * BTCUSDT)}
   */
  public BigDecimal priceTick() {
    return priceEndStep.scaleByPowerOfTen(-pricePlace);
  }

  /**
   * {@return the smallest size increment: {@code sizeMultiplier} when positive, else {@code
   * 10^-volumePlace}}
   */
  public BigDecimal sizeStep() {
    return sizeMultiplier.signum() > 0 ? sizeMultiplier : BigDecimal.ONE.scaleByPowerOfTen(-volumePlace);
  }

  /**
   * {@return whether {@code price} is positive and a whole multiple of {@link #priceTick()}}
   *
   * @param price a limit price
   */
  public boolean isValidPrice(BigDecimal price) {
    Objects.requireNonNull(price, "price == null");
    return price.signum() > 0 && isMultiple(price, priceTick());
  }

  /**
   * {@return whether {@code size} is at least {@link #minTradeNum()} and a whole multiple of {@link
   * #sizeStep()}}
   *
   * @param size an order size, in base coin
   */
  public boolean isValidSize(BigDecimal size) {
    Objects.requireNonNull(size, "size == null");
    return size.compareTo(minTradeNum) >= 0 && isMultiple(size, sizeStep());
  }

  /**
   * {@return whether the contract is open for trading (V2 {@code symbolStatus} {@code normal}, V3
   * {@code status} {@code online})}
   */
  public boolean isTradable() {
    return "normal".equals(status) || "online".equals(status);
  }

  private static boolean isMultiple(BigDecimal value, BigDecimal step) {
    return step.signum() == 0 || value.remainder(step).signum() == 0;
  }
}

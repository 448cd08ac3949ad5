package io.bitget4j.core;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A Bitget futures product line: the {@code _UMCBL} family of symbol suffixes and the V2
 * {@code productType} each maps to.
 *
 * <p>The symbol quote is the text a symbol of this product ends with before its suffix
 * ({@code USDT} in {@code BTCUSDT_UMCBL}, {@code PERP} in {@code BTCPERP_CMCBL}).
 */
public enum ProductType {
  /** USDT-margined perpetuals: {@code BTCUSDT_UMCBL}, V2 {@code USDT-FUTURES}. */
  UMCBL("_UMCBL", "USDT-FUTURES", "USDT", "USDT", false),
  /** Coin-margined perpetuals: {@code BTCUSD_DMCBL}, V2 {@code COIN-FUTURES}, margined in the base coin. */
  DMCBL("_DMCBL", "COIN-FUTURES", "USD", null, false),
  /** USDC-margined perpetuals: {@code BTCPERP_CMCBL}, V2 {@code USDC-FUTURES}. */
  CMCBL("_CMCBL", "USDC-FUTURES", "PERP", "USDC", false),
  /** Demo USDT-margined perpetuals: {@code SBTCSUSDT_SUMCBL}, V2 {@code SUSDT-FUTURES}. */
  SUMCBL("_SUMCBL", "SUSDT-FUTURES", "SUSDT", "SUSDT", true),
  /** Demo coin-margined perpetuals: {@code SBTCSUSD_SDMCBL}, V2 {@code SCOIN-FUTURES}. */
  SDMCBL("_SDMCBL", "SCOIN-FUTURES", "SUSD", null, true),
  /** Demo USDC-margined perpetuals: {@code SBTCSPERP_SCMCBL}, V2 {@code SUSDC-FUTURES}. */
  SCMCBL("_SCMCBL", "SUSDC-FUTURES", "SPERP", "SUSDC", true);

  private static final ProductType[] VALUES = values();

  private final String suffix;
  private final String v2Name;
  private final String symbolQuote;
  private final String fixedMarginCoin;
  private final boolean demo;

  ProductType(String suffix, String v2Name, String symbolQuote, String fixedMarginCoin, boolean demo) {
    this.suffix = suffix;
    this.v2Name = v2Name;
    this.symbolQuote = symbolQuote;
    this.fixedMarginCoin = fixedMarginCoin;
    this.demo = demo;
  }

  /** {@return the V1 symbol suffix including its underscore, such as {@code _UMCBL}} */
  public String suffix() {
    return suffix;
  }

  /** {@return the V2 wire name, such as {@code USDT-FUTURES}} */
  public String v2Name() {
    return v2Name;
  }

  /** {@return whether this is one of Bitget's demo-trading (paper) product lines} */
  public boolean isDemo() {
    return demo;
  }

  /**
   * {@return the quote text symbols of this product end with, such as {@code USDT} or {@code PERP}}
   */
  public String symbolQuote() {
    return symbolQuote;
  }

  /** {@return whether positions are margined in the base coin of each symbol (coin-M products)} */
  public boolean isCoinMargined() {
    return fixedMarginCoin == null;
  }

  /**
   * {@return the margin coin for a symbol with the given base: {@code USDT} for {@code UMCBL}, the
   * base itself for coin-margined products}
   *
   * @param base the symbol's base coin, such as {@code BTC}
   */
  public String marginCoin(String base) {
    Objects.requireNonNull(base, "base == null");
    return fixedMarginCoin != null ? fixedMarginCoin : base;
  }

  /**
   * {@return the margin coin shared by every symbol of this product, or empty for coin-margined
   * products, whose margin coin is each symbol's base}
   */
  public Optional<String> fixedMarginCoin() {
    return Optional.ofNullable(fixedMarginCoin);
  }

  /** The settle currency in CCXT's unified form for a symbol with the given base. */
  String ccxtSettle(String base) {
    return marginCoin(base);
  }

  /** The quote currency in CCXT's unified form ({@code USDC} for {@code BTCPERP}). */
  String ccxtQuote() {
    switch (this) {
      case CMCBL:
        return "USDC";
      case SCMCBL:
        return "SUSDC";
      default:
        return symbolQuote;
    }
  }

  /**
   * Finds the product type with the given suffix ({@code _UMCBL}, case-sensitive).
   *
   * @param suffix a suffix such as {@code _UMCBL}, with or without the underscore
   * @return the product type, or empty for an unknown suffix
   */
  public static Optional<ProductType> fromSuffix(String suffix) {
    Objects.requireNonNull(suffix, "suffix == null");
    for (ProductType type : VALUES) {
      if (type.suffix.equals(suffix)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }

  /**
   * Parses a V2 product type name such as {@code USDT-FUTURES}. Bitget's wire uses both upper
   * and lower case, so case is ignored here.
   *
   * @param v2Name a V2 name such as {@code USDT-FUTURES}
   * @return the product type
   * @throws IllegalArgumentException naming the accepted values when {@code v2Name} is unknown
   */
  public static ProductType fromV2Name(String v2Name) {
    Objects.requireNonNull(v2Name, "v2Name == null");
    String upper = v2Name.toUpperCase(Locale.ROOT);
    for (ProductType type : VALUES) {
      if (type.v2Name.equals(upper)) {
        return type;
      }
    }
    throw new IllegalArgumentException("unknown productType \"" + v2Name
        + "\": expected one of USDT-FUTURES, COIN-FUTURES, USDC-FUTURES, SUSDT-FUTURES,"
        + " SCOIN-FUTURES, SUSDC-FUTURES");
  }
}

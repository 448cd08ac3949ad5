package io.bitget4j.benchmarks;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.knowm.xchange.bitget.dto.marketdata.BitgetTickerDto;

/**
 * Wire-shaped records for the reflective baselines (Moshi's record adapter, Jackson databind):
 * named after the JSON fields, holding the same fields as our records with decimals as
 * {@code BigDecimal} and times as {@code Instant}. Enum-like values and symbols stay strings, so the
 * baselines do less than our decoders (no symbol resolution, enums or {@code Optional}s).
 */
public final class WireTypes {
  private WireTypes() {
  }

  /** The {@code arg} of a push. */
  public record Arg(String instType, String channel, String instId) {
  }

  /** A {@code ticker} push. */
  public record TickerFrame(String action, Arg arg, List<Ticker> data, Instant ts) {
  }

  /** A {@code ticker} push decoded into XChange's own ticker DTO. */
  public record XChangeTickerFrame(String action, Arg arg, List<BitgetTickerDto> data, Instant ts) {
  }

  /** The fields of {@link io.bitget4j.core.model.Ticker}. */
  public record Ticker(
      String instId,
      BigDecimal lastPr,
      BigDecimal bidPr,
      BigDecimal askPr,
      BigDecimal bidSz,
      BigDecimal askSz,
      BigDecimal high24h,
      BigDecimal low24h,
      BigDecimal open24h,
      BigDecimal change24h,
      BigDecimal markPrice,
      BigDecimal indexPrice,
      BigDecimal fundingRate,
      BigDecimal baseVolume,
      BigDecimal quoteVolume,
      BigDecimal holdingAmount,
      Instant ts) {
  }

  /** A {@code books*} push. */
  public record BooksFrame(String action, Arg arg, List<BookPush> data, Instant ts) {
  }

  /** The fields of {@link io.bitget4j.core.internal.json.BookPush}; levels are {@code [price, size]}. */
  public record BookPush(
      List<List<BigDecimal>> asks,
      List<List<BigDecimal>> bids,
      Long checksum,
      Long seq,
      Long prevSeq,
      Instant ts) {
  }

  /** A {@code positions} push. */
  public record PositionsFrame(String action, Arg arg, List<Position> data, Instant ts) {
  }

  /** The fields of {@link io.bitget4j.core.model.Position}. */
  public record Position(
      String instId,
      String holdSide,
      String marginMode,
      String posMode,
      BigDecimal total,
      BigDecimal available,
      BigDecimal openPriceAvg,
      int leverage,
      BigDecimal unrealizedPL,
      BigDecimal liquidationPrice,
      BigDecimal marginSize,
      BigDecimal markPrice,
      BigDecimal marginRate,
      BigDecimal keepMarginRate,
      BigDecimal achievedProfits,
      BigDecimal breakEvenPrice,
      Instant cTime,
      Instant uTime) {
  }

  /** An {@code orders} push. */
  public record OrdersFrame(String action, Arg arg, List<Order> data, Instant ts) {
  }

  /** The fields of {@link io.bitget4j.core.model.Order}. */
  public record Order(
      String instId,
      String orderId,
      String clientOid,
      BigDecimal price,
      BigDecimal size,
      BigDecimal accBaseVolume,
      BigDecimal priceAvg,
      String side,
      String tradeSide,
      String orderType,
      String force,
      String status,
      String reduceOnly,
      String marginMode,
      Integer leverage,
      BigDecimal fillFee,
      BigDecimal pnl,
      BigDecimal presetStopSurplusPrice,
      BigDecimal presetStopLossPrice,
      Instant cTime,
      Instant uTime) {
  }

  /** A REST {@code market/ticker} response. */
  public record TickerEnvelope(String code, String msg, Instant requestTime, List<RestTicker> data) {
  }

  /** The fields of {@link io.bitget4j.core.model.Ticker} in a REST ticker. */
  public record RestTicker(
      String symbol,
      BigDecimal lastPr,
      BigDecimal bidPr,
      BigDecimal askPr,
      BigDecimal bidSz,
      BigDecimal askSz,
      BigDecimal high24h,
      BigDecimal low24h,
      BigDecimal open24h,
      BigDecimal change24h,
      BigDecimal markPrice,
      BigDecimal indexPrice,
      BigDecimal fundingRate,
      BigDecimal baseVolume,
      BigDecimal quoteVolume,
      BigDecimal holdingAmount,
      Instant ts) {
  }
}

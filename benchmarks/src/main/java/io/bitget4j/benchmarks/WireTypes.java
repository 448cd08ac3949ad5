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

  /** The {@code arg} of a V3 (unified account) push: {@code topic} and {@code symbol}. */
  public record V3Arg(String instType, String topic, String symbol) {
  }

  /** A V3 {@code ticker} push: the data names neither symbol nor time. */
  public record V3TickerFrame(List<V3Ticker> data, V3Arg arg, String action, Instant ts) {
  }

  /** The fields of {@link io.bitget4j.core.model.Ticker} in a V3 ticker push. */
  public record V3Ticker(
      BigDecimal lastPrice,
      BigDecimal bid1Price,
      BigDecimal ask1Price,
      BigDecimal bid1Size,
      BigDecimal ask1Size,
      BigDecimal highPrice24h,
      BigDecimal lowPrice24h,
      BigDecimal openPrice24h,
      BigDecimal price24hPcnt,
      BigDecimal markPrice,
      BigDecimal indexPrice,
      BigDecimal fundingRate,
      BigDecimal volume24h,
      BigDecimal turnover24h,
      BigDecimal openInterest) {
  }

  /** A V3 {@code books} push. */
  public record V3BooksFrame(List<V3BookPush> data, V3Arg arg, String action, Instant ts) {
  }

  /** The fields of {@link io.bitget4j.core.internal.json.BookPush} in V3: {@code a}, {@code b}, {@code pseq}. */
  public record V3BookPush(
      List<List<BigDecimal>> a,
      List<List<BigDecimal>> b,
      Long checksum,
      Long pseq,
      Long seq,
      Instant ts) {
  }

  /** A V3 {@code position} push. */
  public record V3PositionsFrame(List<V3Position> data, V3Arg arg, String action, Instant ts) {
  }

  /** The fields of {@link io.bitget4j.core.model.Position} in a V3 position push. */
  public record V3Position(
      String symbol,
      String posSide,
      String marginMode,
      String holdMode,
      String marginCoin,
      BigDecimal size,
      BigDecimal available,
      BigDecimal avgPrice,
      int leverage,
      BigDecimal unrealisedPnl,
      BigDecimal liqPrice,
      BigDecimal marginSize,
      BigDecimal markPrice,
      BigDecimal mmr,
      BigDecimal curRealisedPnl,
      BigDecimal breakEvenPrice,
      BigDecimal totalFundingFee,
      BigDecimal openFeeTotal,
      BigDecimal closeFeeTotal,
      Instant createdTime,
      Instant updatedTime) {
  }

  /** A V3 {@code order} push. */
  public record V3OrdersFrame(String action, V3Arg arg, List<V3Order> data, Instant ts) {
  }

  /** One {@code feeDetail} entry of a V3 order. */
  public record V3Fee(String feeCoin, BigDecimal fee) {
  }

  /** The fields of {@link io.bitget4j.core.model.Order} in a V3 order push. */
  public record V3Order(
      String category,
      String symbol,
      String orderId,
      String clientOid,
      BigDecimal price,
      BigDecimal qty,
      BigDecimal cumExecQty,
      BigDecimal avgPrice,
      String side,
      String tradeSide,
      String holdSide,
      String orderType,
      String timeInForce,
      String orderStatus,
      String reduceOnly,
      String marginMode,
      Integer leverage,
      List<V3Fee> feeDetail,
      BigDecimal totalProfit,
      Instant createdTime,
      Instant updatedTime) {
  }
}

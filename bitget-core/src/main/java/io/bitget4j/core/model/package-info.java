/**
 * Bitget's futures data as immutable records: tickers, books, candles, positions, orders,
 * fills and accounts. Money and sizes are exact {@link java.math.BigDecimal}s from the wire
 * text, times are {@link java.time.Instant}s, and values Bitget may omit are
 * {@link java.util.Optional}. Enums map unrecognised wire values to {@code UNKNOWN}.
 */
package io.bitget4j.core.model;

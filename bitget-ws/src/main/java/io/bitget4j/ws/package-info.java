/**
 * Bitget's futures WebSocket streams for classic (V2) and unified (V3) accounts:
 * {@link io.bitget4j.ws.BitgetStreamClient} and its typed subscriptions, the
 * {@link io.bitget4j.ws.PriceFeed}, {@link io.bitget4j.ws.PositionTracker} and
 * {@link io.bitget4j.ws.OpenOrdersTracker} views, delivery options and connection state. Types in {@code io.bitget4j.ws.internal} are not
 * part of the API.
 */
package io.bitget4j.ws;

/**
 * Bitget's V2 futures WebSocket streams: {@link io.bitget4j.ws.BitgetStreamClient} and its typed
 * subscriptions, the {@link io.bitget4j.ws.PriceFeed} and {@link io.bitget4j.ws.PositionTracker}
 * views, delivery options and connection state. Types in {@code io.bitget4j.ws.internal} are not
 * part of the API.
 */
package io.bitget4j.ws;

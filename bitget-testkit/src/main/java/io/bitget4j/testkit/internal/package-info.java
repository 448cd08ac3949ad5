/**
 * Machinery behind {@link io.bitget4j.testkit.FakeBitget}: the simulated market, the matching
 * engine, the REST dispatcher and the WebSocket streams. Not a public API; nothing outside
 * bitget-testkit uses it.
 */
package io.bitget4j.testkit.internal;

/**
 * An in-process fake of Bitget's V2 USDT-futures exchange for tests and examples:
 * {@link io.bitget4j.testkit.FakeBitget} serves REST and WebSocket on 127.0.0.1 with a simulated
 * market, a matching engine, real-style authentication and rate limits, and
 * {@link io.bitget4j.testkit.Faults} for injecting failures.
 */
package io.bitget4j.testkit;

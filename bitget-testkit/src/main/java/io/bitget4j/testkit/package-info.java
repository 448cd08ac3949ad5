/**
 * An in-process fake of Bitget's USDT-futures exchange for tests and examples:
 * {@link io.bitget4j.testkit.FakeBitget} serves REST and WebSocket on 127.0.0.1 with a simulated
 * market, a matching engine, real-style authentication and rate limits, and
 * {@link io.bitget4j.testkit.Faults} for injecting failures. Its account is a classic one (the
 * V2 API) or a unified trading account (the V3 REST API), live or demo.
 * {@link io.bitget4j.testkit.FakeBitgetMain} runs it as a standalone server with a control API
 * over HTTP, for clients and tests in any language.
 */
package io.bitget4j.testkit;

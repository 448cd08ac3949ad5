/**
 * Small concurrency and timing utilities: a time-to-live cache, a throttle, a rolling-window
 * rate limiter, the {@link io.bitget4j.core.util.RateBudget} that clients draw their requests
 * from, and retry backoff.
 *
 * <p>They follow one rule: decide, then wait somewhere else. Each takes its time from an injected
 * {@link java.time.Clock} and returns a decision (a {@link java.time.Duration}, a permit, a
 * scheduled delivery); none of them sleeps unless a caller asks it to through an injected
 * {@link io.bitget4j.core.util.Sleeper} or scheduler, so tests can drive them without waiting.
 */
package io.bitget4j.core.util;

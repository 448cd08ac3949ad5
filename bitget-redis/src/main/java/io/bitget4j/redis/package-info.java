/**
 * A {@link io.bitget4j.core.util.RateBudget} shared through Redis, so that any number of
 * processes on one Bitget account (or behind one IP) stay within its rate limits together:
 * {@link io.bitget4j.redis.RedisRateBudget}. Built on Bucket4j's Lettuce integration.
 */
package io.bitget4j.redis;

/**
 * Machinery of {@code bitget-redis}, not API: it may change in any release.
 */
package io.bitget4j.redis.internal;

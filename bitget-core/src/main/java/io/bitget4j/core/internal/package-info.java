/**
 * Machinery shared by bitget4j's own modules (query building, JSON decoding). Not part of the
 * public API: it may change in any release, and nothing outside bitget4j should use it.
 */
package io.bitget4j.core.internal;

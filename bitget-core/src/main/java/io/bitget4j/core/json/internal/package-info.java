/** Parsing helpers for {@code io.bitget4j.core.json}; not a supported API. */
package io.bitget4j.core.json.internal;

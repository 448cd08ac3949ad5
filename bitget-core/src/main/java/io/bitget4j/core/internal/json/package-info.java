/**
 * Bitget's JSON for bitget4j's own modules: {@link io.bitget4j.core.internal.json.BitgetJson}
 * decodes REST envelopes, records and WebSocket frames with streaming decoders. Not part of the
 * public API.
 */
package io.bitget4j.core.internal.json;

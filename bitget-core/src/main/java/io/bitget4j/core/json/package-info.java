/**
 * Bitget's JSON: {@link io.bitget4j.core.json.BitgetJson} decodes REST envelopes, records and
 * WebSocket frames with fast streaming decoders, and offers a Moshi configured for Bitget's
 * conventions.
 */
package io.bitget4j.core.json;

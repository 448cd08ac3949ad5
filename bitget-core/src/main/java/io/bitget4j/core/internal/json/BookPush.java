package io.bitget4j.core.internal.json;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One element of a WebSocket {@code books}, {@code books1}, {@code books5}, {@code books15} (V2)
 * or {@code books50} (V3) push: a snapshot or an incremental update (the frame's action says
 * which).
 *
 * @param asks ask levels, best (lowest) first
 * @param bids bid levels, best (highest) first
 * @param checksum Bitget's CRC32 of the top 25 levels after applying this push, as a signed
 *     32-bit value; absent on channels that do not send one (V3 sends 0 or nothing)
 * @param seq this push's sequence number, when sent
 * @param prevSeq the previous push's sequence number (V3 {@code pseq}), when sent; V3's 0 means
 *     the server reset the book
 * @param timestamp wire {@code ts}
 */
public record BookPush(
    List<RawBookLevel> asks,
    List<RawBookLevel> bids,
    Optional<Long> checksum,
    Optional<Long> seq,
    Optional<Long> prevSeq,
    Instant timestamp) {

  /** Validates that no component is null and copies the lists. */
  public BookPush {
    asks = List.copyOf(Objects.requireNonNull(asks, "asks == null"));
    bids = List.copyOf(Objects.requireNonNull(bids, "bids == null"));
    Objects.requireNonNull(checksum, "checksum == null");
    Objects.requireNonNull(seq, "seq == null");
    Objects.requireNonNull(prevSeq, "prevSeq == null");
    Objects.requireNonNull(timestamp, "timestamp == null");
  }
}

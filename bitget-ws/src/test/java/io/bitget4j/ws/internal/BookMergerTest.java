package io.bitget4j.ws.internal;

import static io.bitget4j.ws.testing.FakeStreamServer.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import io.bitget4j.core.Symbol;
import io.bitget4j.core.internal.json.BitgetJson;
import io.bitget4j.core.internal.json.BookPush;
import io.bitget4j.core.internal.json.RawBookLevel;
import io.bitget4j.core.model.BookLevel;
import io.bitget4j.core.model.OrderBook;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class BookMergerTest {
  private static final BitgetJson JSON = BitgetJson.create();

  private static BookPush fixturePush(String name) {
    return JSON.decodePush(fixture(name)).data(JSON.bookPush()).orElseThrow().get(0);
  }

  private static RawBookLevel level(String price, String size) {
    return new RawBookLevel(price, size, new BigDecimal(price), new BigDecimal(size));
  }

  private static BookPush push(List<RawBookLevel> bids, List<RawBookLevel> asks, Long checksum, Long seq, Long prevSeq) {
    return new BookPush(asks, bids, Optional.ofNullable(checksum), Optional.ofNullable(seq),
        Optional.ofNullable(prevSeq), Instant.ofEpochMilli(1732413600000L));
  }

  private static int crc(String text) {
    CRC32 crc = new CRC32();
    crc.update(text.getBytes(StandardCharsets.UTF_8));
    return (int) crc.getValue();
  }

  @Test
  void snapshotFixtureMatchesItsChecksum() {
    BookMerger merger = new BookMerger();

    assertThat(merger.applySnapshot(fixturePush("ws-books-snapshot.json"))).isEqualTo(BookMerger.Outcome.APPLIED);
    assertThat(merger.checksum()).isEqualTo(-197562884);
    assertThat(merger.isSynced()).isTrue();
  }

  @Test
  void updateFixtureMergesAndMatchesItsChecksum() {
    BookMerger merger = new BookMerger();
    merger.applySnapshot(fixturePush("ws-books-snapshot.json"));

    assertThat(merger.applyUpdate(fixturePush("ws-books-update.json"))).isEqualTo(BookMerger.Outcome.APPLIED);

    assertThat(merger.checksum()).isEqualTo(-1653064965);
    OrderBook book = merger.toOrderBook(Symbol.BTCUSDT_UMCBL);
    assertThat(book.bestBid()).contains(new BookLevel(new BigDecimal("26999.95"), new BigDecimal("0.750")));
    assertThat(book.bestAsk()).contains(new BookLevel(new BigDecimal("27000.1"), new BigDecimal("1.250")));
    assertThat(book.bids()).hasSize(30).extracting(BookLevel::price)
        .doesNotContain(new BigDecimal("27000.0")).isSortedAccordingTo((a, b) -> b.compareTo(a));
    assertThat(book.asks()).hasSize(30).extracting(BookLevel::price).isSorted();
    assertThat(book.timestamp()).isEqualTo(Instant.ofEpochMilli(1732413600100L));
  }

  @Test
  void checksumMismatchLeavesTheBookOutOfSyncUntilTheNextSnapshot() {
    BookMerger merger = new BookMerger();
    merger.applySnapshot(fixturePush("ws-books-snapshot.json"));
    BookPush update = fixturePush("ws-books-update.json");
    BookPush corrupted = push(update.bids(), update.asks(), 12345L, update.seq().orElseThrow(), null);

    assertThat(merger.applyUpdate(corrupted)).isEqualTo(BookMerger.Outcome.CHECKSUM_MISMATCH);
    assertThat(merger.isSynced()).isFalse();
    assertThat(merger.applyUpdate(update)).isEqualTo(BookMerger.Outcome.IGNORED);

    assertThat(merger.applySnapshot(fixturePush("ws-books-snapshot.json"))).isEqualTo(BookMerger.Outcome.APPLIED);
    assertThat(merger.applyUpdate(update)).isEqualTo(BookMerger.Outcome.APPLIED);
  }

  @Test
  void updateWithoutIncreasingSeqIsAGap() {
    BookMerger merger = new BookMerger();
    merger.applySnapshot(push(List.of(level("100", "1")), List.of(level("101", "1")), null, 10L, null));

    assertThat(merger.applyUpdate(push(List.of(level("100", "2")), List.of(), null, 10L, null)))
        .isEqualTo(BookMerger.Outcome.SEQUENCE_GAP);
    assertThat(merger.isSynced()).isFalse();
  }

  @Test
  void updateWhosePseqIsNotTheLastSeqIsAGap() {
    BookMerger merger = new BookMerger();
    merger.applySnapshot(push(List.of(level("100", "1")), List.of(level("101", "1")), null, 10L, null));

    assertThat(merger.applyUpdate(push(List.of(level("100", "2")), List.of(), null, 12L, 10L)))
        .isEqualTo(BookMerger.Outcome.APPLIED);
    assertThat(merger.applyUpdate(push(List.of(level("100", "3")), List.of(), null, 15L, 13L)))
        .isEqualTo(BookMerger.Outcome.SEQUENCE_GAP);
  }

  @Test
  void updatesBeforeTheFirstSnapshotAreIgnored() {
    BookMerger merger = new BookMerger();

    assertThat(merger.applyUpdate(fixturePush("ws-books-update.json"))).isEqualTo(BookMerger.Outcome.IGNORED);
    assertThat(merger.isSynced()).isFalse();
  }

  @Test
  void resetWaitsForASnapshot() {
    BookMerger merger = new BookMerger();
    merger.applySnapshot(fixturePush("ws-books-snapshot.json"));

    merger.reset();

    assertThat(merger.applyUpdate(fixturePush("ws-books-update.json"))).isEqualTo(BookMerger.Outcome.IGNORED);
  }

  @Test
  void checksumUsesThePriceTextExactlyAsReceived() {
    BookMerger withDecimal = new BookMerger();
    withDecimal.applySnapshot(push(List.of(level("27000.0", "1")), List.of(level("27000.5", "2")), null, null, null));
    BookMerger withoutDecimal = new BookMerger();
    withoutDecimal.applySnapshot(push(List.of(level("27000", "1")), List.of(level("27000.5", "2")), null, null, null));

    assertThat(withDecimal.checksum()).isEqualTo(crc("27000.0:1:27000.5:2"));
    assertThat(withoutDecimal.checksum()).isEqualTo(crc("27000:1:27000.5:2"));
  }

  @Test
  void checksumOfTextBeyondAsciiUsesItsUtf8Bytes() {
    // BigDecimal reads other scripts' digits; the checksum must still use the text as received
    String arabicIndic = "\u0662\u0667\u0660\u0660\u0660";
    BookMerger merger = new BookMerger();
    RawBookLevel oddSizeText = new RawBookLevel("27000.5", "2\u00a0", new BigDecimal("27000.5"), BigDecimal.valueOf(2));
    merger.applySnapshot(push(List.of(level(arabicIndic, "1")), List.of(oddSizeText), null, null, null));

    assertThat(merger.checksum()).isEqualTo(crc(arabicIndic + ":1:27000.5:2\u00a0"));
  }

  @ParameterizedTest(name = "{0} bids and {1} asks interleave as {2}")
  @CsvSource({
      "1, 3, 10:1:11:1:12:1:13:1",
      "3, 1, 10:1:11:1:9:1:8:1",
      "0, 2, 11:1:12:1",
      "2, 0, 10:1:9:1",
  })
  void shorterSideDropsOutOfTheInterleaving(int bidCount, int askCount, String expected) {
    List<RawBookLevel> bids = new ArrayList<>();
    for (int i = 0; i < bidCount; i++) {
      bids.add(level(Integer.toString(10 - i), "1"));
    }
    List<RawBookLevel> asks = new ArrayList<>();
    for (int i = 0; i < askCount; i++) {
      asks.add(level(Integer.toString(11 + i), "1"));
    }
    BookMerger merger = new BookMerger();
    merger.applySnapshot(push(bids, asks, (long) crc(expected), null, null));

    assertThat(merger.checksum()).isEqualTo(crc(expected));
    assertThat(merger.isSynced()).isTrue();
  }

  @Test
  void checksumCoversOnlyTheTop25LevelsOfEachSide() {
    List<RawBookLevel> bids = new ArrayList<>();
    List<RawBookLevel> asks = new ArrayList<>();
    StringBuilder expected = new StringBuilder();
    for (int i = 0; i < 30; i++) {
      bids.add(level(Integer.toString(1000 - i), "1"));
      asks.add(level(Integer.toString(1001 + i), "2"));
      if (i < 25) {
        expected.append(expected.length() == 0 ? "" : ":")
            .append(1000 - i).append(":1:").append(1001 + i).append(":2");
      }
    }
    BookMerger merger = new BookMerger();
    merger.applySnapshot(push(bids, asks, null, null, null));

    assertThat(merger.checksum()).isEqualTo(crc(expected.toString()));
  }

  @Test
  void unsignedChecksumOfTheSameBitsIsAccepted() {
    BookMerger merger = new BookMerger();
    String text = "100:1:101:1";
    long unsigned = Integer.toUnsignedLong(crc(text));

    assertThat(merger.applySnapshot(push(List.of(level("100", "1")), List.of(level("101", "1")), unsigned, null, null)))
        .isEqualTo(BookMerger.Outcome.APPLIED);
  }
}

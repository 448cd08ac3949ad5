package io.bitget4j.examples.panel;

import io.bitget4j.core.model.Account;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The account line of one frame. When every open position in the account's margin coin has its
 * figures from the frame's marks, the account's uPnL is their sum, so the account and the
 * positions say the same thing; and when the exchange reported the uPnL inside the equity, the
 * equity is that report with its uPnL replaced by the sum. Otherwise the exchange's figures stand
 * as reported, and the screen shows their age (it always does, for the available balance).
 *
 * @param account the account as the exchange last reported it
 * @param age how long ago that report arrived
 * @param equity the equity: at the frame's marks when {@link #equityAtShownMarks()}
 * @param unrealizedPnl the unrealised PnL: the positions' sum at the frame's marks when they all
 *     have one, else the reported one, when reported
 * @param equityAtShownMarks whether {@code equity} follows the frame's marks
 */
record AccountFigures(
    Account account, Duration age, BigDecimal equity, Optional<BigDecimal> unrealizedPnl,
    boolean equityAtShownMarks) {

  AccountFigures {
    Objects.requireNonNull(account, "account == null");
    Objects.requireNonNull(age, "age == null");
    Objects.requireNonNull(equity, "equity == null");
    Objects.requireNonNull(unrealizedPnl, "unrealizedPnl == null");
  }

  /**
   * The account line for {@code account}, reported {@code age} ago, beside {@code positions}: every
   * open position of the account in its margin coin, with its figures.
   */
  static AccountFigures of(Account account, Duration age, List<PositionFigures> positions) {
    if (!positions.stream().allMatch(PositionFigures::fromMark)) {
      return new AccountFigures(account, age, account.equity(), account.unrealizedPnl(), false);
    }
    BigDecimal sum = BigDecimal.ZERO;
    for (PositionFigures p : positions) {
      sum = sum.add(p.unrealizedPnl());
    }
    if (account.unrealizedPnl().isEmpty()) {
      return new AccountFigures(account, age, account.equity(), Optional.of(sum), false);
    }
    BigDecimal equity = account.equity().subtract(account.unrealizedPnl().get()).add(sum);
    return new AccountFigures(account, age, equity, Optional.of(sum), true);
  }
}

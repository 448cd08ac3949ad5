package io.bitget4j.rest.internal;

import io.bitget4j.core.InvalidRequestException;
import io.bitget4j.core.model.ConditionalOrder;
import io.bitget4j.core.model.ConditionalOrderKind;
import io.bitget4j.core.model.Contract;
import io.bitget4j.core.model.HoldSide;
import io.bitget4j.core.model.Position;
import io.bitget4j.core.model.SymbolPrice;
import io.bitget4j.core.model.TriggerLeg;
import io.bitget4j.core.model.TriggerPriceType;
import io.bitget4j.rest.ConditionalOrderRequest;
import io.bitget4j.rest.ModifyConditionalOrderRequest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The checks a conditional order passes before it is sent, in one place: the contract's ticks, the
 * position it protects, and the side of the market. Each failure is an
 * {@link InvalidRequestException} that names the field, says why and what to do.
 *
 * <p>The side of the market: a long's take-profit (and a short's stop-loss) must trigger above the
 * watched price, a long's stop-loss (and a short's take-profit) below it, or it would fire at once; a
 * long's trailing stop activates above it and a short's below; a trigger order's price must differ
 * from it, since it fires when the price crosses it from where it is now.
 */
public final class ConditionalChecks {
  private ConditionalChecks() {}

  /**
   * A change applied to a pending conditional order: its new firing leg, size and callback ratio.
   *
   * @param order the order as the exchange listed it
   * @param leg the firing leg after the change
   * @param size the size after the change; empty for the whole position
   * @param callbackRatio a trailing stop's callback ratio after the change
   */
  public record Change(ConditionalOrder order, TriggerLeg leg, Optional<BigDecimal> size,
      Optional<BigDecimal> callbackRatio) {}

  /** The kind in words, for messages: "stop-loss", "trailing stop". */
  public static String describe(ConditionalOrderKind kind) {
    switch (kind) {
      case TAKE_PROFIT:
        return "take-profit";
      case STOP_LOSS:
        return "stop-loss";
      case TAKE_PROFIT_AND_STOP_LOSS:
        return "take-profit and stop-loss";
      case TRIGGER:
        return "trigger order";
      case TRAILING_STOP:
        return "trailing stop";
      default:
        return "conditional order";
    }
  }

  /** Checks the trigger price, limit price and size against the contract's price tick and size rules. */
  public static void checkAgainstContract(Contract contract, BigDecimal triggerPrice, Optional<BigDecimal> limitPrice,
      Optional<BigDecimal> size) {
    ContractBook.checkTick(contract, "triggerPrice", Optional.of(triggerPrice));
    ContractBook.checkTick(contract, "limitPrice", limitPrice);
    size.ifPresent(s -> ContractBook.checkSize(contract, "size", s));
  }

  /**
   * The position a take-profit, stop-loss or trailing stop protects, among the symbol's positions.
   *
   * @throws InvalidRequestException when there is no such position, or the size is more than it holds
   */
  public static Position requirePosition(ConditionalOrderRequest request, List<Position> positions) {
    HoldSide side = request.positionSide().orElseThrow();
    String what = describe(request.kind());
    Position position = null;
    for (Position p : positions) {
      if (p.holdSide() == side && p.size().signum() > 0) {
        position = p;
      }
    }
    if (position == null) {
      throw InvalidRequestException.of("positionSide", "there is no " + side + " position in " + request.symbol()
          + " for the " + what + " to close; open the position first (a trigger order can open it when the"
          + " price crosses a level)");
    }
    if (request.size().isPresent() && request.size().get().compareTo(position.size()) > 0) {
      throw InvalidRequestException.of("size", request.size().get().toPlainString() + " is more than the "
          + side + " position's " + position.size().toPlainString() + " in " + request.symbol() + "; a " + what
          + " closes at most the position: lower the size, or use wholePosition()");
    }
    return position;
  }

  /** Checks a new order's trigger price against the market. */
  public static void checkMarket(ConditionalOrderRequest request, SymbolPrice price) {
    checkMarket(request.kind(), request.positionSide(), request.triggerPrice(), request.triggerPriceType(), price);
  }

  /**
   * Checks a trigger price against the watched price now.
   *
   * @param kind what the order does
   * @param position the position a take-profit, stop-loss or trailing stop protects; when it is not
   *     {@code LONG} or {@code SHORT} (a classic one-way row may say {@code net}) only the exchange can
   *     judge, and nothing is checked
   * @param triggerPrice the trigger (activation) price
   * @param type the price watched
   * @param price the symbol's prices now
   * @throws InvalidRequestException when the order would fire at once, or its direction is undecided
   */
  public static void checkMarket(ConditionalOrderKind kind, Optional<HoldSide> position, BigDecimal triggerPrice,
      TriggerPriceType type, SymbolPrice price) {
    BigDecimal now = type == TriggerPriceType.MARK ? price.markPrice() : price.price();
    String watched = type == TriggerPriceType.MARK ? "mark price" : "last price";
    String trigger = triggerPrice.toPlainString();
    String current = now.toPlainString();
    int compared = triggerPrice.compareTo(now);
    if (kind == ConditionalOrderKind.TRIGGER) {
      if (compared == 0) {
        throw InvalidRequestException.of("triggerPrice", trigger + " is the " + watched + " now: a trigger order"
            + " fires when the price crosses its trigger price, up or down from where it is when placed, so"
            + " choose a price above or below " + current + " (or place a plain order to trade now)");
      }
      return;
    }
    if (position.isEmpty() || (position.get() != HoldSide.LONG && position.get() != HoldSide.SHORT)) {
      return;
    }
    boolean isLong = position.get() == HoldSide.LONG;
    boolean mustBeAbove = kind == ConditionalOrderKind.STOP_LOSS ? !isLong : isLong;
    if (mustBeAbove ? compared > 0 : compared < 0) {
      return;
    }
    String direction = mustBeAbove ? "above" : "below";
    String move = mustBeAbove ? "rises" : "falls";
    if (kind == ConditionalOrderKind.TRAILING_STOP) {
      throw InvalidRequestException.of("triggerPrice", "a trailing stop of a " + position.get()
          + " position starts following the price when the " + watched + " " + move + " to its activation price,"
          + " but " + trigger + " is not " + direction + " the " + watched + " " + current + " now; set an"
          + " activation price " + direction + " " + current);
    }
    throw InvalidRequestException.of("triggerPrice", "a " + describe(kind) + " of a " + position.get()
        + " position fires when the " + watched + " " + move + " to its trigger price, but " + trigger
        + " is not " + direction + " the " + watched + " " + current + " now, so it would fire at once; set a"
        + " trigger price " + direction + " " + current);
  }

  /**
   * Applies a change to a pending order.
   *
   * @throws InvalidRequestException when the change does not fit the order
   */
  public static Change merge(ConditionalOrder order, ModifyConditionalOrderRequest change) {
    ConditionalOrderKind kind = order.kind();
    String what = describe(kind);
    if (kind == ConditionalOrderKind.TAKE_PROFIT_AND_STOP_LOSS || kind == ConditionalOrderKind.UNKNOWN) {
      throw InvalidRequestException.of("order", "order " + order.orderId() + " is a " + what + " order, which this"
          + " client does not change leg by leg; cancel it and place a take-profit and a stop-loss instead");
    }
    TriggerLeg leg = order.primaryLeg();
    TriggerPriceType type = change.newTriggerPriceType().orElse(leg.priceType());
    if (type == TriggerPriceType.UNKNOWN) {
      throw InvalidRequestException.of("triggerPriceType", "Bitget did not say which price order " + order.orderId()
          + " watches; set triggerPriceType(..) with the change");
    }
    Optional<BigDecimal> limit = change.toMarket() ? Optional.empty() : change.newLimitPrice().or(leg::limitPrice);
    if (kind == ConditionalOrderKind.TRAILING_STOP && limit.isPresent()) {
      throw InvalidRequestException.of("limitPrice", "a trailing stop executes at market; it takes no limit price");
    }
    if (change.newSize().isPresent() && order.wholePosition()) {
      throw InvalidRequestException.of("size", "order " + order.orderId() + " is a " + what + " for the whole"
          + " position, which closes whatever size the position has; cancel it and place one with a size");
    }
    Optional<BigDecimal> callback = change.newCallbackRatio().or(order::callbackRatio);
    if (change.newCallbackRatio().isPresent()) {
      if (kind != ConditionalOrderKind.TRAILING_STOP) {
        throw InvalidRequestException.of("callbackRatio", "only a trailing stop has a callback ratio; order "
            + order.orderId() + " is a " + what);
      }
      if (change.newCallbackRatio().get().compareTo(ConditionalOrderRequest.MAX_CALLBACK_RATIO) > 0) {
        throw InvalidRequestException.of("callbackRatio", change.newCallbackRatio().get().toPlainString()
            + " % is more than Bitget's largest callback ratio, 10 %");
      }
    }
    TriggerLeg changed = new TriggerLeg(change.newTriggerPrice().orElse(leg.triggerPrice()), type, limit);
    return new Change(order, changed, change.newSize().or(order::size), callback);
  }
}

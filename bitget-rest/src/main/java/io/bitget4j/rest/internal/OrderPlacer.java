package io.bitget4j.rest.internal;

import io.bitget4j.core.BitgetApiException;
import io.bitget4j.core.BitgetDecodingException;
import io.bitget4j.core.BitgetException;
import io.bitget4j.core.BitgetTransportException;
import io.bitget4j.core.DuplicateClientOidException;
import io.bitget4j.core.RateLimitException;
import io.bitget4j.core.ServiceUnavailableException;
import io.bitget4j.core.model.BatchOrderFailure;
import io.bitget4j.core.model.BatchOrderResult;
import io.bitget4j.core.model.OrderAck;
import io.bitget4j.core.util.Backoff;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Places orders so that one call never yields two orders, on both account modes. These are the
 * rules, in one place:
 *
 * <ul>
 *   <li>Every order carries its client order id from before the first attempt; a resend reuses the
 *       id and the exact body.
 *   <li>An attempt whose outcome is unknown (the connection failed after sending, a timeout, a 5xx,
 *       an unreadable answer, or Bitget's "outcome unknown" codes 40010, 40725, 45001, 25001) may
 *       have placed the order. After the backoff, right before anything would be resent, the order
 *       is looked up by its id: if it exists, that order is the answer. Looking up late keeps the
 *       window small in which a delayed first attempt could land unseen, which matters on a unified
 *       account (V3): it refuses a repeated id only while the first order is pending, so an order
 *       that already filled would not stop a blind resend. When no attempt is left, a last lookup
 *       still returns an order that landed.
 *   <li>A rate-limit refusal placed nothing: resend after waiting, without a lookup.
 *   <li>A duplicate-id refusal (40786 and siblings, V3 25212) means an earlier attempt landed: that
 *       order is looked up and returned.
 *   <li>If a lookup fails, nobody knows whether the order landed: nothing is resent, and the
 *       original failure is thrown with the lookup's attached.
 *   <li>Any other refusal placed nothing and is thrown as it is.
 * </ul>
 */
public final class OrderPlacer {
  private static final Logger logger = LoggerFactory.getLogger(OrderPlacer.class);

  private final RestExecutor executor;

  /** A placer that sends through {@code executor}. */
  public OrderPlacer(RestExecutor executor) {
    this.executor = Objects.requireNonNull(executor, "executor == null");
  }

  /**
   * Places one order.
   *
   * @param call the place-order request, its body holding {@code clientOid}
   * @param clientOid the order's client id
   * @param lookup finds the order by its client id; empty when the exchange does not know it
   */
  public OrderAck place(RestCall<OrderAck> call, String clientOid,
      Function<String, Optional<OrderAck>> lookup) {
    executor.ensureClockMeasured(); // a failure here happens before anything is sent
    Backoff.Attempts attempts = executor.retryPolicy().start();
    while (true) {
      try {
        return executor.execute(call);
      } catch (DuplicateClientOidException duplicate) {
        logger.debug("clientOid {} already exists: an earlier attempt landed; looking it up", clientOid);
        return lookupAfter(duplicate, clientOid, lookup).orElseThrow(() -> duplicate);
      } catch (BitgetException failure) {
        if (!mayRetry(failure)) {
          throw failure; // the exchange refused the order: nothing was placed
        }
        boolean mayHaveLanded = !(failure instanceof RateLimitException);
        Optional<Duration> delay = attempts.nextDelay();
        if (delay.isPresent()) {
          logger.debug("clientOid {}: attempt failed ({}); {} after a wait", clientOid, failure.getMessage(),
              mayHaveLanded ? "checking and resending" : "resending");
          waitBeforeResending(failure, delay.get(), attempts, call.endpoint());
        }
        if (mayHaveLanded) {
          // The order may have landed: find out right before sending it again.
          Optional<OrderAck> landed = lookupAfter(failure, clientOid, lookup);
          if (landed.isPresent()) {
            logger.debug("clientOid {}: the attempt that failed ({}) had landed", clientOid,
                failure.getMessage());
            return landed.get();
          }
        }
        if (delay.isEmpty()) {
          throw failure;
        }
      }
    }
  }

  /**
   * Places a batch. Orders whose attempt had an unknown outcome are looked up and, when absent,
   * resent in a smaller batch with the same ids; duplicate-id failures are looked up and reported
   * as successes.
   *
   * @param clientOids the ids of the orders, in order
   * @param callFor builds the request for the orders still to place, given their ids
   * @param lookup finds an order by its client id
   */
  public BatchOrderResult placeBatch(List<String> clientOids,
      Function<List<String>, RestCall<BatchOrderResult>> callFor,
      Function<String, Optional<OrderAck>> lookup) {
    executor.ensureClockMeasured();
    List<OrderAck> successes = new ArrayList<>();
    List<BatchOrderFailure> failures = new ArrayList<>();
    List<String> pending = new ArrayList<>(clientOids);
    Backoff.Attempts attempts = executor.retryPolicy().start();
    while (true) {
      RestCall<BatchOrderResult> call = callFor.apply(List.copyOf(pending));
      BatchOrderResult result;
      try {
        result = executor.execute(call);
      } catch (BitgetException failure) {
        if (!mayRetry(failure)) {
          return refuseRest(failure, pending, successes, failures);
        }
        Optional<Duration> delay = attempts.nextDelay();
        if (delay.isPresent()) {
          waitBeforeResending(failure, delay.get(), attempts, call.endpoint());
        }
        if (!(failure instanceof RateLimitException)) {
          // as for one order: look each up right before the batch would be resent
          for (String id : List.copyOf(pending)) {
            Optional<OrderAck> landed = lookupAfter(failure, id, lookup);
            if (landed.isPresent()) {
              successes.add(landed.get());
              pending.remove(id);
            }
          }
        }
        if (pending.isEmpty()) {
          return new BatchOrderResult(successes, failures);
        }
        if (delay.isEmpty()) {
          return refuseRest(failure, pending, successes, failures); // looked up: not placed
        }
        continue;
      }
      successes.addAll(result.successes());
      for (BatchOrderFailure failure : result.failures()) {
        Optional<OrderAck> landed = isDuplicate(failure) && failure.clientOid().isPresent()
            ? lookupQuietly(failure.clientOid().get(), lookup)
            : Optional.empty();
        if (landed.isPresent()) {
          successes.add(landed.get());
        } else {
          failures.add(failure);
        }
      }
      return new BatchOrderResult(successes, failures);
    }
  }

  /** Transport failures, unreadable answers, busy and rate-limit refusals may be retried. */
  private static boolean mayRetry(BitgetException failure) {
    if (RestExecutor.refusedLocally(failure)) {
      return false; // nothing was sent, and the wait for a permit was judged too long
    }
    return failure instanceof BitgetTransportException
        || failure instanceof BitgetDecodingException
        || failure instanceof ServiceUnavailableException
        || failure instanceof RateLimitException;
  }

  /**
   * Waits before a resend. After a 429 the executor has paused the endpoint's whole group, and the
   * resend waits for its permit; this only lengthens that pause to the backoff's ceiling (or the
   * exchange's hint). Anything else waits the backoff here, on the calling thread.
   */
  private void waitBeforeResending(BitgetException failure, Duration backoff, Backoff.Attempts attempts,
      Endpoint endpoint) {
    if (failure instanceof RateLimitException) {
      executor.pauseGroup(endpoint, executor.retryPolicy().pauseAfter((RateLimitException) failure, attempts));
    } else {
      executor.sleep(backoff, endpoint);
    }
  }

  /**
   * Looks an order up after {@code failure}. If the lookup itself fails, nobody knows whether the
   * order landed, so nothing may be resent: the original failure is thrown with the lookup's.
   */
  private static Optional<OrderAck> lookupAfter(BitgetException failure, String clientOid,
      Function<String, Optional<OrderAck>> lookup) {
    try {
      return lookup.apply(clientOid);
    } catch (BitgetException lookupFailure) {
      failure.addSuppressed(lookupFailure);
      logger.warn("Order with clientOid {} may or may not have been placed: the attempt failed ({})"
          + " and looking it up failed too ({}); not resending", clientOid, failure.getMessage(),
          lookupFailure.getMessage());
      throw failure;
    }
  }

  /** For a duplicate inside a batch answer: if the lookup fails, the failure entry stays. */
  private static Optional<OrderAck> lookupQuietly(String clientOid,
      Function<String, Optional<OrderAck>> lookup) {
    try {
      return lookup.apply(clientOid);
    } catch (BitgetException e) {
      logger.warn("Could not look up order with duplicate clientOid {}: {}", clientOid, e.getMessage());
      return Optional.empty();
    }
  }

  private static BatchOrderResult refuseRest(BitgetException failure, List<String> pending,
      List<OrderAck> successes, List<BatchOrderFailure> failures) {
    if (successes.isEmpty() && failures.isEmpty()) {
      throw failure;
    }
    Optional<String> code = failure instanceof BitgetApiException
        ? Optional.of(((BitgetApiException) failure).code())
        : Optional.empty();
    for (String id : pending) {
      failures.add(new BatchOrderFailure(Optional.empty(), Optional.of(id), code, failure.getMessage()));
    }
    return new BatchOrderResult(successes, failures);
  }

  private static boolean isDuplicate(BatchOrderFailure failure) {
    if (failure.errorCode().map(BitgetApiException::isDuplicateClientOidCode).orElse(false)) {
      return true;
    }
    return failure.errorMessage().toLowerCase(Locale.ROOT).contains("duplicate");
  }
}

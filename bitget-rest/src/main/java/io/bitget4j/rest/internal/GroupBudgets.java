package io.bitget4j.rest.internal;

import io.bitget4j.core.Credentials;
import io.bitget4j.core.util.RateBudget;
import io.bitget4j.rest.EndpointGroup;
import io.bitget4j.rest.RestConfig;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The client's view of a {@link RateBudget}: one key per {@link EndpointGroup}, per account for
 * the account's groups (scoped by a hash of the API key) and per public IP for market data, with
 * the limits of the {@link RestConfig}.
 */
public final class GroupBudgets {
  private final RateBudget budget;
  private final Map<EndpointGroup, RateBudget.Key> keys = new EnumMap<>(EndpointGroup.class);

  /**
   * Builds the keys of every group from {@code config}'s limits and IP scope.
   *
   * @param credentials the account's key, or null for a client without one (which sends no
   *     request of an account group)
   */
  public GroupBudgets(RateBudget budget, RestConfig config, Credentials credentials) {
    this.budget = Objects.requireNonNull(budget, "budget == null");
    for (EndpointGroup group : EndpointGroup.values()) {
      int permits = config.ratePermits(group);
      Duration period = config.ratePeriod(group);
      if (group.perIp()) {
        keys.put(group, RateBudget.Key.perIp(config.ipScope(), group.name(), permits, period));
      } else if (credentials != null) {
        keys.put(group, RateBudget.Key.perAccount(credentials, group.name(), permits, period));
      }
    }
  }

  /** Takes a permit of {@code group} due within {@code maxWait}, or says how far away one is. */
  public RateBudget.Decision reserve(EndpointGroup group, Duration maxWait) {
    return budget.reserve(key(group), maxWait);
  }

  /** Holds every request of {@code group} for {@code pause}: the exchange answered 429. */
  public void pause(EndpointGroup group, Duration pause) {
    budget.pause(key(group), pause);
  }

  /** How late after its due time a permit may still be used. */
  public Duration tolerance() {
    return budget.tolerance();
  }

  /** A request of {@code group} went out {@code lateness} after its permit was due. */
  public void sentLate(EndpointGroup group, Duration lateness) {
    budget.sentLate(key(group), lateness);
  }

  private RateBudget.Key key(EndpointGroup group) {
    RateBudget.Key key = keys.get(group);
    if (key == null) {
      throw new IllegalStateException(group + " is an account budget and this client has no API key");
    }
    return key;
  }

  @Override
  public String toString() {
    return "GroupBudgets{" + budget + "}";
  }
}

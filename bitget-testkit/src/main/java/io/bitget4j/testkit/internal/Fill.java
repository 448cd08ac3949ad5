package io.bitget4j.testkit.internal;

import java.math.BigDecimal;

/** One execution of an order of the simulated account. */
record Fill(String tradeId, Order order, BigDecimal price, BigDecimal size, BigDecimal fee,
    BigDecimal profit, boolean maker, long cTime) {}

package io.bitget4j.testkit.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.bitget4j.core.AccountMode;
import io.bitget4j.core.AccountModeMismatchException;
import io.bitget4j.core.AccountModeSwitchingException;
import io.bitget4j.core.ProductType;
import io.bitget4j.core.Symbol;
import io.bitget4j.core.model.OrderAck;
import io.bitget4j.core.model.Side;
import io.bitget4j.core.testing.LogCapture;
import io.bitget4j.rest.BitgetRestClient;
import io.bitget4j.rest.OrderRequest;
import io.bitget4j.testkit.FakeBitget;
import io.bitget4j.testkit.FakeOrder;
import io.bitget4j.testkit.RecordedCall;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Account-mode detection end to end: our REST client in {@code AUTO} against FakeBitget's classic and
 * unified accounts, a switch mid-session, an account in the middle of a switch, and a client forced
 * into the wrong mode.
 */
@Timeout(60)
class AccountModeDetectionAgainstFakeBitgetTest {
  private static final Symbol BTC = Symbol.BTCUSDT_UMCBL;
  private static final String SETTINGS = "/api/v3/account/settings";

  private FakeBitget fake;
  private BitgetRestClient rest;

  private void start(AccountMode fakeMode, AccountMode clientMode) {
    fake = FakeBitget.builder().accountMode(fakeMode).tickInterval(Duration.ZERO).start();
    rest = BitgetRestClient.builder()
        .baseUrl(fake.restUrl())
        .credentials(fake.credentials())
        .accountMode(clientMode)
        .build();
  }

  @AfterEach
  void stop() {
    if (rest != null) {
      rest.close();
    }
    if (fake != null) {
      fake.close();
    }
  }

  @ParameterizedTest
  @EnumSource(value = AccountMode.class, names = {"CLASSIC", "UNIFIED"})
  void autoClientDetectsTheAccountModeOnceOnItsFirstPrivateCall(AccountMode mode) {
    start(mode, AccountMode.AUTO);
    rest.market().ticker(BTC); // public data never detects
    assertThat(rest.accountMode()).isEqualTo(AccountMode.AUTO);

    rest.positions().all(ProductType.UMCBL);
    rest.account().accounts(ProductType.UMCBL);

    assertThat(rest.accountMode()).isEqualTo(mode);
    assertThat(rest.detectAccountMode()).isEqualTo(mode);
    assertThat(calls(SETTINGS)).hasSize(1);
    String api = mode == AccountMode.UNIFIED ? "/api/v3/" : "/api/v2/mix/";
    assertThat(fake.requests()).filteredOn(c -> !c.path().equals(SETTINGS) && !c.path().contains("/market/")
            && !c.path().endsWith("/public/time"))
        .extracting(RecordedCall::path)
        .hasSize(2)
        .allSatisfy(path -> assertThat(path).startsWith(api));
  }

  @ParameterizedTest
  @EnumSource(value = AccountMode.class, names = {"CLASSIC", "UNIFIED"})
  void switchMidSessionIsDetectedOnceAndTheOrderPlacedOnceInTheNewForm(AccountMode from) {
    AccountMode to = from == AccountMode.CLASSIC ? AccountMode.UNIFIED : AccountMode.CLASSIC;
    start(from, AccountMode.AUTO);
    rest.positions().all(ProductType.UMCBL);
    assertThat(rest.accountMode()).isEqualTo(from);

    fake.setAccountMode(to);
    fake.clearRecordings();
    OrderRequest request = OrderRequest.limit(BTC, Side.BUY, new BigDecimal("0.01"), new BigDecimal("20000"));
    LogCapture.clear();
    OrderAck ack = rest.orders().place(request);
    rest.positions().all(ProductType.UMCBL);

    assertThat(LogCapture.text()).containsOnlyOnce("INFO io.bitget4j.rest.internal.AccountModes - Bitget refused a "
        + (from == AccountMode.CLASSIC ? "V2 (classic) request (40085): the account is UNIFIED now; speaking V3"
            + " (unified)" : "V3 (unified) request (40084): the account is CLASSIC now; speaking V2 (classic)")
        + " from here on");
    assertThat(rest.accountMode()).isEqualTo(to);
    assertThat(calls(SETTINGS)).hasSize(1);
    // refused in the old form (40084/40085, before the exchange acted), sent once more in the new one
    assertThat(calls("place-order")).extracting(RecordedCall::path).containsExactly(
        placeOrderPath(from), placeOrderPath(to));
    assertThat(fake.orders()).singleElement().satisfies(o -> {
      assertThat(o.orderId()).isEqualTo(ack.orderId());
      assertThat(o.clientOid()).isEqualTo(request.clientOid());
    });
  }

  @ParameterizedTest
  @ValueSource(strings = {"upgrading", "switching"})
  void accountInTheMiddleOfASwitchIsATypedRetryableErrorThenDetectedAgain(String state) {
    start(AccountMode.UNIFIED, AccountMode.AUTO);
    fake.faults().reportAccountMode(state, 1);

    AccountModeSwitchingException e = catchThrowableOfType(AccountModeSwitchingException.class,
        () -> rest.positions().all(ProductType.UMCBL));

    assertThat(e.isRetryable()).isTrue();
    assertThat(e.state()).isEqualTo(state);
    assertThat(e).hasMessage("the Bitget account is being switched between classic and unified (account settings"
        + " say accountMode=" + state + "); the client cannot tell which API to speak until the switch completes:"
        + " retry later");
    assertThat(rest.accountMode()).isEqualTo(AccountMode.AUTO);
    assertThat(calls("/api/v3/position/current-position")).isEmpty();

    assertThat(rest.positions().all(ProductType.UMCBL)).isEmpty();
    assertThat(rest.accountMode()).isEqualTo(AccountMode.UNIFIED);
    assertThat(calls(SETTINGS)).hasSize(2);
  }

  @Test
  void hybridUnifiedAccountIsUnified() {
    start(AccountMode.UNIFIED, AccountMode.AUTO);
    fake.faults().reportAccountMode("hybrid", 1);

    assertThat(rest.detectAccountMode()).isEqualTo(AccountMode.UNIFIED);
  }

  @Test
  void classicClientOnAUnifiedAccountFailsNamingTheFixWithoutDetecting() {
    start(AccountMode.UNIFIED, AccountMode.CLASSIC);

    AccountModeMismatchException e = catchThrowableOfType(AccountModeMismatchException.class,
        () -> rest.positions().all(ProductType.UMCBL));

    assertThat(e).hasMessage("Bitget error 40085 (HTTP 400) on GET /api/v2/mix/position/all-position: You are in"
        + " Unified Account mode, and the Classic Account API is not supported at this time; this API key belongs"
        + " to a unified trading account, which speaks Bitget's V3 API: build the client with"
        + " accountMode(AccountMode.UNIFIED), or drop accountMode(AccountMode.CLASSIC) so that it detects the mode");
    assertThat(e.keyMode()).isEqualTo(AccountMode.UNIFIED);
    assertThat(e.isRetryable()).isFalse();
    assertThat(rest.accountMode()).isEqualTo(AccountMode.CLASSIC);
    assertThat(calls(SETTINGS)).isEmpty();
  }

  @Test
  void unifiedClientOnAClassicAccountFailsNamingTheFixWithoutDetecting() {
    start(AccountMode.CLASSIC, AccountMode.UNIFIED);

    AccountModeMismatchException e = catchThrowableOfType(AccountModeMismatchException.class,
        () -> rest.orders().place(OrderRequest.market(BTC, Side.BUY, new BigDecimal("0.01"))));

    assertThat(e).hasMessage("Bitget error 40084 (HTTP 400) on POST /api/v3/trade/place-order: You are in"
        + " Classic Account mode, and the Unified Account API is not supported at this time; this API key belongs"
        + " to a classic account, which speaks Bitget's V2 API: build the client with"
        + " accountMode(AccountMode.CLASSIC), or drop accountMode(AccountMode.UNIFIED) so that it detects the mode");
    assertThat(e.keyMode()).isEqualTo(AccountMode.CLASSIC);
    assertThat(calls(SETTINGS)).isEmpty();
    assertThat(calls("place-order")).hasSize(1); // refused before acting: not resent, no order
    assertThat(fake.orders()).extracting(FakeOrder::orderId).isEmpty();
  }

  private static String placeOrderPath(AccountMode mode) {
    return mode == AccountMode.UNIFIED ? "/api/v3/trade/place-order" : "/api/v2/mix/order/place-order";
  }

  private List<RecordedCall> calls(String pathEnd) {
    return fake.requests().stream().filter(c -> c.path().endsWith(pathEnd)).toList();
  }
}

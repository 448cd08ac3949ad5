package io.bitget4j.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Timeout(value = 10, unit = TimeUnit.SECONDS)
class UrlsTest {

  @ParameterizedTest(name = "{0}://{1} -> {2}")
  @CsvSource({
      "https, api.bitget.com, true",
      "wss, ws.bitget.com, true",
      "HTTPS, api.bitget.com, true",
      "http, api.bitget.com, false",
      "ws, ws.bitget.com, false",
      "http, 127.0.0.1, true",
      "ws, 127.0.0.1, true",
      "ws, 127.1.2.3, true",
      "http, localhost, true",
      "ws, LOCALHOST, true",
      "http, ::1, true",
      "ws, [::1], true",
      "ws, '[0:0:0:0:0:0:0:1]', true",
      "http, 127.0.0.1.evil.example, false",
      "ws, 127.evil.example, false",
      "http, 128.0.0.1, false",
      "http, 10.0.0.1, false",
      "ws, [::2], false",
      "http, 999.0.0.1, false",
      "http, localhost.evil.example, false",
      "ftp, 127.0.0.1, false",
      "file, localhost, false"})
  void acceptsEncryptedSchemesAnywhereAndPlainOnesOnlyToLoopback(String scheme, String host, boolean accepted) {
    assertThat(Urls.isSecureOrLoopback(scheme, host)).isEqualTo(accepted);
  }
}

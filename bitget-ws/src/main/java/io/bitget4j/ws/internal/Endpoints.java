package io.bitget4j.ws.internal;

import io.bitget4j.core.AccountMode;
import io.bitget4j.core.internal.json.BitgetJson;
import io.bitget4j.ws.AccountModeSource;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which API version, and so which {@link Grammar} and URL, each kind of connection (public,
 * private) speaks; decided once per client.
 *
 * <ol>
 *   <li>A URL set explicitly whose path names a version ({@code /v2/ws/...} or {@code /v3/ws/...})
 *       speaks that version: a fake exchange's URLs follow its account mode, so a client pointed
 *       at them just works.
 *   <li>Otherwise the account mode's: {@code CLASSIC} speaks V2, {@code UNIFIED} V3.
 *   <li>{@code AUTO} takes the mode from a versioned URL of either kind (the private one first);
 *       else, with credentials and an {@link AccountModeSource}, asks the source once (on the
 *       calling thread, which waits); else it is {@code CLASSIC}.
 * </ol>
 * A URL not set explicitly is Bitget's for the version, production or demo trading.
 *
 * <p>Thread-safe.
 */
public final class Endpoints {
  private static final Logger logger = LoggerFactory.getLogger(Endpoints.class);
  private static final Pattern VERSION = Pattern.compile("(?:^|/)v([23])/ws(?:/|$)");

  /**
   * Where one kind of connection goes and what it speaks there.
   *
   * @param grammar the API version's grammar
   * @param url the stream URL
   */
  public record Endpoint(Grammar grammar, String url) {
  }

  private final AccountMode configured;
  private final Optional<String> publicUrl;
  private final Optional<String> privateUrl;
  private final boolean demoTrading;
  private final Optional<AccountModeSource> source;
  private final BitgetJson json;
  private final Grammar v2;
  private final Grammar v3;
  private final boolean guessesClassic;
  private final AtomicBoolean guessLogged = new AtomicBoolean();
  private final Object lock = new Object();
  private volatile AccountMode mode; // null until known

  /**
   * Checks the settings and decides what it can without asking the source.
   *
   * @param publicUrl the public URL set explicitly, if any
   * @param privateUrl the private URL set explicitly, if any
   * @throws IllegalArgumentException when a private URL names the other version than the configured
   *     account mode
   */
  public Endpoints(AccountMode configured, Optional<String> publicUrl, Optional<String> privateUrl,
      boolean demoTrading, boolean hasCredentials, Optional<AccountModeSource> source, BitgetJson json) {
    this.configured = Objects.requireNonNull(configured, "configured == null");
    this.publicUrl = publicUrl;
    this.privateUrl = privateUrl;
    this.demoTrading = demoTrading;
    this.source = source;
    this.json = json;
    this.v2 = Grammar.of(AccountMode.CLASSIC, json);
    this.v3 = Grammar.of(AccountMode.UNIFIED, json);
    Optional<AccountMode> privateVersion = privateUrl.flatMap(Endpoints::versionOf);
    if (configured != AccountMode.AUTO && privateVersion.isPresent() && privateVersion.get() != configured) {
      throw new IllegalArgumentException("privateUrl \"" + privateUrl.get() + "\" is a "
          + describe(privateVersion.get()) + " stream but accountMode is " + configured + "; set the "
          + describe(configured) + " URL, or drop accountMode(..) so that the URL decides");
    }
    if (configured != AccountMode.AUTO) {
      mode = configured;
    } else if (privateVersion.isPresent()) {
      mode = privateVersion.get();
    } else if (publicUrl.flatMap(Endpoints::versionOf).isPresent()) {
      mode = publicUrl.flatMap(Endpoints::versionOf).get();
    } else if (!hasCredentials || source.isEmpty()) {
      mode = AccountMode.CLASSIC;
    }
    this.guessesClassic = configured == AccountMode.AUTO && hasCredentials && source.isEmpty()
        && privateVersion.isEmpty() && publicUrl.flatMap(Endpoints::versionOf).isEmpty();
  }

  /** The codecs every connection decodes frames with. */
  public BitgetJson json() {
    return json;
  }

  /**
   * The account mode whose streams the client speaks: {@code CLASSIC} or {@code UNIFIED} once
   * known, {@code AUTO} while the source has not been asked. Does no I/O.
   */
  public AccountMode mode() {
    AccountMode known = mode;
    return known != null ? known : AccountMode.AUTO;
  }

  /**
   * The endpoint of public or private connections, asking the {@link AccountModeSource} first if
   * the mode is not known yet (blocking the calling thread for it).
   *
   * @throws IllegalStateException when the source answers neither {@code CLASSIC} nor {@code UNIFIED}
   * @throws RuntimeException what the source throws
   */
  public Endpoint endpoint(boolean privateConnection) {
    Optional<String> explicit = privateConnection ? privateUrl : publicUrl;
    Optional<AccountMode> version = explicit.flatMap(Endpoints::versionOf);
    Grammar grammar = version.orElseGet(this::resolveMode) == AccountMode.UNIFIED ? v3 : v2;
    if (privateConnection && guessesClassic && guessLogged.compareAndSet(false, true)) {
      logger.info("Speaking classic-account (V2) private streams: the account mode is AUTO and nothing tells it;"
          + " for a unified trading account build the client with accountModeSource(rest::detectAccountMode)"
          + " or accountMode(AccountMode.UNIFIED)");
    }
    String url = explicit.orElseGet(() -> grammar.defaultUrl(privateConnection, demoTrading));
    return new Endpoint(grammar, url);
  }

  private AccountMode resolveMode() {
    AccountMode known = mode;
    if (known != null) {
      return known;
    }
    synchronized (lock) {
      if (mode == null) {
        AccountMode answer = source.orElseThrow().accountMode();
        if (answer != AccountMode.CLASSIC && answer != AccountMode.UNIFIED) {
          throw new IllegalStateException("the accountModeSource answered " + answer + " instead of CLASSIC or"
              + " UNIFIED; wire it to a detection such as rest::detectAccountMode, or set accountMode(..)");
        }
        logger.info("The API key belongs to a {} account: the streams speak {}", answer == AccountMode.UNIFIED
            ? "unified trading" : "classic", describe(answer));
        mode = answer;
      }
      return mode;
    }
  }

  /** The account mode a stream URL's path names: {@code /v2/ws/} classic, {@code /v3/ws/} unified. */
  static Optional<AccountMode> versionOf(String url) {
    String path = URI.create(url).getRawPath();
    if (path == null) {
      return Optional.empty();
    }
    Matcher matcher = VERSION.matcher(path);
    if (!matcher.find()) {
      return Optional.empty();
    }
    return Optional.of(matcher.group(1).equals("3") ? AccountMode.UNIFIED : AccountMode.CLASSIC);
  }

  private static String describe(AccountMode mode) {
    return mode == AccountMode.UNIFIED ? "V3 (unified-account)" : "V2 (classic-account)";
  }
}

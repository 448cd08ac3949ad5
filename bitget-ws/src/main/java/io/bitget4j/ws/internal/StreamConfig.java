package io.bitget4j.ws.internal;

import io.bitget4j.core.Credentials;
import io.bitget4j.core.RequestSigner;
import io.bitget4j.core.internal.json.BitgetJson;
import io.bitget4j.core.util.Backoff;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import okhttp3.WebSocket;

/**
 * The settings every connection of one client shares.
 *
 * @param endpoints the API version and URL of public and private connections
 * @param sockets opens the sockets: the client's {@code OkHttpClient}, or a test's fake
 * @param json decodes frames
 * @param clock stamps login timestamps, state changes and throttles (timers run on the
 *     {@link Control} loop's time source instead)
 * @param credentials empty for a public-only client
 * @param signer signs logins with the credentials; empty without them
 * @param pingInterval how often a {@code ping} is sent
 * @param pongTimeout how long after a ping a silent connection counts as dead
 * @param loginTimeout how long to wait for the login answer
 * @param backoff delays between reconnect attempts; its attempt limit ends reconnecting
 * @param maxChannelsPerConnection channels per connection before another one is opened
 * @param maxArgsPerFrame channel arguments per subscribe or unsubscribe frame
 * @param maxFrameBytes bytes per subscribe or unsubscribe frame (Bitget refuses above 4,096)
 * @param messagesPerSecond outgoing frames per connection in any rolling window of a second (a
 *     little more than a second, see {@link Outbox#WINDOW})
 * @param subscribeRequestsPerHour subscribe frames per connection in any rolling hour (a little
 *     more, see {@link SubscriptionLedger#BUDGET_WINDOW}); Bitget allows 240
 * @param idleTimeout how long a connection without channels stays open
 * @param maxConnectionAge how old a connection may grow before it is moved to a new one
 * @param closeTimeout how long {@code close()} waits for sockets to close before cancelling them
 */
public record StreamConfig(
    Endpoints endpoints,
    WebSocket.Factory sockets,
    BitgetJson json,
    Clock clock,
    ClockOffset clockOffset,
    Optional<Credentials> credentials,
    Optional<RequestSigner> signer,
    Duration pingInterval,
    Duration pongTimeout,
    Duration loginTimeout,
    Backoff backoff,
    int maxChannelsPerConnection,
    int maxArgsPerFrame,
    int maxFrameBytes,
    int messagesPerSecond,
    int subscribeRequestsPerHour,
    Duration idleTimeout,
    Duration maxConnectionAge,
    Duration closeTimeout) {
}

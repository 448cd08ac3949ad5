package io.bitget4j.ws.internal;

import io.bitget4j.core.Credentials;
import io.bitget4j.core.RequestSigner;
import io.bitget4j.core.internal.json.BitgetJson;
import io.bitget4j.core.util.Backoff;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import okhttp3.OkHttpClient;

/**
 * The settings every connection of one client shares.
 *
 * @param okHttp opens the sockets
 * @param json decodes frames
 * @param clock stamps login timestamps, state changes and throttles
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
 *     little more than a second, see {@code WsConnection.SEND_WINDOW})
 * @param closeTimeout how long {@code close()} waits for sockets to close before cancelling them
 */
public record StreamConfig(
    String publicUrl,
    String privateUrl,
    OkHttpClient okHttp,
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
    Duration closeTimeout) {
}

/**
 * The stream client's machinery: connections, the channel registry, one grammar per API version
 * (subscribe arguments and their reading back), order-book merging and listener delivery. Not part
 * of the API; it may change in any release.
 */
package io.bitget4j.ws.internal;

/**
 * JMH benchmarks of bitget4j's hot paths, each class measuring our code side by side with its
 * baselines (peer libraries and floors) in one run. See {@code benchmarks/README.md} for the
 * commands and the latest results.
 */
package io.bitget4j.benchmarks;

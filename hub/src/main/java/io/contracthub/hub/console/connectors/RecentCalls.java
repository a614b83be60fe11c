package io.contracthub.hub.console.connectors;

import java.time.Duration;
import java.time.Instant;

/**
 * Calls, failures and calls refused by an open breaker over the last five minutes, counted in ten-second buckets: a
 * fixed handful of numbers however busy the connector is, exact to ten seconds at the window's far edge.
 */
final class RecentCalls {

    static final Duration WINDOW = Duration.ofMinutes(5);
    private static final long BUCKET_SECONDS = 10;
    private static final int BUCKETS = (int) (WINDOW.toSeconds() / BUCKET_SECONDS);

    private final long[] bucketOf = new long[BUCKETS];
    private final int[] calls = new int[BUCKETS];
    private final int[] failures = new int[BUCKETS];
    private final int[] refused = new int[BUCKETS];

    record Counts(int calls, int failures, int refused) {
    }

    synchronized void succeeded(Instant at) {
        calls[slot(at)]++;
    }

    synchronized void failed(Instant at) {
        int slot = slot(at);
        calls[slot]++;
        failures[slot]++;
    }

    synchronized void refused(Instant at) {
        refused[slot(at)]++;
    }

    synchronized Counts since(Instant now) {
        long newest = bucket(now);
        int callCount = 0;
        int failureCount = 0;
        int refusedCount = 0;
        for (int slot = 0; slot < BUCKETS; slot++) {
            if (bucketOf[slot] > newest - BUCKETS && bucketOf[slot] <= newest) {
                callCount += calls[slot];
                failureCount += failures[slot];
                refusedCount += refused[slot];
            }
        }
        return new Counts(callCount, failureCount, refusedCount);
    }

    /** The slot of {@code at}'s bucket, emptied first when it last held a bucket that has left the window. */
    private int slot(Instant at) {
        long bucket = bucket(at);
        int slot = (int) Math.floorMod(bucket, (long) BUCKETS);
        if (bucketOf[slot] != bucket) {
            bucketOf[slot] = bucket;
            calls[slot] = 0;
            failures[slot] = 0;
            refused[slot] = 0;
        }
        return slot;
    }

    private static long bucket(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), BUCKET_SECONDS);
    }
}

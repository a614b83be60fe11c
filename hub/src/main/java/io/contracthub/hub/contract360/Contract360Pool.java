package io.contracthub.hub.contract360;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The 360's own threads: bounded threads and queue, so a burst of 360s never takes threads ingest or delivery need;
 * a full queue refuses (503 contract360_busy). Not an Executor bean of its own, so nothing else picks it up by type.
 */
public final class Contract360Pool implements AutoCloseable {

    private final ThreadPoolExecutor executor;

    public Contract360Pool(int threads, int queue) {
        AtomicInteger count = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(queue),
                runnable -> {
                    Thread thread = new Thread(runnable, "contract360-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                }, new ThreadPoolExecutor.AbortPolicy());
    }

    public ExecutorService executor() {
        return executor;
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}

package io.contracthub.hub.imports;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The bounded pool imports run on: {@code workers} at a time, {@code queueCapacity} waiting; beyond that an upload
 * is refused (429) rather than queued without end.
 */
@Component
public class RegisterImportExecutor implements DisposableBean {

    private final ThreadPoolExecutor pool;

    public RegisterImportExecutor(RegisterImportProperties properties) {
        AtomicInteger threads = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(properties.workers(), properties.workers(), 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(properties.queueCapacity()), runnable -> {
            Thread thread = new Thread(runnable, "register-import-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }, new ThreadPoolExecutor.AbortPolicy());
    }

    /** @return false when every worker is busy and the queue is full */
    boolean trySubmit(Runnable job) {
        try {
            pool.execute(job);
            return true;
        } catch (RejectedExecutionException e) {
            return false;
        }
    }

    @Override
    public void destroy() throws InterruptedException {
        pool.shutdownNow();
        pool.awaitTermination(10, TimeUnit.SECONDS);
    }
}

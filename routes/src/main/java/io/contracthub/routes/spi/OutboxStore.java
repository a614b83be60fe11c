package io.contracthub.routes.spi;

import java.util.List;

public interface OutboxStore {

    /**
     * Unpublished messages, oldest first. Their contracts are leased to this node until {@link #release} (or until
     * the lease runs out, if this node dies): no other node publishes their messages meanwhile.
     */
    List<OutboxMessage> pending(int max);

    /** Gives the leases on the batch's contracts back. */
    void release(List<OutboxMessage> batch);

    void markPublished(List<Long> ids);
}

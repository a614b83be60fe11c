package io.contracthub.routes.spi;

import java.util.List;

public interface OutboxStore {

    /** Unpublished messages, oldest first. */
    List<OutboxMessage> pending(int max);

    void markPublished(List<Long> ids);
}

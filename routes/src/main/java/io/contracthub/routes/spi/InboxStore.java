package io.contracthub.routes.spi;

import java.util.List;

public interface InboxStore {

    /** Stores the message durably; a second offer of the same (system, event id) is reported as a duplicate. */
    InboxReceipt accept(InboundMessage message);

    /** Due messages, grouped per contract, each group in arrival order. */
    List<List<InboxItem>> dueByContract(int max);

    /** Schedules a retry with backoff, or dead-letters the message once its attempts are used up. */
    void recordFailure(InboxItem item, Exception error);
}

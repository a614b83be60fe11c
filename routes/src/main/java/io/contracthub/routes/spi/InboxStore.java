package io.contracthub.routes.spi;

import java.util.List;

public interface InboxStore {

    /** Stores the message durably; a second offer of the same (system, event id) is reported as a duplicate. */
    InboxReceipt accept(InboundMessage message);

    /**
     * Due messages, grouped per contract, each group in arrival order. The contracts are leased to this node until
     * {@link #release} (or until the lease runs out, if this node dies): no other node handles them meanwhile.
     */
    List<List<InboxItem>> dueByContract(int max);

    /** Gives a contract's lease back once its group is done (or has stopped at a failing message). */
    void release(String contractKey);

    /** Schedules a retry with backoff, or dead-letters the message once its attempts are used up. */
    void recordFailure(InboxItem item, Exception error);
}

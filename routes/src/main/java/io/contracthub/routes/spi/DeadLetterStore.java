package io.contracthub.routes.spi;

import java.util.Map;

public interface DeadLetterStore {

    /** Records a message the broker gave up on, so it can be inspected and replayed through the API. */
    void recordFromQueue(String queue, String payload, Map<String, Object> headers);
}

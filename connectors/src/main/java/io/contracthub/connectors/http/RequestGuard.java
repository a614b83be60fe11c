package io.contracthub.connectors.http;

import java.util.function.Supplier;

/**
 * What each single request to a system passes through: for an ERP, its circuit breaker, which so counts requests
 * (an ERP that answers 70 % of requests is up, one that answers none is down) rather than whole deliveries of several
 * requests each. The supplier sends the request and maps its answer; a transient failure it throws is recorded.
 */
public interface RequestGuard {

    /** No guard: the request is sent as it is. */
    RequestGuard NONE = new RequestGuard() {
        @Override
        public <T> T around(Supplier<T> request) {
            return request.get();
        }
    };

    <T> T around(Supplier<T> request);
}

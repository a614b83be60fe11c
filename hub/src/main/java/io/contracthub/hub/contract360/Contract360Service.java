package io.contracthub.hub.contract360;

import io.contracthub.hub.api.ApiException;
import io.contracthub.hub.api.RoutesReadiness;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.ProducerTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

import java.util.concurrent.RejectedExecutionException;

/** Asks every source about one contract (through {@link Contract360Route}) and answers what came back. */
@Service
public class Contract360Service {

    private final Contract360Subjects subjects;
    private final ProducerTemplate producer;
    private final RoutesReadiness routes;

    public Contract360Service(Contract360Subjects subjects, ProducerTemplate producer, RoutesReadiness routes) {
        this.subjects = subjects;
        this.producer = producer;
        this.routes = routes;
    }

    /**
     * @throws io.contracthub.hub.pipeline.ContractNotFoundException for an unknown id
     * @throws ApiException 503 contract360_busy when the 360's own pool is full
     * @throws io.contracthub.hub.api.HubStartingException while the routes are not started yet
     */
    public Contract360 of(String contractId) {
        Contract360Subject subject = subjects.of(contractId);
        routes.require();
        try {
            return producer.requestBody(Contract360Route.ENDPOINT, subject, Contract360.class);
        } catch (CamelExecutionException e) {
            if (causedBy(e, RejectedExecutionException.class)) {
                throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "contract360_busy",
                        "Too many contract 360s are being put together right now; try again in a moment");
            }
            throw e;
        }
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }
}

package io.contracthub.simulators.erp;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;

import java.time.Duration;

/** How WireMock carries out each {@link Fault} a simulated ERP draws. */
final class WireMockFaults {

    private WireMockFaults() {
    }

    /** RESET and SERVER_ERROR answer before the simulator processes the request. */
    static boolean answersWithoutProcessing(Fault fault) {
        return fault == Fault.RESET || fault == Fault.SERVER_ERROR;
    }

    static ResponseDefinition unprocessed(Fault fault) {
        return switch (fault) {
            case RESET -> ResponseDefinitionBuilder.responseDefinition()
                    .withFault(com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER).build();
            case SERVER_ERROR -> ResponseDefinitionBuilder.responseDefinition().withStatus(503)
                    .withHeader("Content-Type", "text/plain; charset=utf-8").withBody("Service Unavailable").build();
            default -> throw new IllegalArgumentException(fault + " lets the simulator process the request");
        };
    }

    /** The processed request's {@code answer}, as the fault (or none, null) lets it reach the caller. */
    static ResponseDefinition afterProcessing(Fault fault, ResponseDefinition answer, Duration slowDelay) {
        if (fault == null) {
            return answer;
        }
        return switch (fault) {
            case NONE -> answer;
            case SLOW -> ResponseDefinitionBuilder.like(answer).withFixedDelay(Math.toIntExact(slowDelay.toMillis())).build();
            case LOSE_RESPONSE -> ResponseDefinitionBuilder.like(answer)
                    .withFault(com.github.tomakehurst.wiremock.http.Fault.EMPTY_RESPONSE).build();
            case MALFORMED -> ResponseDefinitionBuilder.like(answer)
                    .withFault(com.github.tomakehurst.wiremock.http.Fault.MALFORMED_RESPONSE_CHUNK).build();
            case RESET, SERVER_ERROR -> unprocessed(fault);
        };
    }
}

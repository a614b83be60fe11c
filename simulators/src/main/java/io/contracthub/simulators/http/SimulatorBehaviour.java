package io.contracthub.simulators.http;

import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;

/** What one simulator does with each request its WireMock server receives: the answer WireMock sends. */
@FunctionalInterface
public interface SimulatorBehaviour {

    /**
     * @param stubbed the answer of the stub file the request matched, or null when no stub file matched and the
     *                simulator's own code answers
     */
    ResponseDefinition answer(Request request, ResponseDefinition stubbed) throws Exception;
}

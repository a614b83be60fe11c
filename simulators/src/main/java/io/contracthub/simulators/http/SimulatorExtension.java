package io.contracthub.simulators.http;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;

/**
 * The WireMock extension a simulator runs as: applied to every stubbed request, it hands the request to the
 * simulator's {@link SimulatorBehaviour} together with the stub-file answer it matched, if any (the catch-all stub
 * at the lowest priority stands for "no stub file", its answer is the simulator's code).
 */
final class SimulatorExtension implements ResponseDefinitionTransformerV2 {

    static final String CATCH_ALL = "simulator-code";

    private final String name;
    private final SimulatorBehaviour behaviour;

    SimulatorExtension(String name, SimulatorBehaviour behaviour) {
        this.name = name;
        this.behaviour = behaviour;
    }

    @Override
    public String getName() {
        return name + "-simulator";
    }

    @Override
    public ResponseDefinition transform(ServeEvent event) {
        StubMapping stub = event.getStubMapping();
        ResponseDefinition stubbed = stub != null && CATCH_ALL.equals(stub.getName()) ? null : event.getResponseDefinition();
        try {
            return behaviour.answer(event.getRequest(), stubbed);
        } catch (Exception e) {
            return ResponseDefinitionBuilder.responseDefinition().withStatus(500)
                    .withHeader("Content-Type", "text/plain; charset=utf-8").withBody("simulator fault: " + e).build();
        }
    }
}

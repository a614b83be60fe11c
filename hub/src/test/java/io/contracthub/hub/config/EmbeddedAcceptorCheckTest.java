package io.contracthub.hub.config;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedAcceptorCheckTest {

    @Test
    void noAcceptorNeedsNothing() {
        assertThat(EmbeddedAcceptorCheck.problems(new HubProperties.EmbeddedAcceptor("", null, null, false))).isEmpty();
    }

    @Test
    void anAcceptorWithoutCredentialsNamesBothVariables() {
        assertThat(EmbeddedAcceptorCheck.problems(new HubProperties.EmbeddedAcceptor("tcp://127.0.0.1:61616", "", null, false)))
                .anyMatch(problem -> problem.contains("HUB_EMBEDDED_ACCEPTOR_USER"))
                .anyMatch(problem -> problem.contains("HUB_EMBEDDED_ACCEPTOR_PASSWORD"))
                .hasSize(2);
    }

    @Test
    void anAcceptorOnEveryInterfaceIsRefusedUnlessRemoteIsAllowed() {
        assertThat(EmbeddedAcceptorCheck.problems(new HubProperties.EmbeddedAcceptor("tcp://0.0.0.0:61616", "u", "p", false)))
                .singleElement().asString().contains("0.0.0.0").contains("HUB_EMBEDDED_ACCEPTOR_ALLOW_REMOTE");
        assertThat(EmbeddedAcceptorCheck.problems(new HubProperties.EmbeddedAcceptor("tcp://0.0.0.0:61616", "u", "p", true)))
                .isEmpty();
    }

    @Test
    void aLoopbackAcceptorWithCredentialsStarts() {
        assertThat(EmbeddedAcceptorCheck.problems(new HubProperties.EmbeddedAcceptor("tcp://127.0.0.1:61616", "u", "p", false)))
                .isEmpty();
    }
}

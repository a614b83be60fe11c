package io.contracthub.hub.api;

import io.contracthub.routes.spi.SourceSystem;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import java.util.List;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Tomcat takes requests before the Camel context has started; a webhook in that gap is told to come back. */
class WebhookWhileStartingTest {

    private final ProducerTemplate producer = mock(ProducerTemplate.class);
    // built, never started: the state the context is in while Spring is still starting it
    private final MockMvc mvc = MockMvcBuilders
            .standaloneSetup(new WebhookController(producer, List.of(new SourceSystem("crm", null, "mappings/crm/contract.jslt")),
                    new RoutesReadiness(new DefaultCamelContext())))
            .setControllerAdvice(new ApiExceptionHandler(mock(BodyLimits.class)))
            .build();

    @Test
    void aWebhookBeforeTheRoutesHaveStartedGets503WithRetryAfterAndTouchesNoRoute() throws Exception {
        mvc.perform(post("/webhooks/crm").contentType("application/json").content("{\"eventId\":\"e1\"}"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "1"))
                .andExpect(jsonPath("$.code").value("starting"))
                .andExpect(jsonPath("$.details.retryAfterSeconds").value(1));
        verifyNoInteractions(producer);
    }
}

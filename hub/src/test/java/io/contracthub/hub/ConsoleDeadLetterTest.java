package io.contracthub.hub;

import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The dead letters page, its replay and resolve for an OPERATOR, and the resolve operation of the API. */
class ConsoleDeadLetterTest extends ConsoleTest {

    private static final String QUEUE = "console.test-replays";

    @Test
    void anOpenDeadLetterShowsItsReasonAndItsPayloadPrettyPrintedAndFolded() throws Exception {
        String key = "dl-" + UUID.randomUUID();
        deadLetter(null, QUEUE, key, "U8：存货编码 MRI-3T 不存在");
        mvc.perform(get("/dead-letters").with(user("viewer").roles("VIEWER")))
                .andExpect(content().string(containsString("U8：存货编码 MRI-3T 不存在")))
                .andExpect(content().string(containsString("<pre>{\n  &quot;idempotencyKey&quot; : &quot;" + key)));
    }

    @Test
    void anOperatorReplaysADeadLetterAndSeesTheOutcome() throws Exception {
        long id = deadLetter(null, QUEUE, "dl-" + UUID.randomUUID(), "consumer kept failing");
        mvc.perform(post("/dead-letters/" + id + "/replay").with(user("operator").roles("OPERATOR")).with(csrf()))
                .andExpect(flash().attribute("replayed", id));
        mvc.perform(get("/dead-letters").with(user("operator").roles("OPERATOR")))
                .andExpect(content().string(containsString("已重新处理 1 次")));
    }

    @Test
    void anOperatorMarksADeadLetterResolvedAsThemselves() throws Exception {
        long id = deadLetter(null, QUEUE, "dl-" + UUID.randomUUID(), "fixed by hand in Kingdee");
        mvc.perform(post("/dead-letters/" + id + "/resolve").with(user("operator").roles("OPERATOR")).with(csrf()))
                .andExpect(flash().attribute("resolved", id));
        assertThat(jdbc.queryForObject("SELECT resolved_by FROM dead_letter WHERE id = ?", String.class, id)).isEqualTo("operator");
    }

    @Test
    void aViewerSeesNoReplayButton() throws Exception {
        deadLetter(null, QUEUE, "dl-" + UUID.randomUUID(), "for a viewer");
        mvc.perform(get("/dead-letters").with(user("viewer").roles("VIEWER")))
                .andExpect(content().string(not(containsString("class=\"replay\""))));
    }

    @Test
    void aViewerCannotResolve() throws Exception {
        long id = deadLetter(null, QUEUE, "dl-" + UUID.randomUUID(), "not for a viewer");
        mvc.perform(post("/dead-letters/" + id + "/resolve").with(user("viewer").roles("VIEWER")).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("SELECT resolved_at FROM dead_letter WHERE id = ?", Object.class, id)).isNull();
    }

    @Test
    void theApiResolvesADeadLetterNamingWhoResolvedIt() {
        long id = deadLetter(null, QUEUE, "dl-" + UUID.randomUUID(), "resolved over the API");
        var response = apiPost("/api/dead-letters/" + id + "/resolve", "{\"resolvedBy\":\"it.chen\"}");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).path("resolvedBy").asText()).isEqualTo("it.chen");
    }

    @Test
    void resolvingAnUnknownDeadLetterOverTheApiIs404() {
        assertThat(apiPost("/api/dead-letters/987654321/resolve", "").statusCode()).isEqualTo(404);
    }
}

package io.contracthub.hub;

import io.contracthub.connectors.erp.ErpDocument;
import io.contracthub.connectors.erp.ErpOperation;
import io.contracthub.hub.erp.ErpEvidenceRecorder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.stringContainsInOrder;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** One contract's page: facets with their evidence, the timeline, the triggers' delivery, the manual evidence form. */
class ConsoleContractPageTest extends ConsoleTest {

    @Autowired
    ErpEvidenceRecorder erpEvidence;

    @Test
    void theTimelineIsOldestFirstWithTheStateAfterEachEntry() throws Exception {
        String id = awaitContractId(claimedBySales(uniqueNumber(), "Li Lei", "时间线客户"));
        recordManual(id, "SIGNATURE", "CONFIRMED", "legal.wang");
        page(id).andExpect(content().string(stringContainsInOrder("id=\"timeline\"",
                "商务条款: 确认", "销售称已签", "电子签署: 确认", "已签署")));
    }

    @Test
    void aFacetShowsTheSourceActorAndReasonOfTheEvidenceThatSettledIt() throws Exception {
        String id = awaitContractId(claimedBySales(uniqueNumber(), "Li Lei", "事项客户"));
        recordManual(id, "TECHNICAL_AGREEMENT", "CONFIRMED", "legal.wang");
        page(id).andExpect(content().string(stringContainsInOrder("data-facet=\"TECHNICAL_AGREEMENT\"", "已确认", "manual",
                "legal.wang", "checked by legal.wang")));
    }

    @Test
    void aQueuedTriggerSaysQueued() throws Exception {
        String id = effectiveContract();
        awaitPublished(id);
        page(id).andExpect(content().string(containsString("已进入队列 finance.invoicing-tasks")));
    }

    @Test
    void aTriggerThatCreatedAnErpDocumentNamesTheDocument() throws Exception {
        String id = effectiveContract();
        String key = jdbc.queryForObject("SELECT idempotency_key FROM outbox WHERE contract_id = ? AND destination = ?",
                String.class, id, "finance.invoicing-tasks");
        erpEvidence.record(id, key, new ErpDocument("kingdee", ErpOperation.INVOICE, "HUBCONSOLE0001", "audited", true));
        page(id).andExpect(content().string(containsString("已在 ERP 生成单据：invoice HUBCONSOLE0001 created in Kingdee")));
    }

    @Test
    void aDeadLetteredTriggerShowsTheReason() throws Exception {
        String id = effectiveContract();
        String key = jdbc.queryForObject("SELECT idempotency_key FROM outbox WHERE contract_id = ? AND destination = ?",
                String.class, id, "finance.invoicing-tasks");
        deadLetter(id, "finance.invoicing-tasks", key, "金蝶：客户编码不存在");
        page(id).andExpect(content().string(containsString("处理失败：金蝶：客户编码不存在")));
    }

    @Test
    void anOperatorRecordsEvidenceThroughTheFormAsThemselves() throws Exception {
        String id = awaitContractId(claimedBySales(uniqueNumber(), "Li Lei", "登记客户"));
        mvc.perform(post("/contracts/" + id + "/evidence").with(user("operator").roles("OPERATOR")).with(csrf())
                        .param("facet", "SIGNATURE").param("outcome", "CONFIRMED").param("reason", "纸质合同已盖章")
                        .param("requestId", "form-1"))
                .andExpect(redirectedUrl("/contracts/" + id + "#evidence"))
                .andExpect(flash().attribute("evidenceRecorded", true));
        assertThat(jdbc.queryForObject("SELECT actor FROM journal WHERE contract_id = ? AND reason = ?", String.class,
                id, "纸质合同已盖章")).isEqualTo("operator");
    }

    @Test
    void theFormRefusesWhatTheApiRefuses() throws Exception {
        String id = awaitContractId(claimedBySales(uniqueNumber(), "Li Lei", "校验客户"));
        mvc.perform(post("/contracts/" + id + "/evidence").with(user("operator").roles("OPERATOR")).with(csrf())
                        .param("facet", "SIGNATURE").param("outcome", "CONFIRMED").param("reason", " ")
                        .param("requestId", "form-2"))
                .andExpect(flash().attribute("evidenceRefused", containsString("reason")));
    }

    @Test
    void aViewerSeesNoEvidenceForm() throws Exception {
        String id = awaitContractId(claimedBySales(uniqueNumber(), "Li Lei", "只读客户"));
        page(id).andExpect(content().string(not(containsString("id=\"evidence-form\""))));
    }

    @Test
    void anUnknownContractIsANotFoundPage() throws Exception {
        mvc.perform(get("/contracts/ch-no-such-contract").with(user("viewer").roles("VIEWER")))
                .andExpect(status().isNotFound()).andExpect(content().string(containsString("找不到")));
    }

    private ResultActions page(String id) throws Exception {
        return mvc.perform(get("/contracts/" + id).with(user("viewer").roles("VIEWER"))).andExpect(status().isOk());
    }

    private void awaitPublished(String id) {
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                "SELECT COUNT(*) FROM outbox WHERE contract_id = ? AND published_at IS NULL", Integer.class, id) == 0);
    }
}

package io.contracthub.hub;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static io.contracthub.hub.Registers.line;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class ConsoleImportPageTest extends ConsoleTest {

    @Test
    void anOperatorUploadsARegisterAndFollowsItsProgressToTheErrorReport() throws Exception {
        String number = uniqueNumber();
        byte[] csv = Registers.csv(List.of(line(number, true, "A", "1", "100", "0.13", "是"),
                Registers.set(line(uniqueNumber(), true, "A", "1", "100", "0.13", "是"), "credit_code", "123")))
                .getBytes(StandardCharsets.UTF_8);

        String location = mvc.perform(multipart("/imports").file(new MockMultipartFile("file", "台账.csv", "text/csv", csv))
                        .with(user("operator").roles("OPERATOR")).with(csrf()))
                .andExpect(redirectedUrlPattern("/imports/*")).andReturn().getResponse().getRedirectedUrl();

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> mvc.perform(get(location)
                        .with(user("viewer").roles("VIEWER")))
                .andExpect(content().string(containsString("已完成")))
                .andExpect(content().string(containsString("id=\"import-progress\"")))
                .andExpect(content().string(containsString("新导入 1 份，已存在未变 0 份，未导入 1 份")))
                .andExpect(content().string(not(containsString("http-equiv=\"refresh\"")))));
        mvc.perform(get(location + "/errors").with(user("viewer").roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        awaitContractId(number);
    }

    @Test
    void aViewerSeesTheImportsButNoUploadForm() throws Exception {
        mvc.perform(get("/imports").with(user("viewer").roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("导入合同台账")))
                .andExpect(content().string(containsString("/imports/template")))
                .andExpect(content().string(not(containsString("id=\"upload-form\""))));
    }

    @Test
    void aViewerIsForbiddenToUpload() throws Exception {
        mvc.perform(multipart("/imports").file(new MockMultipartFile("file", "r.csv", "text/csv", new byte[]{'a'}))
                        .with(user("viewer").roles("VIEWER")).with(csrf()))
                .andExpect(status().isForbidden())
                .andExpect(forwardedUrl("/forbidden"));
    }

    @Test
    void aFileWithTheWrongHeadersIsSentBackWithTheMissingColumns() throws Exception {
        mvc.perform(multipart("/imports").file(new MockMultipartFile("file", "r.csv", "text/csv",
                                "number,amount\r\nHT-1,100\r\n".getBytes(StandardCharsets.UTF_8)))
                        .with(user("operator").roles("OPERATOR")).with(csrf()))
                .andExpect(redirectedUrl("/imports"))
                .andExpect(flash().attribute("uploadError", "wrong_headers"));
    }

    @Test
    void theEnglishPageSpeaksEnglish() throws Exception {
        mvc.perform(get("/imports").param("lang", "en").with(user("operator").roles("OPERATOR")))
                .andExpect(content().string(containsString("Import the contract register")))
                .andExpect(content().string(containsString("id=\"upload-form\"")));
    }
}

package io.contracthub.hub;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Who may reach which console page, and that the API's key-only chain is untouched by the console's login. */
class ConsoleSecurityTest extends ConsoleTest {

    @Test
    void anonymousIsSentToTheLoginPage() throws Exception {
        mvc.perform(get("/contracts")).andExpect(status().isFound()).andExpect(redirectedUrlPattern("**/login"));
    }

    @Test
    void homeLeadsToTheContracts() throws Exception {
        mvc.perform(get("/").with(user("viewer").roles("VIEWER"))).andExpect(redirectedUrl("/contracts"));
    }

    @Test
    void aConfiguredUserLogsInWithTheRightPassword() throws Exception {
        mvc.perform(formLogin("/login").user("viewer").password("viewer-pass")).andExpect(redirectedUrl("/contracts"));
    }

    @Test
    void aWrongPasswordIsRefused() throws Exception {
        mvc.perform(formLogin("/login").user("admin").password("not-the-password")).andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void loginWithoutCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/login").param("username", "viewer").param("password", "viewer-pass"))
                .andExpect(status().isForbidden());
    }

    @Test
    void aFormWithoutCsrfTokenIsRefusedEvenForAnOperator() throws Exception {
        mvc.perform(post("/dead-letters/1/replay").with(user("operator").roles("OPERATOR")))
                .andExpect(status().isForbidden());
    }

    @Test
    void fiveFailedLoginsLockTheAccountEvenAgainstTheRightPassword() throws Exception {
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin("/login").user("lockout-probe").password("wrong-" + i));
        }
        mvc.perform(formLogin("/login").user("lockout-probe").password("viewer-pass")).andExpect(redirectedUrl("/login?locked"));
    }

    @Test
    void aViewerIsForbiddenToReplay() throws Exception {
        mvc.perform(post("/dead-letters/1/replay").with(user("viewer").roles("VIEWER")).with(csrf()))
                .andExpect(status().isForbidden())
                .andExpect(forwardedUrl("/forbidden"));
    }

    @Test
    void theForbiddenPageSaysWhyInPlainWords() throws Exception {
        mvc.perform(get("/forbidden").with(user("viewer").roles("VIEWER")))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("没有权限")));
    }

    @Test
    void aConsoleSessionDoesNotOpenTheApi() throws Exception {
        MockHttpSession session = (MockHttpSession) mvc.perform(formLogin("/login").user("admin").password("admin-pass"))
                .andReturn().getRequest().getSession();
        mvc.perform(get("/api/contracts").session(session))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("api_key_missing"));
    }

    @Test
    void theApiDocumentationNeedsALogin() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isFound()).andExpect(redirectedUrlPattern("**/login"));
    }

    @Test
    void aLoggedInUserReadsTheOpenApiDocumentOfTheApiAndTheWebhooks() throws Exception {
        mvc.perform(get("/v3/api-docs").with(user("viewer").roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.openapi").value(org.hamcrest.Matchers.startsWith("3.")))
                .andExpect(jsonPath("$.paths['/api/contracts/{id}/timeline']").exists())
                .andExpect(jsonPath("$.paths['/webhooks/{system}']").exists())
                .andExpect(jsonPath("$.paths['/contracts']").doesNotExist());
    }

    @Test
    void swaggerUiIsServedFromTheJarToALoggedInUser() throws Exception {
        mvc.perform(get("/swagger-ui/index.html").with(user("viewer").roles("VIEWER")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("swagger-ui")));
    }

    @Test
    void theConsoleSpeaksChineseFirst() throws Exception {
        mvc.perform(get("/login")).andExpect(content().string(containsString("用户名")));
    }

    @Test
    void langEnSwitchesToEnglishAndRemembersItInACookie() throws Exception {
        mvc.perform(get("/login").param("lang", "en"))
                .andExpect(content().string(containsString("User name")))
                .andExpect(cookie().value("hub-console-lang", "en"));
    }

    @Test
    void theConsoleNeverShowsTheApiKey() throws Exception {
        mvc.perform(get("/contracts").with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(API_KEY))));
    }

    @Test
    void anythingElseIsStillNotFound() throws Exception {
        mvc.perform(get("/admin").with(user("admin").roles("ADMIN")))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.code").value("not_found"));
    }
}

package io.contracthub.hub;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static io.contracthub.hub.CrmEvents.event;
import static org.assertj.core.api.Assertions.assertThat;

/** What Tomcat and Spring answer before a controller runs is the error model too, in the sender's own words. */
class ErrorShapesTest extends HubIntegrationTest {

    @Test
    void anInvalidPercentEncodingIsRefusedWithJson400NotTomcatsPage() {
        String answer = rawHttp10("GET /api/contracts/%ZZ HTTP/1.0\r\nX-Api-Key: " + API_KEY + "\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.1 400");
        assertThat(head(answer).toLowerCase()).contains("content-type: application/json");
        JsonNode body = readJson(answer.substring(answer.indexOf("\r\n\r\n") + 4));
        assertThat(body.path("code").asText()).isEqualTo("request_rejected");
        assertThat(body.has("details")).isTrue();
    }

    @Test
    void aBrowsersAcceptHeaderStillGetsTheJsonAnswer() {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/contracts?number=HT-NONE"))
                .header("X-Api-Key", API_KEY).header("Accept", "text/html").GET().build());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(json(response).path("total").asLong()).isZero();
    }

    @Test
    void aBrowsersAcceptHeaderGetsJsonErrorsNot406OrHtml() {
        HttpResponse<String> unknown = send(HttpRequest.newBuilder(uri("/api/contracts/ch-unknown"))
                .header("X-Api-Key", API_KEY).header("Accept", "text/html").GET().build());
        HttpResponse<String> noKey = send(HttpRequest.newBuilder(uri("/api/contracts"))
                .header("Accept", "text/html").GET().build());
        HttpResponse<String> badPage = send(HttpRequest.newBuilder(uri("/api/contracts?page=x"))
                .header("X-Api-Key", API_KEY).header("Accept", "text/html").GET().build());

        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(json(unknown).path("code").asText()).isEqualTo("contract_not_found");
        assertThat(noKey.statusCode()).isEqualTo(401);
        assertThat(json(noKey).path("code").asText()).isEqualTo("api_key_missing");
        assertThat(badPage.statusCode()).isEqualTo(400);
        assertThat(json(badPage).path("code").asText()).isEqualTo("invalid_parameter");
    }

    @Test
    void aNonNumericPageNamesTheParameterAndWhatItAccepts() {
        HttpResponse<String> response = apiGet("/api/contracts?page=first");

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode body = json(response);
        assertThat(body.path("code").asText()).isEqualTo("invalid_parameter");
        assertThat(body.at("/details/parameter").asText()).isEqualTo("page");
        assertThat(body.at("/details/allowed").asText()).isEqualTo("a whole number from 0");
        assertThat(body.path("message").asText()).doesNotContain("java.lang", "Failed to convert");
    }

    @Test
    void aCrmEventWithoutSalesStageNamesTheCrmFieldAndItsStages() {
        String missingStage = event(uniqueNumber(), "SIGNED").replace("\"salesStage\": \"SIGNED\",", "");

        HttpResponse<String> response = postCrm(missingStage);

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode body = json(response);
        assertThat(body.path("code").asText()).isEqualTo("invalid_field");
        assertThat(body.at("/details/field").asText()).isEqualTo("contract.salesStage");
        assertThat(body.at("/details/allowed").toString()).contains("\"SIGNED\"", "\"LOST\"").doesNotContain("CONFIRMED");
        assertThat(body.path("message").asText()).startsWith("contract.salesStage must be one of").doesNotContain("evidence.outcome");
    }

    @Test
    void aCrmLineBreakingARuleIsNamedAsTheCrmSentIt() {
        String negativePrice = event(uniqueNumber(), "SIGNED").replace("\"unitPrice\": \"0.335\"", "\"unitPrice\": \"-1\"");

        HttpResponse<String> response = postCrm(negativePrice);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).path("code").asText()).isEqualTo("invalid_contract");
        assertThat(json(response).at("/details/violations").findValuesAsText("field")).containsExactly("contract.lines[1].unitPrice");
    }

    @Test
    void anUnknownFacetListsTheFacetsThereAre() {
        HttpResponse<String> response = apiPost("/api/contracts/any/evidence",
                "{\"facet\":\"TELEPATHY\",\"outcome\":\"CONFIRMED\",\"actor\":\"a\",\"reason\":\"r\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).at("/details/field").asText()).isEqualTo("facet");
        assertThat(json(response).at("/details/allowed").toString()).contains("\"SIGNATURE\"", "\"DOWN_PAYMENT\"");
    }

    private String rawHttp10(String request) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String head(String answer) {
        return answer.substring(0, answer.indexOf("\r\n\r\n"));
    }

    private JsonNode readJson(String body) {
        try {
            return objectMapper.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + body, e);
        }
    }
}

package io.contracthub.hub;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Every sub-resource of a contract the hub does not know answers 404 contract_not_found, never an empty 200. */
class UnknownContractTest extends HubIntegrationTest {

    private static final String UNKNOWN = "ch-00000000-0000-0000-0000-000000000000";
    private static final String BOUNDARY = "unknown-contract";

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
            "GET  | /api/contracts/" + UNKNOWN,
            "GET  | /api/contracts/" + UNKNOWN + "/timeline",
            "GET  | /api/contracts/" + UNKNOWN + "/vouchers",
            "POST | /api/contracts/" + UNKNOWN + "/vouchers",
            "GET  | /api/contracts/" + UNKNOWN + "/qualification/checks",
            "POST | /api/contracts/" + UNKNOWN + "/qualification",
            "GET  | /api/contracts/" + UNKNOWN + "/signature/flows",
            "POST | /api/contracts/" + UNKNOWN + "/signature/reconcile",
            "POST | /api/contracts/" + UNKNOWN + "/evidence",
            "GET  | /api/queues/project.scheduling-requests/messages?contractId=" + UNKNOWN,
    })
    void answers404ContractNotFound(String method, String path) {
        HttpResponse<String> response = send(request(method, path));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(404);
        assertThat(json(response).path("code").asText()).isEqualTo("contract_not_found");
        assertThat(json(response).path("message").asText()).contains(UNKNOWN);
    }

    /** Each POST carries a body the endpoint would accept for a known contract, so only the unknown id is wrong. */
    private HttpRequest request(String method, String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("X-Api-Key", API_KEY);
        if (method.equals("GET")) {
            return request.GET().build();
        }
        if (path.endsWith("/vouchers")) {
            String body = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"v.pdf\"\r\n"
                    + "Content-Type: application/pdf\r\n\r\n%PDF-1.4 voucher\r\n--" + BOUNDARY + "--\r\n";
            return request.header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        }
        String json = path.endsWith("/qualification")
                ? """
                  {"companyName":"华东医疗器械有限公司","creditCode":"%s","licenceNumber":"沪浦食药监械经营许20220001号",
                   "validUntil":"2029-06-30","submittedBy":"u1001"}""".formatted(CrmEvents.VALID_CREDIT_CODE)
                : path.endsWith("/evidence")
                ? """
                  {"facet":"TECHNICAL_AGREEMENT","outcome":"CONFIRMED","actor":"legal.wang","reason":"signed"}"""
                : "";
        return request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }
}

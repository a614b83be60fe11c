package io.contracthub.connectors.his;

import io.contracthub.connectors.http.ConnectorRejectedException;
import io.contracthub.connectors.http.ConnectorUnavailableException;
import io.contracthub.connectors.http.HttpEndpoint;
import io.contracthub.connectors.resilience.ConnectorResilience;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The HIS qualification service (SOAP, {@link QualificationSoap#WSDL}) under the "his" resilience: time limit, circuit
 * breaker and bulkhead. SOAP travels as text/xml, so this uses the JDK HTTP client with the shared
 * {@link HttpEndpoint} and failure types instead of the JSON client. A Server fault, 5xx or no answer is "try again
 * later"; a Client fault or an off-contract answer is a rejection.
 */
public final class HisQualificationClient {

    public static final String SYSTEM = "his";

    private final HttpEndpoint endpoint;
    private final ConnectorResilience resilience;
    private final HttpClient http;

    public HisQualificationClient(HttpEndpoint endpoint, ConnectorResilience resilience) {
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        this.resilience = Objects.requireNonNull(resilience, "resilience");
        this.http = HttpClient.newBuilder().connectTimeout(endpoint.connectTimeout()).build();
    }

    public QualificationVerdict verify(QualificationQuery query) {
        String envelope = QualificationSoap.request(query);
        return resilience.call(() -> read(post(envelope)));
    }

    /** The "his" breaker's state, for health and tests. */
    public io.github.resilience4j.circuitbreaker.CircuitBreaker.State circuitBreakerState() {
        return resilience.circuitBreaker().getState();
    }

    private HttpResponse<String> post(String envelope) {
        HttpRequest request = HttpRequest.newBuilder(endpoint.baseUrl())
                .timeout(endpoint.requestTimeout())
                .header("Content-Type", "text/xml; charset=utf-8")
                .header("SOAPAction", "\"" + QualificationSoap.SOAP_ACTION + "\"")
                .POST(HttpRequest.BodyPublishers.ofString(envelope, StandardCharsets.UTF_8))
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ConnectorUnavailableException(SYSTEM, "VerifyQualification failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConnectorUnavailableException(SYSTEM, "interrupted during VerifyQualification", e);
        }
    }

    private static QualificationVerdict read(HttpResponse<String> response) {
        try {
            return QualificationSoap.readResponse(response.body());
        } catch (QualificationSoap.SoapFaultException fault) {
            if (fault.faultCode().endsWith("Client")) {
                throw new ConnectorRejectedException(SYSTEM, response.statusCode(), fault.faultCode(), fault.getMessage());
            }
            throw new ConnectorUnavailableException(SYSTEM, response.statusCode(), fault.faultCode(), fault.getMessage(),
                    "the HIS answered a fault", fault);
        } catch (QualificationSoap.SoapFormatException e) {
            if (response.statusCode() >= 500 || response.statusCode() == 429) {
                throw new ConnectorUnavailableException(SYSTEM, response.statusCode(), null, null,
                        "the HIS answered HTTP " + response.statusCode(), e);
            }
            throw new ConnectorRejectedException(SYSTEM, response.statusCode(), null, e.getMessage());
        }
    }
}

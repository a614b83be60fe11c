package io.contracthub.routes.ingest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.contracthub.mappings.JsltMapping;
import io.contracthub.mappings.MappingException;
import io.contracthub.mappings.SenderFieldNames;
import io.contracthub.routes.spi.InboundMessage;
import io.contracthub.routes.spi.InboundRejectedException;
import io.contracthub.routes.spi.InboundValidator;
import io.contracthub.routes.spi.InboxStore;
import io.contracthub.routes.spi.SourceSystem;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * The one ingest flow (verify -> parse -> map -> validate -> inbox), instantiated once per source system
 * as {@code direct:ingest.<system>}. The caller answers the sender only after the inbox has stored the message.
 */
@Component
public class SourceIngestRoutes extends RouteBuilder {

    public static final String ENDPOINT_PREFIX = "direct:ingest.";
    private static final Logger log = LoggerFactory.getLogger(SourceIngestRoutes.class);
    private static final String RAW_BODY = "hubRawBody";

    private final List<SourceSystem> systems;
    private final ObjectMapper objectMapper;
    private final InboundValidator validator;
    private final InboxStore inbox;

    public SourceIngestRoutes(List<SourceSystem> systems, ObjectMapper objectMapper,
                              InboundValidator validator, InboxStore inbox) {
        this.systems = systems;
        this.objectMapper = objectMapper;
        this.validator = validator;
        this.inbox = inbox;
    }

    @Override
    public void configure() {
        for (SourceSystem system : systems) {
            JsltMapping mapping = JsltMapping.fromClasspath(system.mappingResource());
            SenderFieldNames senderNames = SenderFieldNames.besideMapping(system.mappingResource());
            from(ENDPOINT_PREFIX + system.id())
                    .routeId(system.id() + ".ingest")
                    // rejections go back to the HTTP caller as 4xx; they are not route failures to retry
                    .errorHandler(noErrorHandler())
                    .process(exchange -> system.verifier().verify(exchange.getMessage().getHeaders(), rawBody(exchange)))
                    .process(exchange -> exchange.getMessage().setBody(map(mapping, parse(rawBody(exchange)))))
                    .process(exchange -> exchange.getMessage().setBody(
                            inbox.accept(validate(system.id(), senderNames, rawBody(exchange),
                                    exchange.getMessage().getBody(JsonNode.class)))));
        }
    }

    private InboundMessage validate(String system, SenderFieldNames senderNames, byte[] rawBody, JsonNode canonical) {
        try {
            return validator.validate(system, rawBody, canonical);
        } catch (InboundRejectedException e) {
            throw SenderNamedRejection.retell(e, senderNames);
        }
    }

    // the verifier needs the exact bytes, and later steps replace the body
    private static byte[] rawBody(Exchange exchange) {
        byte[] raw = exchange.getProperty(RAW_BODY, byte[].class);
        if (raw == null) {
            raw = exchange.getMessage().getBody(byte[].class);
            exchange.setProperty(RAW_BODY, raw);
        }
        return raw;
    }

    private JsonNode parse(byte[] raw) {
        try {
            JsonNode node = objectMapper.readTree(raw);
            if (node == null || !node.isObject()) {
                throw new InboundRejectedException("malformed_json", "The body must be a JSON object", Map.of());
            }
            return node;
        } catch (IOException e) {
            // where, not the parser's own words: those name its internals
            throw new InboundRejectedException("malformed_json", "The body is not valid JSON", location(e));
        }
    }

    private static Map<String, Object> location(IOException e) {
        JsonLocation location = e instanceof JsonProcessingException parsing ? parsing.getLocation() : null;
        return location == null || location.getLineNr() < 1
                ? Map.of()
                : Map.of("line", location.getLineNr(), "column", location.getColumnNr());
    }

    private static JsonNode map(JsltMapping mapping, JsonNode input) {
        try {
            return mapping.apply(input);
        } catch (MappingException e) {
            // the mapping's message names the mapping file and the JSLT function that failed: for the log only
            log.info("Event does not fit {}: {}", mapping.resource(), firstLine(e.getMessage()));
            throw new InboundRejectedException("unmappable_event", "The event does not fit the documented shape", Map.of());
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}

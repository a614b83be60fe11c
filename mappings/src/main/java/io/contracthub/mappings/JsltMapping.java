package io.contracthub.mappings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.schibsted.spt.data.jslt.Expression;
import com.schibsted.spt.data.jslt.JsltException;
import com.schibsted.spt.data.jslt.Parser;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * One JSLT mapping, compiled once from the classpath. Instances are immutable and thread-safe
 * (a compiled JSLT expression holds no per-call state).
 */
public final class JsltMapping {

    // JSLT drops null-valued keys by default; the canonical evidence spells absent values as explicit nulls
    private static final String KEEP_EVERY_KEY = "true";

    private final String resource;
    private final Expression expression;

    private JsltMapping(String resource, Expression expression) {
        this.resource = resource;
        this.expression = expression;
    }

    /**
     * Compiles the mapping at {@code resource}, e.g. {@code "mappings/crm/contract.jslt"}.
     *
     * @throws MappingException if the resource does not exist or is not valid JSLT
     */
    public static JsltMapping fromClasspath(String resource) {
        Objects.requireNonNull(resource, "resource");
        String path = resource.startsWith("/") ? resource.substring(1) : resource;
        // the mappings are packaged in the same jar as this class, so its class loader sees them
        InputStream stream = JsltMapping.class.getClassLoader().getResourceAsStream(path);
        if (stream == null) {
            throw new MappingException("Mapping not found on the classpath: " + path);
        }
        try (Reader reader = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
            Expression expression = new Parser(reader)
                    .withSource(path)
                    .withObjectFilter(KEEP_EVERY_KEY)
                    .compile();
            return new JsltMapping(path, expression);
        } catch (JsltException e) {
            throw new MappingException("Mapping " + path + " does not compile: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new MappingException("Mapping " + path + " could not be read", e);
        }
    }

    /**
     * Transforms {@code input}; never returns Java {@code null} (an empty result is a JSON null node).
     *
     * @throws MappingException if the mapping fails on this input
     */
    public JsonNode apply(JsonNode input) {
        Objects.requireNonNull(input, "input");
        try {
            JsonNode output = expression.apply(input);
            return output != null ? output : NullNode.instance;
        } catch (JsltException e) {
            throw new MappingException("Mapping " + resource + " failed: " + e.getMessage(), e);
        }
    }

    /** The classpath location this mapping was compiled from. */
    public String resource() {
        return resource;
    }

    @Override
    public String toString() {
        return "JsltMapping[" + resource + "]";
    }
}

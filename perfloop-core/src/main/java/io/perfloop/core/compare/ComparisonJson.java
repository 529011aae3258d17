package io.perfloop.core.compare;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * Writes and reads a {@link ComparisonResult} as JSON, straight from the records. NaN and
 * infinities (an undetermined interval, a delta from 0) are written as the strings
 * {@code "NaN"}, {@code "Infinity"}, {@code "-Infinity"}, which Jackson reads back.
 */
public final class ComparisonJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private ComparisonJson() {
    }

    /** The result as indented JSON. */
    public static String write(ComparisonResult result) {
        try {
            return MAPPER.writeValueAsString(result);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise comparison result", e);
        }
    }

    /**
     * The result as indented JSON with further top-level sections after its own fields (e.g. the
     * findings of two recorded runs). {@link #read} still reads it, skipping the sections.
     *
     * @param sections section name to a value Jackson can write (records, lists, maps), in order
     */
    public static String write(ComparisonResult result, Map<String, ?> sections) {
        ObjectNode tree = MAPPER.valueToTree(result);
        sections.forEach((name, value) -> {
            if (tree.has(name)) {
                throw new IllegalArgumentException("section '" + name + "' would replace a field of the comparison result");
            }
            tree.set(name, MAPPER.valueToTree(value));
        });
        try {
            return MAPPER.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise comparison result", e);
        }
    }

    /**
     * Reads a result written by {@link #write}.
     *
     * @throws IllegalArgumentException when the text is not such JSON
     */
    public static ComparisonResult read(String json) {
        try {
            return MAPPER.readValue(json, ComparisonResult.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a comparison result: " + e.getOriginalMessage(), e);
        }
    }
}

package io.perfloop.core.compare;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

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

package io.perfloop.core.run;

/** A run file that cannot be read: malformed JSON, an unknown format version, or a missing field. */
public class RunFormatException extends RuntimeException {
    public RunFormatException(String message) {
        super(message);
    }

    public RunFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}

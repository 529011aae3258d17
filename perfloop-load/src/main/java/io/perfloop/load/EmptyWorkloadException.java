package io.perfloop.load;

/** The workload has no request to send: an empty file, or nothing but malformed records. */
public class EmptyWorkloadException extends IllegalArgumentException {
    public EmptyWorkloadException(String message) {
        super(message);
    }
}

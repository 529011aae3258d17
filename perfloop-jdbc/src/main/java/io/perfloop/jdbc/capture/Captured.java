package io.perfloop.jdbc.capture;

/**
 * Marker implemented by every capturing proxy. {@code isWrapperFor(Captured.class)} tells whether
 * a JDBC object (or anything it wraps) is captured already, so wrapping twice records once.
 */
public interface Captured {
}

package io.perfloop.profile.report;

import io.perfloop.profile.analysis.FrameKind;

import java.io.IOException;

/** Receives flame-graph nodes depth first: {@code open}, its children, {@code close}. */
interface NodeSink {
    /** Starts a node with two weights (total and self, or before and after). */
    void open(String name, FrameKind kind, long a, long b) throws IOException;

    /** Ends the node opened last. */
    void close() throws IOException;
}

package io.perfloop.load.source;

import java.io.Closeable;
import java.util.Iterator;

/**
 * A pass over a workload source, one request at a time: sources never hold the whole file in memory.
 * Close it to release the file.
 */
public interface SourceIterator extends Iterator<RequestSpec>, Closeable {
    @Override
    void close();
}

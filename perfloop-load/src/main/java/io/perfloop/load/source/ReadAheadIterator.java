package io.perfloop.load.source;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.NoSuchElementException;

/**
 * The scaffolding every file source shares: read ahead one request, skip records that yield none
 * (malformed lines are reported and passed over), close the file at its end or when the caller
 * stops early. A source says only how to read its next record.
 */
abstract class ReadAheadIterator implements SourceIterator {
    private final Closeable file;
    private RequestSpec next;
    private boolean done;

    /** @param file what {@link #close()} releases */
    ReadAheadIterator(Closeable file) {
        this.file = file;
    }

    /**
     * Reads the next record: its request, {@code null} when the record yields none (it was reported
     * as malformed, or was a comment), after calling {@link #endOfSource()} when nothing is left.
     */
    abstract RequestSpec readNext() throws IOException;

    /** The message for a read that failed, naming the file and where. */
    abstract String readFailure(IOException e);

    /** Called by {@link #readNext()} when the source has no more records. */
    final void endOfSource() {
        done = true;
        close();
    }

    @Override
    public final boolean hasNext() {
        while (next == null && !done) {
            try {
                next = readNext();
            } catch (IOException e) {
                throw new UncheckedIOException(readFailure(e), e);
            }
        }
        return next != null;
    }

    @Override
    public final RequestSpec next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        RequestSpec r = next;
        next = null;
        return r;
    }

    @Override
    public final void close() {
        try {
            file.close();
        } catch (IOException ignored) {
            // closing a file we only read: nothing to recover
        }
    }
}

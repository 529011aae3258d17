package io.perfloop.load.pacing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.NoSuchElementException;

import io.perfloop.load.source.RequestSource;
import io.perfloop.load.source.RequestSpec;
import io.perfloop.load.source.SourceIterator;
import io.perfloop.load.source.SourceProblems;

/**
 * The requests of a source, in file order, starting again from the top when the file ends (when looping
 * is allowed): a fixed-rate or fixed-concurrency run is as long as its duration, not as its file. Only the
 * first pass reports malformed records; later passes count them silently.
 */
public final class CyclingRequests implements SourceIterator {
    private final RequestSource source;
    private final boolean loop;
    private final SourceProblems problems;
    private SourceIterator current;
    private long pass = 1;
    private boolean sawAny;

    /**
     * @param loop start again at the end of the source; otherwise one pass
     */
    public CyclingRequests(RequestSource source, boolean loop, SourceProblems problems) throws IOException {
        this.source = source;
        this.loop = loop;
        this.problems = problems;
        this.current = source.open(problems);
    }

    @Override
    public boolean hasNext() {
        if (current.hasNext()) {
            sawAny = true;
            return true;
        }
        if (!loop || !sawAny) {
            return false; // a source without a single request would loop forever
        }
        current.close();
        pass++;
        try {
            current = source.open(SourceProblems.counting());
        } catch (IOException e) {
            throw new UncheckedIOException(source.describe() + ": cannot reopen for pass " + pass, e);
        }
        return current.hasNext();
    }

    @Override
    public RequestSpec next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return current.next();
    }

    /** Passes started over the source (1 for the first). */
    public long passes() {
        return pass;
    }

    @Override
    public void close() {
        current.close();
    }
}

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
 * first pass reports malformed records; later passes count them silently. A source of at most
 * {@value #MEMORY_LIMIT} requests is kept in memory after its first pass: reopening and re-parsing a
 * one-line target file for every request cost more than sending it (measured: 250 us of CPU per request).
 */
public final class CyclingRequests implements SourceIterator {
    private final RequestSource source;
    private final boolean loop;
    /** Sources with at most this many requests are cycled from memory after the first pass. */
    static final int MEMORY_LIMIT = 10_000;

    private final SourceProblems problems;
    private SourceIterator current;
    private long pass = 1;
    private boolean sawAny;
    private java.util.List<RequestSpec> firstPass = new java.util.ArrayList<>();
    private java.util.List<RequestSpec> inMemory;
    private int position;

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
        if (inMemory != null) {
            return true;
        }
        if (current.hasNext()) {
            sawAny = true;
            return true;
        }
        if (!loop || !sawAny) {
            return false; // a source without a single request would loop forever
        }
        current.close();
        pass++;
        if (firstPass != null) {
            inMemory = firstPass;
            firstPass = null;
            return true;
        }
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
        if (inMemory != null) {
            RequestSpec r = inMemory.get(position++);
            if (position == inMemory.size()) {
                position = 0;
                pass++;
            }
            return r;
        }
        RequestSpec r = current.next();
        if (firstPass != null && loop) {
            if (firstPass.size() < MEMORY_LIMIT) {
                firstPass.add(r);
            } else {
                firstPass = null; // too big to keep: later passes reread the file
            }
        }
        return r;
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

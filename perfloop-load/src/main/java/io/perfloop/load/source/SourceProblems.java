package io.perfloop.load.source;

import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Collects records skipped as malformed: all are counted, the first few are printed with their line numbers
 * (a broken log should not flood the terminal with a million identical messages).
 */
public class SourceProblems {
    private final PrintWriter out;
    private final int printLimit;
    private final AtomicLong count = new AtomicLong();

    /**
     * @param out        where the first problems are printed, or {@code null} to only count
     * @param printLimit how many to print before only counting
     */
    public SourceProblems(PrintWriter out, int printLimit) {
        this.out = out;
        this.printLimit = printLimit;
    }

    /** Counts problems without printing them. */
    public static SourceProblems counting() {
        return new SourceProblems(null, 0);
    }

    /**
     * Reports one skipped record.
     *
     * @param origin  source name
     * @param line    line number (1-based) or entry index
     * @param reason  why it was skipped
     * @param excerpt the start of the record, for recognising it
     */
    public void malformed(String origin, long line, String reason, String excerpt) {
        long n = count.incrementAndGet();
        if (out != null && n <= printLimit) {
            out.printf("%s:%d: skipped: %s: %s%n", origin, line, reason, shorten(excerpt));
            if (n == printLimit) {
                out.println("(further malformed records are counted, not printed)");
            }
            out.flush();
        }
    }

    /** How many records were skipped so far. */
    public long count() {
        return count.get();
    }

    private static String shorten(String s) {
        String oneLine = s == null ? "" : s.replaceAll("\\p{Cntrl}", "?");
        return oneLine.length() > 120 ? oneLine.substring(0, 117) + "..." : oneLine;
    }
}

package io.perfloop.load.report;

import java.io.PrintWriter;
import java.util.Locale;

import io.perfloop.core.run.Workload.GeneratorStall;
import io.perfloop.load.engine.Progress;
import io.perfloop.load.engine.ProgressListener;

/**
 * The live line on a terminal: rewritten in place each second ({@code \r}); stall warnings get their own
 * line. Off a terminal only the warnings are printed, so logs and CI output stay clean.
 */
public final class ProgressLine implements ProgressListener {
    private final PrintWriter out;
    private final boolean live;

    /**
     * @param out  the terminal (stderr)
     * @param live rewrite a progress line (true on a TTY)
     */
    public ProgressLine(PrintWriter out, boolean live) {
        this.out = out;
        this.live = live;
    }

    @Override
    public synchronized void onSecond(Progress p) {
        if (!live) {
            return;
        }
        out.print(String.format(Locale.ROOT, "\r%5ds  %7d req/s  p50 %8s  p99 %8s  done %9d  errors %6d  in flight %5d  waiting %6d ",
                p.second(), p.windowRate(), Units.micros(p.p50Micros()), Units.micros(p.p99Micros()), p.requests(),
                p.errors(), p.inFlight(), p.backlog()));
        out.flush();
    }

    @Override
    public synchronized void onStall(GeneratorStall stall) {
        out.printf(Locale.ROOT, "%sWARNING generator stalled %d ms at %.1fs (GC or CPU starvation in perfloop itself)%n",
                live ? "\n" : "", stall.millis(), stall.atSecond());
        out.flush();
    }

    /** Ends the live line before the summary is printed. */
    public synchronized void finish() {
        if (live) {
            out.println();
            out.flush();
        }
    }
}

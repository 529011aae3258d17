package io.perfloop.core.detect;

import io.perfloop.core.event.HttpCallEvent;
import io.perfloop.core.event.RequestEvent;
import io.perfloop.core.event.StatementEvent;

/**
 * Where one request's wall time went: waiting for the database, waiting for downstream HTTP
 * calls, computing on a CPU, and the rest (locks, GC, I/O to the client, queueing). Statement and
 * call intervals are merged so overlapping work counts once; downstream time excludes moments
 * already counted as database time.
 *
 * @param wallNanos       the request's wall time
 * @param databaseNanos   union of its statements' intervals
 * @param downstreamNanos union of its HTTP calls' intervals, outside database time
 * @param cpuNanos        CPU time of its threads, capped at what the waits leave; -1 when unknown
 * @param otherNanos      the remainder
 */
public record TimeBreakdown(long wallNanos, long databaseNanos, long downstreamNanos, long cpuNanos, long otherNanos) {

    /** The breakdown of one captured request. */
    public static TimeBreakdown of(RequestEvent request) {
        Intervals db = new Intervals();
        for (StatementEvent s : request.statements()) {
            db.add(s.startEpochNanos(), s.startEpochNanos() + s.durationNanos());
        }
        Intervals http = new Intervals();
        for (HttpCallEvent c : request.httpCalls()) {
            http.add(c.startEpochNanos(), c.endEpochNanos());
        }
        long wall = Math.max(0, request.wallNanos());
        long database = Math.min(wall, db.union());
        long downstream = Math.min(wall - database, http.unionMinus(db));
        long waiting = database + downstream;
        long cpu = request.cpuNanos() < 0 ? -1 : Math.min(request.cpuNanos(), wall - waiting);
        long other = wall - waiting - Math.max(cpu, 0);
        return new TimeBreakdown(wall, database, downstream, cpu, other);
    }

    /** Share of the wall time spent off-CPU waiting (database, downstream, other); NaN without CPU data. */
    public double offCpuShare() {
        if (cpuNanos < 0 || wallNanos == 0) {
            return Double.NaN;
        }
        return 1.0 - (double) cpuNanos / wallNanos;
    }

    /** A part's share of the wall time. */
    public double share(long part) {
        return wallNanos == 0 ? 0 : (double) Math.max(part, 0) / wallNanos;
    }
}

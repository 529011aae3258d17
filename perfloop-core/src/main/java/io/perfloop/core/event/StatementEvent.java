package io.perfloop.core.event;

import java.util.List;
import java.util.Set;

/**
 * One executed SQL statement (or one batch), as captured.
 *
 * @param unitOfWorkId   id of the unit of work it was attributed to, 0 when none was active
 * @param sequence       order of capture within the process (monotonic)
 * @param sql            SQL text, cut to the configured maximum length
 * @param fingerprint    normalised shape of the SQL: literals and binds as {@code ?}, lists folded
 * @param kind           what the statement does
 * @param parameters     bind values in order; {@code null} unless the user opted in to keeping them
 * @param parametersHash hash of the bind values (kept even when values are redacted, so that
 *                       distinct and identical parameter sets can still be told apart)
 * @param startEpochNanos wall-clock start, nanoseconds since the epoch
 * @param durationNanos  execution time in nanoseconds (for queries: until execute returned)
 * @param rows           rows read through {@code ResultSet.next()} (SELECT) or rows affected; -1 unknown
 * @param batchSize      number of parameter sets in a batch; 1 for a single execution
 * @param keys           how many keys the statement looks up at once: the length of its widest
 *                       {@code IN} list or array parameter, 1 otherwise (a batch fetch has many)
 * @param callSite       first application frame
 * @param frameworks     data-access frameworks seen on the stack
 * @param thread         name of the executing thread
 * @param error          the exception message when the statement failed, else {@code null}
 */
public record StatementEvent(
        long unitOfWorkId,
        long sequence,
        String sql,
        String fingerprint,
        StatementKind kind,
        List<String> parameters,
        long parametersHash,
        long startEpochNanos,
        long durationNanos,
        long rows,
        int batchSize,
        int keys,
        CallSite callSite,
        Set<Framework> frameworks,
        String thread,
        String error) {

    /** Whether the statement raised an exception. */
    public boolean failed() {
        return error != null;
    }
}

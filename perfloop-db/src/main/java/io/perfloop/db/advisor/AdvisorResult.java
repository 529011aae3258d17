package io.perfloop.db.advisor;

import java.util.List;

/**
 * What the advisor found for one statement.
 *
 * @param advice       suggested indexes, best first (empty when none helps enough or the
 *                     statement already has what it needs)
 * @param verification how they were checked
 * @param costBefore   the statement's estimated cost as things stand (NaN when not costed)
 * @param costAfter    its estimated cost with all suggestions together (NaN when unverified or none)
 * @param costed       every candidate the planner costed, in the order tried
 * @param notes        what the advisor could not do, and why
 */
public record AdvisorResult(List<IndexAdvice> advice, Verification verification, double costBefore, double costAfter,
                            List<IndexAdvice> costed, List<String> notes) {
    public AdvisorResult {
        advice = List.copyOf(advice);
        costed = List.copyOf(costed);
        notes = List.copyOf(notes);
    }

    /** A result with no advice, saying why. */
    public static AdvisorResult none(String why) {
        return new AdvisorResult(List.of(), Verification.UNVERIFIED, Double.NaN, Double.NaN, List.of(), List.of(why));
    }

    /** How many candidates were costed. */
    public int candidates() {
        return costed.size();
    }
}

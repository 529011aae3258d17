package io.perfloop.core.detect;

import io.perfloop.core.finding.Finding;

/**
 * A finding with the traffic it concerns, ready to rank.
 *
 * @param finding          the finding; its predicted gain is a share of the endpoint's wall time
 * @param requestsAffected requests of the endpoint in which it was seen
 * @param requests         requests of the endpoint
 * @param requestShare     the endpoint's share of all requests in the run
 * @param score            predicted gain × request share (0 when the gain is unknown): the ranking key
 */
public record RankedFinding(Finding finding, int requestsAffected, int requests, double requestShare, double score) {
}

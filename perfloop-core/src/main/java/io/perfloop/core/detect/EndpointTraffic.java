package io.perfloop.core.detect;

import io.perfloop.core.event.RequestEvent;

import java.util.List;
import java.util.Set;

/**
 * Evidence for endpoint-level rules: the captured requests of one endpoint in one run, with the
 * run-wide facts some rules need.
 *
 * @param endpoint      endpoint name, e.g. {@code GET /api/orders}
 * @param requests      its captured requests (possibly a sample of them)
 * @param requestShare  its share of all requests in the run, 0..1
 * @param tablesWritten tables any request of the run wrote to (lower case), for cache warnings
 */
public record EndpointTraffic(String endpoint, List<RequestEvent> requests, double requestShare, Set<String> tablesWritten) {
    public EndpointTraffic {
        requests = List.copyOf(requests);
        tablesWritten = Set.copyOf(tablesWritten);
    }

    /**
     * The requests that were served (status below 400). A replayed log asking for a cart the
     * database does not have gets a quick 404 that does none of the endpoint's work, so rules that
     * describe how the endpoint works look at these; when every request failed, at all of them.
     */
    public List<RequestEvent> served() {
        List<RequestEvent> ok = requests.stream().filter(r -> r.status() < 400).toList();
        return ok.isEmpty() ? requests : ok;
    }
}

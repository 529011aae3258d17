/**
 * The agent's events file and its control protocol.
 *
 * <p><b>Events file</b> ({@code events.jsonl}, or {@code events.jsonl.gz} when gzipped): JSON
 * lines, one object per line, each with a {@code "type"}: first a {@code header} (carrying
 * {@code "format": 1}), then {@code request} lines (a {@link io.perfloop.core.event.RequestEvent}
 * with its statements and HTTP calls), {@code state} lines when capture switches between warm-up
 * and keeping, and {@code summary} lines (cumulative counts per endpoint, including requests that
 * were sampled out or dropped; the last one counts). Written by {@link EventsWriter}, read back as
 * a stream by {@link EventsReader}, which fails on an unknown format version and tolerates a last
 * line cut short by a crash.
 *
 * <p><b>Control</b>: {@link AgentControl} drops command files into {@code <output>/control/};
 * the agent polls that directory, acts, and acknowledges in {@code <output>/status.json}
 * ({@link AgentStatus}).
 */
package io.perfloop.core.events;

package io.perfloop.agent.output;

import io.perfloop.agent.bootstrap.AgentLog;
import io.perfloop.agent.bootstrap.AgentRuntime;
import io.perfloop.agent.bootstrap.Probes;
import io.perfloop.core.event.RequestEvent;
import io.perfloop.core.events.AgentControl;
import io.perfloop.core.events.AgentStatus;
import io.perfloop.core.events.DatabaseUrls;
import io.perfloop.core.events.EndpointCounts;
import io.perfloop.core.events.EventsHeader;
import io.perfloop.core.events.EventsWriter;
import io.perfloop.core.work.Clock;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The agent's only writer: takes finished requests from the pipeline's queue and writes them,
 * flushes once a second, carries out control commands and keeps {@code status.json} current, and
 * writes the database URLs the application connected with ({@link DatabaseUrls}) when new ones appear.
 * When the file cannot be written (a full disk) it stops capture for good and says why, once;
 * the application goes on untouched. Closed by the shutdown hook, which drains the queue and
 * writes a last summary.
 */
public final class EventWriterThread extends Thread {
    private static final long FLUSH_EVERY_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final EventPipeline pipeline;
    private final Path directory;
    private final Path eventsFile;
    private final EventsHeader header;
    private final long pollMillis;
    private final ControlDirectory control;
    private final Supplier<List<DatabaseUrls.Seen>> databases;
    private int databasesWritten;
    private EventsWriter writer;
    private volatile boolean closing;
    private long ack;
    private String problem;
    private boolean dirty;

    public EventWriterThread(EventPipeline pipeline, Path directory, String eventsFileName, EventsHeader header,
                             long pollMillis, Supplier<List<DatabaseUrls.Seen>> databases) {
        super("perfloop-agent-writer");
        setDaemon(true);
        this.pipeline = pipeline;
        this.directory = directory;
        this.eventsFile = directory.resolve(eventsFileName);
        this.header = header;
        this.pollMillis = pollMillis;
        this.control = new ControlDirectory(directory);
        this.databases = databases;
    }

    /** Picks the events file name: {@code events.jsonl[.gz]}, or with the pid when that exists already. */
    public static String eventsFileName(Path directory, boolean gzip, long pid) {
        String suffix = gzip ? ".jsonl.gz" : ".jsonl";
        return Files.exists(directory.resolve("events" + suffix)) ? "events-" + pid + suffix : "events" + suffix;
    }

    @Override
    public void run() {
        try {
            writer = EventsWriter.create(eventsFile, header);
            writer.flush();
        } catch (IOException | RuntimeException e) {
            stop("cannot create " + eventsFile + ": " + e);
        }
        status();
        long nextFlush = System.nanoTime() + FLUSH_EVERY_NANOS;
        while (!closing) {
            try {
                RequestEvent first = pipeline.queue().poll(pollMillis, TimeUnit.MILLISECONDS);
                if (first != null) {
                    write(first);
                    drain();
                }
                databases(); // before commands: a FLUSH acknowledged covers the URLs seen before it
                commands();
                if (System.nanoTime() > nextFlush) {
                    nextFlush = System.nanoTime() + FLUSH_EVERY_NANOS;
                    if (dirty) {
                        flush(false);
                        status();
                    }
                }
            } catch (InterruptedException e) {
                // closing
            } catch (Throwable e) {
                stop("writer failed: " + e);
            }
        }
    }

    private void write(RequestEvent request) {
        if (writer == null) {
            return;
        }
        try {
            writer.write(request);
            pipeline.written(request);
            dirty = true;
        } catch (IOException | RuntimeException e) {
            stop("cannot write " + eventsFile + ": " + e);
        }
    }

    private void drain() {
        for (RequestEvent r; writer != null && (r = pipeline.queue().poll()) != null; ) {
            write(r);
        }
    }

    /** Writes the database URLs when there are new ones; a failure costs that file only, never capture. */
    private void databases() {
        List<DatabaseUrls.Seen> seen = databases.get();
        if (seen.size() == databasesWritten) {
            return;
        }
        databasesWritten = seen.size();
        try {
            DatabaseUrls.write(directory, seen);
        } catch (IOException | RuntimeException e) {
            AgentLog.problem("cannot write " + directory.resolve(DatabaseUrls.FILE) + ": " + e);
        }
    }

    private void commands() throws IOException {
        List<ControlDirectory.Command> commands = control.take();
        for (ControlDirectory.Command c : commands) {
            if (c.command() == AgentControl.Command.FLUSH) {
                drain();
                flush(true);
            } else {
                boolean keep = c.command() == AgentControl.Command.KEEP;
                drain(); // what finished before the switch belongs to the old state
                pipeline.keeping(keep);
                if (writer != null) {
                    try {
                        writer.writeState(keep ? AgentStatus.KEEPING : AgentStatus.WARMUP, Clock.epochNanos());
                        dirty = true;
                    } catch (IOException e) {
                        stop("cannot write " + eventsFile + ": " + e);
                    }
                }
            }
            ack = c.sequence();
        }
        if (!commands.isEmpty()) {
            status();
        }
    }

    private void flush(boolean withSummary) {
        if (writer == null) {
            return;
        }
        try {
            if (withSummary) {
                writer.writeSummary(pipeline.summary(state(), problem));
            }
            writer.flush();
            dirty = false;
        } catch (IOException | RuntimeException e) {
            stop("cannot write " + eventsFile + ": " + e);
        }
    }

    private String state() {
        return problem != null ? AgentStatus.STOPPED : pipeline.keeping() ? AgentStatus.KEEPING : AgentStatus.WARMUP;
    }

    private void stop(String reason) {
        if (problem != null) {
            return;
        }
        problem = reason;
        AgentRuntime.stopCapturing();
        pipeline.stop();
        AgentLog.problem("capture stopped, the application goes on: " + reason);
        if (writer != null) {
            try {
                writer.close();
            } catch (IOException | RuntimeException ignored) {
                // the disk refused already; nothing more to save
            }
            writer = null;
        }
        status();
    }

    private void status() {
        status(state());
    }

    private void status(String state) {
        long measured = 0, written = 0, warmup = 0, sampled = 0, dropped = 0;
        for (EndpointCounts c : pipeline.counts()) {
            measured += c.measured();
            written += c.written();
            warmup += c.warmup();
            sampled += c.sampledOut();
            dropped += c.dropped();
        }
        AgentStatus status = new AgentStatus(1, ProcessHandle.current().pid(), state, ack,
                eventsFile.getFileName().toString(), measured, written, warmup, sampled, dropped, Probes.failures(),
                problem, System.currentTimeMillis());
        try {
            status.writeTo(directory);
        } catch (IOException | RuntimeException e) {
            AgentLog.debug("cannot write status: " + e);
        }
    }

    /** Stops the thread, then writes what is queued, a last summary, and closes the file. */
    public void close(long timeoutMillis) {
        closing = true;
        interrupt();
        try {
            join(timeoutMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            commands();
        } catch (IOException | RuntimeException ignored) {
            // a last command that cannot be read is not carried out
        }
        drain();
        flush(true);
        databases();
        if (writer != null) {
            try {
                writer.close();
            } catch (IOException e) {
                AgentLog.problem("could not close " + eventsFile + ": " + e);
            }
        }
        status(AgentStatus.CLOSED);
    }
}

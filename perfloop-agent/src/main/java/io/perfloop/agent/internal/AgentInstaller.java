package io.perfloop.agent.internal;

import io.perfloop.agent.bootstrap.AgentLog;
import io.perfloop.agent.bootstrap.AgentRuntime;
import io.perfloop.agent.bootstrap.Probe;
import io.perfloop.agent.bootstrap.Probes;
import io.perfloop.agent.instrumentation.apachehttpclient.v5_0.ApacheHttpClientInstrumentation;
import io.perfloop.agent.instrumentation.executors.ExecutorsInstrumentation;
import io.perfloop.agent.instrumentation.httpurlconnection.HttpUrlConnectionInstrumentation;
import io.perfloop.agent.instrumentation.jdbc.JdbcInstrumentation;
import io.perfloop.agent.instrumentation.jdbc.JdbcProbe;
import io.perfloop.agent.instrumentation.jdbc.JdbcUrlInstrumentation;
import io.perfloop.agent.instrumentation.jdbc.JdbcUrlProbe;
import io.perfloop.agent.instrumentation.jdkhttpclient.JdkHttpClientInstrumentation;
import io.perfloop.agent.instrumentation.jdkhttpserver.JdkHttpServerInstrumentation;
import io.perfloop.agent.instrumentation.servlet.v5_0.ServletInstrumentation;
import io.perfloop.agent.output.EventPipeline;
import io.perfloop.agent.output.EventWriterThread;
import io.perfloop.core.events.EventsHeader;
import io.perfloop.core.events.EventsWriter;
import io.perfloop.jdbc.CaptureOptions;
import net.bytebuddy.ByteBuddy;
import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.dynamic.scaffold.TypeValidation;

import java.io.IOException;
import java.lang.instrument.Instrumentation;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

import static net.bytebuddy.matcher.ElementMatchers.isSynthetic;
import static net.bytebuddy.matcher.ElementMatchers.nameContains;
import static net.bytebuddy.matcher.ElementMatchers.nameStartsWith;

/** Reads the options, starts the writer and installs every instrumentation module that is not disabled. */
public final class AgentInstaller {
    /** Every module, one per instrumented library. */
    static final List<InstrumentationModule> MODULES = List.of(new JdbcInstrumentation(), new JdbcUrlInstrumentation(), new ServletInstrumentation(),
            new JdkHttpServerInstrumentation(), new JdkHttpClientInstrumentation(), new HttpUrlConnectionInstrumentation(),
            new ApacheHttpClientInstrumentation(), new ExecutorsInstrumentation());

    private AgentInstaller() {
    }

    /** Installs the agent; on bad options or an unusable output directory it logs why and installs nothing. */
    public static void install(String arguments, Instrumentation instrumentation, long beginNanos) throws IOException {
        AgentOptions options;
        try {
            options = AgentOptions.parse(arguments);
        } catch (IllegalArgumentException e) {
            AgentLog.problem("not started, the application runs without it: " + e.getMessage());
            return;
        }
        AgentLog.level(options.log());
        try {
            Files.createDirectories(options.output());
        } catch (IOException | RuntimeException e) {
            AgentLog.problem("not started, the application runs without it: cannot create output directory "
                    + options.output() + ": " + e);
            return;
        }
        options.disabled().forEach(name -> Probes.named(name).disable());
        EventPipeline pipeline = new EventPipeline(options.queue(), options.sampleAfter(), options.keep());
        AgentRuntime.configure(pipeline, options.maxStatements(), options.maxHttpCalls());
        CaptureOptions capture = new CaptureOptions(options.maxSql(), options.parameters(), 200,
                options.callSiteExclusions());
        JdbcProbe.configure(capture);
        long pid = ProcessHandle.current().pid();
        String fileName = EventWriterThread.eventsFileName(options.output(), options.gzip(), pid);
        EventWriterThread writer = new EventWriterThread(pipeline, options.output(), fileName,
                new EventsHeader(EventsWriter.FORMAT, "perfloop-agent " + version(), pid,
                        System.getProperty("java.runtime.version") + " (" + System.getProperty("java.vendor") + ")",
                        System.currentTimeMillis(), options.given()), options.controlPollMillis(), JdbcUrlProbe::seen);
        writer.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> writer.close(3000), "perfloop-agent-shutdown"));

        List<String> installed = new ArrayList<>();
        AgentLog.debug("writer started after " + (System.nanoTime() - beginNanos) / 1_000_000 + " ms");
        AgentBuilder agent = agentBuilder(instrumentation);
        AgentLog.debug("agent builder ready after " + (System.nanoTime() - beginNanos) / 1_000_000 + " ms");
        AdviceFactory advice = new AdviceFactory(AgentInstaller.class.getClassLoader());
        for (InstrumentationModule module : MODULES) {
            Probe probe = module.probe();
            if (probe.on()) {
                agent = module.apply(agent, advice);
                installed.add(probe.name());
            }
        }
        AgentLog.debug("modules applied after " + (System.nanoTime() - beginNanos) / 1_000_000 + " ms");
        agent.installOn(instrumentation);
        AgentLog.info(String.format("perfloop-agent %s: %s → %s (%s) in %d ms", version(), installed,
                options.output().resolve(fileName), options.keep() ? "keeping" : "warm-up until KEEP",
                (System.nanoTime() - beginNanos) / 1_000_000));
    }

    private static AgentBuilder agentBuilder(Instrumentation instrumentation) {
        return new AgentBuilder.Default(new ByteBuddy().with(TypeValidation.DISABLED))
                .disableClassFormatChanges()
                .with(AgentBuilder.RedefinitionStrategy.RETRANSFORMATION)
                .with(new AgentBuilder.PoolStrategy.WithTypePoolCache.Simple(new ConcurrentHashMap<>()))
                .with(AgentBuilder.DescriptionStrategy.Default.HYBRID)
                .with(new TransformationLog())
                .ignore(nameStartsWith("net.bytebuddy.")
                        .or(nameStartsWith("io.perfloop.agent."))
                        .or(nameStartsWith("io.perfloop.core."))
                        .or(nameStartsWith("io.perfloop.jdbc."))
                        .or(nameStartsWith("jdk.internal.reflect."))
                        .or(nameStartsWith("sun.reflect."))
                        .or(nameStartsWith("com.sun.proxy."))
                        .or(nameStartsWith("jdk.proxy"))
                        .or(nameContains("$$Lambda"))
                        .or(isSynthetic()))
                .assureReadEdgeTo(instrumentation, Probes.class);
    }

    static String version() {
        String v = AgentInstaller.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}

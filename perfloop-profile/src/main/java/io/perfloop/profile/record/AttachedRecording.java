package io.perfloop.profile.record;

import com.sun.tools.attach.AgentInitializationException;
import com.sun.tools.attach.AgentLoadException;
import com.sun.tools.attach.AttachNotSupportedException;
import com.sun.tools.attach.VirtualMachine;
import jdk.management.jfr.ConfigurationInfo;
import jdk.management.jfr.FlightRecorderMXBean;

import javax.management.JMX;
import javax.management.MalformedObjectNameException;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code perfloop profile --pid}: records a running JVM through the JDK's own attach API
 * ({@code jdk.attach}), no {@code jattach} or {@code jcmd} binary needed. async-profiler is loaded
 * with {@code VirtualMachine.loadAgentPath} (the same library this JVM extracted; JDK 21+ prints
 * its one-line notice about dynamically loaded agents); JFR is driven over the target's local JMX
 * agent with {@link FlightRecorderMXBean}, starting from the <em>target's</em> {@code default}
 * configuration so events its JDK knows and ours does not (e.g. {@code jdk.VirtualThreadPinned}
 * seen from 17) keep their settings. The target writes both files itself, so the directory must be
 * writable by the target's user.
 */
public final class AttachedRecording implements AutoCloseable {
    private final VirtualMachine vm;
    private final JMXConnector jmx;
    private final FlightRecorderMXBean recorder;
    private final long recordingId;
    private final Path cpuFile;
    private final Path eventsFile;
    private final boolean asyncProfiler;
    private final RecordingOptions options;
    private final List<String> notes;
    private final int cpus;
    private RecordingFiles result;

    private AttachedRecording(VirtualMachine vm, JMXConnector jmx, FlightRecorderMXBean recorder, long recordingId,
                              Path directory, boolean asyncProfiler, RecordingOptions options, List<String> notes, int cpus) {
        this.vm = vm;
        this.jmx = jmx;
        this.recorder = recorder;
        this.recordingId = recordingId;
        this.cpuFile = directory.resolve("cpu.jfr").toAbsolutePath();
        this.eventsFile = directory.resolve("profile.jfr").toAbsolutePath();
        this.asyncProfiler = asyncProfiler;
        this.options = options;
        this.notes = notes;
        this.cpus = cpus;
    }

    /** Records {@code pid} for {@code duration}, then stops and returns the files. */
    public static RecordingFiles record(long pid, Duration duration, Path directory, RecordingOptions options)
            throws IOException, InterruptedException {
        try (AttachedRecording rec = start(pid, directory, options)) {
            Thread.sleep(duration.toMillis());
            return rec.stop();
        }
    }

    /** Attaches to {@code pid} and starts recording into {@code directory}. */
    public static AttachedRecording start(long pid, Path directory, RecordingOptions options) throws IOException {
        Files.createDirectories(directory);
        VirtualMachine vm;
        try {
            vm = VirtualMachine.attach(Long.toString(pid));
        } catch (AttachNotSupportedException | IOException e) {
            throw new IOException("cannot attach to JVM " + pid + ": " + e.getMessage()
                    + " (is it a running JVM, owned by this user, started without -XX:+DisableAttachMechanism?)", e);
        }
        try {
            List<String> notes = new ArrayList<>();
            boolean async = InProcessRecording.chooseAsyncProfiler(options.sampler(), notes);
            Path cpu = directory.resolve("cpu.jfr").toAbsolutePath();
            if (async) {
                async = loadAsyncProfiler(vm, AsyncProfilerCommand.startCpu(options.cpuInterval(), cpu), notes, options.sampler());
            }
            JMXConnector jmx = JMXConnectorFactory.connect(new JMXServiceURL(vm.startLocalManagementAgent()));
            FlightRecorderMXBean recorder = JMX.newMXBeanProxy(jmx.getMBeanServerConnection(),
                    new ObjectName(FlightRecorderMXBean.MXBEAN_NAME), FlightRecorderMXBean.class);
            long id = recorder.newRecording();
            recorder.setRecordingSettings(id, targetSettings(recorder, options, !async));
            recorder.setRecordingOptions(id, Map.of("name", "perfloop", "disk", "true"));
            recorder.startRecording(id);
            return new AttachedRecording(vm, jmx, recorder, id, directory, async, options, notes, availableProcessors(jmx));
        } catch (IOException | MalformedObjectNameException | RuntimeException e) {
            vm.detach();
            throw e instanceof IOException io ? io : new IOException("cannot start recording JVM " + pid + ": " + e.getMessage(), e);
        }
    }

    /** The target's own processor count (affinity and container limit included), 0 when it cannot be read. */
    private static int availableProcessors(JMXConnector jmx) {
        try {
            return ManagementFactory.newPlatformMXBeanProxy(jmx.getMBeanServerConnection(),
                    ManagementFactory.OPERATING_SYSTEM_MXBEAN_NAME, OperatingSystemMXBean.class).getAvailableProcessors();
        } catch (IOException | RuntimeException e) {
            return 0; // the analysis then reads the count from the recording
        }
    }

    private static boolean loadAsyncProfiler(VirtualMachine vm, String command, List<String> notes, CpuSampler wanted)
            throws IOException {
        try {
            vm.loadAgentPath(AsyncProfilerLibrary.probe().library().toString(), command);
            return true;
        } catch (AgentLoadException | AgentInitializationException e) {
            if (wanted == CpuSampler.ASYNC_PROFILER) {
                throw new IOException("async-profiler did not load into the target: " + e.getMessage(), e);
            }
            notes.add("async-profiler did not load into the target (" + e.getMessage() + "); JFR samples the CPU instead");
            return false;
        }
    }

    private static Map<String, String> targetSettings(FlightRecorderMXBean recorder, RecordingOptions options, boolean jfrCpu) {
        Map<String, String> settings = new LinkedHashMap<>();
        for (ConfigurationInfo c : recorder.getConfigurations()) {
            if (c.getName().equals("default")) {
                settings.putAll(c.getSettings());
            }
        }
        settings.putAll(JfrSettings.overrides(options, jfrCpu));
        return settings;
    }

    /** Stops both profilers, has the target write its files, and detaches; idempotent. */
    public synchronized RecordingFiles stop() throws IOException {
        if (result != null) {
            return result;
        }
        try {
            if (asyncProfiler) {
                try {
                    vm.loadAgentPath(AsyncProfilerLibrary.probe().library().toString(), AsyncProfilerCommand.stop(cpuFile));
                } catch (AgentLoadException | AgentInitializationException e) {
                    notes.add("async-profiler did not stop cleanly: " + e.getMessage());
                }
            }
            recorder.stopRecording(recordingId);
            recorder.copyTo(recordingId, eventsFile.toString());
            recorder.closeRecording(recordingId);
        } finally {
            try {
                jmx.close();
            } finally {
                vm.detach();
            }
        }
        result = new RecordingFiles(asyncProfiler ? cpuFile : null, eventsFile,
                asyncProfiler ? CpuSampler.ASYNC_PROFILER : CpuSampler.JFR, options.cpuInterval(), notes, cpus);
        return result;
    }

    @Override
    public void close() throws IOException {
        stop();
    }
}

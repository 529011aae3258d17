package io.perfloop.junit.benchmark.internal;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** What a saved run records about where it ran: machine, JVM and git state, as pytest-benchmark does. */
public final class MachineInfo {
    private MachineInfo() {
    }

    /**
     * The directory name for runs of this machine and JVM, e.g. {@code Linux-OpenJDK-17-amd64}:
     * runs are only compared with runs of the same kind.
     */
    public static String machineId() {
        String vm = System.getProperty("java.vm.name", "JVM").split(" ")[0];
        String id = System.getProperty("os.name") + "-" + vm + "-" + Runtime.version().feature() + "-" + System.getProperty("os.arch");
        return id.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    /** Machine and JVM facts. */
    public static Map<String, Object> describe() {
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("node", hostname());
        info.put("machine_id", machineId());
        info.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        info.put("arch", System.getProperty("os.arch"));
        info.put("cpu_count", Runtime.getRuntime().availableProcessors());
        info.put("cpu_model", cpuModel());
        info.put("java_version", System.getProperty("java.version"));
        info.put("java_vendor", System.getProperty("java.vendor"));
        info.put("vm_name", System.getProperty("java.vm.name"));
        info.put("vm_version", System.getProperty("java.vm.version"));
        info.put("jvm_args", ManagementFactory.getRuntimeMXBean().getInputArguments());
        info.put("max_heap_bytes", Runtime.getRuntime().maxMemory());
        return info;
    }

    /** The git commit of the working directory, or an empty map outside a repository or without git. */
    public static Map<String, Object> commit() {
        Map<String, Object> info = new LinkedHashMap<>();
        String id = git("rev-parse", "HEAD");
        if (id == null) {
            return info;
        }
        info.put("id", id);
        info.put("branch", git("rev-parse", "--abbrev-ref", "HEAD"));
        String status = git("status", "--porcelain", "--untracked-files=no");
        info.put("dirty", status != null && !status.isEmpty());
        return info;
    }

    private static String hostname() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            return System.getenv().getOrDefault("HOSTNAME", "unknown");
        }
    }

    private static String cpuModel() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    return line.substring(line.indexOf(':') + 1).trim();
                }
            }
        } catch (Exception e) {
            // not Linux, or not readable: the model is a nice-to-have
        }
        return System.getProperty("os.arch");
    }

    private static String git(String... args) {
        try {
            Process p = new ProcessBuilder(concat(args)).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes()).trim();
            if (!p.waitFor(5, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return null;
            }
            return p.exitValue() == 0 ? out : null;
        } catch (Exception e) {
            return null;   // no git on the PATH: runs are saved without commit information
        }
    }

    private static List<String> concat(String... args) {
        List<String> command = new java.util.ArrayList<>();
        command.add("git");
        command.addAll(List.of(args));
        return command;
    }
}

package io.perfloop.agent.internal;

import java.io.IOException;
import java.io.InputStream;
import java.lang.instrument.Instrumentation;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;

/**
 * Copies the packages that instrumented code everywhere must share — perfloop-core's
 * {@code event} and {@code work} packages (units of work, the JDBC call depth) and the agent's
 * {@code bootstrap} packages — from the agent jar into a small jar appended to the bootstrap
 * class path. Classes of those packages then have one copy in the JVM, reachable from
 * {@code java.base}, platform and application classes alike; the rest of the agent stays on the
 * system class path, where it can see {@code java.sql} and the application's JDBC drivers.
 */
public final class BootstrapJar {
    /** Package prefixes (as jar paths) that go to the bootstrap class path. */
    public static final List<String> PREFIXES = List.of("io/perfloop/core/event/", "io/perfloop/core/work/",
            "io/perfloop/agent/bootstrap/");

    private BootstrapJar() {
    }

    /** Appends the shared packages of the jar {@code anchor} was loaded from; does nothing when run from classes. */
    public static void append(Instrumentation instrumentation, Class<?> anchor) throws IOException, URISyntaxException {
        Path agentJar = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
        if (!Files.isRegularFile(agentJar)) {
            return; // running from a classes directory (tests): everything is on the class path already
        }
        Path bootJar = Files.createTempFile("perfloop-agent-boot-", ".jar");
        bootJar.toFile().deleteOnExit();
        try (JarFile source = new JarFile(agentJar.toFile());
             JarOutputStream target = new JarOutputStream(Files.newOutputStream(bootJar))) {
            copyShared(source, target);
        }
        instrumentation.appendToBootstrapClassLoaderSearch(new JarFile(bootJar.toFile()));
    }

    static void copyShared(JarFile source, JarOutputStream target) throws IOException {
        for (Enumeration<JarEntry> entries = source.entries(); entries.hasMoreElements(); ) {
            JarEntry entry = entries.nextElement();
            if (!entry.isDirectory() && shared(entry.getName())) {
                target.putNextEntry(new JarEntry(entry.getName()));
                try (InputStream in = source.getInputStream(entry)) {
                    in.transferTo(target);
                }
                target.closeEntry();
            }
        }
    }

    static boolean shared(String path) {
        for (String prefix : PREFIXES) {
            if (path.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}

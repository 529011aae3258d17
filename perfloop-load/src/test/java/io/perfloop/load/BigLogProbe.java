package io.perfloop.load;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.perfloop.load.source.AccessLogSource;
import io.perfloop.load.source.HeaderPolicy;
import io.perfloop.load.source.LogFormat;
import io.perfloop.load.source.SourceProblems;
import io.perfloop.load.testing.GeneratedLog;
import io.perfloop.load.testing.Options;

/**
 * Run in a child JVM with a small heap by {@link BoundedMemoryTest}: dry-runs a generated log of
 * {@code args[0]} lines through the real source and replay schedule and prints the request count. With
 * {@code materialise} as {@code args[1]} it instead keeps every line, the way a loader that reads the
 * whole file would: the control that shows the heap limit bites.
 */
public final class BigLogProbe {
    public static void main(String[] args) throws Exception {
        long lines = Long.parseLong(args[0]);
        if (args.length > 1 && args[1].equals("materialise")) {
            List<String> all = new ArrayList<>();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(new GeneratedLog(lines), StandardCharsets.UTF_8))) {
                for (String l; (l = r.readLine()) != null; ) {
                    all.add(l);
                }
            }
            System.out.println("requests " + all.size());
            return;
        }
        AccessLogSource source = new AccessLogSource(() -> new GeneratedLog(lines), "generated.log",
                LogFormat.of("combined"), HeaderPolicy.standard());
        DryRunReport report = new LoadTest(Options.of(Path.of("generated.log")).target("http://127.0.0.1:1").build(),
                source).dryRun(SourceProblems.counting());
        report.print(new PrintWriter(System.out, true));
        System.out.println("requests " + report.requests());
    }
}

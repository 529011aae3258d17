package io.perfloop.junit.benchmark.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.perfloop.junit.benchmark.BenchmarkOptions;
import io.perfloop.junit.benchmark.BenchmarkResult;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Saved runs of one machine: {@code <storage>/<machine id>/<nnnn>_<name>.json}, numbered from
 * 0001 like pytest-benchmark's, written atomically (temp file, then rename).
 */
public final class RunStorage {
    private static final Pattern FILE = Pattern.compile("(\\d{4,})_(.*)\\.json");
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final Path directory;

    /**
     * @param root the storage directory, e.g. {@code .benchmarks}
     * @param machineId see {@link MachineInfo#machineId()}
     */
    public RunStorage(Path root, String machineId) {
        this.directory = root.resolve(machineId);
    }

    /** Where this machine's runs are. */
    public Path directory() {
        return directory;
    }

    /** The saved runs, oldest (lowest number) first. */
    public List<Path> saved() {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> FILE.matcher(f.getFileName().toString()).matches())
                    .sorted((a, b) -> Long.compare(number(a), number(b))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list saved benchmark runs in " + directory, e);
        }
    }

    /**
     * Picks the run to compare with.
     *
     * @param spec {@code latest} (also empty or {@code true}) or a run number such as {@code 3} or {@code 0003}
     * @return the file, empty when nothing is saved yet
     * @throws IllegalArgumentException for a number that is not saved, or an unreadable spec
     */
    public Optional<Path> select(String spec) {
        List<Path> saved = saved();
        String s = spec.trim();
        if (s.isEmpty() || s.equals("true") || s.equals("latest")) {
            return saved.isEmpty() ? Optional.empty() : Optional.of(saved.get(saved.size() - 1));
        }
        if (!s.matches("\\d+")) {
            throw new IllegalArgumentException(BenchmarkOptions.PREFIX + "compare: cannot read '" + spec
                    + "'; give no value (the latest saved run) or a run number such as 1 or 0001");
        }
        long wanted = Long.parseLong(s);
        return Optional.of(saved.stream().filter(f -> number(f) == wanted).findFirst().orElseThrow(() ->
                new IllegalArgumentException(BenchmarkOptions.PREFIX + "compare=" + spec + ": no saved run number "
                        + wanted + " in " + directory + "; saved: "
                        + (saved.isEmpty() ? "none" : saved.stream().map(f -> f.getFileName().toString()).toList()))));
    }

    /**
     * Saves a run under the next free number.
     *
     * @param name the part after the number; characters other than letters, digits, '.', '_' and '-' become '-'
     * @return the file written
     */
    public Path save(SavedRun run, String name) {
        List<Path> saved = saved();
        long next = saved.isEmpty() ? 1 : number(saved.get(saved.size() - 1)) + 1;
        Path file = directory.resolve(String.format("%04d_%s.json", next, name.replaceAll("[^A-Za-z0-9._-]", "-")));
        try {
            Files.createDirectories(directory);
            Path temp = Files.createTempFile(directory, ".saving-", ".json");
            MAPPER.writeValue(temp.toFile(), run);
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save benchmark run to " + file, e);
        }
    }

    /**
     * Reads a saved run.
     *
     * @throws IllegalArgumentException naming the file, for anything that is not a complete saved run of a known format
     */
    public static SavedRun read(Path file) {
        String advice = ". Fix or delete the file, or compare with another saved run (" + BenchmarkOptions.PREFIX + "compare=N).";
        SavedRun run;
        try {
            run = MAPPER.readValue(Files.readString(file), SavedRun.class);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw new IllegalArgumentException("cannot read saved benchmark run " + file + ": not a saved run" + where
                    + " (" + e.getOriginalMessage() + ")" + advice, e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read saved benchmark run " + file, e);
        }
        if (run == null) {
            throw new IllegalArgumentException("cannot read saved benchmark run " + file + ": it is empty (null)" + advice);
        }
        if (run.format() != SavedRun.FORMAT) {
            throw new IllegalArgumentException("cannot read saved benchmark run " + file + ": format " + run.format()
                    + ", this perfloop reads format " + SavedRun.FORMAT + advice);
        }
        if (run.benchmarks() == null) {
            throw new IllegalArgumentException("cannot read saved benchmark run " + file + ": no \"benchmarks\" list" + advice);
        }
        for (BenchmarkResult b : run.benchmarks()) {
            if (b == null || b.name() == null || b.stats() == null || b.samples() == null || b.samples().length == 0) {
                throw new IllegalArgumentException("cannot read saved benchmark run " + file + ": benchmark "
                        + (b == null || b.name() == null ? "without a name" : "'" + b.name() + "'")
                        + " lacks its name, stats or samples" + advice);
            }
        }
        return run;
    }

    private static long number(Path file) {
        Matcher m = FILE.matcher(file.getFileName().toString());
        return m.matches() ? Long.parseLong(m.group(1)) : -1;
    }
}

package io.perfloop.profile.examples;

import io.perfloop.profile.Profile;
import io.perfloop.profile.Profiler;
import io.perfloop.profile.report.FlameGraphHtml;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The example of docs/profile.md: invoices whose total re-parses formatted amounts (the CPU
 * inefficiency) and whose export is built wholly in memory. {@code main} prints the profile and
 * writes the flame graphs (the fixed version's too, and the difference) to the directory given.
 */
public final class InvoiceExample {
    record Line(String sku, int quantity, long cents) {
    }

    private InvoiceExample() {
    }

    static List<Line> lines(int n) {
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            lines.add(new Line("SKU-" + i, 1 + i % 7, 199 + i * 37L % 10_000));
        }
        return lines;
    }

    /** The slow way: formats every amount, then parses it back. */
    static long total(List<Line> lines) {
        long sum = 0;
        for (Line l : lines) {
            sum += new BigDecimal(format(l.cents())).movePointRight(2).longValueExact() * l.quantity(); // SLOW TOTAL
        }
        return sum;
    }

    /** The fix: add the cents. */
    static long totalFixed(List<Line> lines) {
        long sum = 0;
        for (Line l : lines) {
            sum += l.cents() * l.quantity();
        }
        return sum;
    }

    static String export(List<Line> lines) {
        StringBuilder csv = new StringBuilder();
        for (Line l : lines) {
            long c = l.cents();
            csv.append(l.sku()).append(';').append(l.quantity()).append(';').append(c / 100).append('.')
                    .append(c % 100 < 10 ? "0" : "").append(c % 100).append('\n'); // IN-MEMORY EXPORT
        }
        return csv.toString();
    }

    static String format(long cents) {
        return String.format(Locale.ROOT, "%d.%02d", cents / 100, cents % 100);
    }

    /** Totals and exports the invoices, again and again, for about {@code millis}; {@code fixed} picks the total. */
    static long work(List<Line> lines, long millis, boolean fixed) {
        long end = System.nanoTime() + millis * 1_000_000;
        long check = 0;
        while (System.nanoTime() < end) {
            check += (fixed ? totalFixed(lines) : total(lines)) + export(lines).length();
        }
        return check;
    }

    /** Profiles {@link #work}, printing the table when asked. */
    static Profile profile(List<Line> lines, boolean fixed, boolean print) {
        return Profiler.builder().printTo(print ? System.out : null).run(() -> work(lines, 5_000, fixed));
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : ".");
        List<Line> lines = lines(2_000);
        Profile slow = profile(lines, false, true);
        slow.writeFlameGraph(out.resolve("invoice-cpu.html"));
        Profile fixed = profile(lines, true, false);
        new FlameGraphHtml("Invoices: before and after the fix")
                .addDiff("all", "samples", slow.analysis().overall().cpuFlame(), fixed.analysis().overall().cpuFlame())
                .write(out.resolve("invoice-diff.html"));
        System.out.println("\nafter the fix:");
        fixed.findings().forEach(f -> System.out.println("[" + f.ruleId() + "] " + f.title()));
    }
}

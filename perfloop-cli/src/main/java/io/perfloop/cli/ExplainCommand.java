package io.perfloop.cli;

import io.perfloop.db.explain.ExplainOptions;
import io.perfloop.db.explain.ExplainReport;
import io.perfloop.db.explain.Explainer;
import io.perfloop.db.text.ExplainText;
import io.perfloop.load.pacing.Durations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code perfloop explain --db URL "SQL"}: the plan, the plan findings and verified index advice for
 * one statement. Never changes data: EXPLAIN ANALYZE runs only for a SELECT, read-only, in a
 * transaction that is always rolled back, under a statement timeout; anything else gets plain EXPLAIN.
 */
@Command(name = "explain", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Explains one statement safely (ANALYZE only for SELECT, rolled back, with a timeout), "
                + "reports plan findings (seq scans with selective filters, misestimates, spills, unused partial indexes) "
                + "and index advice verified with hypopg (or a rolled-back trial index with --allow-trial-index)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no findings", "1:the plan has findings", ExitCodes.HELP_2, ExitCodes.HELP_3})
public final class ExplainCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--db", required = true, paramLabel = "JDBC_URL", description = "jdbc:postgresql://… or jdbc:mariadb://… / jdbc:mysql://…")
    String db;

    @Parameters(index = "0", paramLabel = "SQL", description = "the statement; ? placeholders take --value in order")
    String sql;

    @Option(names = "--value", paramLabel = "VALUE", description = "a bind value for the next ? (repeatable)")
    List<String> values;

    @Option(names = "--allow-trial-index", description = "verify advice by building the index inside a rolled-back transaction when hypopg is missing")
    boolean allowTrialIndex;

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "10s", description = "statement timeout (default ${DEFAULT-VALUE})")
    String timeout;

    @Override
    public Integer call() {
        ExplainOptions options = ExplainOptions.DEFAULTS.withTimeout(Duration.ofNanos(Durations.parseNanos(timeout)));
        if (allowTrialIndex) {
            options = options.withAllowTrialIndex(true);
        }
        PrintWriter out = spec.commandLine().getOut();
        try (Explainer explainer = Explainer.connect(db, options)) {
            ExplainReport report = values == null || values.isEmpty() ? explainer.explain(sql) : explainer.explain(sql, values);
            out.print(ExplainText.render(report));
            out.flush();
            return report.findings().isEmpty() ? ExitCodes.SUCCESS : ExitCodes.THRESHOLD_FAILED;
        }
    }
}

package io.perfloop.core.finding;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Keeps each rule's prose page ({@code docs/rules/<id>.md}) headed by what its {@link RuleSpec}
 * says, so id, summary and severity are written once, in the annotation. A build check calls
 * {@link #check}; {@link #update} rewrites the header and keeps the prose below it.
 */
public final class RuleDocs {
    static final String END = "<!-- end of generated header -->";

    private RuleDocs() {
    }

    /** The header a rule's page must start with. */
    public static String header(RuleSpec spec) {
        return "# `" + spec.id() + "`\n\n"
                + "<!-- generated from @RuleSpec: edit the annotation, not these lines -->\n"
                + "> " + spec.summary() + "\n>\n"
                + "> severity: " + spec.severity() + (spec.tags().length == 0 ? "" : " · tags: " + String.join(", ", spec.tags())) + "\n"
                + END + "\n";
    }

    /** A problem with the rule's page, or {@code null} when it is in order. */
    public static String check(Path docsRules, RuleSpec spec) {
        Path page = docsRules.resolve(spec.id() + ".md");
        if (!Files.isRegularFile(page)) {
            return "missing page " + page;
        }
        String text = read(page);
        if (!text.startsWith(header(spec))) {
            return page + " does not start with the header generated from @RuleSpec (run with -Dperfloop.docs.update=true)";
        }
        if (text.substring(header(spec).length()).strip().length() < 200) {
            return page + " has no prose below its header";
        }
        return null;
    }

    /**
     * The problems with the pages of these rules, empty when all are in order; with the system
     * property {@code perfloop.docs.update=true} each header is rewritten first. For a module's docs test.
     */
    public static java.util.List<String> checkAll(Path docsRules, java.util.Collection<RuleSpec> specs) {
        java.util.List<String> problems = new java.util.ArrayList<>();
        for (RuleSpec spec : specs) {
            if (Boolean.getBoolean("perfloop.docs.update")) {
                update(docsRules, spec);
            }
            String problem = check(docsRules, spec);
            if (problem != null) {
                problems.add(problem);
            }
        }
        return problems;
    }

    /** Rewrites the page's header from the annotation, keeping (or starting) the prose. */
    public static void update(Path docsRules, RuleSpec spec) {
        Path page = docsRules.resolve(spec.id() + ".md");
        String prose = "\n## The problem\n\n## Example\n\n## The fix\n";
        if (Files.isRegularFile(page)) {
            String text = read(page);
            int end = text.indexOf(END);
            prose = end < 0 ? "\n" + text : text.substring(end + END.length() + 1);
        }
        try {
            Files.createDirectories(docsRules);
            Files.writeString(page, header(spec) + prose, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path page) {
        try {
            return Files.readString(page, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package io.perfloop.load.record;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Names the endpoint a request belongs to: {@code METHOD /path/template}. Path segments that are ids —
 * numbers, UUIDs, long hex strings (database and object ids) — become {@code {id}}, so
 * {@code /orders/17} and {@code /orders/18} are one endpoint. User rules ({@code --group}) are tried first.
 */
public final class EndpointGrouper {
    private static final Pattern NUMERIC = Pattern.compile("-?\\d+");
    private static final Pattern UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern LONG_HEX = Pattern.compile("(?=[0-9a-fA-F]*\\d)[0-9a-fA-F]{16,}");

    private final List<Rule> rules;

    /** A user rule: paths matching {@code pattern} are the endpoint {@code template}. */
    public record Rule(String template, Pattern pattern) {
        /**
         * Parses {@code TEMPLATE=REGEX} or a bare {@code REGEX} (then the regex is the template).
         *
         * @throws IllegalArgumentException when the regex does not compile
         */
        public static Rule parse(String text) {
            int eq = text.indexOf('=');
            String template = eq > 0 ? text.substring(0, eq) : text;
            String regex = eq > 0 ? text.substring(eq + 1) : text;
            try {
                return new Rule(template, Pattern.compile(regex));
            } catch (java.util.regex.PatternSyntaxException e) {
                throw new IllegalArgumentException("--group '" + text + "': not a regular expression: "
                        + e.getDescription());
            }
        }
    }

    public EndpointGrouper(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** Default grouping only. */
    public static EndpointGrouper standard() {
        return new EndpointGrouper(List.of());
    }

    /** The endpoint name of a request. */
    public String endpoint(String method, String path) {
        return method + " " + template(path);
    }

    /** The path template: a user rule's template, else the path with id segments replaced by {@code {id}}. */
    public String template(String path) {
        for (Rule rule : rules) {
            if (rule.pattern().matcher(path).matches()) {
                return rule.template();
            }
        }
        if (path.isEmpty()) {
            return "/";
        }
        String[] segments = path.split("/", -1);
        List<String> out = new ArrayList<>(segments.length);
        for (String s : segments) {
            out.add(isId(s) ? "{id}" : s);
        }
        return String.join("/", out);
    }

    private static boolean isId(String segment) {
        return !segment.isEmpty() && (NUMERIC.matcher(segment).matches() || UUID.matcher(segment).matches()
                || LONG_HEX.matcher(segment).matches());
    }
}

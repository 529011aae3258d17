package io.perfloop.load.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An access-log line format, compiled to a regular expression.
 *
 * <p>Accepts the presets {@code combined} and {@code common} (nginx and Apache write the same shape), an
 * nginx {@code log_format} string ({@code $remote_addr - $remote_user [$time_local] "$request" ...}) or an
 * Apache {@code LogFormat} string ({@code %h %l %u %t "%r" %>s %b}). A variable captures everything up to
 * the literal character that follows it in the format; quoted variables may contain escaped quotes. A line
 * may carry extra fields after the format's last one (logs often append some), they are ignored.
 */
public final class LogFormat {
    /** nginx/Apache "combined". {@code $ident} also accepts Apache's {@code %l} column where nginx prints "-". */
    public static final String COMBINED =
            "$remote_addr $ident $remote_user [$time_local] \"$request\" $status $body_bytes_sent \"$http_referer\" \"$http_user_agent\"";
    /** nginx/Apache "common". */
    public static final String COMMON = "$remote_addr $ident $remote_user [$time_local] \"$request\" $status $body_bytes_sent";

    private static final Pattern NGINX_VAR = Pattern.compile("\\$([A-Za-z0-9_]+)");
    private static final Map<String, String> APACHE = Map.ofEntries(
            Map.entry("h", "$remote_addr"), Map.entry("a", "$remote_addr"), Map.entry("l", "$ident"),
            Map.entry("u", "$remote_user"), Map.entry("t", "[$time_local]"), Map.entry("r", "$request"),
            Map.entry("s", "$status"), Map.entry(">s", "$status"), Map.entry("b", "$body_bytes_sent"),
            Map.entry("B", "$body_bytes_sent"), Map.entry("D", "$request_time_us"), Map.entry("T", "$request_time"),
            Map.entry("m", "$request_method"), Map.entry("U", "$uri"), Map.entry("q", "$args"),
            Map.entry("H", "$server_protocol"), Map.entry("v", "$host"), Map.entry("V", "$host"),
            Map.entry("I", "$bytes_received"), Map.entry("O", "$bytes_sent"));
    private static final Pattern APACHE_DIRECTIVE = Pattern.compile("%(?:\\{([^}]*)\\})?([<>]?[a-zA-Z%])");

    private final String spec;
    private final Pattern pattern;
    private final List<String> variables;

    private LogFormat(String spec, Pattern pattern, List<String> variables) {
        this.spec = spec;
        this.pattern = pattern;
        this.variables = variables;
    }

    /**
     * Compiles a format.
     *
     * @param spec {@code combined}, {@code common}, an nginx or an Apache format string
     * @throws IllegalArgumentException when the format has no request line or no way to read one
     */
    public static LogFormat of(String spec) {
        String nginx = switch (spec.strip().toLowerCase(Locale.ROOT)) {
            case "combined" -> COMBINED;
            case "common" -> COMMON;
            default -> spec.contains("%") && !spec.contains("$") ? fromApache(spec) : spec;
        };
        List<String> vars = new ArrayList<>();
        StringBuilder regex = new StringBuilder("^");
        Matcher m = NGINX_VAR.matcher(nginx);
        int last = 0;
        while (m.find()) {
            regex.append(Pattern.quote(nginx.substring(last, m.start())).replace("\\Q\\E", ""));
            char next = m.end() < nginx.length() ? nginx.charAt(m.end()) : 0;
            char before = m.start() > 0 ? nginx.charAt(m.start() - 1) : 0;
            regex.append(capture(before, next));
            vars.add(m.group(1).toLowerCase(Locale.ROOT));
            last = m.end();
        }
        regex.append(Pattern.quote(nginx.substring(last)).replace("\\Q\\E", ""));
        boolean hasRequest = vars.contains("request") || vars.contains("request_uri") || vars.contains("uri");
        if (!hasRequest) {
            throw new IllegalArgumentException("log format '" + spec
                    + "' has no request field ($request, $request_uri or $uri / %r or %U): nothing to replay");
        }
        return new LogFormat(spec, Pattern.compile(regex.toString()), List.copyOf(vars));
    }

    private static String capture(char before, char next) {
        if (before == '"' && next == '"') {
            return "((?:[^\"\\\\]|\\\\.)*)"; // Apache escapes quotes inside quoted fields as \"
        }
        if (next == 0) {
            return "(.*)";
        }
        if (next == ' ') {
            return "(\\S*)";
        }
        String c = String.valueOf(next);
        return "([^" + ("\\]^-[".contains(c) ? "\\" + c : c) + "]*)";
    }

    private static String fromApache(String spec) {
        StringBuilder out = new StringBuilder();
        Matcher m = APACHE_DIRECTIVE.matcher(spec);
        int last = 0;
        while (m.find()) {
            out.append(spec, last, m.start());
            String arg = m.group(1);
            String d = m.group(2);
            if (arg != null && d.equals("i")) {
                out.append("$http_").append(arg.toLowerCase(Locale.ROOT).replace('-', '_'));
            } else if (d.equals("%")) {
                out.append('%');
            } else if (arg == null && APACHE.containsKey(d)) {
                out.append(APACHE.get(d));
            } else {
                out.append("$unused_").append(m.start()); // a directive we do not read (%{X}o, %{c}t, ...)
            }
            last = m.end();
        }
        return out.append(spec.substring(last)).toString();
    }

    /**
     * Splits a line into its variables.
     *
     * @return the values by variable name ({@code time_local}, {@code request}, {@code http_user_agent}, ...), or
     *         {@code null} when the line does not have this format
     */
    public Map<String, String> parse(CharSequence line) {
        Matcher m = pattern.matcher(line);
        if (!m.lookingAt()) {
            return null;
        }
        Map<String, String> values = new java.util.HashMap<>(variables.size() * 2);
        for (int i = 0; i < variables.size(); i++) {
            values.put(variables.get(i), m.group(i + 1));
        }
        return values;
    }

    /** The variables the format captures, in order. */
    public List<String> variables() {
        return variables;
    }

    @Override
    public String toString() {
        return spec;
    }
}

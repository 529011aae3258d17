package io.perfloop.core.events;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The agent's {@code jdbc-urls.txt}: the distinct JDBC URLs the application opened connections
 * with, so that {@code perfloop record} can explain the captured statements on the same database
 * without being told where it is. Never a password: password parameters and the password of a
 * {@code user:password@} part are cut out of the URL before it is kept, and of the connection
 * properties only {@code user} is kept.
 *
 * <p>Format: UTF-8 text, one connection per line, the URL, then a tab and the user when the
 * application passed one as a property (a user written in the URL stays in the URL).
 */
public final class DatabaseUrls {
    /** File name inside the agent's output directory. */
    public static final String FILE = "jdbc-urls.txt";

    /**
     * A parameter whose name ends in password, passwd or pwd ({@code password=}, {@code sslpassword=},
     * {@code trustStorePassword=}), in a query string or {@code ;key=value} list, with the separator before it.
     */
    private static final Pattern SECRET_PARAMETER = Pattern.compile("(?i)([?&;])[\\w.-]*(password|passwd|pwd)=[^&;]*");
    /** The secret of {@code //user:secret@host}. */
    private static final Pattern SECRET_USERINFO = Pattern.compile("(//[^/:@?;]*):[^@/?;]*@");
    /** The secret of Oracle's {@code jdbc:oracle:thin:user/secret@host}. */
    private static final Pattern SECRET_ORACLE = Pattern.compile("(?i)(:thin:[^/:@?;]*)/[^@?;]*@");
    private static final Pattern USER_PARAMETER = Pattern.compile("(?i)[?&]user=");

    private DatabaseUrls() {
    }

    /**
     * One connection the application opened.
     *
     * @param url  the JDBC URL, password removed
     * @param user the {@code user} connection property, or {@code null} when none was passed apart
     */
    public record Seen(String url, String user) {
        public Seen {
            if (url == null || url.isBlank() || url.contains("\n") || url.contains("\t")) {
                throw new IllegalArgumentException("not a JDBC URL: " + url);
            }
            user = user == null || user.isBlank() || user.contains("\n") || user.contains("\t") ? null : user;
        }

        /**
         * What the application used, password removed: {@code rawUrl} without password parameters
         * or {@code user:password@} secrets, with {@code user} (a connection property) beside it.
         */
        public static Seen of(String rawUrl, String user) {
            return new Seen(withoutPassword(rawUrl), user);
        }

        /**
         * A URL to connect with: the URL itself, with the user added as {@code user=} when it came
         * as a property and the URL (PostgreSQL, MariaDB or MySQL style, which take one) has none.
         */
        public String connectUrl() {
            String lower = url.toLowerCase(Locale.ROOT);
            boolean queryStyle = lower.startsWith("jdbc:postgresql:") || lower.startsWith("jdbc:mariadb:") || lower.startsWith("jdbc:mysql:");
            if (user == null || !queryStyle || USER_PARAMETER.matcher(url).find()) {
                return url;
            }
            return url + (url.contains("?") ? "&" : "?") + "user=" + java.net.URLEncoder.encode(user, StandardCharsets.UTF_8);
        }
    }

    /** {@code url} with every password parameter and {@code user:password@} secret removed. */
    public static String withoutPassword(String url) {
        String cut = SECRET_PARAMETER.matcher(url).replaceAll(m -> m.group(1).equals("?") ? "?" : "");
        cut = SECRET_USERINFO.matcher(cut).replaceAll("$1@");
        cut = SECRET_ORACLE.matcher(cut).replaceAll("$1@");
        // "?&user=x" after cutting a leading password parameter, or a dangling "?"
        return cut.replace("?&", "?").replaceAll("\\?$", "");
    }

    /** Writes the connections into {@code directory}, replacing the file atomically. */
    public static void write(Path directory, Collection<Seen> seen) throws IOException {
        StringBuilder text = new StringBuilder();
        for (Seen s : seen) {
            text.append(s.url());
            if (s.user() != null) {
                text.append('\t').append(s.user());
            }
            text.append('\n');
        }
        Path tmp = directory.resolve(FILE + ".tmp");
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        Files.move(tmp, directory.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The connections in {@code directory}'s file, in the order first seen; empty when there is none. */
    public static List<Seen> read(Path directory) throws IOException {
        List<String> lines;
        try {
            lines = Files.readAllLines(directory.resolve(FILE), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return List.of();
        }
        List<Seen> out = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            int tab = line.indexOf('\t');
            // written by the agent without passwords; cut again in case the file came from elsewhere
            out.add(tab < 0 ? Seen.of(line, null) : Seen.of(line.substring(0, tab), line.substring(tab + 1)));
        }
        return out;
    }
}

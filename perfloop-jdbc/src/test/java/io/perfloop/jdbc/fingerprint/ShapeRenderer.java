package io.perfloop.jdbc.fingerprint;

import io.perfloop.jdbc.fingerprint.StatementShape.InList;
import io.perfloop.jdbc.fingerprint.StatementShape.Keyword;
import io.perfloop.jdbc.fingerprint.StatementShape.Name;
import io.perfloop.jdbc.fingerprint.StatementShape.Operator;
import io.perfloop.jdbc.fingerprint.StatementShape.Part;
import io.perfloop.jdbc.fingerprint.StatementShape.Punct;
import io.perfloop.jdbc.fingerprint.StatementShape.QuotedName;
import io.perfloop.jdbc.fingerprint.StatementShape.Rows;
import io.perfloop.jdbc.fingerprint.StatementShape.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * Renders a {@link StatementShape} as one of the many SQL texts that share it: random keyword and
 * name case, random whitespace and comments between tokens (none where the dialect allows it),
 * random literal and bind forms, random IN-list lengths and VALUES row counts.
 */
final class ShapeRenderer {
    private static final String[] SEPARATORS = {" ", " ", " ", "  ", "\n", "\t", "\r\n  ", " /* c */ ", "/**/",
        "/* multi\nline */", "-- c\n", "--\n"};
    private static final String[] STANDARD_VALUES = {"0", "42", "1234567", "3.14", "0.5", ".5", "5.", "1e10",
        "2.5E-3", "6.02e+23", "0x1F", "'abc'", "'it''s'", "''", "'ünï €'", "'multi\nline'", "'--no comment'",
        "'/* nor this */'", "'\"dq\"'", "E'a\\'b'", "e'\\\\'", "N'x'", "B'0101'", "X'FF'", "U&'d\\0061t'",
        "$$a'b$$", "$q$ $$ $q$", "$fn$x$fn$", "?", "?", "?", "$1", "$17", ":customerId", ":p1", "?3"};
    private static final String[] MYSQL_VALUES = {"0", "42", "3.14", ".5", "1e10", "2.5E-3", "0x1F", "X'ff'",
        "'abc'", "'it''s'", "'it\\'s'", "\"dq\"", "\"a\\\"b\"", "\"a\"\"b\"", "N'x'", "''", "'# no comment'", "?", "?"};
    private static final String[] SQLSERVER_VALUES = {"0", "42", "3.14", ".5", "1e10", "0x1F", "'abc'", "'it''s'",
        "N'x'", "''", "?", "?"};

    private static final Pattern UNARY_AFTER = Pattern.compile("[=<>!(,]+");

    private final Random random;
    private final SqlDialect dialect;

    ShapeRenderer(Random random, SqlDialect dialect) {
        this.random = random;
        this.dialect = dialect;
    }

    String render(StatementShape shape) {
        List<String> pieces = new ArrayList<>();
        for (Part part : shape.parts()) {
            piecesOf(part, pieces);
        }
        StringBuilder sql = new StringBuilder();
        if (random.nextInt(4) == 0) {
            sql.append(separator(""));
        }
        for (int i = 0; i < pieces.size(); i++) {
            String piece = pieces.get(i);
            if (i > 0) {
                String left = pieces.get(i - 1);
                boolean needed = mustSeparate(left.charAt(left.length() - 1), piece.charAt(0));
                if (needed || random.nextInt(5) < 2) {
                    sql.append(separator(left));
                }
            }
            sql.append(piece);
        }
        if (random.nextInt(4) == 0) {
            sql.append(random.nextBoolean() ? ";" : " ;\n");
        }
        return sql.toString();
    }

    private void piecesOf(Part part, List<String> out) {
        if (part instanceof Keyword k) {
            out.add(randomCase(k.text()));
        } else if (part instanceof Name n) {
            out.add(randomCase(n.text()));
        } else if (part instanceof QuotedName q) {
            out.add(quote(q.text()));
        } else if (part instanceof Operator o) {
            out.add(o.text());
        } else if (part instanceof Punct p) {
            out.add(p.text());
        } else if (part instanceof Value) {
            value(out);
        } else if (part instanceof InList in) {
            out.add(randomCase("in"));
            list(out, () -> tuple(out, in.arity()));
        } else if (part instanceof Rows rows) {
            out.add(randomCase("values"));
            int count = listLength();
            for (int i = 0; i < count; i++) {
                if (i > 0) {
                    out.add(",");
                }
                out.add("(");
                rows.row().forEach(p -> piecesOf(p, out));
                out.add(")");
            }
        }
    }

    /** {@code (e, e, …)} with a random number of elements. */
    private void list(List<String> out, Runnable element) {
        out.add("(");
        int length = listLength();
        for (int i = 0; i < length; i++) {
            if (i > 0) {
                out.add(",");
            }
            element.run();
        }
        out.add(")");
    }

    private void tuple(List<String> out, int arity) {
        if (arity == 1) {
            value(out);
            return;
        }
        out.add("(");
        for (int a = 0; a < arity; a++) {
            if (a > 0) {
                out.add(",");
            }
            value(out);
        }
        out.add(")");
    }

    private int listLength() {
        return random.nextInt(10) == 0 ? 1 + random.nextInt(300) : 1 + random.nextInt(6);
    }

    /** A literal or bind in any of the dialect's forms, sometimes negative where a sign is unary. */
    private void value(List<String> out) {
        String[] forms = switch (dialect) {
            case MYSQL -> MYSQL_VALUES;
            case SQLSERVER -> SQLSERVER_VALUES;
            default -> STANDARD_VALUES;
        };
        String form = forms[random.nextInt(forms.length)];
        String previous = out.isEmpty() ? "" : out.get(out.size() - 1);
        boolean signAllowed = UNARY_AFTER.matcher(previous).matches() || previous.equalsIgnoreCase("between")
            || previous.equalsIgnoreCase("and") && out.size() > 2;
        if (signAllowed && Character.isDigit(form.charAt(0)) && random.nextInt(3) == 0) {
            out.add(random.nextBoolean() ? "-" : "+");
        }
        out.add(form);
    }

    private String quote(String name) {
        return switch (dialect) {
            case MYSQL -> "`" + name + "`";
            case SQLSERVER -> "[" + name + "]";
            default -> "\"" + name + "\"";
        };
    }

    private String randomCase(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (random.nextBoolean()) {
                chars[i] = Character.toUpperCase(chars[i]);
            }
        }
        return new String(chars);
    }

    private String separator(String left) {
        List<String> choices = new ArrayList<>(List.of(SEPARATORS));
        if (dialect == SqlDialect.MYSQL) {
            choices.add("# c\n");
        } else {
            choices.add("/* a /* nested */ b */");
        }
        String separator = choices.get(random.nextInt(choices.size()));
        boolean wouldJoinComment = left.endsWith("-") && separator.startsWith("-")
            || left.endsWith("/") && separator.startsWith("*");
        return wouldJoinComment ? " " : separator;
    }

    /** Whether two pieces would lex as one token (or as a comment, or an escape) if glued. */
    private static boolean mustSeparate(char left, char right) {
        return isWordChar(left) && (isWordChar(right) || isQuote(right))
            || isOperatorChar(left) && isOperatorChar(right)
            || isQuote(left) && isQuote(right);
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$' || c == '?' || c == '.' || c == '@';
    }

    private static boolean isOperatorChar(char c) {
        return "+-*/<>=~!%^&|:#".indexOf(c) >= 0;
    }

    private static boolean isQuote(char c) {
        return c == '\'' || c == '"' || c == '`' || c == '[' || c == ']';
    }
}

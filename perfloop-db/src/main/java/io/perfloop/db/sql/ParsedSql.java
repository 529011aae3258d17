package io.perfloop.db.sql;

import net.sf.jsqlparser.JSQLParserException;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.select.ParenthesedSelect;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.select.WithItem;

import java.util.Optional;

/**
 * A statement as JSqlParser understands it, or why it could not. Parsing is best effort: SQL the
 * parser does not know (a new PostgreSQL feature) is still explained, only more conservatively
 * (never with ANALYZE) and without the advice that needs the query's structure.
 */
public final class ParsedSql {
    private final Statement statement;
    private final String error;

    private ParsedSql(Statement statement, String error) {
        this.statement = statement;
        this.error = error;
    }

    /** Parses {@code sql}; never throws. */
    public static ParsedSql parse(String sql) {
        try {
            Statement statement = CCJSqlParserUtil.parse(sql);
            if (statement instanceof PlainSelect p) {
                if (p.getWhere() != null) {
                    p.setWhere(InListRepair.repair(p.getWhere()));
                }
                if (p.getJoins() != null) {
                    p.getJoins().forEach(j -> j.setOnExpressions(j.getOnExpressions().stream().map(InListRepair::repair).toList()));
                }
            }
            return new ParsedSql(statement, null);
        } catch (JSQLParserException | RuntimeException e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            int eol = message.indexOf('\n');
            return new ParsedSql(null, eol < 0 ? message : message.substring(0, eol));
        }
    }

    /** The parsed statement, when the parser understood it. */
    public Optional<Statement> statement() {
        return Optional.ofNullable(statement);
    }

    /** The parser's complaint, or {@code null} when it parsed. */
    public String error() {
        return error;
    }

    /** The statement as a single plain {@code SELECT … FROM … WHERE …}, when it is one. */
    public Optional<PlainSelect> plainSelect() {
        return statement instanceof PlainSelect p ? Optional.of(p) : Optional.empty();
    }

    /**
     * Whether running the statement can change nothing: a SELECT without {@code INTO}, without a
     * row lock ({@code FOR UPDATE/SHARE}) and without a data-modifying {@code WITH}. Only such
     * statements are run by {@code EXPLAIN ANALYZE}; unparsable ones count as not read-only.
     * (Functions with side effects are stopped by the read-only transaction around ANALYZE.)
     */
    public boolean isReadOnlyQuery() {
        if (!(statement instanceof Select select)) {
            return false;
        }
        if (select.getForMode() != null || select.getForUpdateTable() != null) {
            return false;
        }
        if (select instanceof PlainSelect p && p.getIntoTables() != null && !p.getIntoTables().isEmpty()) {
            return false;
        }
        if (select.getWithItemsList() != null) {
            for (WithItem<?> with : select.getWithItemsList()) {
                // only a SELECT inside WITH reads; INSERT/UPDATE/DELETE … RETURNING write
                if (!(with.getParenthesedStatement() instanceof ParenthesedSelect)) {
                    return false;
                }
            }
        }
        return true;
    }
}

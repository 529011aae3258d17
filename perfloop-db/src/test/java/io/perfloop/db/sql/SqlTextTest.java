package io.perfloop.db.sql;

import io.perfloop.db.DbException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SqlTextTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "select 1; delete from orders",
            "select 1;delete from orders;",
            "select ';' ; drop table orders",
            "select $$;$$; update orders set status = 'x'",
            "/* ; */ select 1; -- ;\n delete from orders",
            "select \"a;b\" from t; truncate t"})
    void refusesMoreThanOneStatement(String sql) {
        assertThatThrownBy(() -> SqlText.of(sql)).isInstanceOf(DbException.class).hasMessageContaining("one statement at a time");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "select ';' from t",
            "select 1;",
            "select 1 ;  ; ",
            "select $$;$$",
            "select $tag$ a;b $$ $tag$",
            "select 'it''s; fine'",
            "select E'a\\';b'",
            "select 1 /* a /* nested ; */ still comment ; */",
            "select 1 -- trailing ; comment",
            "select \"we;ird\" from t"})
    void acceptsOneStatementWhateverItQuotes(String sql) {
        assertThat(SqlText.of(sql).sql()).doesNotEndWith(";");
    }

    @Test
    void turnsJdbcPlaceholdersIntoDollarParametersOutsideLiterals() {
        SqlText text = SqlText.of("select '?' , ? from t where a = ? and b ?| array['x'] and c ?? 'k' -- ?\n and d = ?");
        assertThat(text.placeholderCount()).isEqualTo(3);
        assertThat(text.toDollarParameters()).isEqualTo("select '?' , $1 from t where a = $2 and b ?| array['x'] and c ?? 'k' -- ?\n and d = $3");
    }

    @Test
    void countsDollarParameters() {
        assertThat(SqlText.of("select * from t where a = $1 and b = $12 and c = '$3'").dollarParameterCount()).isEqualTo(12);
    }

    @Test
    void mysqlQuotingKnowsBackslashesAndHashComments() {
        assertThat(SqlText.of("select 'a\\';b' # ; comment", true).sql()).isEqualTo("select 'a\\';b' # ; comment");
        assertThatThrownBy(() -> SqlText.of("select 'a\\';b' from t", false)).isInstanceOf(DbException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", ";", " ; ; "})
    void emptyInputIsAClearError(String sql) {
        assertThatThrownBy(() -> SqlText.of(sql)).isInstanceOf(DbException.class).hasMessageContaining("no SQL");
    }

    @ParameterizedTest
    @ValueSource(strings = {"select 'open", "select \"open", "select $x$ open", "select 1 /* open"})
    void unclosedQuotesAreAClearError(String sql) {
        assertThatThrownBy(() -> SqlText.of(sql)).isInstanceOf(DbException.class).hasMessageContaining("unclosed");
    }
}

package io.perfloop.jdbc.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Each normalisation rule by example, under the default (STANDARD) dialect. */
class SqlFingerprintTest {

    private static void check(String sql, String expected) {
        assertThat(SqlFingerprint.compute(sql, SqlDialect.STANDARD, Integer.MAX_VALUE)).as(sql).isEqualTo(expected);
        assertThat(SqlFingerprint.of(sql)).as(sql).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
        "select 42                | select ?",
        "select 3.14              | select ?",
        "select 1e10, 2.5E-3, 6.02e+23 | select ?,?,?",
        "select .5, 5., 0.5       | select ?,?,?",
        "select 0x1F, 0b101, 0o17 | select ?,?,?",
        "select 1_000_000         | select ?",
        "select 'abc'             | select ?",
        "select 'it''s'           | select ?",
        "select ''                | select ?",
        "select E'it\\'s', e'\\\\' | select ?,?",
        "select N'x', B'0101', X'ff', U&'d\\0061t' | select ?,?,?,?",
        "select $$it's$$          | select ?",
        "select $fn$ a $$ b $fn$  | select ?",
        "select ?, ?1, $1, $12, :name, :1 | select ?,?,?,?,?,?",
    })
    void literalsAndBindsBecomeOneMarker(String sql, String expected) {
        check(sql, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
        "select * from t where a = -1             | select * from t where a=?",
        "select * from t where a = - 1            | select * from t where a=?",
        "select * from t where a = -/* c */1      | select * from t where a=?",
        "select * from t where a > +2.5           | select * from t where a>?",
        "select -1, (-2), x * -3                  | select ?,(?),x * ?",
        "select * from t where a between -1 and -2 | select * from t where a between ? and ?",
        "select a - 1, a-1, a -1                  | select a-?,a-?,a-?",
        "select a - -1                            | select a-?",
        "select (a) - 1, ? - 1                    | select(a)-?,?-?",
        "select a - - b                           | select a- -b",
        "select -a                                | select-a",
    })
    void signedNumbersAfterOperatorsAreLiterals(String sql, String expected) {
        check(sql, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
        "select * from t where active = TRUE and deleted = false | select * from t where active=true and deleted=false",
        "select * from t where a IS NULL or b is not null      | select * from t where a is null or b is not null",
        "insert into t(a) values (NULL)                        | insert into t(a) values(null)+",
    })
    void booleansAndNullStayKeywords(String sql, String expected) {
        check(sql, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
        "select * from t where id in (?)               | select * from t where id in(?+)",
        "select * from t where id in (?, ?, ?)         | select * from t where id in(?+)",
        "select * from t where id IN (1,2,3,4,5)       | select * from t where id in(?+)",
        "select * from t where id not in ('a', 'b')    | select * from t where id not in(?+)",
        "select * from t where id in ( -1 , 2 )        | select * from t where id in(?+)",
        "select * from t where (a,b) in ((1,2),(3,4))  | select * from t where(a,b) in((?,?)+)",
        "select * from t where id in (select id from u) | select * from t where id in(select id from u)",
        "select * from t where id in (a, b)            | select * from t where id in(a,b)",
        "select * from t where id in (?, ?, a, ?)      | select * from t where id in(?,a,?)",
        "select * from t where id in ()                | select * from t where id in()",
        "select * from t where x in (select y from u where z in (1,2)) | select * from t where x in(select y from u where z in(?+))",
    })
    void inListsOfAnyLengthFoldToOneShape(String sql, String expected) {
        check(sql, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
        "insert into t (a, b) values (?, ?)                  | insert into t(a,b) values(?,?)+",
        "insert into t (a, b) values (1, 'x'), (2, 'y'), (3, 'z') | insert into t(a,b) values(?,?)+",
        "insert into t values (1, now()), (2, now()) returning id | insert into t values(?,now())+ returning id",
        "insert into t values (1, default), (2, 3)            | insert into t values(?,default),(?,?)",
        "insert into t(a) values(1),(2) on conflict (a) do nothing | insert into t(a) values(?)+ on conflict(a) do nothing",
        "select * from (values (1, 'a'), (2, 'b')) as v(id, name) | select * from(values(?,?)+) as v(id,name)",
        "insert into t (a) values (1);                        | insert into t(a) values(?)+",
        "update t set a = values(a) where b = 1               | update t set a=values(a) where b=?",
    })
    void valuesRowsOfAnyCountFoldToOneShape(String sql, String expected) {
        check(sql, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
        "SELECT \"Id\", \"user name\" FROM \"Users\"    | select \"Id\",\"user name\" from \"Users\"",
        "select \"a\"\"b\" from t                       | select \"a\"\"b\" from t",
        "select `Foo` from `Bar`                         | select `Foo` from `Bar`",
        "select * from \"users\" where name = 'users'   | select * from \"users\" where name=?",
        "SELECT O1_0.ID FROM Orders O1_0                 | select o1_0.id from orders o1_0",
        "select ÄBC from t                               | select Äbc from t",
    })
    void unquotedNamesAreLowerCasedQuotedOnesKeptExactly(String sql, String expected) {
        check(sql, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
        "~select a -- trailing\n from t~                   | select a from t",
        "~select a /* one */ from /* two */ t~             | select a from t",
        "~select a /* outer /* inner */ still */ from t~   | select a from t",
        "~select/**/a/**/from/**/t~                        | select a from t",
        "~  select\ta\n\n,\r\nb   from  t  ~               | select a,b from t",
        "~select a from t;;~                               | select a from t",
        "~select x::int, y :: text, '1'::numeric(10,2)~    | select x::int,y::text,?::numeric(?,?)",
        "~select count(*), t.* from t~                     | select count(*),t.* from t",
        "~select * from t where a=?and b=?order by c~      | select * from t where a=? and b=? order by c",
        "~select data ?? 'key' from t~                     | select data??? from t",
        "~select a[1], a[1:2], a[lo:hi] from t~            | select a[?],a[?:?],a[lo:hi] from t",
        "~{call proc(?, ?)}~                               | {call proc(?,?)}",
        "~select 1 - - 1, 2 / * 3~                         | select ?-?,?/ * ?",
    })
    void commentsWhitespaceAndPunctuation(String sql, String expected) {
        check(sql, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
        "~select 'unterminated~              | select ?",
        "~select \"unterminated~             | select \"unterminated",
        "~select $$unterminated~             | select ?",
        "~select a /* unterminated~          | select a",
        "~select a -- no newline~            | select a",
        "~select E'\\~                        | select ?",
        "~)))(((~                            | )))(((",
    })
    void unterminatedConstructsRunToTheEnd(String sql, String expected) {
        check(sql, expected);
    }

    @Test
    void nullAndEmptyGiveEmpty() {
        assertThat(SqlFingerprint.of(null)).isEmpty();
        assertThat(SqlFingerprint.of("")).isEmpty();
        assertThat(SqlFingerprint.of("   \n\t ")).isEmpty();
        assertThat(SqlFingerprint.of("-- only a comment")).isEmpty();
        assertThat(SqlFingerprint.of(null, SqlDialect.MYSQL, 10)).isEmpty();
    }

    @Test
    void maxLengthCutsAndMarks() {
        String sql = "select a, b, c from orders where id = 42";
        assertThat(SqlFingerprint.of(sql, 19)).isEqualTo("select a,b,c from" + SqlFingerprint.TRUNCATION_MARKER);
        assertThat(SqlFingerprint.of(sql, sql.length())).isEqualTo(SqlFingerprint.of(sql));
        assertThat(SqlFingerprint.of(sql, 0)).isEqualTo(SqlFingerprint.TRUNCATION_MARKER);
        // the cut lands inside a string literal: still one marker for the literal
        assertThat(SqlFingerprint.of("select 'abcdef' from t", 10)).isEqualTo("select ?" + SqlFingerprint.TRUNCATION_MARKER);
    }

    @Test
    void statementsDifferingOnlyAfterMaxLengthShareAFingerprint() {
        String a = "select a from t where x = 1 and y = 2";
        String b = "select a from t where x = 1 and z in (select 1)";
        assertThat(SqlFingerprint.of(a, 28)).isEqualTo(SqlFingerprint.of(b, 28));
        assertThat(SqlFingerprint.of(a)).isNotEqualTo(SqlFingerprint.of(b));
    }

    @Test
    void negativeMaxLengthIsAClearError() {
        assertThatThrownBy(() -> SqlFingerprint.of("select 1", -1))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("maxLength");
    }

    @Test
    void nullDialectMeansStandard() {
        assertThat(SqlFingerprint.of("select \"A\" from t", (SqlDialect) null)).isEqualTo("select \"A\" from t");
    }
}

package io.perfloop.jdbc.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What each dialect changes: which quotes make strings, which characters start comments. */
class SqlDialectTest {

    private static String fingerprint(String sql, SqlDialect dialect) {
        return SqlFingerprint.compute(sql, dialect, Integer.MAX_VALUE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
        "~select \"users\" from t~                | select ? from t",
        "~select `Users` from `T`~                | select `Users` from `T`",
        "~select 'it\\'s', \"say \\\"hi\\\"\"~     | select ?,?",
        "~select 'a''b', \"a\"\"b\"~              | select ?,?",
        "~select a # comment\n from t~            | select a from t",
        "~select a -- comment\n from t~           | select a from t",
        "~select 1--1~                            | select ?-?",
        "~select a /* outer /* inner */ b */ from t~ | select a b */from t",
        "~select $a, a$b from t~                  | select $a,a$b from t",
        "~select x from t where id in (1, 2) and s = X'ff'~ | select x from t where id in(?+) and s=?",
    })
    void mysql(String sql, String expected) {
        assertThat(fingerprint(sql, SqlDialect.MYSQL)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
        "~select [Order Id], [dbo].[Orders].x from [dbo].[Orders]~ | select [Order Id],[dbo].[Orders].x from [dbo].[Orders]",
        "~select [a]]b] from t~                    | select [a]]b] from t",
        "~select \"Quoted\" from t where n = N'x'~ | select \"Quoted\" from t where n=?",
        "~select a /* outer /* inner */ b */ from t~ | select a from t",
        "~select $$x$$~                            | select $$x$$",
    })
    void sqlServer(String sql, String expected) {
        assertThat(fingerprint(sql, SqlDialect.SQLSERVER)).isEqualTo(expected);
    }

    @Test
    void standardKeepsDoubleQuotesAsIdentifiersAndBracketsAsSubscripts() {
        assertThat(fingerprint("select \"users\", a[1] from t # x", SqlDialect.STANDARD))
            .isEqualTo("select \"users\",a[?] from t#x");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(nullValues = "NULL", value = {
        "jdbc:postgresql://localhost/test, STANDARD",
        "jdbc:h2:mem:x, STANDARD",
        "jdbc:mysql://localhost/test, MYSQL",
        "JDBC:MariaDB://localhost/test, MYSQL",
        "jdbc:sqlserver://localhost;databaseName=x, SQLSERVER",
        "jdbc:jtds:sqlserver://localhost/x, SQLSERVER",
        "jdbc:perfloop:jdbc:mariadb://localhost/test, MYSQL",
        "jdbc:perfloop:mysql://localhost/test, MYSQL",
        "jdbc:perfloop:postgresql://localhost/test, STANDARD",
        "NULL, STANDARD",
        "not a url, STANDARD",
    })
    void fromJdbcUrl(String url, SqlDialect expected) {
        assertThat(SqlDialect.fromJdbcUrl(url)).isEqualTo(expected);
    }
}

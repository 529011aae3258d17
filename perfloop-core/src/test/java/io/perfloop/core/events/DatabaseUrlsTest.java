package io.perfloop.core.events;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseUrlsTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "jdbc:postgresql://127.0.0.1:5432/shop?user=postgres&password=s3cret       | jdbc:postgresql://127.0.0.1:5432/shop?user=postgres",
            "jdbc:postgresql://127.0.0.1:5432/shop?password=s3cret&user=postgres       | jdbc:postgresql://127.0.0.1:5432/shop?user=postgres",
            "jdbc:postgresql://h/db?password=s3cret                                    | jdbc:postgresql://h/db",
            "jdbc:postgresql://h/db?user=a&sslpassword=k3y&ssl=true                   | jdbc:postgresql://h/db?user=a&ssl=true",
            "jdbc:mysql://root:s3cret@127.0.0.1:3306/test                              | jdbc:mysql://root@127.0.0.1:3306/test",
            "jdbc:mariadb://127.0.0.1:3306/test?user=root&PASSWORD=s3cret              | jdbc:mariadb://127.0.0.1:3306/test?user=root",
            "jdbc:sqlserver://h:1433;databaseName=x;user=sa;password=s3cret;encrypt=1 | jdbc:sqlserver://h:1433;databaseName=x;user=sa;encrypt=1",
            "jdbc:oracle:thin:scott/s3cret@//h:1521/orcl                               | jdbc:oracle:thin:scott@//h:1521/orcl",
            "jdbc:h2:mem:test;DB_CLOSE_DELAY=-1                                        | jdbc:h2:mem:test;DB_CLOSE_DELAY=-1",
            "jdbc:postgresql://[::1]:5432/db?user=x                                    | jdbc:postgresql://[::1]:5432/db?user=x"})
    void withoutPassword_cutsEverySecretAndKeepsTheRest(String raw, String kept) {
        assertThat(DatabaseUrls.withoutPassword(raw)).isEqualTo(kept).doesNotContain("s3cret").doesNotContain("k3y");
    }

    @Test
    void connectUrl_addsTheUserPropertyOnlyWhereTheUrlHasNone() {
        assertThat(DatabaseUrls.Seen.of("jdbc:postgresql://h:5432/shop", "postgres").connectUrl())
                .isEqualTo("jdbc:postgresql://h:5432/shop?user=postgres");
        assertThat(DatabaseUrls.Seen.of("jdbc:postgresql://h:5432/shop?ssl=false", "app user").connectUrl())
                .isEqualTo("jdbc:postgresql://h:5432/shop?ssl=false&user=app+user");
        assertThat(DatabaseUrls.Seen.of("jdbc:postgresql://h:5432/shop?user=postgres", "other").connectUrl())
                .isEqualTo("jdbc:postgresql://h:5432/shop?user=postgres");
        assertThat(DatabaseUrls.Seen.of("jdbc:h2:mem:x", "sa").connectUrl()).isEqualTo("jdbc:h2:mem:x");
    }

    @Test
    void writtenAndReadBack_inOrder_withoutPasswords() throws Exception {
        List<DatabaseUrls.Seen> seen = List.of(DatabaseUrls.Seen.of("jdbc:postgresql://h/a?password=s3cret", "app"),
                DatabaseUrls.Seen.of("jdbc:mariadb://h/b?user=root", null));
        DatabaseUrls.write(dir, seen);
        assertThat(Files.readString(dir.resolve(DatabaseUrls.FILE)))
                .isEqualTo("jdbc:postgresql://h/a\tapp\njdbc:mariadb://h/b?user=root\n");
        assertThat(DatabaseUrls.read(dir)).containsExactlyElementsOf(seen);
    }

    @Test
    void read_aFileWrittenElsewhereIsCutAgain_andNoFileIsNoUrl() throws Exception {
        assertThat(DatabaseUrls.read(dir)).isEmpty();
        Files.writeString(dir.resolve(DatabaseUrls.FILE), "jdbc:postgresql://h/a?password=s3cret\n\n");
        assertThat(DatabaseUrls.read(dir)).containsExactly(new DatabaseUrls.Seen("jdbc:postgresql://h/a", null));
    }
}

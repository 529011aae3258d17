package io.perfloop.jdbc.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import net.jpountz.xxhash.XXHash64;
import net.jpountz.xxhash.XXHashFactory;
import org.junit.jupiter.api.Test;

/** {@link SqlFingerprint#hash} is XXH64 (seed 0) over UTF-8, checked against lz4-java's XXH64. */
class FingerprintHashTest {
    private static final XXHash64 REFERENCE = XXHashFactory.safeInstance().hash64();

    private static long reference(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        return REFERENCE.hash(b, 0, b.length, 0);
    }

    @Test
    void publishedTestVectors() {
        // from the xxHash project's sanity checks: XXH64("", seed 0) and XXH64("abc", seed 0)
        assertThat(SqlFingerprint.hash("")).isEqualTo(0xEF46DB3751D8E999L);
        assertThat(SqlFingerprint.hash("abc")).isEqualTo(0x44BC2CF5AD770999L);
        assertThat(SqlFingerprint.hash(null)).isEqualTo(SqlFingerprint.hash(""));
    }

    @Test
    void agreesWithAnIndependentImplementationOnEveryLengthAndAlphabet() {
        Random random = new Random(20240611L);
        for (int length = 0; length < 300; length++) {
            for (int alphabet = 0; alphabet < 3; alphabet++) {
                String s = randomString(random, length, alphabet);
                assertThat(SqlFingerprint.hash(s)).as("length %d alphabet %d", length, alphabet).isEqualTo(reference(s));
            }
        }
    }

    @Test
    void agreesOnRealFingerprints() {
        for (String sql : new String[] {
            "select o1_0.id,o1_0.total from orders o1_0 where o1_0.customer_id=?",
            "insert into t(a,b) values(?,?)+",
            "select \"Ünïcödé\" from \"表\" where x in(?+)",
        }) {
            assertThat(SqlFingerprint.hash(SqlFingerprint.of(sql))).isEqualTo(reference(SqlFingerprint.of(sql)));
        }
    }

    @Test
    void distinctFingerprintsDoNotCollide() {
        Map<Long, String> seen = new HashMap<>();
        for (int table = 0; table < 300; table++) {
            for (int column = 0; column < 300; column++) {
                String fingerprint = "select c" + column + " from t" + table + " where id=?";
                String previous = seen.put(SqlFingerprint.hash(fingerprint), fingerprint);
                assertThat(previous).as("collision with %s", fingerprint).isNull();
            }
        }
    }

    /** 0: ASCII, 1: any BMP char, 2: any char including lone surrogates. */
    private static String randomString(Random random, int length, int alphabet) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            switch (alphabet) {
                case 0 -> sb.append((char) (32 + random.nextInt(95)));
                case 1 -> {
                    char c = (char) random.nextInt(0xD800);
                    sb.append(c);
                }
                default -> sb.append((char) random.nextInt(0x10000));
            }
        }
        return sb.toString();
    }
}

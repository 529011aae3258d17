package io.perfloop.benchmarks;

import io.perfloop.jdbc.fingerprint.FingerprintCache;
import io.perfloop.jdbc.fingerprint.SqlDialect;
import io.perfloop.jdbc.fingerprint.SqlFingerprint;
import java.util.StringJoiner;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cost of {@link SqlFingerprint#of(String)}, of a {@link FingerprintCache} hit and of
 * {@link SqlFingerprint#hash(String)} per captured statement, on the statement shapes capture sees most: a Hibernate-generated select of ~2 KB,
 * a point lookup, a 50-row multi-VALUES insert and a 1000-element IN list.
 *
 * <p>{@link #lowerCaseFloor} is the comparison point: a loop that only copies the statement into a
 * char array lower-casing ASCII capitals and makes a string of it, the least any fingerprint
 * that reads every character and returns a new string does. The ratio fingerprint / floor says how
 * much the lexing itself costs.
 *
 * <pre>
 * mvn -B -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar Fingerprint -f 1 -wi 3 -i 5 -w 1s -r 1s
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class FingerprintBenchmark {

    /** What Hibernate 6 sends for a paged order search with three joins (2 KB). */
    static final String HIBERNATE_SELECT = "select o1_0.id,o1_0.billing_address_id,o1_0.cancelled_at,"
        + "o1_0.channel,o1_0.coupon_code,o1_0.created_at,o1_0.currency,o1_0.customer_id,c1_0.id,c1_0.created_at,"
        + "c1_0.default_address_id,c1_0.email,c1_0.first_name,c1_0.last_name,c1_0.loyalty_tier,"
        + "c1_0.marketing_opt_in,c1_0.phone,c1_0.updated_at,c1_0.version,o1_0.delivered_at,"
        + "o1_0.discount_total,o1_0.external_reference,o1_0.fulfilment_center_id,f1_0.id,f1_0.city,"
        + "f1_0.code,f1_0.country_code,f1_0.name,f1_0.timezone,o1_0.grand_total,o1_0.notes,"
        + "o1_0.gift_message,o1_0.paid_at,o1_0.payment_method,o1_0.placed_at,o1_0.priority,o1_0.sales_rep_id,"
        + "o1_0.shipped_at,o1_0.shipping_address_id,c1_0.preferred_language,c1_0.segment,c1_0.tax_exempt,"
        + "s1_0.id,s1_0.city,s1_0.country_code,s1_0.line1,s1_0.line2,s1_0.postal_code,s1_0.region,"
        + "o1_0.shipping_total,o1_0.status,o1_0.subtotal,o1_0.tax_total,o1_0.tracking_number,"
        + "o1_0.updated_at,o1_0.version,o1_0.warehouse_note from orders o1_0 join customers c1_0 on c1_0.id=o1_0.customer_id "
        + "left join fulfilment_centers f1_0 on f1_0.id=o1_0.fulfilment_center_id left join addresses s1_0 "
        + "on s1_0.id=o1_0.shipping_address_id where o1_0.status in (?,?,?) and o1_0.created_at>=? "
        + "and o1_0.created_at<? and (c1_0.loyalty_tier=? or o1_0.grand_total>?) and o1_0.cancelled_at "
        + "is null and exists(select 1 from order_lines l1_0 where l1_0.order_id=o1_0.id and "
        + "l1_0.sku like ? escape '\\' and l1_0.quantity>0) and not exists(select 1 from order_holds "
        + "h1_0 where h1_0.order_id=o1_0.id and h1_0.released_at is null and h1_0.reason<>?) and "
        + "o1_0.fulfilment_center_id=any(?) and lower(c1_0.email) like lower(?) escape '\\' and "
        + "o1_0.currency=? and coalesce(o1_0.discount_total,0)<=? and o1_0.version>=? and "
        + "s1_0.country_code in (?,?,?,?,?,?,?,?) and extract(year from o1_0.placed_at)=? and "
        + "o1_0.payment_method<>'GIFT_CARD' and o1_0.external_reference is not null and "
        + "f1_0.timezone in (select t1_0.name from timezones t1_0 where t1_0.utc_offset_minutes between "
        + "? and ?) order by o1_0.created_at desc,o1_0.id desc offset ? rows fetch first ? rows only";

    /** What Hibernate sends for {@code em.find(Customer.class, id)}. */
    static final String POINT_LOOKUP = "select c1_0.id,c1_0.email,c1_0.first_name,c1_0.last_name "
        + "from customers c1_0 where c1_0.id=?";

    /** Which statement to fingerprint. */
    @Param({"hibernate-select-2k", "point-lookup", "insert-50-rows", "in-list-1000"})
    public String statement;

    private String sql;
    private String fingerprint;
    private FingerprintCache cache;

    /** Builds the statement and its fingerprint once per trial. */
    @Setup
    public void pickStatement() {
        sql = switch (statement) {
            case "hibernate-select-2k" -> HIBERNATE_SELECT;
            case "point-lookup" -> POINT_LOOKUP;
            case "insert-50-rows" -> insertRows(50);
            case "in-list-1000" -> inList(1000);
            default -> throw new IllegalArgumentException("unknown statement " + statement);
        };
        fingerprint = SqlFingerprint.of(sql);
        cache = new FingerprintCache(SqlDialect.STANDARD, 16_384, 1024);
        cache.fingerprint(sql);
    }

    /** A multi-row insert as pgjdbc's {@code reWriteBatchedInserts} produces it. */
    static String insertRows(int rows) {
        StringJoiner values = new StringJoiner(",", "insert into order_lines (order_id,sku,quantity,unit_price,created_at) values ", "");
        for (int i = 0; i < rows; i++) {
            values.add("(?,?,?,?,?)");
        }
        return values.toString();
    }

    /** A lookup by a list of literal ids, as hand-written JDBC code builds it. */
    static String inList(int elements) {
        StringJoiner ids = new StringJoiner(", ", "select p.id, p.name, p.price from products p where p.id in (", ")");
        for (int i = 0; i < elements; i++) {
            ids.add(Integer.toString(100_000 + i * 7));
        }
        return ids.toString();
    }

    /** Fingerprint of the statement. */
    @Benchmark
    public String fingerprint() {
        return SqlFingerprint.of(sql);
    }

    /** The floor: the statement copied into a char array, ASCII capitals lower-cased, made a string. */
    @Benchmark
    public String lowerCaseFloor() {
        String text = sql;
        char[] chars = new char[text.length()];
        text.getChars(0, chars.length, chars, 0);
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c >= 'A' && c <= 'Z') {
                chars[i] = (char) (c + ('a' - 'A'));
            }
        }
        return new String(chars);
    }

    /** Fingerprint through a {@link FingerprintCache} that has seen the same statement instance before. */
    @Benchmark
    public String cachedFingerprint() {
        return cache.fingerprint(sql);
    }

    /** Hash of the statement's fingerprint. */
    @Benchmark
    public long hash() {
        return SqlFingerprint.hash(fingerprint);
    }
}

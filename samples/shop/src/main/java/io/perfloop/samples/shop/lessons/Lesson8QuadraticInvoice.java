package io.perfloop.samples.shop.lessons;

import io.perfloop.samples.shop.config.Fix;
import io.perfloop.samples.shop.config.Fixes;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * <h2>Problem 8 — CPU burnt in plain Java: a regex compiled per word, a string copied per word</h2>
 * {@code GET /api/orders/{id}/invoice}: a plain-text invoice, each line with the product's
 * description wrapped to {@value #WIDTH} columns, and the shop's conditions of sale (4 KB, wrapped
 * the same way) under the total.
 *
 * <p><b>Wrong:</b> {@link #renderUnfixed}. {@code String.replaceAll} compiles its regular
 * expression on every call, here once per word; {@code text += …} copies the whole invoice so far
 * on every word, which is quadratic in the invoice's length. Nothing waits on I/O: this is pure
 * CPU and garbage, and it shows up only in a CPU profile.
 *
 * <p><b>Right ({@code --shop.fix=invoice}):</b> {@link #renderFixed}: the pattern compiled once
 * in a constant, one {@link StringBuilder} for the whole invoice. Same text, character for
 * character.
 *
 * <p><b>See it with perfloop:</b> the {@code hot-method} finding points at
 * {@code Pattern.compile} called from {@code wrapUnfixed}, and the allocation profile at the
 * string copies.
 */
@Service
public class Lesson8QuadraticInvoice {

    /** Column width of the wrapped descriptions. */
    public static final int WIDTH = 72;
    /** What a description may keep: letters, digits and light punctuation. */
    private static final String NOT_PRINTABLE = "[^\\p{L}\\p{N}.,;:'()\\-]";
    private static final Pattern NOT_PRINTABLE_PATTERN = Pattern.compile(NOT_PRINTABLE);
    private static final Pattern BLANKS = Pattern.compile("\\s+");
    /** The shop's conditions of sale, printed under every invoice: a few KB of text to wrap, as real invoices carry. */
    private static final List<String> CONDITIONS_OF_SALE = conditionsOfSale();

    private static final String INVOICE = "SELECT o.id, u.name, o.shipping_address, o.created_at, p.sku, p.name, p.description,"
            + " oi.quantity, oi.unit_price_cents FROM orders o JOIN users u ON u.id = o.user_id"
            + " JOIN order_items oi ON oi.order_id = o.id JOIN products p ON p.id = oi.product_id"
            + " WHERE o.id = ? ORDER BY oi.id";

    private final JdbcTemplate jdbc;
    private final Fixes fixes;

    public Lesson8QuadraticInvoice(JdbcTemplate jdbc, Fixes fixes) {
        this.jdbc = jdbc;
        this.fixes = fixes;
    }

    /** The rendered invoice, or empty when there is no such order. */
    public Optional<String> invoice(long orderId) {
        return load(orderId).map(invoice -> fixes.isOn(Fix.INVOICE) ? renderFixed(invoice) : renderUnfixed(invoice));
    }

    /** The invoice's data (one query; not part of the lesson). */
    public Optional<Invoice> load(long orderId) {
        List<InvoiceRow> rows = jdbc.query(INVOICE, (rs, n) -> new InvoiceRow(rs.getLong(1), rs.getString(2),
                rs.getString(3), rs.getTimestamp(4).toInstant(), new Invoice.Line(rs.getString(5), rs.getString(6),
                rs.getString(7), rs.getInt(8), rs.getLong(9))), orderId);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        InvoiceRow first = rows.get(0);
        return Optional.of(new Invoice(first.orderId(), first.customer(), first.address(), first.createdAt(),
                rows.stream().map(InvoiceRow::line).toList()));
    }

    /** One row of the invoice query: the order's columns repeated on each of its lines. */
    private record InvoiceRow(long orderId, String customer, String address, Instant createdAt, Invoice.Line line) {
    }

    /** Wrong: a regex compiled per word, the whole text copied per word. */
    public static String renderUnfixed(Invoice invoice) {
        String text = header(invoice);
        long total = 0;
        for (Invoice.Line line : invoice.lines()) {
            long lineTotal = line.quantity() * line.unitPriceCents();
            total += lineTotal;
            text += String.format("%-12s %-40s %4d x %10s = %12s%n", line.sku(), line.name(), line.quantity(),
                    money(line.unitPriceCents()), money(lineTotal));
            text = wrapUnfixed(text, line.description());
        }
        text += footer(total);
        for (String paragraph : CONDITIONS_OF_SALE) {
            text = wrapUnfixed(text, paragraph);
        }
        return text;
    }

    /** Appends the paragraph wrapped to {@value #WIDTH} columns: a new copy of the whole text per word. */
    private static String wrapUnfixed(String text, String paragraph) {
        int column = 0;
        for (String word : paragraph.split("\\s+")) {
            String clean = word.replaceAll(NOT_PRINTABLE, "");
            if (column > 0 && column + 1 + clean.length() > WIDTH) {
                text += "\n";
                column = 0;
            }
            text += (column == 0 ? "    " : " ") + clean;
            column += (column == 0 ? 4 : 1) + clean.length();
        }
        return text + "\n";
    }

    /** Right: one precompiled pattern, one builder. */
    public static String renderFixed(Invoice invoice) {
        StringBuilder text = new StringBuilder(16_384).append(header(invoice));
        long total = 0;
        for (Invoice.Line line : invoice.lines()) {
            long lineTotal = line.quantity() * line.unitPriceCents();
            total += lineTotal;
            text.append(String.format("%-12s %-40s %4d x %10s = %12s%n", line.sku(), line.name(), line.quantity(),
                    money(line.unitPriceCents()), money(lineTotal)));
            wrapFixed(text, line.description());
        }
        text.append(footer(total));
        for (String paragraph : CONDITIONS_OF_SALE) {
            wrapFixed(text, paragraph);
        }
        return text.toString();
    }

    private static void wrapFixed(StringBuilder text, String paragraph) {
        int column = 0;
        for (String word : BLANKS.split(paragraph)) {
            String clean = NOT_PRINTABLE_PATTERN.matcher(word).replaceAll("");
            if (column > 0 && column + 1 + clean.length() > WIDTH) {
                text.append('\n');
                column = 0;
            }
            text.append(column == 0 ? "    " : " ").append(clean);
            column += (column == 0 ? 4 : 1) + clean.length();
        }
        text.append('\n');
    }

    private static String header(Invoice invoice) {
        return "INVOICE " + invoice.orderId() + "\n" + invoice.customer() + "\n" + invoice.address() + "\n"
                + "Order date: " + invoice.createdAt() + "\n\n";
    }

    private static String footer(long total) {
        return "\nTOTAL " + money(total) + " EUR\n\nCONDITIONS OF SALE\n";
    }

    private static List<String> conditionsOfSale() {
        try (InputStream in = Lesson8QuadraticInvoice.class.getResourceAsStream("/invoice/conditions-of-sale.txt")) {
            if (in == null) {
                throw new IllegalStateException("invoice/conditions-of-sale.txt is missing from the shop's jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String money(long cents) {
        return cents / 100 + "." + (cents % 100 < 10 ? "0" : "") + cents % 100;
    }
}

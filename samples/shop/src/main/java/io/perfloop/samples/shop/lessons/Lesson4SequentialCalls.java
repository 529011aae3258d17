package io.perfloop.samples.shop.lessons;

import io.perfloop.samples.shop.config.Fix;
import io.perfloop.samples.shop.config.Fixes;
import io.perfloop.samples.shop.config.ShopProperties;
import io.perfloop.samples.shop.pricing.PriceQuote;
import io.perfloop.samples.shop.pricing.PricingClient;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * <h2>Problem 4 — one downstream call per line item, one after the other</h2>
 * {@code GET /api/carts/{id}/quote}: every line of the cart priced by the pricing service.
 *
 * <p><b>Wrong:</b> a loop that calls the service for each line and waits for each answer. The
 * calls do not depend on each other, yet a cart of 8 lines at 200 ms per call takes 1.6 s, and
 * the request thread spends all of it waiting, not computing.
 *
 * <p><b>Right ({@code --shop.fix=concurrent-pricing}):</b> send the calls concurrently, at most
 * {@code shop.pricing.concurrency} (default 8) in flight per quote, as a sliding window. The
 * quote then takes about ceil(lines / limit) x latency. The bound matters: an unbounded fan-out
 * turns one big cart into a burst that the downstream service (or its rate limiter) pays for. The cart is read before any call, so no database connection is held while
 * waiting on HTTP.
 *
 * <p><b>See it with perfloop:</b> the {@code sequential-calls} finding shows N calls to
 * {@code /price} that never overlap, and predicts the gain of overlapping them; the
 * {@code waiting-not-computing} finding shows that almost all of the request's time is off-CPU.
 */
@Service
public class Lesson4SequentialCalls implements AutoCloseable {

    private static final String CART_LINES = "SELECT ci.product_id, ci.quantity, p.price_cents FROM cart_items ci"
            + " JOIN products p ON p.id = ci.product_id WHERE ci.cart_id = ? ORDER BY ci.id";

    private record CartLine(long productId, int quantity, long listPriceCents) {
    }

    private final JdbcTemplate jdbc;
    private final PricingClient pricing;
    private final Fixes fixes;
    private final ExecutorService pool;
    private final int limit;

    public Lesson4SequentialCalls(JdbcTemplate jdbc, PricingClient pricing, Fixes fixes, ShopProperties properties) {
        this.jdbc = jdbc;
        this.pricing = pricing;
        this.fixes = fixes;
        AtomicInteger threads = new AtomicInteger();
        // The bound is per quote (see fixed()); the pool only supplies threads. A pool of 'limit' threads
        // for the whole shop would make concurrent quotes queue behind each other.
        this.pool = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "pricing-call-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.limit = properties.pricing().concurrency();
    }

    /** The priced cart, or empty when there is no such cart. */
    public Optional<CartQuote> quote(long cartId) {
        List<CartLine> lines = jdbc.query(CART_LINES, (rs, n) -> new CartLine(rs.getLong(1), rs.getInt(2), rs.getLong(3)),
                cartId);
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        List<PriceQuote> prices = fixes.isOn(Fix.CONCURRENT_PRICING) ? fixed(lines) : unfixed(lines);
        List<CartQuote.Line> priced = new ArrayList<>(lines.size());
        long total = 0;
        for (int i = 0; i < lines.size(); i++) {
            CartLine line = lines.get(i);
            PriceQuote price = prices.get(i);
            long lineTotal = price.unitPriceCents() * line.quantity();
            priced.add(new CartQuote.Line(line.productId(), line.quantity(), line.listPriceCents(), price.unitPriceCents(),
                    price.discountPercent(), lineTotal));
            total += lineTotal;
        }
        return Optional.of(new CartQuote(cartId, priced, total));
    }

    /** Wrong: one call after the other. */
    private List<PriceQuote> unfixed(List<CartLine> lines) {
        List<PriceQuote> prices = new ArrayList<>(lines.size());
        for (CartLine line : lines) {
            prices.add(pricing.price(line.productId(), line.quantity(), line.listPriceCents()));
        }
        return prices;
    }

    /** Right: a sliding window of at most {@code limit} calls in flight; answers kept in line order. */
    private List<PriceQuote> fixed(List<CartLine> lines) {
        CompletionService<Void> calls = new ExecutorCompletionService<>(pool);
        PriceQuote[] prices = new PriceQuote[lines.size()];
        int submitted = 0;
        try {
            for (; submitted < Math.min(limit, lines.size()); submitted++) {
                calls.submit(priceInto(prices, lines, submitted), null);
            }
            for (int done = 0; done < lines.size(); done++) {
                calls.take().get();
                if (submitted < lines.size()) {
                    calls.submit(priceInto(prices, lines, submitted++), null);
                }
            }
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while pricing", e);
        }
        return List.of(prices);
    }

    private Runnable priceInto(PriceQuote[] prices, List<CartLine> lines, int index) {
        CartLine line = lines.get(index);
        return () -> prices[index] = pricing.price(line.productId(), line.quantity(), line.listPriceCents());
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}

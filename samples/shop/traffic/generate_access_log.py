#!/usr/bin/env python3
"""Generates samples/shop/traffic/access.log: four minutes of shop traffic in nginx's
"combined" format, deterministic by seed.

    python3 samples/shop/traffic/generate_access_log.py [--seed 42] [--minutes 4] [--rate 10] > access.log

What makes it realistic enough to measure with:
  * arrivals are a Poisson process whose rate drifts slowly (+-30 %) and has two short bursts
    (a newsletter link, a retry storm), so inter-arrival times are exponential, not uniform;
  * the endpoint mix is skewed the way a shop's is: browsing (product grid, category tree)
    dominates, back-office endpoints are rare;
  * ids are skewed like the seeded data (density ~ 1/sqrt(x), low ids hot) and exist at the
    default --scale=1: users 1..20000, carts 1..5000, orders 1..200000, categories 1..210;
  * lines are in completion order (nginx logs when a request ends), with a status and a body
    size; the sizes are what the unfixed shop answers at scale 1 (measured per endpoint, the
    product grid's from the expected products per category), varied a little;
  * a little noise: favicon 404s, requests for orders that do not exist.
Writes (POST /api/categories) are left out: nginx does not log request bodies, so a replay could
not repeat them.
"""
import argparse
import math
import random
import sys
from datetime import datetime, timedelta, timezone

USERS, CARTS, ORDERS = 20_000, 5_000, 200_000
ROOTS, MIDS, LEAVES = range(1, 11), range(11, 51), range(51, 211)
START = datetime(2025, 11, 3, 10, 0, 0, tzinfo=timezone.utc)

AGENTS = [
    (0.45, "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36"),
    (0.20, "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1"),
    (0.15, "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Safari/605.1.15"),
    (0.12, "ShopApp/4.12.0 (Android 14; Pixel 8)"),
    (0.05, "Mozilla/5.0 (X11; Linux x86_64; rv:132.0) Gecko/20100101 Firefox/132.0"),
    (0.03, "backoffice-cron/1.3 (+https://shop.example/ops)"),
]


def skewed(rng, n):
    """An id in 1..n, low ids far more likely (the seeder's distribution)."""
    u = rng.random()
    return 1 + int(n * u * u)


def recent_order(rng):
    """Invoices are mostly asked for recent orders."""
    return ORDERS - int(ORDERS * rng.random() ** 3)


def pick(rng, weighted):
    r = rng.random() * sum(w for w, _ in weighted)
    for weight, value in weighted:
        r -= weight
        if r <= 0:
            return value
    return weighted[-1][1]


def products_in(category):
    """Expected products in a category's subtree at scale 1 (the seeder puts product on leaf k with
    probability ((k+1)/160)^(2/3) - (k/160)^(2/3))."""
    if category in ROOTS:
        return sum(products_in(m) for m in range(11 + (category - 1) * 4, 15 + (category - 1) * 4))
    if category in MIDS:
        return sum(products_in(l) for l in range(51 + (category - 11) * 4, 55 + (category - 11) * 4))
    k = category - 51
    return 10_000 * (((k + 1) / 160) ** (2 / 3) - (k / 160) ** (2 / 3))


def grid_category(rng):
    # shoppers browse leaves and mid-level categories; the first of each are the big ones
    if rng.random() < 0.6:
        return LEAVES[int(len(LEAVES) * rng.random() ** 2)]
    return MIDS[int(len(MIDS) * rng.random() ** 2)] if rng.random() < 0.8 else ROOTS[int(len(ROOTS) * rng.random() ** 2)]


def request(rng):
    """(path, status, bytes, referer) of one request."""
    kind = pick(rng, [(30, "grid"), (20, "tree"), (12, "orders"), (12, "user"), (8, "quote"), (8, "invoice"),
                      (4, "warehouse"), (1, "report"), (1, "favicon"), (0.5, "missing")])
    if kind == "grid":
        page = min(int(rng.expovariate(0.8)), 9)
        category = grid_category(rng)
        # the unfixed shop ignores fields and page: every product of the subtree, ~1.95 KB each
        return (f"/api/products?category={category}&fields=id,name,priceCents&page={page}&size=20",
                200, int(products_in(category) * rng.gauss(1_950, 60)), "https://shop.example/catalogue")
    if kind == "tree":
        return "/api/categories/tree", 200, 16_550, "https://shop.example/"
    if kind == "orders":
        page = min(int(rng.expovariate(1.2)), 20)
        return f"/api/orders?page={page}&size=50", 200, int(rng.gauss(8_900, 300)), "https://shop.example/admin/orders"
    if kind == "user":
        return (f"/api/users/{skewed(rng, USERS)}/orders?status=pending", 200, int(rng.gauss(300, 200)),
                "https://shop.example/account")
    if kind == "quote":
        return f"/api/carts/{skewed(rng, CARTS)}/quote", 200, int(rng.gauss(1_300, 500)), "https://shop.example/cart"
    if kind == "invoice":
        return f"/api/orders/{recent_order(rng)}/invoice", 200, int(rng.gauss(6_500, 3_000)), "https://shop.example/account"
    if kind == "warehouse":
        return "/api/orders/processing?limit=50", 200, 4_050, "https://shop.example/admin/warehouse"
    if kind == "report":
        month = rng.randrange(1, 13)
        year = 2025 if rng.random() < 0.8 else 2024
        end = f"{year + (month == 12):04d}-{month % 12 + 1:02d}-01"
        return f"/api/reports/orders?from={year:04d}-{month:02d}-01&to={end}", 200, int(rng.gauss(960_000, 40_000)), "-"
    if kind == "favicon":
        return "/favicon.ico", 404, 0, "https://shop.example/"
    return f"/api/orders/{ORDERS + rng.randrange(1, 10_000)}/invoice", 404, 48, "https://shop.example/account"


def rate_at(base, t, total):
    """Requests per second at t seconds: a slow drift and two bursts."""
    drift = 1 + 0.3 * math.sin(2 * math.pi * t / total)
    burst = 2.5 if 0.35 * total <= t < 0.35 * total + 8 else 1.8 if 0.75 * total <= t < 0.75 * total + 5 else 1
    return base * drift * burst


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--minutes", type=float, default=4)
    parser.add_argument("--rate", type=float, default=10, help="mean requests per second")
    args = parser.parse_args()
    if args.minutes <= 0 or args.rate <= 0:
        parser.error("--minutes and --rate must be positive")
    rng = random.Random(args.seed)
    total = args.minutes * 60
    clients = [f"203.0.113.{i}" for i in range(1, 255)] + [f"198.51.100.{i}" for i in range(1, 120)]
    lines = []
    t = 0.0
    while True:
        # thinning would be exact; at this slow drift, sampling the rate at each arrival is close enough
        t += rng.expovariate(rate_at(args.rate, t, total))
        if t >= total:
            break
        path, status, size, referer = request(rng)
        duration = rng.lognormvariate(math.log(0.03), 0.8)
        client = clients[int(len(clients) * rng.random() ** 2)]
        agent = pick(rng, AGENTS)
        lines.append((t + duration, client, path, status, max(size, 0), referer, agent))
    lines.sort(key=lambda line: line[0])
    out = sys.stdout
    for end, client, path, status, size, referer, agent in lines:
        stamp = (START + timedelta(seconds=end)).strftime("%d/%b/%Y:%H:%M:%S %z")
        out.write(f'{client} - - [{stamp}] "GET {path} HTTP/1.1" {status} {size} "{referer}" "{agent}"\n')


if __name__ == "__main__":
    main()

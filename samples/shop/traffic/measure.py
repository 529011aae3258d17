#!/usr/bin/env python3
"""A short fixed-rate run per problem endpoint against a running shop: p50/p90 latency,
response bytes and (with --pg) SQL statements per request. A stand-in until perfloop's own load
tool can replay access.log; it follows the same rules: open model (requests start on schedule
whether or not earlier ones finished) and latency measured from the intended start time.

    python3 samples/shop/traffic/measure.py --base http://127.0.0.1:8080 \\
        --pg postgresql://postgres@127.0.0.1:PORT/shop [--rate 2] [--seconds 20]

Paths come from access.log (the first ones of each endpoint), so the runs use the log's ids.
Statements per request are read from pg_stat_statements (BEGIN/COMMIT/SET/SHOW excluded).
"""
import argparse
import concurrent.futures
import os
import re
import statistics
import subprocess
import threading
import time
import urllib.error
import urllib.request

ENDPOINTS = [
    ("1 n-plus-one", r"^/api/orders\?page="),
    ("2 index", r"^/api/users/\d+/orders\?status=pending"),
    ("3 partial-index", r"^/api/orders/processing"),
    ("4 concurrent-pricing", r"^/api/carts/\d+/quote"),
    ("5 cache", r"^/api/categories/tree"),
    ("6 fields", r"^/api/products\?"),
    ("7 streaming", r"^/api/reports/orders"),
    ("8 invoice", r"^/api/orders/\d+/invoice"),
]
STATEMENTS = ("SELECT coalesce(sum(calls), 0) FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database"
              " WHERE datname = current_database()) AND query !~* '^\\s*(begin|commit|rollback|set|show|select coalesce\\(sum\\(calls)'")


def paths_from_log(log, pattern, count):
    found = []
    with open(log) as lines:
        for line in lines:
            path = line.split('"')[1].split(" ")[1]
            if re.search(pattern, path) and " 200 " in line:
                found.append(path)
                if len(found) == count:
                    break
    return found


def statements(pg):
    if not pg:
        return None
    out = subprocess.run(["psql", pg, "-Atc", STATEMENTS], capture_output=True, text=True, check=True)
    return int(out.stdout.strip())


def run(base, paths, rate, seconds):
    """Fires len = rate*seconds requests on schedule; returns (latencies in ms, bytes, errors)."""
    total = int(rate * seconds)
    latencies, sizes, errors = [], [], []
    lock = threading.Lock()
    start = time.monotonic() + 0.2

    def one(i):
        intended = start + i / rate
        try:
            with urllib.request.urlopen(base + paths[i % len(paths)], timeout=60) as response:
                body = response.read()
            with lock:
                latencies.append((time.monotonic() - intended) * 1000)
                sizes.append(len(body))
        except (urllib.error.URLError, OSError) as e:
            with lock:
                errors.append(str(e))

    with concurrent.futures.ThreadPoolExecutor(max_workers=64) as pool:
        for i in range(total):
            delay = start + i / rate - time.monotonic()
            if delay > 0:
                time.sleep(delay)
            pool.submit(one, i)
    return latencies, sizes, errors


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--base", default="http://127.0.0.1:8080")
    parser.add_argument("--pg", help="libpq URL of the shop's database, for statements per request")
    parser.add_argument("--log", default=os.path.join(os.path.dirname(__file__), "access.log"))
    parser.add_argument("--rate", type=float, default=2.0, help="requests per second per endpoint")
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--only", help="run only endpoints whose label contains this")
    args = parser.parse_args()
    print("| problem | requests | statements/request | p50 ms | p90 ms | bytes/response |")
    print("|---|---|---|---|---|---|")
    for label, pattern in ENDPOINTS:
        if args.only and args.only not in label:
            continue
        paths = paths_from_log(args.log, pattern, int(args.rate * args.seconds))
        # warm up: JIT, connection pool, caches the way a running service has them
        for path in paths[:3]:
            urllib.request.urlopen(args.base + path, timeout=60).read()
        before = statements(args.pg)
        latencies, sizes, errors = run(args.base, paths, args.rate, args.seconds)
        after = statements(args.pg)
        per_request = "-" if before is None else f"{(after - before) / max(len(latencies), 1):.1f}"
        q = statistics.quantiles(latencies, n=10) if len(latencies) >= 2 else [float("nan")] * 9
        print(f"| {label} | {len(latencies)}{f' ({len(errors)} failed)' if errors else ''} | {per_request} |"
              f" {statistics.median(latencies):.1f} | {q[8]:.1f} | {statistics.mean(sizes):,.0f} |", flush=True)


if __name__ == "__main__":
    main()

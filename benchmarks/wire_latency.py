#!/usr/bin/env python3
"""Latency as the wire saw it: from a tcpdump capture on loopback, the time from each HTTP request segment
to the first segment of its response, per connection (no pipelining: one request in flight per connection).

    tcpdump -i lo -n -s 160 --time-stamp-precision=nano -w cap.pcap 'tcp port 28471 and tcp[tcpflags] & tcp-push != 0'
    benchmarks/wire_latency.py cap.pcap 28471      # -> "WIRE exchanges N p50 US p99 US"

The timestamps are the kernel's, taken as each segment passes the loopback device, so neither the load
generator's clock nor its user-space delays are in them: an independent check of the service time a
generator reports (which should exceed these by the generator's own read/write overhead, and no more).
"""
import struct
import sys


def packets(path):
    with open(path, "rb") as f:
        magic = struct.unpack("<I", f.read(24)[:4])[0]
        scale = {0xA1B2C3D4: 1e-6, 0xA1B23C4D: 1e-9}.get(magic)
        if scale is None:
            sys.exit("not a little-endian pcap file: " + path)
        while True:
            header = f.read(16)
            if len(header) < 16:
                return
            sec, frac, incl, _ = struct.unpack("<IIII", header)
            yield sec + frac * scale, f.read(incl)


def exchanges(path, port):
    pending = {}
    for ts, frame in packets(path):
        if len(frame) < 14 + 20 or frame[12:14] != b"\x08\x00":
            continue  # not IPv4 over the loopback's Ethernet framing
        ip = frame[14:]
        ihl = (ip[0] & 0x0F) * 4
        if ip[9] != 6:
            continue
        tcp = ip[ihl:]
        src, dst = struct.unpack(">HH", tcp[:4])
        payload = tcp[(tcp[12] >> 4) * 4:]
        if dst == port and payload[:1].isalpha() and b" HTTP/1." in payload[:200]:
            pending[src] = ts  # a request line (an unanswered earlier one lost its response segment to the capture)
        elif src == port and payload.startswith(b"HTTP/1.") and dst in pending:
            yield ts - pending.pop(dst)


def percentile(sorted_values, p):
    return sorted_values[min(len(sorted_values) - 1, int(len(sorted_values) * p / 100))]


if __name__ == "__main__":
    lat = sorted(exchanges(sys.argv[1], int(sys.argv[2])))
    if not lat:
        sys.exit("no request/response pairs in " + sys.argv[1])
    print("WIRE exchanges %d p50 %d p99 %d" % (len(lat), percentile(lat, 50) * 1e6, percentile(lat, 99) * 1e6))

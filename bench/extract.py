"""Benchmark of the extractor: pipeline load time, mails per second on one core, peak RSS.

    .venv/bin/python bench/extract.py [--rounds 5] [FOLDER ...]

Reads every .eml in the folders (default: the shared corpus and our own corpora) into
memory, warms up once, then extracts them all ``rounds`` times in this one process.
"""

from __future__ import annotations

import argparse
import resource
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = [ROOT.parent / "shared" / "corpus"] + sorted(
    p.parent for p in (ROOT / "tests/data").glob("*/labels.json")
)


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("folders", nargs="*", type=Path, default=DEFAULT)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    mails = [p.read_bytes() for f in args.folders if f.exists() for p in sorted(f.glob("*.eml"))]

    start = time.perf_counter()
    from parsers import nlp
    from parsers.extract import extract

    nlp.pipeline()
    load_s = time.perf_counter() - start
    load_rss = rss_mb()

    for raw in mails:  # warm-up: lazy imports (docx, openpyxl, pypdf), caches
        extract(raw)
    start = time.perf_counter()
    for _ in range(args.rounds):
        for raw in mails:
            extract(raw)
    elapsed = time.perf_counter() - start
    total = len(mails) * args.rounds
    print(f"mails: {len(mails)} x {args.rounds} rounds = {total}")
    print(f"pipeline load: {load_s:.2f} s, RSS after load {load_rss:.0f} MB")
    print(f"throughput: {total / elapsed:.0f} mails/s ({1000 * elapsed / total:.2f} ms/mail)")
    print(f"peak RSS: {rss_mb():.0f} MB")


if __name__ == "__main__":
    main()

"""Benchmark: coder throughput, gazetteer load time and peak memory.

Targets (issue 4): >= 300 news-length articles (~600 words) per second per core, end to end;
gazetteer loads in under 2 s; peak memory under 1 GB.

Run: python benchmarks/bench_coder.py [N_ARTICLES]
News-length articles are made by joining the sample corpus's paragraphs (raw/) until each is
about 600 words, so the text is realistic wire copy. Coding runs in one process (one core).
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def gazetteer_times() -> tuple[float, float]:
    """(cold build, warm load) of the gazetteer index, each in a fresh process."""
    code = "import time; t=time.perf_counter(); from dataset.coder.gazetteer import load_index; load_index(); print(time.perf_counter()-t)"
    with tempfile.TemporaryDirectory() as cache:
        env = {**os.environ, "DATASET_CACHE_DIR": cache}
        cold = float(subprocess.check_output([sys.executable, "-c", code], env=env))
        warm = float(subprocess.check_output([sys.executable, "-c", code], env=env))
    return cold, warm


def news_articles(n: int):
    from dataset.ingest import read_raw
    from dataset.model import Article

    pool = [a for a in read_raw(ROOT / "raw") if isinstance(a, Article)]
    # paragraphs of the corpus in order, each with the article it came from (for its metadata)
    paragraphs = [(a, p) for a in pool for p in a.text.split("\n\n") if p.strip()]
    out = []
    i = 0
    while len(out) < n:
        parts, words = [], 0
        while words < 600:
            a, p = paragraphs[i % len(paragraphs)]
            parts.append(p)
            words += len(p.split())
            i += 1
        out.append(replace(a, id=f"bench-{len(out)}", text="\n\n".join(parts)))
    return out


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 600
    cold, warm = gazetteer_times()
    from dataset.coder import extract
    from dataset.coder.gazetteer import load_index

    load_index()
    articles = news_articles(n)
    words = sum(len(a.text.split()) for a in articles) / len(articles)
    from dataset.coder.actors import load_dictionary
    from dataset.coder.detect import _SENTENCE_CACHE
    from dataset.coder.fatalities import _find
    from dataset.coder.places import _context_countries

    extract(articles[0])  # warm caches
    # The articles reuse the corpus's sentences; the per-sentence fatality, actor and sentence caches and the
    # per-article country cache are cleared for every article so repeats do not flatter the figure (real
    # corpora rarely repeat sentences or articles).
    start = time.perf_counter()
    events = 0
    dictionary = load_dictionary()
    for a in articles:
        _find.cache_clear()
        dictionary.cache.clear()
        _SENTENCE_CACHE.clear()
        _context_countries.cache_clear()
        events += len(extract(a))
    elapsed = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"gazetteer: cold build {cold:.1f} s, warm load {warm:.2f} s")
    print(f"coder: {n} articles of ~{words:.0f} words in {elapsed:.2f} s = {n / elapsed:.0f} articles/s on one core "
          f"({events} events)")
    print(f"peak memory: {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()

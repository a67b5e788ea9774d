"""Start-up and matching cost of the full glossary (glossary-beats, issue 15) against a baseline.

Usage: python bench/glossary_beats.py [BASELINE_GLOSSARY_DIR]   (default: /work/main/glossary)

Measures, for the baseline files and for this checkout's bundled files: the pickled-cache load
(what every run pays at start-up), the cold parse + automaton build (paid once per glossary
change), and the glossary matching over the real corpus texts (or the seeds), in CPU seconds
(process time: the machine may be shared). Acceptance: cache
load and matching within 1.5x of the baseline.
"""

from __future__ import annotations

import pickle
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from mtaudit.glossary.loader import bundled_files, merge_bundled  # noqa: E402


def texts() -> list[str]:
    folder = Path("/work/shared/corpus/docs")
    files = sorted(folder.glob("*.txt")) if folder.is_dir() else sorted((ROOT / "seeds").glob("*.txt"))
    return [f.read_text("utf-8") for f in files] * 5


def measure(files: list[Path]) -> dict:
    t = time.process_time()
    g = merge_bundled(files)
    g.index
    cold = time.process_time() - t
    blob = pickle.dumps(g, protocol=pickle.HIGHEST_PROTOCOL)
    loads = []
    for _ in range(5):
        t = time.process_time()
        h = pickle.loads(blob)
        loads.append(time.process_time() - t)
    docs = texts()
    t = time.process_time()
    n = sum(len(h.index.find(d)) for d in docs)
    match = time.process_time() - t
    return {"concepts": len(g), "keys": g.index.size, "cold_s": cold, "cache_load_s": min(loads),
            "pickle_mb": len(blob) / 1e6, "match_s": match, "matches": n,
            "chars": sum(map(len, docs))}


def startup_cpu(checkout: Path, runs: int = 3) -> float:
    """CPU seconds of one `mtaudit check` of a one-line file with `checkout` on PYTHONPATH (warm
    glossary cache): what a user pays at start-up, imports included."""
    import os
    import resource
    import subprocess
    import tempfile

    doc = Path(tempfile.mkdtemp()) / "one.txt"
    doc.write_text("The governor of the Belgorod region said drones hit Shebekino.\n", "utf-8")
    env = dict(os.environ, PYTHONPATH=str(checkout))
    cmd = [sys.executable, "-m", "mtaudit", "check", str(doc)]
    subprocess.run(cmd, env=env, capture_output=True)  # warm the cache
    best = float("inf")
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        subprocess.run(cmd, env=env, capture_output=True)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        best = min(best, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime))
    return best


def main() -> None:
    base_dir = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/work/main/glossary")
    rows = {"baseline": measure(sorted(base_dir.glob("*.yaml"))), "this": measure(bundled_files())}
    for name, r in rows.items():
        print(f"{name:9} concepts {r['concepts']:6}  keys {r['keys']:6}  cold {r['cold_s']:.2f}s  "
              f"cache load {r['cache_load_s'] * 1000:.0f} ms ({r['pickle_mb']:.1f} MB)  "
              f"match {r['match_s'] * 1000:.0f} ms over {r['chars'] / 1000:.0f}k chars")
    b, t = rows["baseline"], rows["this"]
    base_checkout = base_dir.parent
    if (base_checkout / "mtaudit").is_dir():
        a, z = startup_cpu(base_checkout), startup_cpu(ROOT)
        print(f"start-up (mtaudit check, CPU): baseline {a:.2f}s, this {z:.2f}s, ratio {z / a:.2f}x")
    print(f"ratio: cache load {t['cache_load_s'] / b['cache_load_s']:.2f}x, "
          f"match {t['match_s'] / b['match_s']:.2f}x, cold {t['cold_s'] / b['cold_s']:.2f}x")


if __name__ == "__main__":
    main()

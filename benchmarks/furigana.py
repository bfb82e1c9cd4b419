"""What proposing 振り仮名 costs: loading the dictionary once, then each name.

Loading (each in a fresh interpreter, since the dictionary is loaded once per process):

- baseline: opening SudachiDict with SudachiPy (``Dictionary(dict="core")``), what any use of
  the dictionary pays;
- ``forms.furigana.warm_up()``: the same, plus the index of name entries by reading that backs
  readings put together from pieces (陽|菜 → ヒナ); a counter does this on a background thread
  at start, while the first resident is still at the PIN pad.

Per name (in this process, after the warm-up):

- baseline: one analysis of the name by Sudachi's tokenizer (its single best reading);
- ``forms.furigana.candidates(name)``: every candidate of both parts, best first.

Each figure is the median of per-pair ratios (measure / baseline, one baseline run just before
each measure), so it does not depend on the machine.

Usage::

    .venv/bin/python benchmarks/furigana.py [--repeat 5] [--names 200]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

# This directory holds a forms.py: put the repository first so that "forms" is the package.
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from forms import furigana  # noqa: E402

#: Common, old-form, 外字 and dictionary-less names (the test card's 黒桐), and a ローマ字 one.
NAMES = [
    "佐藤\u3000太郎",
    "鈴木\u3000一郎",
    "高橋\u3000翔",
    "田中\u3000花子",
    "渡辺\u3000陽菜",
    "渡邊\u3000大翔",
    "東海林\u3000幹也",
    "\U00020bb7田\u3000真",
    "髙橋\u3000陽葵",
    "黒桐\u3000幹也",
    "中島\u3000湊",
    "河野\u3000結菜",
    "長谷川\u3000健太",
    "小鳥遊\u3000さくら",
    "NGUYEN THI LAN",
]

_LOAD_BASE = "from sudachipy import Dictionary; Dictionary(dict='core')"
_LOAD_OURS = (
    "import sys; sys.path.insert(0, sys.argv[1]); from forms import furigana; furigana.warm_up()"
)


def _in_fresh_process(code: str) -> float:
    """Seconds a fresh interpreter takes to run ``code`` (start-up included, as a counter pays)."""
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-c", code, str(ROOT)], check=True)
    return time.perf_counter() - t0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=5, help="fresh processes per load figure")
    parser.add_argument("--names", type=int, default=200, help="rounds over the names")
    args = parser.parse_args()

    loads = []
    base_loads = []
    for _ in range(args.repeat):
        base = _in_fresh_process(_LOAD_BASE)
        ours = _in_fresh_process(_LOAD_OURS)
        base_loads.append(base)
        loads.append(ours / base)
    print("loading once per process (fresh interpreter, ratio to opening the dictionary alone)")
    print(f"  warm_up / Dictionary()        {statistics.median(loads):8.2f}")
    print(f"  (baseline: {statistics.median(base_loads) * 1000:.0f} ms on this machine)")

    from sudachipy import Dictionary

    tokenizer = Dictionary(dict="core").tokenizer()
    furigana.warm_up()
    ratios = []
    for _ in range(args.names):
        for name in NAMES:
            t0 = time.perf_counter()
            tokenizer.tokenize(name)
            base = time.perf_counter() - t0
            t0 = time.perf_counter()
            furigana.candidates(name)
            ours = time.perf_counter() - t0
            ratios.append(ours / base)
    print("per name, after the warm-up (ratio to one tokenizer analysis of the name)")
    print(f"  candidates(name) / tokenize   {statistics.median(ratios):8.2f}")
    print(f"  (90th percentile:             {statistics.quantiles(ratios, n=10)[-1]:8.2f})")


if __name__ == "__main__":
    main()

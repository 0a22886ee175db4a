"""How often the year of a dateline without one is inferred right: every TempEval-3 news story
with a DCT is read as if its dateline gave only the month and day, and the year inferred from its
text (``timeline.documents.infer_year``) is compared with the DCT's.

    python bench/dateline_years.py [--errors]

Stories that write out no past year at all cannot be placed (the product says so and leaves
their partial dates unresolved); they are counted apart.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from timeline.documents import infer_year  # noqa: E402

CORPORA_DIR = ROOT.parent / "shared" / "corpora"


#: The corpus the targets are reported on but no rule is developed against: its errors are never
#: listed, so that no one reads them by accident.
HELD_OUT = frozenset({"te3-platinum"})


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", action="append", help="default: tbaq-cleaned and te3-platinum")
    parser.add_argument("--errors", action="store_true", help="list the stories placed in the wrong year")
    args = parser.parse_args()
    print(f"{'corpus':<16} {'stories':>7} {'right':>6} {'wrong':>6} {'no year':>8} {'right of placed':>16}")
    for corpus in args.corpus or ["tbaq-cleaned", "te3-platinum"]:
        right = wrong = unplaced = 0
        errors = []
        with (CORPORA_DIR / f"{corpus}.jsonl").open(encoding="utf-8") as handle:
            for line in handle:
                doc = json.loads(line)
                if not doc.get("dct"):
                    continue
                dct = date.fromisoformat(doc["dct"][:10])
                ref = infer_year(doc["text"], dct.month, dct.day, f"{dct:%b} {dct.day}")
                if ref.day is None:
                    unplaced += 1
                elif ref.day == dct:
                    right += 1
                else:
                    wrong += 1
                    errors.append(f"    {doc['doc_id']}: {dct.year}, inferred {ref.explanation}")
        placed = right + wrong
        share = f"{right / placed:.0%}" if placed else "-"
        print(f"{corpus:<16} {right + wrong + unplaced:>7} {right:>6} {wrong:>6} {unplaced:>8} {share:>16}")
        if args.errors:
            print("    (held out: its errors are not listed)" if corpus in HELD_OUT else "\n".join(errors))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The normalised text of every training row, as one digest (tests/moderation/
test_normalised_rows.py).

Stage 2 is retrained when normalize.py or train.jsonl change (scripts/train_moderation.py hashes
both), but the normaliser also reads the lexicon's words (lexicon.LEXICON_WORDS): a stretched
word is shortened only to a word the lexicon spells, and a dropped g is written back only when
the lexicon spells the -ing word and not the one typed. So a new rule can change how training
rows read ("fuckin" written into a rule keeps "fuckin" as typed, where it used to read
"fucking") without making stage 2 stale. The digest recorded here is checked by a test, so such
a change fails CI instead of drifting silently.

    python scripts/normalised_rows.py            # print the digest and the recorded one
    python scripts/normalised_rows.py --record   # record it (after stage 2's retraining, or
                                                 # when a change is meant and measured)
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.moderation.normalize import normalize  # noqa: E402

TRAIN = ROOT / "data" / "moderation" / "train.jsonl"
RECORD = ROOT / "data" / "moderation" / "train.normalised.json"


def digest(path: Path = TRAIN) -> tuple[str, int]:
    """SHA-256 over the normalised texts of the rows, one per line, in file order."""
    h = hashlib.sha256()
    n = 0
    with path.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                h.update(normalize(json.loads(line)["text"]).text.encode("utf-8") + b"\n")
                n += 1
    return h.hexdigest(), n


def recorded() -> dict:
    return json.loads(RECORD.read_text(encoding="utf-8"))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--record", action="store_true")
    args = ap.parse_args()
    sha, n = digest()
    if args.record:
        RECORD.write_text(json.dumps({"sha256": sha, "rows": n}, indent=1) + "\n",
                          encoding="utf-8")
    print(f"normalised training rows: {n}, sha256 {sha}")
    if RECORD.exists():
        rec = recorded()
        print(f"recorded:                 {rec['rows']}, sha256 {rec['sha256']}")


if __name__ == "__main__":
    main()

"""The training rows read as they did when the digest was recorded (scripts/normalised_rows.py).

The normaliser reads the lexicon's words, so a lexicon edit can change how stage 2's training
rows normalise without making stage 2 stale (its staleness check hashes normalize.py and
train.jsonl, not lexicon.py). Session 21 found one such row by hand ("ahh" read "ah" once a rule
spelled "ah"); session 22 wrote this check after its own new rules would have changed ten
("fuckin", "jokin" spelled in a rule stay as typed instead of reading "fucking", "joking").
"""

from __future__ import annotations

import json

from app.moderation import normalize as nz
from tests.moderation.scripts import load_script

_rows = load_script("normalised_rows")
TRAIN, digest, recorded = _rows.TRAIN, _rows.digest, _rows.recorded


def test_training_rows_normalise_as_recorded():
    sha, n = digest()
    rec = recorded()
    assert n == rec["rows"], (
        f"train.jsonl has {n} rows, {rec['rows']} recorded: stage 2 was retrained or rows were "
        "added; record the digest with scripts/normalised_rows.py --record")
    assert sha == rec["sha256"], (
        "the normaliser now reads some training rows differently than when the digest was "
        "recorded, most likely because a new rule spells a word the normaliser used to rewrite "
        "(a dropped g, a stretched word). Write the rule in the -ing / plain spelling, or, if "
        "the change is meant, retrain stage 2 (scripts/train_moderation.py) and record the "
        "digest (scripts/normalised_rows.py --record)")


def test_a_word_spelled_in_the_lexicon_changes_the_digest(tmp_path, monkeypatch):
    # the drift the check exists for: "fuckin" reads "fucking" until a rule spells "fuckin"
    rows = tmp_path / "rows.jsonl"
    rows.write_text(json.dumps({"text": "ur fuckin annoying"}) + "\n", encoding="utf-8")
    assert nz.normalize("ur fuckin annoying").text == "ur fucking annoying"
    before, _ = digest(rows)
    monkeypatch.setattr(nz, "LEXICON_WORDS", nz.LEXICON_WORDS | {"fuckin"})
    assert nz.normalize("ur fuckin annoying").text == "ur fuckin annoying"
    after, _ = digest(rows)
    assert before != after


def test_the_digest_reads_the_training_file():
    assert TRAIN.name == "train.jsonl" and TRAIN.exists()

"""The fine-tuned encoder weights shipped beside the heads: applied, verified, refused when
they do not match, and the training script's staleness check."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest

from app.moderation import Moderator
from app.moderation.pipeline import HEADS_DIR
from tests.moderation.scripts import load_script

ROOT = Path(__file__).resolve().parents[2]


def _meta() -> dict:
    return json.loads((HEADS_DIR / "heads.json").read_text())


def test_shipped_weights_are_named_and_hashed() -> None:
    from app.moderation.embedding import file_sha256

    meta = _meta()
    tuned = HEADS_DIR / meta["encoder_weights"]
    assert tuned.exists()
    assert file_sha256(tuned) == meta["encoder_sha256"]


def test_cascade_runs_the_fine_tuned_encoder(cascade: Moderator) -> None:
    from app.moderation.embedding import Encoder

    stage2 = cascade._load_stage2()
    assert stage2 is not None and stage2.encoder.tuned
    assert all(name.startswith("encoder.layer.") for name in stage2.encoder.tuned)
    base = Encoder()
    text = ["sorted out my room and wrote a note for everyone"]
    a, b = stage2.encoder.encode(text), base.encode(text)
    assert float(a[0] @ b[0]) < 0.999  # the tuned layers really are laid over the package's


def test_a_weights_file_with_another_hash_is_refused(tmp_path: Path) -> None:
    pytest.importorskip("torch")
    heads = tmp_path / "heads"
    shutil.copytree(HEADS_DIR, heads)
    meta = _meta()
    meta["encoder_sha256"] = "0" * 64
    (heads / "heads.json").write_text(json.dumps(meta))
    mod = Moderator(heads)
    assert not mod.stage2_available  # refused: the lexicon alone, never unverified weights
    out = mod.assess_cascade([("im not okay", "student")])
    assert out[0].escalate and out[0].stage == "lexicon"


def test_weights_that_do_not_fit_the_encoder_are_refused(tmp_path: Path) -> None:
    torch = pytest.importorskip("torch")
    from safetensors.torch import save_file

    from app.moderation.embedding import Encoder, file_sha256

    bad = tmp_path / "bad.safetensors"
    save_file({"encoder.layer.5.output.dense.weight": torch.zeros(3, 3)}, str(bad))
    with pytest.raises(ValueError, match="does not fit"):
        Encoder(tuned=bad, tuned_sha256=file_sha256(bad))
    unknown = tmp_path / "unknown.safetensors"
    save_file({"not.a.parameter": torch.zeros(2)}, str(unknown))
    with pytest.raises(ValueError, match="does not fit"):
        Encoder(tuned=unknown, tuned_sha256=file_sha256(unknown))


def test_heads_json_without_the_weights_hash_is_refused(tmp_path: Path) -> None:
    pytest.importorskip("torch")
    heads = tmp_path / "heads"
    shutil.copytree(HEADS_DIR, heads)
    meta = _meta()
    del meta["encoder_sha256"]
    (heads / "heads.json").write_text(json.dumps(meta))
    assert not Moderator(heads).stage2_available


def test_shipped_model_was_built_from_the_current_training_data() -> None:
    """heads.json names the SHA-256 of train.jsonl, the training script and the normaliser it
    was built from; `make` retrains when they differ, so a commit that changes the data
    without retraining is caught here."""
    script = load_script("train_moderation")
    assert script.up_to_date(), "run `make heads`: the model is older than its inputs"


def test_staleness_check_sees_a_changed_input(tmp_path: Path, monkeypatch) -> None:
    script = load_script("train_moderation")
    changed = tmp_path / "train.jsonl"
    changed.write_bytes((ROOT / "data" / "moderation" / "train.jsonl").read_bytes() + b"\n")
    assert script.up_to_date()
    monkeypatch.setattr(script, "INPUTS", [changed, *script.INPUTS[1:]])
    assert not script.up_to_date()


def test_embeddings_agree_with_float32(cascade: Moderator) -> None:
    """The server may run the encoder in bfloat16; the heads were fitted on float32."""
    from app.moderation.embedding import Encoder

    stage2 = cascade._load_stage2()
    meta = _meta()
    f32 = Encoder(fast=False, tuned=HEADS_DIR / meta["encoder_weights"],
                  tuned_sha256=meta["encoder_sha256"])
    texts = ["gave my guitar to my cousin, wont need it", "what time does the bus come"]
    a, b = stage2.encoder.encode(texts), f32.encode(texts)
    assert np.all(np.sum(a * b, axis=1) > 0.99)


def test_length_batches_cover_every_row_once_in_full_batches_of_like_length() -> None:
    """Fine-tuning draws its batches by length (padding to a batch's longest row is most of the
    cost): every row of the epoch once, every batch full, the same batches from the same seed,
    and far less padding than the random batches they replaced."""
    import numpy as np
    import torch

    script = load_script("train_moderation")
    rng = np.random.default_rng(3)
    lengths = rng.integers(3, 65, 5000)
    order = rng.permutation(4800)  # an epoch of 150 batches of 32
    batches = script.length_batches(order, lengths, 32, torch.Generator().manual_seed(0))
    assert all(len(b) == 32 for b in batches)
    assert sorted(np.concatenate(batches).tolist()) == sorted(order.tolist())
    again = script.length_batches(order, lengths, 32, torch.Generator().manual_seed(0))
    assert [b.tolist() for b in batches] == [b.tolist() for b in again]
    padded = np.mean([lengths[b].max() for b in batches])
    random = np.mean([lengths[order[i:i + 32]].max() for i in range(0, 4800, 32)])
    assert padded < 0.6 * random, (padded, random)
    # the batches come in shuffled order, not shortest first
    firsts = [lengths[b].max() for b in batches[:50]]
    assert firsts != sorted(firsts)

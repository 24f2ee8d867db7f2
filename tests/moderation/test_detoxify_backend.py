"""The optional detoxify backend: loads a tiny checkpoint built here with the network
switched off, and refuses a checkpoint whose SHA-256 does not match."""

from __future__ import annotations

import pickle
import socket
from pathlib import Path

import pytest

from app.moderation.detoxify_backend import DetoxifyBackend, DetoxifyUnavailable, sha256_of

torch = pytest.importorskip("torch")
transformers = pytest.importorskip("transformers")
pytest.importorskip("detoxify")

CLASSES = ["toxic", "severe_toxic", "obscene", "threat", "insult", "identity_hate"]


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(self: socket.socket, address: object) -> None:
        raise AssertionError(f"detoxify tried to reach {address!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)


@pytest.fixture(scope="module")
def tiny(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A real (tiny) BERT detoxify checkpoint and its local config/tokenizer folder."""
    folder = tmp_path_factory.mktemp("detoxify")
    config_dir = folder / "config"
    config_dir.mkdir()
    vocab = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", "you", "are", "an", "idiot",
             "nice", "day", "have", "a"]
    (config_dir / "vocab.txt").write_text("\n".join(vocab) + "\n")
    tokenizer = transformers.BertTokenizer(str(config_dir / "vocab.txt"))
    tokenizer.save_pretrained(str(config_dir))
    config = transformers.BertConfig(vocab_size=len(vocab), hidden_size=16,
                                     num_hidden_layers=1, num_attention_heads=2,
                                     intermediate_size=32, num_labels=len(CLASSES))
    config.save_pretrained(str(config_dir))
    torch.manual_seed(0)
    model = transformers.BertForSequenceClassification(config)
    checkpoint = folder / "tiny.ckpt"
    torch.save({
        "config": {"arch": {"args": {"model_type": "bert-base-uncased",
                                     "model_name": "BertForSequenceClassification",
                                     "tokenizer_name": "BertTokenizer",
                                     "num_classes": len(CLASSES)}},
                   "dataset": {"args": {"classes": CLASSES}}},
        "state_dict": model.state_dict(),
    }, checkpoint)
    return checkpoint, config_dir


def test_a_verified_checkpoint_loads_offline_and_scores(tiny, no_network):
    checkpoint, config_dir = tiny
    backend = DetoxifyBackend.from_settings(str(checkpoint), str(config_dir),
                                            sha256_of(checkpoint).upper())
    assert backend is not None
    scores = backend.toxicity(["you are an idiot", "have a nice day"])
    assert len(scores) == 2 and all(0.0 <= s <= 1.0 for s in scores)
    assert scores[0] != scores[1]  # a real model ran on the real tokens
    assert backend.toxicity(["have a nice day"]) == pytest.approx([scores[1]], abs=1e-5)


class _Boom:
    """Unpickling this writes a file: the proof that a checkpoint was opened."""

    marker = ""

    def __reduce__(self) -> tuple[object, tuple[str, str]]:
        return (Path.write_text, (Path(self.marker), "pwned"))


def test_a_checkpoint_with_the_wrong_hash_is_never_unpickled(tiny, tmp_path):
    _, config_dir = tiny
    marker = tmp_path / "ran"
    boom = _Boom()
    _Boom.marker = str(marker)
    evil = tmp_path / "evil.ckpt"
    evil.write_bytes(pickle.dumps(boom))
    backend = DetoxifyBackend(evil, config_dir, "0" * 64)
    with pytest.raises(DetoxifyUnavailable, match="SHA-256 does not match"):
        backend.toxicity(["hello"])
    assert not marker.exists()


def test_it_is_never_the_default_and_needs_all_three_settings(tiny):
    checkpoint, _ = tiny
    assert DetoxifyBackend.from_settings(None, None, None) is None
    with pytest.raises(DetoxifyUnavailable, match="HAVEN_DETOXIFY_SHA256"):
        DetoxifyBackend.from_settings(str(checkpoint), None, None)


def test_the_backend_joins_the_cascade_but_never_withholds_risk(tiny, no_network):
    from app.moderation import Action, Moderator

    checkpoint, config_dir = tiny
    backend = DetoxifyBackend(checkpoint, config_dir, sha256_of(checkpoint), threshold=0.0)
    moderator = Moderator(use_model=False, toxicity_backend=backend)
    calm, risky = moderator.assess_cascade([
        ("have a nice day", "student"),
        ("i have the pills in my hand, tonight im ending it", "student"),
    ])
    # With a threshold of 0 the backend calls everything toxic: the calm message is held...
    assert calm.action is Action.WITHHOLD and calm.reason
    assert calm.categories["toxicity"] > 0
    # ...but a message with risk is delivered and escalated whatever the backend says.
    assert risky.action is Action.DELIVER and risky.escalate
    assert Moderator(use_model=False).assess_cascade([("have a nice day", "student")])[
        0].action is Action.DELIVER

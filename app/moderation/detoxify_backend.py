"""Detoxify, as DESIGN.md names it: an optional toxicity backend for schools that hold its
weights. Never the default, never required (docs/moderation.md#detoxify).

Configured by the path of a local checkpoint (HAVEN_DETOXIFY_CHECKPOINT), a local folder
with the transformers config and tokenizer files (HAVEN_DETOXIFY_CONFIG_DIR) and the
checkpoint's SHA-256 (HAVEN_DETOXIFY_SHA256). Loaded lazily, on first use.

Two things make it safe here:
- detoxify's loader unpickles the checkpoint (torch.load with weights_only=False), so a
  wrong file could run code: the file's SHA-256 is checked against the configured one
  before anything reads it as a checkpoint.
- detoxify's own loader reaches for the model hub (it calls `from_pretrained(model_type)`
  even when given a local config folder), which fails behind a school firewall: we load
  config and tokenizer from the local folder only, with the hub switched off, and hand
  the model to detoxify's `Detoxify.predict`.
"""

from __future__ import annotations

import hashlib
import os
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

CHANGE_NAMES = {"toxic": "toxicity", "identity_hate": "identity_attack",
                "severe_toxic": "severe_toxicity"}


class DetoxifyUnavailable(RuntimeError):
    """The backend is misconfigured, its checkpoint fails verification, or it cannot load."""


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


@dataclass
class DetoxifyBackend:
    checkpoint: Path
    config_dir: Path
    sha256: str
    threshold: float = 0.5

    def __post_init__(self) -> None:
        self._model: Any = None
        self._lock = threading.Lock()

    @classmethod
    def from_settings(cls, checkpoint: str | None, config_dir: str | None,
                      sha256: str | None) -> DetoxifyBackend | None:
        if not checkpoint:
            return None
        if not config_dir or not sha256:
            raise DetoxifyUnavailable(
                "HAVEN_DETOXIFY_CHECKPOINT needs HAVEN_DETOXIFY_CONFIG_DIR and "
                "HAVEN_DETOXIFY_SHA256 (the checkpoint is verified before it is loaded)")
        return cls(Path(checkpoint), Path(config_dir), sha256.strip().lower())

    def _load(self) -> Any:
        with self._lock:
            if self._model is not None:
                return self._model
            if not self.checkpoint.is_file():
                raise DetoxifyUnavailable(f"no detoxify checkpoint at {self.checkpoint}")
            actual = sha256_of(self.checkpoint)
            if actual != self.sha256:
                raise DetoxifyUnavailable(
                    "the detoxify checkpoint's SHA-256 does not match HAVEN_DETOXIFY_SHA256; "
                    "refusing to load it")
            os.environ.setdefault("HF_HUB_OFFLINE", "1")
            os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
            import torch
            import transformers
            from detoxify import Detoxify

            loaded = torch.load(self.checkpoint, map_location="cpu", weights_only=False)
            if "config" not in loaded or "state_dict" not in loaded:
                raise DetoxifyUnavailable("not a detoxify checkpoint (no config/state_dict)")
            args = loaded["config"]["arch"]["args"]
            model_class = getattr(transformers, args["model_name"])
            config = model_class.config_class.from_pretrained(
                str(self.config_dir), num_labels=args["num_classes"], local_files_only=True)
            model = model_class(config)
            model.load_state_dict(loaded["state_dict"], strict=False)
            model.eval()
            tokenizer = getattr(transformers, args["tokenizer_name"]).from_pretrained(
                str(self.config_dir), local_files_only=True)
            detox = Detoxify.__new__(Detoxify)  # detoxify's predict, our offline loading
            detox.model, detox.tokenizer, detox.device = model, tokenizer, "cpu"
            detox.class_names = [CHANGE_NAMES.get(c, c) for c in
                                 loaded["config"]["dataset"]["args"]["classes"]]
            self._model = detox
            return detox

    def toxicity(self, texts: list[str]) -> list[float]:
        """P(toxic) for each text (detoxify's `toxicity` class)."""
        if not texts:
            return []
        scores = self._load().predict(list(texts))["toxicity"]
        return [float(s) for s in (scores if isinstance(scores, list) else [scores])]

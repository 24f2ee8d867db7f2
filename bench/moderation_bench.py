"""Moderation quality and speed benchmark (a script, not a timed test).

    python bench/moderation_bench.py                 # dev, test, holdout: stage 1 and full cascade
    python bench/moderation_bench.py --stage1-only   # skip the embedding model
    python bench/moderation_bench.py --errors train  # list misclassified rows of a set

Quality, per labelled set (JSON lines with text, role, risk, toxic):
  high escalated       share of risk=high rows with escalate=True          (target >= 95%)
  medium+ escalated    share of risk in {medium, high} with escalate=True  (target >= 90%)
  ordinary escalated   share of risk=none rows with escalate=True          (target <= 3%)
  toxicity F1          toxic label vs action=withhold                      (target >= 0.85)
  risky withheld       rows with risk != none that were withheld           (target 0)
Speed: inline (stage 1) verdict p50/p99 over every text of the sets, and full-cascade
messages/s on one core (torch limited to one thread) over a realistic chat mix.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

from app.chat.screening import raises  # noqa: E402
from app.moderation import Action, Moderator, Verdict  # noqa: E402

SETS = {
    "dev": ROOT.parent / "shared" / "moderation" / "dev.jsonl",
    "test": ROOT / "data" / "moderation" / "test.jsonl",
    "holdout": ROOT / "data" / "moderation" / "holdout.jsonl",
    "train": ROOT / "data" / "moderation" / "train.jsonl",
    # a second reader's probes (2026-11-29): rules were narrowed against them, so not held out
    "review": ROOT / "data" / "moderation" / "review.jsonl",
}


def set_path(name: str) -> Path:
    """A named set, or any labelled JSON-lines file (e.g. a fresh batch before it is merged
    into the training data)."""
    return SETS[name] if name in SETS else Path(name)


def load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def metrics(rows: list[dict], verdicts: list[Verdict]) -> dict[str, float]:
    def share(pred, cond):
        sel = [v for r, v in zip(rows, verdicts, strict=True) if cond(r)]
        return (sum(1 for v in sel if pred(v)) / len(sel) if sel else float("nan")), len(sel)

    high, n_high = share(lambda v: v.escalate, lambda r: r["risk"] == "high")
    medp, n_medp = share(lambda v: v.escalate, lambda r: r["risk"] in ("medium", "high"))
    ordn, n_ord = share(lambda v: v.escalate, lambda r: r["risk"] == "none")
    low, n_low = share(lambda v: v.escalate, lambda r: r["risk"] == "low")
    any_risk, _ = share(lambda v: v.risk != "none", lambda r: r["risk"] != "none")
    tp = sum(
        1 for r, v in zip(rows, verdicts, strict=True) if r["toxic"] and v.action is Action.WITHHOLD
    )
    fp = sum(
        1
        for r, v in zip(rows, verdicts, strict=True)
        if not r["toxic"] and v.action is Action.WITHHOLD
    )
    fn = sum(
        1
        for r, v in zip(rows, verdicts, strict=True)
        if r["toxic"] and v.action is not Action.WITHHOLD
    )
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    risky_withheld = sum(
        1
        for r, v in zip(rows, verdicts, strict=True)
        if r["risk"] != "none" and v.action is Action.WITHHOLD
    )
    exact = sum(1 for r, v in zip(rows, verdicts, strict=True) if r["risk"] == v.risk.value)
    return {
        "n": len(rows),
        "high_escalated": high,
        "n_high": n_high,
        "medium_plus_escalated": medp,
        "n_medium_plus": n_medp,
        "ordinary_escalated": ordn,
        "n_ordinary": n_ord,
        "low_escalated": low,
        "n_low": n_low,
        "any_risk_flagged": any_risk,
        "toxicity_precision": prec,
        "toxicity_recall": rec,
        "toxicity_f1": f1,
        "risky_withheld": risky_withheld,
        "risk_level_exact": exact / len(rows),
        "unsettled_share": sum(1 for v in verdicts if not v.settled) / len(rows),
    }


def show(name: str, m: dict[str, float]) -> None:
    print(
        f"  {name:<22} n={m['n']:>4}  high escalated {m['high_escalated']:.1%} "
        f"(of {m['n_high']})  medium+ escalated {m['medium_plus_escalated']:.1%} "
        f"(of {m['n_medium_plus']})  ordinary escalated {m['ordinary_escalated']:.1%} "
        f"(of {m['n_ordinary']})"
    )
    print(
        f"  {'':<22}         toxicity F1 {m['toxicity_f1']:.3f} (P {m['toxicity_precision']:.3f}"
        f" R {m['toxicity_recall']:.3f})  risky withheld {m['risky_withheld']}  "
        f"low escalated {m['low_escalated']:.1%}  risk level exact {m['risk_level_exact']:.1%}"
        f"  stage-1 unsettled {m['unsettled_share']:.1%}"
    )


def errors(rows: list[dict], verdicts: list[Verdict]) -> None:
    for r, v in zip(rows, verdicts, strict=True):
        want_esc = r["risk"] in ("medium", "high")
        bad = (
            want_esc != v.escalate
            or r["toxic"] != (v.action is Action.WITHHOLD)
            or (r["risk"] == "none") != (v.risk == "none")
        )
        if bad:
            print(
                f"[{r['role'][:3]} {r['category']}/{r['risk']}{' TOX' if r['toxic'] else ''}"
                f" -> {v.category}/{v.risk}{' WITHHOLD' if v.action == 'withhold' else ''}"
                f"{'' if v.settled else ' ?'} {v.stage}] {r['text']}   {list(v.signals)[:4]}"
            )


def speed_inline(mod: Moderator, texts: list[tuple[str, str]]) -> dict[str, float]:
    """Wall-clock and CPU-time (this thread only, immune to other processes) per verdict."""
    for t, r in texts[:50]:
        mod.assess(t, r)
    wall, cpu = [], []
    for _ in range(5):
        for t, r in texts:
            t0, c0 = time.perf_counter(), time.thread_time()
            mod.assess(t, r)
            cpu.append((time.thread_time() - c0) * 1000)
            wall.append((time.perf_counter() - t0) * 1000)
    wall.sort()
    cpu.sort()
    return {
        "p50": statistics.median(wall),
        "p99": wall[int(len(wall) * 0.99)],
        "cpu_p50": statistics.median(cpu),
        "cpu_p99": cpu[int(len(cpu) * 0.99)],
    }


def adversarial_texts() -> dict[str, str]:
    """2,000-character messages (the protocol's limit) built to be slow for stage 1: spaced
    letters (the normaliser joins runs of single letters), a run of them ending in a wider gap
    that does not make a word (rules.respace), one word repeated, punctuation, emoji,
    leetspeak and a long run-on sentence of risk words."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    return {
        "spaced letters": " ".join(letters[i % 26] for i in range(1000))[:2000],
        "spaced then a gap": "a " * 998 + " b1",
        "k m s repeated": ("k m s " * 400)[:2000],
        "one word": ("die " * 500)[:2000],
        "punctuation": ("!?.,;:" * 400)[:2000],
        "emoji": "💊🔪😂💀" * 500,
        "leetspeak": ("k1ll m3 su1c1d3 $h " * 120)[:2000],
        "run-on risk words": ("i want to kill myself tonight with the pills and the rope and "
                              "the bridge and goodbye " * 20)[:2000],
        "censored": ("f*ck s*icide wh*re k*ll " * 100)[:2000],
    }


def speed_adversarial(mod: Moderator) -> dict[str, float]:
    """The slowest of three inline verdicts for each adversarial message, in ms (after a
    warm-up verdict: the first one builds the prefilter's automata)."""
    mod.assess("warm up", "student")
    out = {}
    for name, text in adversarial_texts().items():
        times = []
        for _ in range(3):
            t0 = time.perf_counter()
            mod.assess(text, "student")
            times.append((time.perf_counter() - t0) * 1000)
        out[name] = max(times)
    return out


def speed_cascade(
    mod: Moderator, texts: list[tuple[str, str]], batch: int = 64
) -> tuple[float, float]:
    """Messages per wall second and per CPU second (torch runs on this one thread)."""
    mod.assess_cascade(texts[:batch])  # warm-up, loads the model
    t0, c0 = time.perf_counter(), time.process_time()
    n = 0
    for _ in range(2):
        for i in range(0, len(texts), batch):
            chunk = texts[i : i + batch]
            mod.assess_cascade(chunk)
            n += len(chunk)
    return n / (time.perf_counter() - t0), n / (time.process_time() - c0)


def reference_matmuls_per_s(seconds: float = 2.0) -> float:
    """This host's speed right now, for reading the cascade's figure: float32 256x384 @
    384x1536 products per second in torch on the encoder's one thread (the shape of its
    feed-forward layer over a batch). Shared machines slow down and speed up by 2x in an
    afternoon; the cascade's messages/s divided by this moves only when the code does."""
    import torch

    gen = torch.Generator().manual_seed(0)
    a = torch.randn(256, 384, generator=gen)
    b = torch.randn(384, 1536, generator=gen)
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        a @ b
        n, t0 = 0, time.perf_counter()
        while time.perf_counter() - t0 < seconds:
            a @ b
            n += 1
        return n / (time.perf_counter() - t0)
    finally:
        torch.set_num_threads(threads)


def live_chat(inline: list[Verdict], cascade: list[Verdict]) -> list[Verdict]:
    """What the chat does (app/chat/screening.py, `raises`): stage 1's action at once; the
    cascade's verdict replaces it only when it raises the risk, which releases a withheld
    message (risk is never withheld). A message stage 1 delivered stays delivered, so stage
    2's toxicity withholds nothing live: this is the toxicity F1 a room sees. `haven
    moderate` prints the cascade's verdict."""
    return [c if raises(i, c) else replace(c, action=i.action)
            for i, c in zip(inline, cascade, strict=True)]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--stage1-only", action="store_true")
    ap.add_argument("--errors", help=f"{', '.join(sorted(SETS))} or a .jsonl path")
    ap.add_argument("--cascade-errors", action="store_true")
    ap.add_argument("--sets", default="dev,test,holdout", help="comma-separated names or paths")
    args = ap.parse_args()

    try:
        import torch

        torch.set_num_threads(1)  # "one core"
    except ImportError:
        pass
    stage1 = Moderator(use_model=False)
    full = Moderator(use_model=not args.stage1_only)

    if args.errors:
        rows = load(set_path(args.errors))
        pairs = [(r["text"], r["role"]) for r in rows]
        vs = (
            full.assess_cascade(pairs)
            if args.cascade_errors
            else [stage1.assess(t, r) for t, r in pairs]
        )
        errors(rows, vs)
        show(args.errors, metrics(rows, vs))
        return

    print(
        f"moderation benchmark, {time.strftime('%Y-%m-%d %H:%M')}, "
        f"stage 2 {'available' if full.stage2_available else 'not available'}"
    )
    all_pairs: list[tuple[str, str]] = []
    for name in args.sets.split(","):
        rows = load(set_path(name))
        pairs = [(r["text"], r["role"]) for r in rows]
        all_pairs += pairs
        print(f"{name} ({set_path(name).name}):")
        inline = [stage1.assess(t, r) for t, r in pairs]
        show("stage 1 (lexicon)", metrics(rows, inline))
        if full.stage2_available:
            cascade = full.assess_cascade(pairs)
            show("cascade (+ heads)", metrics(rows, cascade))
            show("live chat", metrics(rows, live_chat(inline, cascade)))
    sp = speed_inline(stage1, all_pairs)
    print(
        f"speed: inline verdict wall p50 {sp['p50']:.3f} ms, p99 {sp['p99']:.3f} ms; "
        f"cpu p50 {sp['cpu_p50']:.3f} ms, p99 {sp['cpu_p99']:.3f} ms "
        f"over {len(all_pairs) * 5} calls"
    )
    adv = speed_adversarial(stage1)
    worst = max(adv, key=adv.__getitem__)
    print(
        f"speed: inline verdict on 2,000-character adversarial messages: worst {adv[worst]:.1f} "
        f"ms ({worst}); " + ", ".join(f"{k} {v:.1f}" for k, v in adv.items())
    )
    if full.stage2_available:
        ref_before = reference_matmuls_per_s()
        wall_rate, cpu_rate = speed_cascade(full, all_pairs)
        ref = (ref_before + reference_matmuls_per_s()) / 2
        enc = full._load_stage2().encoder  # type: ignore[union-attr]
        print(
            f"speed: host reference {ref:.0f} matmuls/s (one thread, before and after); "
            f"cascade / reference = {wall_rate / ref:.3f} messages per matmul"
        )
        print(
            f"speed: full cascade {wall_rate:.0f} messages/s wall, {cpu_rate:.0f} per CPU "
            f"second, one thread (batches of 64; only stage-1-unsettled messages reach the "
            f"model; encoder {'bfloat16' if enc.bf16 else 'float32'})"
        )
    try:
        loadavg = os.getloadavg()[0]
        print(f"machine load average while measuring: {loadavg:.2f} on {os.cpu_count()} cores")
    except OSError:
        pass


if __name__ == "__main__":
    main()

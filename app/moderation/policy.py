"""Policy: category levels -> the Verdict's action, escalation, reason and guidance.

The rules (DESIGN.md, Moderation):
- distress and risk are never hidden: a message with any risk is delivered, even when rude;
- medium and high risk escalate (a counselor is paged);
- toxicity aimed at a person is withheld, and the sender is told why in one plain sentence;
- staff messages (volunteers, counselors) carry no risk of their own: their screening
  questions ("are you thinking about suicide?") are what a good volunteer says.
"""

from __future__ import annotations

from app.moderation.verdict import RISK_CATEGORIES, Action, Category, RiskLevel, Verdict

# Why a message was held back, for the sender; keyed by the toxicity rule kind that fired.
REASONS: dict[str, str] = {
    "tx_tell_harm": "This message was held back because it tells someone to hurt themselves.",
    "tx_threat": "This message was held back because it threatens someone.",
    "tx_sexual": "This message was held back because it is sexual harassment.",
    "tx_slur": "This message was held back because it contains a slur.",
    "tx_third": "This message was held back because it insults or bullies someone.",
    "tx_staff": "This message was held back because it belittles the person you are talking with.",
    "tx_insult": "This message was held back because it insults someone.",
    "tx_attack": "This message was held back because it attacks someone.",
}
_REASON_ORDER = ("tx_tell_harm", "tx_threat", "tx_sexual", "tx_slur", "tx_staff",
                 "tx_insult", "tx_attack", "tx_third")
DEFAULT_REASON = "This message was held back because it may hurt someone."

_PAGING = ("A counselor is being paged now and can join this chat; stay with the student "
           "until they do.")

# Guidance for the volunteer, per category and level: what to say, what not to promise.
GUIDANCE: dict[tuple[str, RiskLevel], str] = {
    ("self_harm", RiskLevel.HIGH): (
        "Possible imminent suicide or self-harm risk. Stay in the chat, stay calm and ask "
        "directly: 'Are you safe right now? Have you taken anything or hurt yourself?' Ask "
        "them to put distance between themselves and any pills, blades or other means. If "
        "they have already acted or are in immediate danger, urge them to call emergency "
        "services (911) or the 988 crisis line now. Do not promise to keep this secret and do "
        "not argue or lecture. " + _PAGING),
    ("self_harm", RiskLevel.MEDIUM): (
        "The student may be thinking about suicide or self-harm. Thank them for telling you, "
        "ask directly whether they are thinking of killing themselves and whether they have a "
        "plan, and listen without judging. Do not promise confidentiality and do not minimise "
        "('you have so much to live for'). " + _PAGING),
    ("self_harm", RiskLevel.LOW): (
        "The student sounds hopeless or low about themselves. Reflect what you hear, ask how "
        "long they have felt this way, and gently ask whether they have had thoughts of "
        "hurting themselves. Don't rush to fix it or promise things will be fine."),
    ("abuse_disclosure", RiskLevel.HIGH): (
        "The student may be being abused or neglected now. Believe them and say it is not "
        "their fault. Ask whether they are safe right now and where they are. Do not promise "
        "to keep it secret: explain that a counselor must help keep them safe. Do not contact "
        "or confront the person they name, and do not ask for graphic details. " + _PAGING),
    ("abuse_disclosure", RiskLevel.MEDIUM): (
        "The student may be describing abuse, past or unclear. Believe them, thank them, and "
        "let them tell it at their own pace without leading questions. Do not promise "
        "confidentiality. " + _PAGING),
    ("abuse_disclosure", RiskLevel.LOW): (
        "The student mentions something that may be unsafe at home or in a relationship. "
        "Listen, believe them, and ask gently whether they feel safe."),
    ("harm_to_others", RiskLevel.HIGH): (
        "The student may be planning to hurt someone, possibly with a weapon. Stay calm and "
        "keep them talking; ask what is going on and whether they have a weapon with them. "
        "Do not argue, threaten, or promise that nothing will be reported. If anyone is in "
        "immediate danger, emergency services must be called. " + _PAGING),
    ("harm_to_others", RiskLevel.MEDIUM): (
        "The student is voicing anger or thoughts of hurting someone. Acknowledge the anger "
        "without judging, ask what happened and whether they have a plan or a weapon. Do not "
        "promise confidentiality. " + _PAGING),
    ("harm_to_others", RiskLevel.LOW): (
        "The student is angry. Let them vent, reflect the feeling, and ask what happened."),
    ("distress", RiskLevel.HIGH): (
        "The student is in acute distress. Stay with them, help them slow down (breathing, "
        "naming things around them) and ask whether they are safe. " + _PAGING),
    ("distress", RiskLevel.MEDIUM): (
        "The student is in acute distress or worried about someone else's safety. Stay with "
        "them, help them slow down (breathe in for 4, out for 4), and ask directly whether "
        "they or the person they mention are safe and thinking of suicide. Do not promise to "
        "keep a friend's risk secret. " + _PAGING),
    ("distress", RiskLevel.LOW): (
        "The student is having a hard time. Listen, reflect their feelings, and ask open "
        "questions; no need to solve it. Don't promise outcomes you can't control."),
}


def primary_category(levels: dict[str, int]) -> str | None:
    best, best_lv = None, 0
    for cat in RISK_CATEGORIES:  # ordered most serious first; ties keep the earlier one
        if levels.get(cat, 0) > best_lv:
            best, best_lv = cat, levels[cat]
    return best


def reason_for(tox_kinds: list[str]) -> str:
    for kind in _REASON_ORDER:
        if kind in tox_kinds:
            return REASONS[kind]
    return DEFAULT_REASON


def decide(
    levels: dict[str, int],
    scores: dict[str, float],
    toxic: bool,
    tox_kinds: list[str],
    *,
    settled: bool,
    stage: str = "lexicon",
    signals: tuple[str, ...] = (),
    risk_cue: bool = False,
) -> Verdict:
    rank = max(levels.get(c, 0) for c in RISK_CATEGORIES)
    risk = RiskLevel.from_rank(rank)
    category = primary_category(levels) if rank else None
    # risk is never hidden: only a toxic message with no risk and no hint of it is withheld
    withhold = toxic and risk is RiskLevel.NONE and not risk_cue
    return Verdict(
        risk=risk,
        categories={c.value: float(scores.get(c.value, 0.0)) for c in Category},
        category=category,
        action=Action.WITHHOLD if withhold else Action.DELIVER,
        escalate=rank >= 2,
        reason=reason_for(tox_kinds) if withhold else None,
        guidance=GUIDANCE.get((category, risk)) if category else None,
        settled=settled,
        stage=stage,
        signals=signals,
    )

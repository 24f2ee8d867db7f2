"""The Verdict a moderation pass returns, and its enums.

See docs/moderation.md for how the cascade fills it in.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class RiskLevel(StrEnum):
    NONE = "none"
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"

    @property
    def rank(self) -> int:
        return _RANK[self]

    @classmethod
    def from_rank(cls, rank: int) -> RiskLevel:
        return _BY_RANK[max(0, min(3, rank))]


_RANK = {RiskLevel.NONE: 0, RiskLevel.LOW: 1, RiskLevel.MEDIUM: 2, RiskLevel.HIGH: 3}
_BY_RANK = {v: k for k, v in _RANK.items()}


class Action(StrEnum):
    DELIVER = "deliver"
    WITHHOLD = "withhold"


class Category(StrEnum):
    SELF_HARM = "self_harm"
    ABUSE_DISCLOSURE = "abuse_disclosure"
    HARM_TO_OTHERS = "harm_to_others"
    DISTRESS = "distress"
    TOXICITY = "toxicity"


#: Every Verdict carries a score for each of these, in this order.
CATEGORIES: tuple[str, ...] = tuple(c.value for c in Category)
#: The categories that carry risk (toxicity does not), most serious first: ties between
#: equal levels go to the earlier one when choosing the primary category.
RISK_CATEGORIES: tuple[str, ...] = (
    Category.SELF_HARM.value,
    Category.ABUSE_DISCLOSURE.value,
    Category.HARM_TO_OTHERS.value,
    Category.DISTRESS.value,
)


@dataclass(slots=True)
class Verdict:
    risk: RiskLevel
    categories: dict[str, float]
    category: str | None
    action: Action
    escalate: bool
    reason: str | None = None
    guidance: str | None = None
    settled: bool = True
    #: Which stage decided: "lexicon" (inline) or "cascade" (lexicon + embedding heads).
    stage: str = "lexicon"
    #: Names of the lexicon rules that fired; for debugging and the counselor's view.
    signals: tuple[str, ...] = field(default_factory=tuple)

    def to_json(self) -> dict[str, object]:
        """The `haven moderate` line of PROTOCOL.md, plus the primary category."""
        return {
            "risk": self.risk.value,
            "categories": {k: round(float(self.categories.get(k, 0.0)), 3) for k in CATEGORIES},
            "action": self.action.value,
            "escalate": self.escalate,
            "category": self.category,
        }

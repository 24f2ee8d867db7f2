"""Moderation: text + sender role in, Verdict out. Pure: knows nothing of rooms or sockets.

Design and measured quality: docs/moderation.md.
"""

from app.moderation.pipeline import Moderator
from app.moderation.verdict import Action, Category, RiskLevel, Verdict

__all__ = ["Action", "Category", "Moderator", "RiskLevel", "Verdict"]

"""Escalations: a flagged conversation reaches the counselor on call, in time.
See docs/escalation.md."""

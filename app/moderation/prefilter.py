"""A literal prefilter for the lexicon's regexes: the same matches, far fewer scans.

Most chat messages match no rule, yet running ~490 regexes over each costs ~0.5 ms of the
event loop per message. From each rule's parsed pattern we derive a set of literal strings
of which every match must contain at least one (a "must contain one of" set); a rule whose
set has no member in the text cannot match and is not run. The derivation is
conservative: where it cannot prove a requirement (a class, an optional part, a flag that
changes case) it requires nothing, and the rule always runs. tests/moderation/
test_prefilter.py checks that rules run with and without the prefilter find the same
matches on every labelled message we have.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from re import _constants as C  # noqa: N812  (sre opcodes)
from re import _parser as sre_parse
from typing import Any

import ahocorasick

Req = frozenset[str] | None


def _best(cands: list[frozenset[str]]) -> Req:
    """The most selective candidate: longest shortest member, then fewest members."""
    if not cands:
        return None
    return max(cands, key=lambda s: (min(len(x) for x in s), -len(s)))


def _req(items: Any) -> Req:
    cands: list[frozenset[str]] = []
    run: list[str] = []

    def close_run() -> None:
        if run:
            cands.append(frozenset(["".join(run)]))
            run.clear()

    for op, av in items:
        if op is C.LITERAL:
            run.append(chr(av))
            continue
        close_run()
        if op is C.SUBPATTERN:
            _group, add_flags, _del_flags, sub = av
            if add_flags & (re.IGNORECASE | re.VERBOSE):
                continue
            req = _req(sub)
        elif op is C.ATOMIC_GROUP:
            req = _req(av)
        elif op is C.BRANCH:
            alts = [_req(alt) for alt in av[1]]
            req = None if any(a is None for a in alts) else frozenset().union(*alts)  # type: ignore[arg-type]
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            lo, _hi, sub = av
            req = _req(sub) if lo >= 1 else None
        else:  # classes, any, anchors, assertions, group references: no literal proven
            req = None
        if req:
            cands.append(req)
    close_run()
    return _best(cands)


def required_literals(pattern: re.Pattern[str]) -> Req:
    """Strings of which every match of `pattern` contains one, or None if none is proven."""
    if pattern.flags & (re.IGNORECASE | re.VERBOSE):
        return None
    req = _req(sre_parse.parse(pattern.pattern, pattern.flags))
    if req is not None and any(not s for s in req):
        return None
    return req


class Prefilter:
    """Rules (anything with a `.regex`) that may match a text, in their original order.

    All the rules' required literals go into one Aho-Corasick automaton (pyahocorasick, in C),
    which finds every occurrence of every literal in one pass over the text; a rule is a
    candidate when one of its literals occurs. A literal of one character (" ", "s") occurs
    in nearly every message: its rules always run."""

    def __init__(self, rules: Sequence[Any]) -> None:
        self.rules = tuple(rules)
        self._always: list[int] = []
        by_literal: dict[str, list[int]] = {}
        for i, rule in enumerate(self.rules):
            req = required_literals(rule.regex)
            if req is None or any(len(lit) < 2 for lit in req):
                self._always.append(i)
            else:
                for lit in req:
                    by_literal.setdefault(lit, []).append(i)
        self._automaton = ahocorasick.Automaton()
        for lit, idx in by_literal.items():
            self._automaton.add_word(lit, tuple(idx))
        if by_literal:
            self._automaton.make_automaton()

    def candidates(self, text: str) -> list[Any]:
        picked = set(self._always)
        if len(self._automaton):  # an empty automaton cannot be searched
            for _end, idx in self._automaton.iter(text):
                picked.update(idx)
        rules = self.rules
        return [rules[i] for i in sorted(picked)]

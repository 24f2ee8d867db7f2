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


def _sets(items: Any) -> list[frozenset[str]]:
    """Every literal set proven for a sequence: each match of it contains a member of each.
    A group or a repeat that must occur adds its own sets; an alternation adds one set, the
    union of each alternative's most selective one, or none if an alternative proves none."""
    out: list[frozenset[str]] = []
    run: list[str] = []

    def close_run() -> None:
        if run:
            out.append(frozenset(["".join(run)]))
            run.clear()

    for op, av in items:
        if op is C.LITERAL:
            run.append(chr(av))
            continue
        close_run()
        if op is C.SUBPATTERN:
            _group, add_flags, _del_flags, sub = av
            if not add_flags & (re.IGNORECASE | re.VERBOSE):
                out += _sets(sub)
        elif op is C.ATOMIC_GROUP:
            out += _sets(av)
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            lo, _hi, sub = av
            if lo >= 1:
                out += _sets(sub)
        elif op is C.BRANCH:
            alts = [_req(alt) for alt in av[1]]
            if all(a is not None for a in alts):
                out.append(frozenset().union(*alts))  # type: ignore[arg-type]
        # classes, any, anchors, assertions, group references: no literal proven
    close_run()
    return out


def _req(items: Any) -> Req:
    return _best(_sets(items))


def required_literals(pattern: re.Pattern[str]) -> Req:
    """Strings of which every match of `pattern` contains one, or None if none is proven."""
    if pattern.flags & (re.IGNORECASE | re.VERBOSE):
        return None
    req = _req(sre_parse.parse(pattern.pattern, pattern.flags))
    if req is not None and any(not s for s in req):
        return None
    return req


def _conj(items: Any) -> list[frozenset[str]]:
    """The sets of `_sets` a prefilter can use: a set with a one-character member ("s", " ")
    is met by nearly every text."""
    return [lits for lits in _sets(items) if all(len(lit) >= 2 for lit in lits)]


def _branch_of(items: Any) -> tuple[list[Any], list[Any], Any] | None:
    """The first top-level alternation of a rule (`(?<![\\w#])(?:a|b|c)(?![\\w#])`), with
    the items before and after it (kept apart: a literal run must not join across it), or
    None."""
    for i, (op, av) in enumerate(items):
        if op is C.SUBPATTERN and not av[1] & (re.IGNORECASE | re.VERBOSE):
            sub = list(av[3])
            if len(sub) == 1 and sub[0][0] is C.BRANCH:
                return list(items[:i]), list(items[i + 1:]), sub[0][1][1]
        elif op is C.BRANCH:
            return list(items[:i]), list(items[i + 1:]), av[1]
    return None


def alternatives(pattern: re.Pattern[str]) -> list[list[frozenset[str]]] | None:
    """A rule's requirement in disjunctive form: one conjunction of literal sets per
    top-level alternative (the pattern can match only where one alternative's every set has
    a member in the text), or None when some alternative proves nothing."""
    if pattern.flags & (re.IGNORECASE | re.VERBOSE):
        return None
    items = list(sre_parse.parse(pattern.pattern, pattern.flags))
    split = _branch_of(items)
    if split is None:
        alts = [_conj(items)]
    else:
        before, after, branch = split
        common = _conj(before) + _conj(after)
        alts = [common + _conj(alt) for alt in branch]
    if any(not conj for conj in alts):
        return None
    return alts


class Prefilter:
    """Rules (anything with a `.regex`) that may match a text, in their original order.

    A rule is read as alternatives (its top-level alternation), each a conjunction of literal
    sets (`alternatives`): "(?:kill (?:my ?self|me)|end it all)" can match only where "kill m"
    occurs, or "end it all". Every literal goes into one Aho-Corasick automaton
    (pyahocorasick, in C), which finds every occurrence of every literal in one pass over the
    text; an alternative's most selective set triggers it, and the rule is a candidate when
    some triggered alternative has a member of each of its other sets in the text too. A
    literal of one character (" ", "s") occurs in nearly every message and is not used; a rule
    with an alternative that proves nothing always runs. (Before session 17 each rule had one
    set, the union over its alternatives of each one's best, so a common word in any of a
    family's hundred phrases — " for ", "my " — ran the whole family: 8–34 rules per ordinary
    chat message instead of 1–5.)"""

    def __init__(self, rules: Sequence[Any]) -> None:
        self.rules = tuple(rules)
        self._always: list[int] = []
        # for each alternative: its rule, the set that triggers it, the other sets it needs
        plans: list[tuple[int, frozenset[str], list[frozenset[str]]]] = []
        for i, rule in enumerate(self.rules):
            alts = alternatives(rule.regex)
            if alts is None:
                self._always.append(i)
                continue
            for conj in alts:
                trigger = _best(conj)
                assert trigger is not None
                # a set with a two-character member ("my", "to") filters little and its
                # occurrences cost a step each: only the trigger may have one
                others = [lits for lits in conj
                          if lits is not trigger and min(map(len, lits)) >= 3]
                plans.append((i, trigger, others))
        # each literal has a number; a set of literals is the frozenset of its members' numbers
        num = {lit: n for n, lit in enumerate(sorted(
            {lit for _i, trigger, others in plans for lits in (trigger, *others) for lit in lits}))}
        # trigger literal -> (rule, the alternative's other sets)
        by_trigger: dict[str, list[tuple[int, tuple[frozenset[int], ...]]]] = {}
        for i, trigger, others in plans:
            needs = tuple(frozenset(num[lit] for lit in lits) for lits in others)
            for lit in trigger:
                by_trigger.setdefault(lit, []).append((i, needs))
        # the automaton stores each literal's number alone; what a literal triggers is looked
        # up once per distinct literal found, not once per occurrence (session 26: the loop
        # over every hit was 11 % of the chat server's CPU under the benchmark's flood)
        self._automaton = ahocorasick.Automaton()
        self._triggers: list[tuple[tuple[int, tuple[frozenset[int], ...]], ...]] = [
            ()] * len(num)
        for lit, n in num.items():
            self._automaton.add_word(lit, n)
            self._triggers[n] = tuple(by_trigger.get(lit, ()))
        if num:
            self._automaton.make_automaton()

    def candidates(self, text: str) -> list[Any]:
        picked = set(self._always)
        if len(self._automaton):  # an empty automaton cannot be searched
            found = {n for _end, n in self._automaton.iter(text)}
            triggers = self._triggers
            for n in found:
                for i, others in triggers[n]:
                    if i in picked:
                        continue
                    for lits in others:  # a plain loop: all() over a generator cost 4x
                        if found.isdisjoint(lits):
                            break
                    else:
                        picked.add(i)
        rules = self.rules
        return [rules[i] for i in sorted(picked)]

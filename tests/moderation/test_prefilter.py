"""The literal prefilter never changes what the lexicon finds: on every labelled message we
have (and on those texts normalised), each rule set gives the same matches with it as
with every rule run on every text."""

from __future__ import annotations

import functools
import json
import re
from pathlib import Path

import pytest

from app.moderation import lexicon as lx
from app.moderation.normalize import normalize
from app.moderation.prefilter import Prefilter, alternatives, required_literals

ROOT = Path(__file__).resolve().parents[2]
SETS = [ROOT / "data/moderation/train.jsonl", ROOT / "data/moderation/test.jsonl",
        ROOT.parent / "shared/moderation/dev.jsonl"]
RULE_SETS = {"risk": lx.RISK_RULE_SET, "toxicity": lx.TOX_RULE_SET, "idioms": lx.IDIOM_RULES,
             "third_party": lx.THIRD_PARTY_RULES, "exempt": lx.TOX_EXEMPT_RULES,
             "exempt_staff": lx.TOX_EXEMPT_STAFF}


@functools.cache
def texts() -> list[str]:
    out = []
    for path in SETS:
        if path.exists():
            out += [json.loads(line)["text"] for line in path.read_text().splitlines()
                    if line.strip()]
    assert len(out) > 1000
    return out + [normalize(t).text for t in out]


def matches(rules, text: str) -> list[tuple[str, tuple[int, int]]]:
    return [(r.name, m.span()) for r in rules for m in r.regex.finditer(text)]


@pytest.mark.parametrize("name", sorted(RULE_SETS))
def test_same_matches_with_and_without_the_prefilter(name):
    rules = RULE_SETS[name]
    pf = Prefilter(rules)
    checked = 0
    for text in texts():
        assert matches(list(pf.candidates(text)), text) == matches(rules, text), text
        checked += 1
    assert checked > 2000


def test_requirements_are_derived_conservatively():
    # sre factors the shared "m" out of the branch, so the literal run is "kill m".
    assert required_literals(re.compile(r"kill (?:my ?self|me)")) == frozenset({"kill m"})
    assert required_literals(re.compile(r"(?:pills|rope|blade)s?")) == frozenset(
        {"pills", "rope", "blade"})
    assert required_literals(re.compile(r"(?:\w+ )?ending it")) == frozenset({"ending it"})
    # Nothing provable: a class, an optional part, a case-insensitive flag.
    assert required_literals(re.compile(r"[a-z]+")) is None
    assert required_literals(re.compile(r"(?:pills)?")) is None
    assert required_literals(re.compile(r"(?i)pills")) is None
    # A branch with one unprovable alternative proves nothing on its own.
    assert required_literals(re.compile(r"(?:pills|\w+)")) is None
    pf = Prefilter([lx.Rule("a", "k", re.compile(r"(?:pills|\w+)"))])
    assert [r.name for r in pf.candidates("anything")] == ["a"]


def test_context_masks_are_prefiltered_without_losing_a_match():
    pf = Prefilter(lx.CONTEXT_MASKS)
    found = 0
    for text in texts():
        kept = {c.name for c in pf.candidates(text)}
        matching = {c.name for c in lx.CONTEXT_MASKS if c.context.search(text)}
        assert matching <= kept, text
        found += len(matching)
    assert found > 50  # the contexts do occur in the data


def test_rules_are_read_as_alternatives_of_conjunctions():
    rx = re.compile(r"(?<![\w#])(?:kill (?:my ?self|me)|end it all)(?![\w#])")
    # the branch "my ?self|me" proves "self" or "e"; a one-character literal is no use
    assert alternatives(rx) == [[frozenset({"kill m"})], [frozenset({"end it all"})]]
    # the literals on either side of an alternation stay apart ("ab" and "gh", never "abgh")
    assert alternatives(re.compile(r"ab(?:cd|ef)gh")) == [
        [frozenset({"ab"}), frozenset({"gh"}), frozenset({"cd"})],
        [frozenset({"ab"}), frozenset({"gh"}), frozenset({"ef"})]]
    assert alternatives(re.compile(r"(?:pills|\w+ now)")) == [[frozenset({"pills"})],
                                                              [frozenset({" now"})]]
    assert alternatives(re.compile(r"(?:pills|\w+)")) is None  # one alternative proves nothing


def test_a_rule_runs_only_where_one_alternative_has_all_its_literals():
    rule = lx.Rule("a", "k", re.compile(r"(?:took (?:\w+ )?pills tonight|rope)"))
    pf = Prefilter([rule])
    assert pf.candidates("i took my pills") == []  # "tonight" missing
    assert pf.candidates("the pills tonight") == []  # "took" missing
    assert pf.candidates("i took the pills tonight") == [rule]
    assert pf.candidates("a rope swing") == [rule]

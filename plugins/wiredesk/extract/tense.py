"""Headline tense: "have stressed" -> "stress", "has denied" -> "denies"."""

from __future__ import annotations

import re
from collections.abc import Callable

IRREGULAR: dict[str, str] = {
    "held": "hold",
    "said": "say",
    "made": "make",
    "met": "meet",
    "sent": "send",
    "told": "tell",
    "taken": "take",
    "given": "give",
    "won": "win",
    "lost": "lose",
    "begun": "begin",
    "become": "become",
    "come": "come",
    "seen": "see",
    "left": "leave",
    "kept": "keep",
    "put": "put",
    "set": "set",
    "cut": "cut",
    "hit": "hit",
    "cost": "cost",
    "shut": "shut",
    "spread": "spread",
    "led": "lead",
    "brought": "bring",
    "bought": "buy",
    "sold": "sell",
    "found": "find",
    "paid": "pay",
    "spoken": "speak",
    "written": "write",
    "chosen": "choose",
    "risen": "rise",
    "fallen": "fall",
    "struck": "strike",
    "built": "build",
    "drawn": "draw",
    "shot": "shoot",
    "been": "be",
    "had": "have",
    "done": "do",
    "gone": "go",
    "agreed": "agree",
    "freed": "free",
    "thought": "think",
}
# Stems that lost a silent "e" before -ed: approv(e)d, declar(e)d, decid(e)d ...
NEEDS_E_RE = re.compile(
    r"(?:[vcuz]|[aeiou]s|[aiou]r|at|ot|ut|id|ud|od|[rdn]g|[^aeiou][aeiou]g|[bptgk]l|iz|yz|[aeiou]k|ac|ic|ib|"
    r"[^aeiou]in|[^aeiou]il|complet|delet|compet|[^aeiou]ap|[^aeiou]ok|pon|[^aeiou]ul)$"
)
CONSONANT_Y_END_RE = re.compile(r"[^aeiou]y$")  # "deny" -> "denies"
SIBILANT_END_RE = re.compile(r"(?:s|sh|ch|x|z|o)$")  # "push" -> "pushes"
DOUBLED_RE = re.compile(r"([bdgmnprt])\1$")
DOUBLED_L_RE = re.compile(r"[aeiou][^aeiou]+[eo]ll$")
MIN_PAST_CHARS = 4
MIN_DOUBLED_STEM = 3
# Not after "to": "appear to have failed" stays what it says.
PERFECT_RE = re.compile(
    r"(?<!\bto\s)\b(have|has)\s+(?:(?:also|already|now|just)\s+)?([a-z]+(?:ed|en|[a-z]))\b"
)


def base_form(past: str) -> str | None:
    """Return the base form of a past participle, or None when it is not one."""
    if past in IRREGULAR:
        return IRREGULAR[past]
    if not past.endswith("ed") or len(past) < MIN_PAST_CHARS:
        return None
    if past.endswith("ied"):
        return past[:-3] + "y"
    stem = past[:-2]
    # repelled, cancelled, controlled (not killed, installed); stopped, planned
    if DOUBLED_L_RE.search(stem) or (
        DOUBLED_RE.search(stem) and len(stem) > MIN_DOUBLED_STEM
    ):
        return stem[:-1]
    if NEEDS_E_RE.search(stem):
        return stem + "e"
    return stem


def third_person(base: str) -> str:
    """Return the present third-person singular ("deny" -> "denies")."""
    if base == "be":
        return "is"
    if base == "have":
        return "has"
    if CONSONANT_Y_END_RE.search(base):
        return base[:-1] + "ies"
    if SIBILANT_END_RE.search(base):
        return base + "es"
    return base + "s"


def to_headline_tense(text: str) -> str:
    """Rewrite present-perfect verbs as the simple present a headline uses."""

    def present(match: re.Match[str]) -> str:
        base = base_form(match[2])
        if base is None:
            return match[0]
        return third_person(base) if match[1] == "has" else base

    return PERFECT_RE.sub(present, text)


# "is issuing", "were making": the main clause's progressive, read as the present.
PROGRESSIVE_RE = re.compile(
    r"\b(?P<aux>is|are|was|were)\s+(?P<adverb>(?:still|now|also)\s+)?"
    r"(?P<verb>[a-z]{2,}ing)\b"
)
AND_ING_RE = re.compile(r"\s+and\s+(?P<verb>[a-z]{2,}ing)\b")
NOT_PROGRESSIVE: frozenset[str] = frozenset({"being", "thing", "nothing", "something"})


def ing_base(word: str, known: Callable[[str], str]) -> str | None:
    """Return the base form of a present participle ("issuing" -> "issue").

    known gives a dictionary word's tag ("" for none): "cutt" -> "cut", "mak" ->
    "make", "seek" stays, and "add" (a verb) beats "ad" (a noun).
    """
    stem = word[:-3]
    if not word.endswith("ing") or len(stem) < 2 or word in NOT_PROGRESSIVE:  # noqa: PLR2004 - "going"
        return None
    if word.endswith("ying") and len(stem) == 2:  # noqa: PLR2004 - lying, dying
        return stem[0] + "ie"
    doubled = len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "lsz"  # noqa: PLR2004
    verb = known(stem).startswith("VB")
    if doubled and verb and not known(stem[:-1]).startswith("VB"):
        return stem  # "adding": "add", not "ad"
    for candidate in (stem[:-1] if doubled else None, stem, stem + "e"):
        if candidate and known(candidate):
            return candidate
    return base_form(stem + "ed")


# A first conjunct told with a bare participle before "and": "ships loading and".
PARALLEL_ING_RE = re.compile(r"\b[a-z]{3,}ing\s+and\s+(?:[\w-]+\s+){1,4}$")


def present_progressive(text: str, known: Callable[[str], str]) -> str:
    """Turn the first "is issuing" into "issues"; known gives a dictionary word's tag.

    A second participle joined by "and" follows: "are making and selling" -> "make
    and sell".
    """
    match = PROGRESSIVE_RE.search(text)
    if match and PARALLEL_ING_RE.search(text[: match.start()]):
        # "seven ships loading and six ships were waiting": parallel, "waiting"
        return text[: match.start()] + text[match.end("aux") :].lstrip()
    base = ing_base(match["verb"], known) if match else None
    if match is None or base is None:
        return text
    singular = match["aux"] in {"is", "was"}
    verb = third_person(base) if singular else base
    rest = text[match.end() :]
    more = AND_ING_RE.search(rest)
    other = (
        ing_base(more["verb"], known)
        if more and "," not in rest[: more.start()]
        else None
    )
    if more and other:  # "splitting X and increasing Y": both verbs
        other = third_person(other) if singular else other
        rest = f"{rest[: more.start()]} and {other}{rest[more.end() :]}"
    present = f"{match['adverb'] or ''}{verb}"
    return text[: match.start()] + present + rest

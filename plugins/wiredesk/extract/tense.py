"""Headline tense: "have stressed" -> "stress", "has denied" -> "denies"."""

from __future__ import annotations

import re

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
    r"[^aeiou]in|[^aeiou]il|complet|delet|compet|[^aeiou]ap|[^aeiou]ok)$"
)
DOUBLED_RE = re.compile(r"([bdgmnprt])\1$")
DOUBLED_L_RE = re.compile(r"[aeiou][^aeiou]+[eo]ll$")
MIN_PAST_CHARS = 4
MIN_DOUBLED_STEM = 3
PERFECT_RE = re.compile(
    r"\b(have|has)\s+(?:(?:also|already|now|just)\s+)?([a-z]+(?:ed|en|[a-z]))\b"
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
    if re.search(r"[^aeiou]y$", base):
        return base[:-1] + "ies"
    if re.search(r"(?:s|sh|ch|x|z|o)$", base):
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

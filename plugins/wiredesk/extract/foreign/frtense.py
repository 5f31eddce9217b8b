"""French headlines in the present: "Attal a annoncé des mesures" -> "Attal annonce".

A French headline tells what happened in the present, as English headlines do.
Only the passé composé of a regular -er verb with "avoir" is turned, where the
present is spelled from the participle alone; a stem whose last vowel is an "e"
before one consonant changes its accent or doubles its consonant in the present
("acheté" -> "achète", "appelé" -> "appelle") and stays as the copy has it, as does
any passive ("a été tué").
"""

from __future__ import annotations

import re

# "a annoncé", "ont lancé": the auxiliary, an optional adverb, the participle.
PASSE_COMPOSE_RE = re.compile(
    r"\b(?P<aux>a|ont)\s+(?P<adverb>(?:déjà|aussi|encore|finalement|également|"
    r"officiellement|notamment)\s+)?(?P<stem>[a-zàâçèéêëîïôûù-]{2,}?)é\b(?!\s+(?:par)\b)"
)
# An "e" or "é" before a single final consonant: the present changes the stem.
SHIFTING_STEM_RE = re.compile(r"[eé][^aeiouyéèêàâîôû]$")
NOT_VERBS: frozenset[str] = frozenset({"ét", "l", "d", "s"})  # "a été", stray


def present_tense(text: str) -> str:
    """Return text with its first regular passé composé in the present (see module)."""
    if "é" not in text:
        return text
    match = PASSE_COMPOSE_RE.search(text)
    if match is None:
        return text
    stem = match["stem"]
    if stem in NOT_VERBS or SHIFTING_STEM_RE.search(stem):
        return text
    ending = "e" if match["aux"] == "a" else "ent"
    present = f"{match['adverb'] or ''}{stem}{ending}"
    return text[: match.start()] + present + text[match.end() :]

"""Clause surgery in any language: time words, asides, second clauses, subjects."""

from __future__ import annotations

import re
from functools import cache

from .rules import Lang, full

MIN_CLAIM = 20
PAREN_RE = re.compile(r"\s*\([^()]{0,120}\)")
QUOTES_RE = re.compile(r"[\"“”„«»]|(?<!\w)['‘]|['’](?!\w)")
SHORT_QUOTE_RE = re.compile(r"«([^«»\s]+(?:\s[^«»\s]+){0,2})»")
SPACES_RE = re.compile(r"\s+([,;:.])|\s{2,}|^\s*[,;:]\s*")
DANGLING_COMMA_RE = re.compile(r",\s*(?=,)")
AGE_RE = re.compile(r"\b\d{1,3}\s+(?:años|ans|anni|anos|Jahre|лет|года|год)\b")
FRENCH_CONDITIONAL_RE = re.compile(r"\b([a-zéèêàç]+?)(raient|rait)\b")
FRENCH_NOUNS_IN_RAIT = frozenset(
    {"portrait", "retrait", "extrait", "attrait", "trait", "abstrait", "distrait"}
)
ITALIAN_CONDITIONAL_RE = re.compile(r"\b([a-zàèéìòù]+?)(rebbero|rebbe)\b")
SUBJECTLESS_SKIP = frozenset({"no", "non", "não", "не", "se", "si"})


@cache
def _patterns(lang: Lang) -> dict[str, re.Pattern[str]]:
    flags = re.IGNORECASE
    return {
        "phrase": re.compile(
            rf",\s+(?:{'|'.join(map(re.escape, lang.openers))})\s[^,;]{{0,80}},\s*",
            flags,
        ),
        "time": re.compile(rf"(?<![\w-]){lang.time}(?![\w-])", flags),
        "aside": re.compile(
            rf",\s+(?:(?:{lang.aside})\b|(?:de\s+|di\s+)?\d)[^,;]{{0,120}}?,\s*", flags
        ),
        "tail": re.compile(rf",\s+(?:{lang.relative})\b(?!.*,).*$", flags),
        "second": re.compile(rf"(?:,|;)\s+(?:{lang.second})\b", flags),
        "intro": re.compile(rf"^(?:{lang.intro})\s*,\s+(?=\S.{{{MIN_CLAIM},}})"),
    }


def tidy(text: str) -> str:
    """Close up spaces before punctuation, doubled commas and leading commas."""
    text = DANGLING_COMMA_RE.sub("", text)
    return SPACES_RE.sub(lambda m: m[1] or " " if m[0].strip() else " ", text).strip(
        " ,;:"
    )


def clean(sentence: str) -> str:
    """Drop parentheses and quotation marks (a short quoted name keeps «»)."""
    text = PAREN_RE.sub("", sentence)
    text = SHORT_QUOTE_RE.sub("\x00\\1\x01", text)
    text = QUOTES_RE.sub("", text).replace("\x00", "«").replace("\x01", "»")
    return tidy(text)


def drop_time(text: str, lang: Lang) -> str:
    """Drop the day and time words a headline never carries ("on Monday").

    A time word a preposition governs stays ("à partir de dimanche").
    """

    def drop(match: re.Match[str]) -> str:
        before = text[: match.start()].split()
        governed = before and before[-1].casefold() in lang.function
        return match[0] if governed else " "

    return tidy(_patterns(lang)["time"].sub(drop, text))


def _drop_aside(match: re.Match[str]) -> str:
    """Drop an aside, but not one that carries a figure ("un 30 % más") save an age."""
    if AGE_RE.search(match[0]):
        return " "
    return match[0] if any(char.isdigit() for char in match[0]) else " "


def trim(text: str, lang: Lang) -> str:
    """Drop an opening phrase, asides, a relative clause and any second clause."""
    found = _patterns(lang)
    text = found["intro"].sub("", text)
    text = found["aside"].sub(_drop_aside, text)
    for match in found["second"].finditer(text):
        if match.start() >= MIN_CLAIM:
            text = text[: match.start()]
            break
    tail = found["tail"].search(text)
    if tail and tail.start() >= MIN_CLAIM:
        text = text[: tail.start()]
    return tidy(text)


def drop_asides(text: str, lang: Lang) -> str:
    """Drop every aside, figures and all, and phrases between commas (too long)."""
    found = _patterns(lang)
    return tidy(found["phrase"].sub(" ", found["aside"].sub(" ", text)))


def future(text: str, lang: Lang) -> str:
    """Turn reported speech in the conditional into the future ("serait": "sera")."""
    if lang.code == "fr":
        return FRENCH_CONDITIONAL_RE.sub(_french_future, text)
    if lang.code == "it":
        return ITALIAN_CONDITIONAL_RE.sub(
            lambda m: m[1] + ("ranno" if m[2] == "rebbero" else "rà"), text
        )
    return text


def _french_future(match: re.Match[str]) -> str:
    if match[0].casefold() in FRENCH_NOUNS_IN_RAIT:
        return match[0]
    return match[1] + ("ront" if match[2] == "raient" else "ra")


def restore_subject(text: str, subject: str, lang: Lang) -> str | None:
    """Put the source back as subject of a claim that has none ("он готов ...")."""
    words = text.split()
    if not words:
        return None
    first = words[0].casefold()
    if first in lang.pronouns:
        return " ".join([subject, *words[1:]])
    if _subjectless(words, lang):
        return f"{subject} {text}"
    return None


def _subjectless(words: list[str], lang: Lang) -> bool:
    """Whether a claim opens on its verb (pro-drop: "está dispuesto", "готов")."""
    index = 1 if words[0].casefold() in SUBJECTLESS_SKIP and len(words) > 1 else 0
    word = words[index].strip(",").casefold()
    if not words[0][:1].islower() or not words[index][:1].islower():
        return False  # a quotation after a colon: "Non ci sarà ..."
    if word in lang.not_verbs:
        return False
    if lang.code == "ru":
        return full(lang.verb)(word) is not None
    if lang.code in {"es", "it", "pt"}:
        return (
            index == 1 or word in lang.no_end or full(lang.verb)(word) is not None
        ) and word not in lang.function | lang.determiners
    return False

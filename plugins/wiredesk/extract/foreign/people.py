"""People in a headline go by surname: titles and given names come off."""

from __future__ import annotations

import re
from functools import cache

from .rules import GENITIVE, Lang, full

CAP = r"[A-ZÀ-ÞА-ЯЁ]"
NAME = rf"{CAP}[\w'’.-]*"
PARTICLES = r"(?:von|van|der|den|de|del|della|di|da|do|dos|das|du|la|le|Le|La|De|Di|Da)"
PATRONYMIC = r"[А-ЯЁ][а-яё]+(?:ович|евич|ич|овна|евна|ична|инична)[а-яё]{0,3}"
TRAILING_MARKS = ",;:."
JOINER = "\u2060"  # holds a surname of several words together as one word
HONORIFIC_RE = re.compile(
    r"(?<![\w-])(?:(?i:el|la|le|il|der|die|o|a)\s+)?"
    rf"(?:M\.|Mme|Mlle|Sr\.|Sra\.|Srta\.|Dr\.|Dra\.|Herr|Frau|Sig\.|"
    rf"Sig\.ra)\s+(?P<sur>(?:{PARTICLES}\s+)?{NAME})"
)
CLAUSE_WORDS = frozenset({"что", "que", "qu", "che", "dass"})
MAX_CHAIN = 7  # words between a title and the name it introduces
RU_SURNAME_RE = re.compile(
    r"[А-ЯЁ][а-яё-]+(?:ов|ев|ёв|ин|ын|ский|цкий|ова|ева|ина|ская|ко|ук|юк|ян|дзе|"
    r"швили|ич|ь)"
)


@cache
def _given_re(code: str, given: frozenset[str]) -> re.Pattern[str]:
    if code == "ru":  # inflected: Владимира, Марией, Сергеем
        stems = sorted({name.rstrip("айяь") for name in given}, key=len, reverse=True)
        first = rf"(?:{'|'.join(stems)})[а-яё]{{0,3}}"
        middle = rf"(?:\s+(?P<mid>{PATRONYMIC}|Тайип|Жомарт))?"
    else:
        first = rf"(?:{'|'.join(sorted(given, key=len, reverse=True))})"
        middle = rf"(?:\s+(?!{PARTICLES}\s)(?P<mid>{NAME}))?"
    surname = rf"(?:{PARTICLES}\s+)*{NAME}(?:\s+(?:da|de|do|dos|di|del)\s+{NAME})?"
    return re.compile(
        rf"(?<![\w-])(?={CAP}){first}{middle}\s+(?P<sur>{surname})(?![\w-])"
    )


def _surnames(text: str, lang: Lang) -> tuple[str, list[str]]:
    """Replace "Given [Middle] Surname" by Surname; return the text and surnames."""
    found: list[str] = []

    def keep_honored(match: re.Match[str]) -> str:
        surname = match["sur"].replace(" ", JOINER)
        found.append(surname.rstrip(TRAILING_MARKS))
        return surname

    def keep(match: re.Match[str]) -> str:
        before = text[max(0, match.start() - 20) : match.start()].split()
        if before and before[-1].casefold() in lang.determiners:
            return match[0]  # "el Santiago Bernabéu": a place named after someone
        surname = match["sur"]
        if match["mid"] and re.match(PARTICLES + r"\s", surname):
            surname = f"{match['mid']} {surname}"  # "Rebelo de Sousa"
        surname = surname.replace(" ", JOINER)
        found.append(surname.rstrip(TRAILING_MARKS))
        return surname

    text = _given_re(lang.code, lang.given).sub(keep, text)
    return HONORIFIC_RE.sub(keep_honored, text), found


def _is_title(word: str, lang: Lang) -> bool:
    plural = "" if lang.code in {"ru", "de"} else "(?:s|es)?"
    pattern = rf"{lang.titles}{plural}"
    return full(pattern, re.IGNORECASE)(word.strip(",;:")) is not None


def _chain_ok(words: list[str], lang: Lang, found: list[str]) -> bool:
    """Whether words may sit between a title and a name ("of Foreign Affairs")."""
    return all(
        _chain_word(word, lang, last=index == len(words) - 1)
        and word.rstrip(TRAILING_MARKS) not in found  # the title is an earlier name's
        for index, word in enumerate(words)
    )


def _chain_word(word: str, lang: Lang, *, last: bool) -> bool:
    """Whether word may be part of a title ("главы государства", "de l'Intérieur")."""
    plain = word.strip(",").casefold()
    if (word[-1] in ".;:!?" and not _is_title(word, lang)) or (
        word.endswith(",") and not last
    ):
        return False
    if plain in CLAUSE_WORDS or (plain in lang.openers and plain not in GENITIVE):
        return False  # "во главе с помощником": the title is the later one
    verb_like = full(lang.verb)(plain) and plain not in lang.function
    return not (
        word[:1].islower()
        and plain not in lang.determiners
        and verb_like
        and not _is_title(word, lang)
    )


def _drop_title(words: list[str], at: int, lang: Lang, found: list[str]) -> list[str]:
    """Drop the title chain before the surname at index `at`, if there is one."""
    start = max(0, at - MAX_CHAIN)
    for title in range(start, at):
        chain = words[title + 1 : at]
        if _is_title(words[title], lang) and _chain_ok(chain, lang, found):
            begin = title
            while begin > 0 and _modifier(words[begin - 1], lang):
                begin -= 1
            if at > 0 and words[at - 1].endswith(","):
                _close_apposition(words, at)
            return words[:begin] + words[at:]
    return words


def _modifier(word: str, lang: Lang) -> bool:
    """Whether word is an article or adjective in front of a title."""
    plain = word.casefold()
    if plain in lang.determiners:
        return True
    return bool(
        not word.endswith(",")
        and full(lang.adjective)(plain)
        and not (word[:1].islower() and full(lang.verb)(plain))
    )


def _close_apposition(words: list[str], at: int) -> None:
    """Drop the comma that closes an apposition ("..., Macron y Scholz, pidieron")."""
    for index in range(at, min(at + 4, len(words))):
        if words[index].endswith(","):
            words[index] = words[index].rstrip(",")
            return


def shorten_people(text: str, lang: Lang) -> tuple[str, list[str]]:
    """Return text with people by surname alone, and the surnames found."""
    text, found = _surnames(text, lang)
    words = text.split()
    index = len(words) - 1
    while index > 0:
        word = words[index].rstrip(TRAILING_MARKS)
        if word in found or _single_after_title(words, index, lang):
            if word not in found:
                found.append(word)
            before = len(words)
            words = _drop_title(words, index, lang, found)
            index -= before - len(words)
        index -= 1
    text = " ".join(words).replace(JOINER, " ")
    return text, [name.replace(JOINER, " ") for name in found]


def _single_after_title(words: list[str], index: int, lang: Lang) -> bool:
    """Whether words[index] is a surname straight after a title ("President Macron")."""
    word = words[index].rstrip(TRAILING_MARKS)
    if not word[:1].isupper() or word.isupper() or len(word) < 3:  # noqa: PLR2004
        return False
    if not full(NAME)(word):
        return False
    if not _is_title(words[index - 1], lang) or words[index - 1].endswith(","):
        return False
    following = words[index + 1] if index + 1 < len(words) else ""
    if following[:1].isupper():
        return False
    return lang.code != "ru" or RU_SURNAME_RE.fullmatch(word) is not None

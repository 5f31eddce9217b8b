"""The language of a story from its script and its most common short words."""

from __future__ import annotations

import re
from collections import Counter

from .names import split_words

SAMPLE = 1500
# Runs of letters, not single letters: far fewer objects to count.
CYRILLIC_RE = re.compile(r"[а-яёіїєґ]+")
LATIN_RE = re.compile(r"[a-zà-ÿ]+")
OTHER_SCRIPTS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("ar", re.compile(r"[\u0600-\u06ff]")),
    ("he", re.compile(r"[\u0590-\u05ff]")),
    ("el", re.compile(r"[\u0370-\u03ff]")),
    ("ja", re.compile(r"[\u3040-\u30ff]")),
    ("zh", re.compile(r"[\u4e00-\u9fff]")),
    ("ko", re.compile(r"[\uac00-\ud7af]")),
)
UKRAINIAN_RE = re.compile(r"[іїєґ]")
PORTUGUESE_RE = re.compile(r"[ãõ]")
GERMAN_RE = re.compile(r"[äöüß]")
STOPWORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        split_words(
            "the of and to in is that for on with said was by it as at from has have "
            "will would this were"
        )
    ),
    "de": frozenset(
        split_words(
            "der die und das den von zu mit ist sich des auf für nicht im dem ein eine "
            "wird nach auch bei hat sagte am zum zur einen im seiner mehr aus noch "
            "über wurde werden sind haben"
        )
    ),
    "fr": frozenset(
        split_words(
            "le la les de des et du un une est pour que qui dans sur au aux pas ont "
            "été par cette ce mais avec sont a"
        )
    ),
    "es": frozenset(
        split_words(
            "el la los las de del y que por con para una en se es al como su más fue "
            "sobre este esta ha han dijo sus entre desde un a años tras hasta ya muy "
            "también sin"
        )
    ),
    "it": frozenset(
        split_words(
            "il la di che per della dei delle è con non gli nel alla sono anche stato "
            "ha un una del le sul dal degli entro secondo rispetto dello nel nella "
            "ai dai negli nelle alle agli ieri oggi dopo ancora già tra fra a"
        )
    ),
    "pt": frozenset(
        split_words(
            "os do da que em para com não ao dos das uma foi pelo pela são um o e "
            "no na nos nas mais seu sua também às aos segundo disse após as hoje "
            "ontem num numa pelos pelas a este esta por de"
        )
    ),
    "nl": frozenset(
        split_words("het een van en de niet op te zijn voor met dat die werd is")
    ),
}


STOP_INDEX: dict[str, tuple[str, ...]] = {
    word: tuple(lang for lang, words in STOPWORDS.items() if word in words)
    for word in set().union(*STOPWORDS.values())
}


ASCII_LETTERS = bytes(range(ord("a"), ord("z") + 1))
# Every byte but a to z becomes a space: what is left splits into runs of letters.
ASCII_SPACES = bytes(b if b in ASCII_LETTERS else ord(" ") for b in range(256))


def _scores(words: Counter[str], sample: str) -> str:
    """Return the Latin-script language whose stop words (and letters) text has most."""
    scores = dict.fromkeys(STOPWORDS, 0)
    for word in words.keys() & STOP_INDEX.keys():  # the few stop words, at C speed
        for lang in STOP_INDEX[word]:
            scores[lang] += words[word]
    if not sample.isascii():
        scores["pt"] += len(PORTUGUESE_RE.findall(sample))  # "ção", "não"
        scores["de"] += len(GERMAN_RE.findall(sample))  # "schließt", "Bürger"
    best = max(scores, key=lambda lang: scores[lang])
    return best if scores[best] else "en"


def _ascii_language(sample: str) -> str:
    """Return the language of ASCII text (most copy): bytes, no regex, no Cyrillic."""
    data = sample.encode("ascii")
    if len(data) == len(data.translate(None, ASCII_LETTERS)):
        return "en"  # no letter at all
    words = data.translate(ASCII_SPACES).decode("ascii").split()
    return _scores(Counter(words), sample)


def detect_language(text: str) -> str:
    """Return an ISO 639-1 code guessed from the letters and short words of text."""
    sample = text[:SAMPLE].casefold()
    if sample.isascii():
        return _ascii_language(sample)
    words = LATIN_RE.findall(sample)
    cyrillic, latin = sum(map(len, CYRILLIC_RE.findall(sample))), sum(map(len, words))
    if cyrillic + latin < len(sample) // 3:
        others = {name: len(regex.findall(sample)) for name, regex in OTHER_SCRIPTS}
        best = max(others, key=lambda name: others[name])
        if others[best] > cyrillic + latin:
            return best
    if cyrillic > latin:
        return "uk" if len(UKRAINIAN_RE.findall(sample)) > cyrillic // 100 else "ru"
    return _scores(Counter(words), sample) if latin else "en"

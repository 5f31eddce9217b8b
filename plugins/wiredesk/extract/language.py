"""The language of a story from its script and its most common short words."""

from __future__ import annotations

import re

from .names import split_words

SAMPLE = 1500
CYRILLIC_RE = re.compile(r"[а-яёіїєґ]")
LATIN_RE = re.compile(r"[a-zà-ÿ]")
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
WORD_RE = re.compile(r"[a-zà-ÿ]+")
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


def _latin_language(sample: str) -> str:
    scores = dict.fromkeys(STOPWORDS, 0)
    for word in WORD_RE.findall(sample):
        for lang in STOP_INDEX.get(word, ()):
            scores[lang] += 1
    scores["pt"] += len(PORTUGUESE_RE.findall(sample))  # "ção", "não": Portuguese only
    scores["de"] += len(GERMAN_RE.findall(sample))  # "schließt", "Bürger"
    best = max(scores, key=lambda lang: scores[lang])
    return best if scores[best] else "en"


def detect_language(text: str) -> str:
    """Return an ISO 639-1 code guessed from the letters and short words of text."""
    sample = text[:SAMPLE].casefold()
    cyrillic, latin = len(CYRILLIC_RE.findall(sample)), len(LATIN_RE.findall(sample))
    if cyrillic + latin < len(sample) // 3:
        others = {name: len(regex.findall(sample)) for name, regex in OTHER_SCRIPTS}
        best = max(others, key=lambda name: others[name])
        if others[best] > cyrillic + latin:
            return best
    if cyrillic > latin:
        return "uk" if len(UKRAINIAN_RE.findall(sample)) > cyrillic // 100 else "ru"
    return _latin_language(sample) if latin else "en"

"""The language of a story from its script and its most common short words."""

from __future__ import annotations

import re
from collections import Counter

SAMPLE = 1500
SCRIPTS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("cyrillic", re.compile(r"[а-яёіїєґ]")),
    ("latin", re.compile(r"[a-zà-ÿ]")),
    ("ar", re.compile(r"[\u0600-\u06ff]")),
    ("he", re.compile(r"[\u0590-\u05ff]")),
    ("el", re.compile(r"[\u0370-\u03ff]")),
    ("ja", re.compile(r"[\u3040-\u30ff]")),
    ("zh", re.compile(r"[\u4e00-\u9fff]")),
    ("ko", re.compile(r"[\uac00-\ud7af]")),
)
UKRAINIAN_RE = re.compile(r"[іїєґ]")
WORD_RE = re.compile(r"[a-zà-ÿ]+")
STOPWORDS: dict[str, frozenset[str]] = {
    "en": frozenset("the of and to in is that for on with said was by it as at from".split()),
    "de": frozenset("der die und das den von zu mit ist sich des auf für nicht im dem ein "
                    "eine wird nach auch bei".split()),
    "fr": frozenset("le la les des et du un une est pour que qui dans sur au aux pas ont "
                    "été par".split()),
    "es": frozenset("el los las del y que por con para una se es al como su más fue "
                    "sobre".split()),
    "it": frozenset("il di che per della dei delle è con non gli nel alla sono anche "
                    "stato".split()),
    "pt": frozenset("os do da que em para com não ao dos das uma foi pelo pela "
                    "são".split()),
    "nl": frozenset("het een van en de niet op te zijn voor met dat die werd".split()),
}


def _latin_language(sample: str) -> str:
    words = Counter(WORD_RE.findall(sample))
    scores = {lang: sum(words[w] for w in stop) for lang, stop in STOPWORDS.items()}
    best = max(scores, key=lambda lang: scores[lang])
    return best if scores[best] else "en"


def detect_language(text: str) -> str:
    """Return an ISO 639-1 code guessed from the letters and short words of text."""
    sample = text[:SAMPLE].casefold()
    counts = {name: len(regex.findall(sample)) for name, regex in SCRIPTS}
    main = max(counts, key=lambda name: counts[name])
    if not counts[main]:
        return "en"
    if main == "cyrillic":
        return "uk" if len(UKRAINIAN_RE.findall(sample)) > counts[main] // 100 else "ru"
    return _latin_language(sample) if main == "latin" else main

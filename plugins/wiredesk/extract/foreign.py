"""Attribution in Russian, German, French, Spanish and Italian ledes."""

from __future__ import annotations

import re

from .clauses import MIN_CLAIM, PAREN_RE, QUOTES_RE

# ", Pedro Sánchez," after a title: the name in apposition goes, as in English.
APPOSITION_RE = re.compile(
    r",\s+[A-ZÀ-ÞА-ЯЁ][\w'’.-]+(?:\s+[A-ZÀ-ÞА-ЯЁ][\w'’.-]+){0,3},\s"
)
SAY: dict[str, str] = {
    "ru": r"(?:заявил[аи]?|сообщил[аи]?|сказал[аи]?|отметил[аи]?|подчеркнул[аи]?|"
    r"пояснил[аи]?|рассказал[аи]?|считает|считают|добавил[аи]?|говорится|передает|"
    r"передаёт|уточнил[аи]?|указал[аи]?)",
    "uk": r"(?:заявив|заявила|повідомив|повідомила|сказав|сказала|зазначив|зазначила)",
    "de": r"(?:sagte|sagten|erklärte|erklärten|betonte|teilte|teilten|hieß es|wie|"
    r"berichtete|so)",
    "fr": r"(?:a\s+(?:déclaré|annoncé|indiqué|affirmé|estimé|précisé|souligné)|"
    r"ont\s+(?:déclaré|annoncé|indiqué)|selon|déclare|affirme|indique)",
    "es": r"(?:dijo|afirmó|declaró|señaló|aseguró|informó|indicó|explicó|según|"
    r"anunció|destacó)",
    "it": r"(?:ha\s+(?:detto|dichiarato|affermato|annunciato|spiegato)|secondo|"
    r"ha\s+riferito)",
}
THAT: dict[str, str] = {
    "ru": "что",
    "uk": "що",
    "de": "dass",
    "fr": "que",
    "es": "que",
    "it": "che",
}


def _compile(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    say, that = SAY[lang], THAT[lang]
    trailing = re.compile(rf",\s*(?:[-–—]\s*)?{say}\b", re.IGNORECASE)
    leading = re.compile(
        rf"^[^,;]{{2,120}}?\s{say}\b[^,;]{{0,60}}?,?\s+(?:{that}\s+)?(?P<claim>.{{20,}})$",
        re.IGNORECASE,
    )
    return trailing, leading


PATTERNS: dict[str, tuple[re.Pattern[str], re.Pattern[str]]] = {
    lang: _compile(lang) for lang in SAY
}


def drop_attribution(sentence: str, lang: str) -> str:
    """Return the claim of a lead sentence in lang without who said it."""
    sentence = APPOSITION_RE.sub(" ", QUOTES_RE.sub("", PAREN_RE.sub("", sentence)))
    if lang not in PATTERNS:
        return sentence
    trailing, leading = PATTERNS[lang]
    if (match := leading.match(sentence)) and THAT[lang] in sentence[
        : match.start("claim")
    ]:
        return match["claim"]
    for match in trailing.finditer(sentence):
        if match.start() >= MIN_CLAIM:
            return sentence[: match.start()]
    return sentence

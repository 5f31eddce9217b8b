"""A headline from the lede, the way a wire editor writes one."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .asides import (
    drop_appositions,
    drop_subject_participle,
    drop_subject_phrase,
    reported_clause,
)
from .clauses import Claim, clean_name, split_attribution, trim_clauses, unwrap_names
from .compact import drop_company_suffixes, main_verb, shorter_forms
from .credit import credit_source, join_speakers, say_verb
from .foreign import drop_attribution
from .language import detect_language
from .names import split_words
from .phrases import complete_prefixes
from .sentences import sentence_ends
from .style import WEEKDAY_RE, present_it, shorten_people, to_headlinese
from .tables import is_table, table_headline

MAX_CHARS = 110
VERBS: frozenset[str] = frozenset({"is", "are", "was", "were", "be"})
DANGLING: frozenset[str] = frozenset(
    split_words(
        "a an the and or but nor that which who whom of in on at to for with by "
        "from as into than its their his her is are was were be has have had "
        "will would not this these those after before near over about between "
        "said says while when if under amid against during since until through via"
    )
)
BOUNDARY: frozenset[str] = frozenset(
    split_words(
        "of in on at to for with by from into over after before amid and or but "
        "that which who as while when near about between against under during "
        "since until because"
    )
)
# Function words of ru, de, fr, es, it: a cut never ends on one, may stop before one.
FOREIGN_FUNCTION_WORDS: frozenset[str] = frozenset(
    split_words(
        "и в на с по к о об для что а но или из от до при "
        "und oder der die das den dem des in im mit von zu zur zum für auf bei "
        "et ou de la le les des du à au aux en pour sur par avec "
        "y o el los las del con por para al "
        "e di il lo gli per con su da dal della"
    )
)
DANGLING = DANGLING | FOREIGN_FUNCTION_WORDS
BOUNDARY = BOUNDARY | FOREIGN_FUNCTION_WORDS
SENTENCE_END_RE = re.compile(
    r"(?<![A-Z])(?<!\b[A-Z][a-z])(?<!\bSt)[.!?](?=\s+[\"'“A-ZА-Я0-9])"
)
TRAILING_RE = re.compile(r"[\s,;:.\-–—!?\"'“”‘’(]+$")


PRONOUNS: frozenset[str] = frozenset(split_words("it its they their"))
POSSESSIVES: frozenset[str] = frozenset(split_words("its their"))
TARGET_CHARS = 90
ROOMIER = 2.0  # a headline over target must say this much more than one within it,
FINISHING_WORDS = 2  # or add no more than this many words
MIN_KEPT_SHARE = 0.5  # of a claim's words, or its credit makes way
BRIEF_RE = re.compile(
    r"^(?:IN BRIEF|UPDATE \d+|BREAKING|URGENT|FLASH)\s*[:-]\s*", re.IGNORECASE
)


def first_sentence(text: str) -> str:
    """Return the first sentence of text (the whole text when it has no end)."""
    end = next(sentence_ends(text), None)
    return text[: end - 1] if end else text


def fit_words(text: str, max_chars: int = MAX_CHARS, keep: int = 0) -> str:
    """Cut text to max_chars before a phrase; drop dangling words and punctuation.

    The cut backs off to a phrase boundary, but not below keep words when they fit.
    """
    words = text.split()
    kept, length = 0, -1
    for word in words:
        if length + 1 + len(word) > max_chars:
            break
        kept, length = kept + 1, length + 1 + len(word)
    if kept < len(words):
        # Never end mid-phrase: back off to just before a preposition or conjunction.
        floor = max(2, keep - 1) if keep <= kept else 2
        boundary = next(
            (k for k in range(kept, floor, -1) if words[k].casefold() in BOUNDARY),
            kept,
        )
        kept = boundary
    dangling = DANGLING if kept < len(words) else DANGLING - VERBS
    words = words[:kept]
    while len(words) > 1 and words[-1].strip(",;:").casefold() in dangling:
        words.pop()
    return TRAILING_RE.sub("", " ".join(words))


def short_source(source: str | None) -> tuple[str | None, bool]:
    """Return how a headline credits a source (surname or short name); person?."""
    credit = credit_source(source)
    return (credit.name, credit.person) if credit else (None, False)


def fit_claim(
    prefix: str, body: str, target: int, max_chars: int = MAX_CHARS, suffix: str = ""
) -> str:
    """Fit prefix, body and suffix as the longest complete clause that fits.

    Shorter forms of body (no relative clause, no adverbial) and complete clauses it
    opens with are tried against target, then max_chars; a suffix (credit) goes when
    only the claim fits. No complete clause at all: a cut after the main verb.
    """
    forms = shorter_forms(body)
    texts = [prefix + form for form in forms]
    if (plain := drop_company_suffixes(texts[-1])) != texts[-1]:
        texts.append(plain)  # "Acme Corp says" -> "Acme says"
    if (lean := drop_subject_participle(texts[0])) != texts[0]:
        texts.append(lean)  # "Festivals organized by ministry strengthen ties"
    credits = (suffix, "") if suffix else ("",)
    fits = [
        clause + credit
        for limit in (target, max_chars)
        for credit in credits
        if (clause := _longest_clause(texts, limit - len(credit)))
    ]
    if fits:
        return _pick(fits, texts, credits)
    shorter = [drop_subject_phrase(text) for text in texts[-1:]]
    if shorter != texts[-1:] and (clause := _longest_clause(shorter, max_chars)):
        return clause
    inner = reported_clause(prefix + body)
    if inner and (clause := _longest_clause([to_headlinese(inner)], max_chars)):
        return clause
    cut = _cut_after_verb(prefix, forms[-1], target - len(suffix))
    if suffix and len(cut.split()) < len(forms[-1].split()) * MIN_KEPT_SHARE:
        return _cut_after_verb(prefix, forms[-1], target)  # the claim before the credit
    return cut + suffix


def _pick(fits: list[str], texts: list[str], credits: tuple[str, ...]) -> str:
    """Return the first fit (within target) unless a longer one says much more.

    Much more: ROOMIER times as long, or the whole claim when only a word or two
    is missing from the first, credited alike ("... elections in Kyrgyzstan").
    """
    credit = next(c for c in credits if fits[0].endswith(c))  # "" ends every fit
    wholes = {TRAILING_RE.sub("", text) + credit for text in texts}
    for longer in sorted(fits, key=len, reverse=True):
        extra = len(longer.split()) - len(fits[0].split())
        if len(longer) > len(fits[0]) * ROOMIER or (
            longer in wholes and 0 < extra <= FINISHING_WORDS
        ):
            return longer
    return fits[0]


def _longest_clause(texts: list[str], limit: int) -> str | None:
    """Return the complete clause opening one of texts, within limit, that keeps most.

    Most is the largest share of its text (a shorter form whole beats a longer one
    cut), then the longest.
    """
    best, score = None, (0.0, 0)
    for text in (TRAILING_RE.sub("", t) for t in texts):
        if (
            best is None
            and len(text) <= limit
            and complete_prefixes(text, limit) == [text]
        ):
            return text  # the longest text, whole: nothing can keep more
        clause = next(iter(complete_prefixes(text, limit)), None)
        if clause and (kept := (len(clause) / len(text), len(clause))) > score:
            best, score = clause, kept
    return best


def _cut_after_verb(prefix: str, body: str, limit: int) -> str:
    """Cut prefix + body to limit at a phrase, never before body's main verb."""
    text = prefix + body
    cut = fit_words(text, limit)
    verb = main_verb(body)
    if verb is not None and len(cut.split()) <= len(prefix.split()) + verb:
        cut = fit_words(text, limit, len(prefix.split()) + verb + 2)  # keep the verb
    return cut


def _english_headline(sentence: str, max_chars: int, target: int) -> str:
    sentence = TRAILING_RE.sub("", WEEKDAY_RE.sub("", unwrap_names(sentence)))
    claim = split_attribution(drop_appositions(sentence))
    body = to_headlinese(shorten_people(join_speakers(trim_clauses(claim.text))))
    credit = credit_source(claim.source)
    if claim.source_first and (named := _name_pronoun(claim)):
        return fit_claim("", to_headlinese(named), target, max_chars)
    if claim.source_first and credit:
        verb = say_verb(claim.verb, plural=credit.plural)
        return fit_claim(f"{credit.name} {verb} ", body, target, max_chars)
    if credit and credit.person:
        return fit_claim("", body, target, max_chars, f" — {credit.name}")
    return fit_claim("", body, target, max_chars)


def _name_pronoun(claim: Claim) -> str | None:
    """Return the claim with its subject named: "it declared" -> "Acme declares"."""
    first, _, rest = claim.text.partition(" ")
    if not claim.source or first not in PRONOUNS:
        return None
    subject = shorten_people(clean_name(claim.source))
    if first == "it":
        return f"{subject} {present_it(trim_clauses(claim.text))}"
    owner = "'s" if first in POSSESSIVES else ""
    return f"{subject}{owner} {trim_clauses(rest)}"


def make_headline(
    lede: str,
    paragraphs: Sequence[str] = (),
    max_chars: int = MAX_CHARS,
    lang: str | None = None,
) -> str:
    """Return a headline of at most max_chars from the lede (dateline already removed).

    English ledes get the headline rules; other languages (lang, else detected) are cut
    at a word.
    """
    if is_table(paragraphs or [lede]):
        return fit_words(table_headline(paragraphs or [lede]), max_chars)
    sentence = first_sentence(BRIEF_RE.sub("", lede.strip()))
    limit = min(max_chars, TARGET_CHARS)
    lang = lang or detect_language(lede)
    if lang == "en":
        headline = _english_headline(sentence, max_chars, limit)
    else:
        headline = fit_words(drop_attribution(sentence, lang), limit)
    headline = headline or fit_words(lede, max_chars)
    return headline[:1].upper() + headline[1:]

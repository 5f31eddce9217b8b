"""Fitting a claim into a headline: the longest complete clause that fits."""

from __future__ import annotations

import re

from .asides import (
    drop_subject_participle,
    drop_subject_phrase,
    hedged_report,
    reported_clause,
)
from .circumstance import says_when_only
from .compact import main_verb, shorter_forms
from .complement import complements
from .countries import find_country
from .lexicon import lexicon_tag
from .nounclause import noun_clause
from .phrases import NAME_JOINERS, complete_prefixes, has_predicate
from .secondclause import drop_second_clause
from .style import to_headlinese
from .suffixes import drop_company_suffixes
from .tagging import tag_clause
from .wordcut import GLANCE_CHARS, MAX_CHARS, fit_words, strip_trailing
from .words import Word, join_words

ROOMIER = 2.0  # a headline over target must say this much more than one within it,
FINISHING_WORDS = 2  # or add no more than this many words
# Words that rank a noun, true only of the kind a relative clause or participle says.
RANKS: frozenset[str] = frozenset(
    {"first", "only", "largest", "biggest", "smallest", "fastest", "last", "sole"}
)
RANK_WORDS = 5  # how far back from a fit's end its last noun phrase may rank
MIN_KEPT_SHARE = 0.5  # of a claim's words, or its credit makes way
MIN_KEPT_WORDS = 3  # what stays before an opened clause is dropped
SUBJECT_PHRASES = 3  # the most phrases dropped between a subject and its verb
OF_WORDS = 4  # the longest "of" phrase a cut goes on to ("of Rexnord")
TOPIC_PREPOSITIONS: frozenset[str] = frozenset(
    {"over", "about", "against", "to", "with"}
)
# A condition, not at the start ("even if" concedes: what it says happens anyway).
# White space first: the look-behind is tried only there.
CONDITION_RE = re.compile(r"\s(?<!\beven\s)(?:if|unless)\s")
FUTURES: frozenset[str] = frozenset({"to", "will"})  # "row to erupt", "row will erupt"
PLACE_SPLIT_RE = re.compile(r",\s+|\s+and\s+")
IF_WORDS: frozenset[str] = frozenset({"if", "unless"})  # a condition, kept if it fits
# What a claim is for or against: "pitted managers against Lakeside Theatres"
FOR_OR_AGAINST: frozenset[str] = frozenset({"for", "against"})
PARTICIPLES: frozenset[str] = frozenset({"VBG", "VBN", "VBD"})  # "designed for"
# A relative clause says which: "approves drug" + "that reduces bleeding in ...".
RELATIVE_WORDS: frozenset[str] = frozenset({"that", "which", "who", "whose"})
# What a holder holds of a company: "shares in Imperial Continental Gas".
HELD: frozenset[str] = frozenset({"shares", "stake", "interest", "units", "stock"})
CLAUSE_OPENERS: frozenset[str] = frozenset(
    {"if", "because", "although", "though", "whether", "unless", "whereas"}
)


def fit_claim(
    prefix: str, body: str, target: int, max_chars: int = MAX_CHARS, suffix: str = ""
) -> str:
    """Fit prefix, body and suffix as the longest complete clause that fits.

    Shorter forms of body (no relative clause, no adverbial) and complete clauses it
    opens with are tried against target, then max_chars; a suffix (credit) goes when
    only the claim fits. No complete clause at all: say less (see _say_less).
    """
    return _hedged(_fit(prefix, body, target, max_chars, suffix), prefix + body)


def _hedged(clause: str, text: str) -> str:
    """Say "could" for "to" when the clause's condition had to go.

    "Trade row to erupt if EC approves tax": without its "if", the row is no
    certainty: "Trade row could erupt".
    """
    if not CONDITION_RE.search(text) or CONDITION_RE.search(clause):
        return clause
    words = tag_clause(clause)[0]
    future = next(
        (
            i
            for i in range(1, len(words) - 1)
            if words[i].text in FUTURES
            and words[i - 1].tag.startswith("NN")  # the subject's "to", no purpose
            and words[i + 1].tag == "VB"
        ),
        None,
    )
    if future is None:
        return clause
    return join_words([*words[:future], Word("could", "MD"), *words[future + 1 :]])


def _fit(prefix: str, body: str, target: int, max_chars: int, suffix: str) -> str:
    """Return fit_claim's clause (see there), before any hedge."""
    if len(prefix + body + suffix) > target:
        body = drop_second_clause(body)  # too long: the first clause alone
    forms = shorter_forms(body)
    texts = [prefix + form for form in forms]
    if (plain := drop_company_suffixes(texts[-1])) != texts[-1]:
        texts.append(plain)  # "Acme Corp says" -> "Acme says"
    credits = (suffix, "") if suffix else ("",)
    if not _fits_whole(texts[0], target - len(suffix)) and (
        (lean := drop_subject_participle(texts[0])) != texts[0]
    ):
        texts.append(lean)  # "Festivals organized by ministry strengthen ties"
    fits = [
        clause + credit
        for limit in (target, max_chars)
        for credit in credits
        if (clause := _longest_clause(texts, limit - len(credit)))
    ]
    if fits:
        return _pick(fits, texts, credits, max_chars)
    shorter = texts[-1]
    for _ in range(SUBJECT_PHRASES):  # "Efforts to break impasse [over ...] appear"
        if (shorter := drop_subject_phrase(longer := shorter)) == longer:
            break
        if clause := _longest_clause([shorter], max_chars):
            return clause
    hedged = hedged_report(prefix + body)  # "study could show that ...": hedged
    if hedged and (clause := _longest_clause(hedged, max_chars)):
        return clause
    inner = reported_clause(prefix + body)
    if inner and (clause := _longest_clause([to_headlinese(inner)], max_chars)):
        return clause
    return _say_less(prefix, forms[-1], target, max_chars, suffix)


def _say_less(prefix: str, body: str, target: int, max_chars: int, suffix: str) -> str:
    """Return a clause ending on a whole noun phrase; or cut after the verb."""
    texts = [prefix + body, drop_company_suffixes(prefix + body)]
    if clause := noun_clause(prefix + body, target - len(suffix)):
        return _with_complement(clause + suffix, suffix, texts, max_chars)
    if clause := noun_clause(prefix + body, max_chars):
        return _with_complement(clause, "", texts, max_chars)
    cut = _cut_after_verb(prefix, body, target - len(suffix))
    if suffix and len(cut.split()) < len(body.split()) * MIN_KEPT_SHARE:
        cut, suffix = _cut_after_verb(prefix, body, target), ""  # claim, not credit
    cut = _drop_open_clause(cut)
    if (whose := _with_whose(cut, prefix + body, max_chars)) != cut:
        return whose + suffix
    return _with_complement(cut + suffix, suffix, texts, max_chars)


def _with_whose(cut: str, text: str, limit: int) -> str:
    """Go on to whose a cut's last noun is: "all common shares of Rexnord".

    Only a short "of" phrase that names whose (a name, whole), within limit.
    """
    rest = text[len(cut) :].split()
    if not text.startswith(cut) or rest[:1] != ["of"]:
        return cut
    words = tag_clause(" ".join(rest[: OF_WORDS + 2]))[0]
    for n in range(2, min(len(words), OF_WORDS + 1)):
        after = words[n].tag if n < len(words) else ""
        longer = f"{cut} {join_words(words[:n])}"
        if len(longer) > limit:
            return cut
        if words[n - 1].tag.startswith("NNP") and not after.startswith("NNP"):
            return longer  # a name, whole
    return cut


def _drop_open_clause(cut: str) -> str:
    """Drop a clause the cut opened and left without its verb ("... even if system")."""
    words = cut.split()
    opened = max((i for i, w in enumerate(words) if w in CLAUSE_OPENERS), default=0)
    if opened < MIN_KEPT_WORDS or has_predicate(
        list(tag_clause(" ".join(words[opened:]))[0])
    ):
        return cut
    if words[opened - 1] == "even":  # "even if"
        opened -= 1
    return fit_words(" ".join(words[:opened]), len(cut))


def _pick(
    fits: list[str], texts: list[str], credits: tuple[str, ...], max_chars: int
) -> str:
    """Return the first fit (within target) unless a longer one says much more.

    Much more: ROOMIER times as long; its condition ("... if EC adopts levy"),
    what it is for or against, which of its last noun it is (a relative clause or
    participle, whole, within GLANCE_CHARS), whose shares they are, or the
    countries it holds in; or the whole claim when only a word or two is missing
    from the first, or what it is about, credited alike ("... elections in
    Kyrgyzstan"). Else the first fit goes on to what its last noun is of, to or
    for, within max_chars (see complement.py).
    """
    credit = next(c for c in credits if fits[0].endswith(c))  # "" ends every fit
    if credit != credits[0] and (credited := _credited(fits, credits[0])):
        return credited
    wholes = {strip_trailing(text) + credit for text in texts}
    for longer in sorted(fits, key=len, reverse=True):
        extra = len(longer.split()) - len(fits[0].split())
        if _adds_when(fits[0], longer, credit):
            continue  # "for March shipments", "this year": the story's to tell
        if (
            len(longer) > len(fits[0]) * ROOMIER
            or _opens_with(fits[0], longer, IF_WORDS | FOR_OR_AGAINST)
            or _whose_shares(fits[0], longer)
            or _where(fits[0], longer)
            or (
                longer in wholes
                and extra > 0
                and (
                    extra <= FINISHING_WORDS
                    or _opens_with(fits[0], longer, TOPIC_PREPOSITIONS)
                )
            )
            or (  # which one, while the headline still reads at a glance
                _says_which(fits[0], longer)
                and (
                    len(drop_company_suffixes(longer)) <= GLANCE_CHARS
                    or _ranked(fits[0])
                )
            )
        ):
            return longer
    return _with_complement(fits[0], credit, texts, max_chars)


def _ranked(short: str) -> bool:
    """Return whether short's last noun phrase ranks its noun ("first 32-bit chip").

    A first, only or largest one is such only of the kind the rest says
    ("designed for artificial intelligence"): without it the claim is false.
    """
    return any(word in RANKS for word in short.split()[-RANK_WORDS:])


def _adds_when(short: str, longer: str, credit: str = "") -> bool:
    """Return whether longer only adds when or on what terms to short (circumstance.py).

    Company suffixes and the credit aside; a longer that does not go on from short
    adds more than a tail.
    """
    short, longer = short.removesuffix(credit), longer.removesuffix(credit)
    if not longer.startswith(short):
        short, longer = drop_company_suffixes(short), drop_company_suffixes(longer)
    return longer.startswith(short) and says_when_only(longer[len(short) :])


def _with_complement(fit: str, credit: str, texts: list[str], max_chars: int) -> str:
    """Return fit going on to what its last noun is of, to or for, if that fits.

    Of the texts' complements within max_chars, the one least shortened; never one
    that only says when ("for March shipments").
    """
    clause = fit.removesuffix(credit) if credit else fit
    found: list[tuple[int, str]] = []
    for text in texts:
        base = clause if text.startswith(clause) else drop_company_suffixes(clause)
        forms = complements(base, strip_trailing(text))
        found += [
            (rank, form)
            for rank, form in enumerate(forms)
            if len(form) <= max_chars - len(credit) and not _adds_when(base, form)
        ][:1]
    return min(found, key=lambda f: f[0])[1] + credit if found else fit


def _credited(fits: list[str], credit: str) -> str | None:
    """Return the longest fit that keeps the credit and as much of the claim as fits[0].

    The lede names who says it: a headline within max_chars says so too.
    """
    words = len(fits[0].split()) + len(credit.split())
    kept = [fit for fit in fits if fit.endswith(credit) and len(fit.split()) >= words]
    return max(kept, key=len, default=None)


def _where(short: str, longer: str) -> bool:
    """Return whether longer only adds the countries short happens in.

    "Tonka to become distributor of Bandai toys" + "in Australia and New
    Zealand": without them, the deal reads as the world's.
    """
    short = drop_company_suffixes(short)  # "Bandai Co Ltd toy lines": the same
    rest = longer[len(short) :].strip()
    if not longer.startswith(short) or not rest.startswith("in "):
        return False
    places = PLACE_SPLIT_RE.split(rest[3:])
    return all(find_country(place.casefold()) for place in places)


def _opens_with(short: str, longer: str, words: frozenset[str]) -> bool:
    """Return whether longer goes on from short with one of words.

    "committee expresses concern" + "over suspension of payments": what the
    story is about; "Canada to take dispute to tribunal" + "if EC adopts levy":
    the condition the claim hangs on. Company suffixes aside: "Foote Mineral
    signs letter" opens "Foote Mineral Co signs letter ... for sale of ...".
    """
    if not longer.startswith(short):
        longer = drop_company_suffixes(longer)
    rest = longer[len(short) :].split()
    return bool(rest) and longer.startswith(short) and rest[0] in words


def _says_which(short: str, longer: str) -> bool:
    """Return whether longer goes on with which of short's last noun.

    A relative clause or a participle, whole: "approves drug" + "that reduces
    bleeding in hemophiliacs", "to renegotiate agreement" + "limiting growth of
    island's textile exports", "develops first chip" + "designed for artificial
    intelligence applications".
    """
    rest, kept = longer[len(short) :].split(), short.split()
    return (
        bool(rest)
        and longer.startswith(short)
        and (rest[0] in RELATIVE_WORDS or lexicon_tag(rest[0]) in PARTICIPLES)
        and not any(c.isdigit() for c in kept[-2])  # "42 cts" [paid last quarter]
    )


def _whose_shares(short: str, longer: str) -> bool:
    """Return whether longer only names whose shares short ends on.

    "makes tender offer for up to 33 mln ordinary shares" + "in Imperial
    Continental Gas Association": without the name, whose shares goes unsaid.
    """
    short = drop_company_suffixes(short)
    longer = drop_company_suffixes(longer)
    rest = longer[len(short) :].split()
    return (
        longer.startswith(short)
        and short.rsplit(" ", 1)[-1] in HELD
        and len(rest) > 1
        and rest[0] in {"in", "of"}
        and all(w[:1].isupper() or w in NAME_JOINERS for w in rest[1:])
    )


def _fits_whole(text: str, limit: int) -> bool:
    """Return whether text is a complete clause within limit (nothing to shorten)."""
    text = strip_trailing(text)
    return len(text) <= limit and complete_prefixes(text, limit) == (text,)


def _longest_clause(texts: list[str], limit: int) -> str | None:
    """Return the complete clause opening one of texts, within limit, that keeps most.

    Most is the largest share of its text (a shorter form whole beats a longer one
    cut), then the longest.
    """
    best, score = None, (0.0, 0)
    for text in (strip_trailing(t) for t in texts):
        if best is None and _fits_whole(text, limit):
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

"""A headline from the lede, the way a wire editor writes one."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .acronyms import name_by_acronym
from .agreement import drop_own, own_pronoun
from .asides import drop_appositions
from .capitals import lower_common_nouns
from .claimant import name_pronoun, own_officer, relays, says_prefix
from .clauses import split_attribution, trim_clauses, unwrap_names
from .copula import headline_copula
from .credit import credit_source, join_speakers
from .fitclaim import fit_claim
from .foreign import foreign_headline
from .language import detect_language
from .lexicon import is_known_word
from .nation import name_his_country, name_the_nation, name_the_side
from .partner import name_the_partner
from .presenttense import past_event, present_main
from .quotelede import quoted_headline, split_quote
from .sentences import sentence_ends
from .sourcecredit import (
    credit_claim,
    credit_speaker,
)
from .squeeze import squeeze
from .style import shorten_people, to_headlinese
from .suffixes import drop_company_suffixes
from .tables import is_table, table_headline
from .weekdays import drop_weekdays
from .wordcut import GLANCE_CHARS, MAX_CHARS, fit_words, strip_trailing
from .wordiness import strike_wordiness

TARGET_CHARS = 90
# A headline drops the "that" of what is said or found: "Jury finds drug did not".
THAT_RE = re.compile(
    r"\b(?P<verb>says|said|finds|found|rules|ruled|recommend|recommends|believes|"
    r"expects|warns|shows|argues|claims|fears|hopes|insists|thinks|denies|confirms|"
    r"suggests|indicates|predicts)\s+that\s+(?=[A-Z]|[a-z]+\s)"
)
# A currency glued to the next word by a typing slip: "500 mln dlruntied loan".
GLUED_UNIT_RE = re.compile(r"(?<=\b(?:mln|bln) )(?P<glued>(?:dlr|stg)[a-z]{3,})\b")
UNITS = ("dlrs", "dlr", "stg")
# "up" of an amount "up to one mln" left at the end, with its preposition.
UP_TO_END_RE = re.compile(r"\s+(?:of|for|by|to)\s+up$")
INITIALISM_END_RE = re.compile(r"\b(?:[A-Z]\.)+[A-Z]$")  # "U.S", "U.K"
# "New Jersey-based overnight messenger Purolator Courier", "textiles concern GFT":
# what a named firm is goes when a headline runs long; the name says who.
DESCRIPTOR_RE = re.compile(
    r"(?:(?<=^)|(?<=\s))(?:[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?-based\s+|[A-Z][a-z]+\s+)?"
    r"(?:(?!(?:with|of|for|to|in|on|at|by|from|and|the|a|an)\s)[a-z][\w-]*\s+){0,3}"
    r"(?:firm|company|concern|group|maker|producer|carrier|airline|insurer|retailer|"
    r"messenger|courier|utility|conglomerate|manufacturer|distributor|brokerage)\s+"
    r"(?=[A-Z][\w.&'-]*\s+[A-Z])"
)
DESCRIBED_CHARS = 80  # a headline this long sheds its descriptors
# "Mobil's Mobil Chemical's subsidiary": the owner the next name repeats goes.
NESTED_OWNER_RE = re.compile(
    r"\b(?P<owner>[A-Z][\w&.-]*(?: [A-Z][\w&.-]*)*)['’]s (?=(?P=owner) )"
)
# "Midway Airlines says to begin service": who begins is the company itself.
SAYS_TO_RE = re.compile(r"^(?P<who>[A-Z][^,;]*?) says to (?=[a-z]+ )")
# "Acme said it would cut jobs": what it will do, told in the past.
REPORTED_WOULD_RE = re.compile(
    r"^(?P<subject>(?:(?!\b(?:which|that|who|whom|whose)\b)[^,;])*?)\bwould\s+"
    r"(?!have\b|be\b)(?=[a-z]+\s)"
)
BRIEF_RE = re.compile(
    r"^(?:IN BRIEF|UPDATE \d+|BREAKING|URGENT|FLASH)\s*[:-]\s*", re.IGNORECASE
)


def first_sentence(text: str) -> str:
    """Return the first sentence of text (the whole text when it has no end)."""
    end = next(sentence_ends(text), None)
    return text[: end - 1] if end else text


def _english_headline(
    sentence: str, max_chars: int, target: int, place: str | None = None
) -> tuple[str, str | None]:
    """Return the headline of an English sentence, and the source it leaves out."""
    if "ln dlr" in sentence or "ln stg" in sentence:
        sentence = GLUED_UNIT_RE.sub(_unglue, sentence)  # "mln dlruntied loan"
    sentence = lower_common_nouns(name_by_acronym(sentence))
    sentence = unwrap_names(strike_wordiness(sentence, place))
    sentence = drop_weekdays(sentence)  # "on Saturday", "said Tuesday"
    sentence = strip_trailing(sentence)
    if sentence[:1] in '"“„«' and (split := split_quote(sentence)):
        if quoted := _quoted(*split, max_chars):
            return quoted, None
        sentence = f"{split[0]}, {split[1]}"  # "The talks were constructive, a ..."
    claim = split_attribution(drop_appositions(sentence))
    body = to_headlinese(shorten_people(join_speakers(trim_clauses(claim.text))))
    credit = credit_source(claim.source)
    if credit and credit.person and relays(sentence, claim.source or ""):
        credit = None  # "said Natalia Eismont, spokeswoman of the leader"
    if claim.source_first and (named := name_pronoun(claim)):
        named = REPORTED_WOULD_RE.sub(r"\g<subject>will ", named)  # "it would cut"
        return fit_claim("", to_headlinese(named), target, max_chars), None
    if claim.source_first and (says := says_prefix(claim, credit, sentence)):
        said = headline_copula(body)  # "DOT says ban not justified", when whole
        said = said if len(says + said) <= target else body
        return fit_claim(says, said, target, max_chars), None
    if credit and credit.person and own_officer(claim):
        return fit_claim("", body, target, max_chars), None
    if credit and credit.person:
        return fit_claim("", body, target, max_chars, f" — {credit.name}"), None
    return fit_claim("", body, target, max_chars), claim.source


def _quoted(quote: str, rest: str, max_chars: int) -> str | None:
    """Return the headline of a lede that opens with a person's quotation, verbatim.

    None when no person is credited with it or it does not fit.
    """
    claim = split_attribution(f"{quote}, {rest}")
    credit = credit_source(claim.source)
    if credit is None or not credit.person or claim.text != quote:
        return None
    return quoted_headline(quote, credit.name, max_chars)


def _unglue(match: re.Match[str]) -> str:
    """Split "dlrsyndicated" where the rest is a word: "dlr syndicated"."""
    glued = match["glued"]
    for unit in UNITS:
        if glued.startswith(unit) and is_known_word(glued[len(unit) :]):
            return f"{unit} {glued[len(unit) :]}"
    return glued


def make_headline(
    lede: str,
    paragraphs: Sequence[str] = (),
    max_chars: int = MAX_CHARS,
    *,
    lang: str | None = None,
    place: str | None = None,
    country: str | None = None,
) -> str:
    """Return a headline of at most max_chars from the lede (dateline already removed).

    English ledes get the headline rules; other languages (lang, else detected) get
    the same rules in their own words (see the foreign package). A table that names
    no company is one of the place (the dateline's city), and so is "this city";
    "the federal government" is the country's (the dateline's country). A claim
    keeps its source ("— analysts", "— Foreign Ministry") when it fits beside it.
    """
    if is_table(paragraphs or [lede]):
        made = table_headline(paragraphs or [lede], place)
        return fit_words(drop_company_suffixes(made), max_chars)
    sentence = first_sentence(BRIEF_RE.sub("", lede.strip()))
    limit = min(max_chars, TARGET_CHARS)
    lang = (lang or detect_language(lede)).split("-")[0].casefold()  # "pt-BR": pt
    if lang == "en":
        named = name_his_country(name_the_side(name_the_nation(sentence, country)))
        headline, source = _english_headline(named, max_chars, limit, place)
        headline = present_main(headline_copula(drop_company_suffixes(headline)))
        if "'s " in headline or "’s " in headline:
            headline = NESTED_OWNER_RE.sub("", headline)  # "Mobil's Mobil Chemical"
        if " says to " in headline:
            headline = SAYS_TO_RE.sub(r"\g<who> to ", headline)  # "Acme to begin"
        headline = drop_own(own_pronoun(headline))  # "group ... lowers stake"
        headline = past_event(headline, sentence)  # "back in 2021": it happened
        if "up" in headline[-3:]:  # the end, or before a closing newline ("$")
            headline = UP_TO_END_RE.sub("", headline)  # "repurchase of up (to ...)"
        headline = name_the_partner(headline, sentence, max_chars)
        headline = credit_claim(headline, source, max_chars, sentence)
        if source is None:
            headline = credit_speaker(headline, sentence, paragraphs, max_chars)
        if len(headline) > GLANCE_CHARS:
            headline = squeeze(headline)  # "expresses grave concern": "concern"
    else:
        headline = foreign_headline(BRIEF_RE.sub("", lede), lang, max_chars, limit)
    headline = headline or fit_words(lede, max_chars)
    if len(headline) > DESCRIBED_CHARS and (
        described := DESCRIPTOR_RE.search(headline)
    ):
        headline = headline[: described.start()] + headline[described.end() :]
    if " that " in headline:  # "court ruled Phillips infringed"
        headline = THAT_RE.sub(r"\g<verb> ", headline)
    if (
        "." in headline[-3:]  # where INITIALISM_END_RE looks
        and INITIALISM_END_RE.search(headline)
        and len(headline) < max_chars
    ):
        headline += "."  # "surplus with U.S.": the sentence's full stop was its own
    return headline[:1].upper() + headline[1:]

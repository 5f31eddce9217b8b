"""A headline from the lede, the way a wire editor writes one."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .acronyms import name_by_acronym
from .agreement import drop_own, own_pronoun
from .asides import drop_appositions
from .capitals import lower_common_nouns
from .clauses import Claim, clean_name, split_attribution, trim_clauses, unwrap_names
from .copula import headline_copula
from .countries import find_country
from .credit import Credit, credit_source, join_speakers, say_verb
from .fitclaim import fit_claim
from .foreign import foreign_headline
from .language import detect_language
from .lexicon import is_known_word
from .names import split_words
from .nation import name_the_nation, name_the_side
from .partner import name_the_partner
from .presenttense import past_event, present_main
from .sentences import sentence_ends
from .sourcecredit import (
    company_credit,
    credit_claim,
    credit_speaker,
    organisation_credit,
)
from .style import WEEKDAY_RE, present_it, shorten_people, to_headlinese
from .suffixes import drop_company_suffixes
from .tables import is_table, table_headline
from .tagging import tag_clause
from .wordcut import MAX_CHARS, fit_words, strip_trailing
from .wordiness import strike_wordiness

PRONOUNS: frozenset[str] = frozenset(split_words("it its they their"))
POSSESSIVES: frozenset[str] = frozenset(split_words("its their"))
TARGET_CHARS = 90
# A company's officer named by a bare role: "chairman Jim Leslie", "its president".
OWN_ROLE_RE = re.compile(
    r"^(?:its\s+|company\s+)?(?:chairman|president|chief\s+executive|managing\s+"
    r"director|vice\s+president|chief\s+financial\s+officer|treasurer)\s+[A-Z]"
)
# A headline drops the "that" of what is said or found: "Jury finds drug did not".
THAT_RE = re.compile(
    r"\b(?P<verb>says|said|finds|found|rules|ruled|recommend|recommends|believes|"
    r"expects|warns|shows|argues|claims|fears|hopes|insists|thinks|denies|confirms|"
    r"suggests|indicates|predicts)\s+that\s+(?=[A-Z]|[a-z]+\s)"
)
SPOKESPERSON_RE = re.compile(
    r"(?:the\s+|a\s+)?(?:spokes(?:man|woman|person)|press\s+secretary)\b"
)
LEADING_NAME_RE = re.compile(r"^(?:[A-Z][\w&.'-]*\s+)+")  # "Qantas Airways Ltd "
# A body's finding: whose it is opens the headline ("DOT says ban not justified").
CONCLUDING: frozenset[str] = frozenset(split_words("concluded concludes decided"))
# What a country says it has or is: a stance, not an act ("it had the right").
STANCE_VERBS: frozenset[str] = frozenset(split_words("has had is was are were"))
IT_STATE_RE = re.compile(r"^(?P<it>it|they) (?P<verb>had|was|were) ")
PRESENT_STATES: dict[str, str] = {"had": "has", "was": "is", "were": "are"}
HAD_RE = re.compile(r"\bhad\s+(?=[a-z]+ed\b)")  # "had captured": "captured"
# A company's own figures, when it reports them with no "its": "said sales rose".
OWN_FIGURES: frozenset[str] = frozenset(
    split_words("sales revenues revenue earnings profits orders shipments output")
)
# A currency glued to the next word by a typing slip: "500 mln dlruntied loan".
GLUED_UNIT_RE = re.compile(r"(?<=\b(?:mln|bln) )(?P<glued>(?:dlr|stg)[a-z]{3,})\b")
UNITS = ("dlrs", "dlr", "stg")
# "up" of an amount "up to one mln" left at the end, with its preposition.
UP_TO_END_RE = re.compile(r"\s+(?:of|for|by|to)\s+up$")
INITIALISM_END_RE = re.compile(r"\b(?:[A-Z]\.)+[A-Z]$")  # "U.S", "U.K"
# "Mobil's Mobil Chemical's subsidiary": the owner the next name repeats goes.
NESTED_OWNER_RE = re.compile(
    r"\b(?P<owner>[A-Z][\w&.-]*(?: [A-Z][\w&.-]*)*)['’]s (?=(?P=owner) )"
)
# "Midway Airlines says to begin service": who begins is the company itself.
SAYS_TO_RE = re.compile(r"^(?P<who>[A-Z][^,;]*?) says to (?=[a-z]+ )")
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
    if "day" in sentence:  # "on Saturday"
        sentence = WEEKDAY_RE.sub("", sentence)
    sentence = strip_trailing(sentence)
    claim = split_attribution(drop_appositions(sentence))
    body = to_headlinese(shorten_people(join_speakers(trim_clauses(claim.text))))
    credit = credit_source(claim.source)
    if credit and credit.person and _relays(sentence, claim.source or ""):
        credit = None  # "said Natalia Eismont, spokeswoman of the leader"
    if claim.source_first and (named := _name_pronoun(claim)):
        return fit_claim("", to_headlinese(named), target, max_chars), None
    if claim.source_first and (says := _says_prefix(claim, credit, sentence)):
        return fit_claim(says, body, target, max_chars), None
    if credit and credit.person and _own_officer(claim):
        return fit_claim("", body, target, max_chars), None
    if credit and credit.person:
        return fit_claim("", body, target, max_chars, f" — {credit.name}"), None
    return fit_claim("", body, target, max_chars), claim.source


def _unglue(match: re.Match[str]) -> str:
    """Split "dlrsyndicated" where the rest is a word: "dlr syndicated"."""
    glued = match["glued"]
    for unit in UNITS:
        if glued.startswith(unit) and is_known_word(glued[len(unit) :]):
            return f"{unit} {glued[len(unit) :]}"
    return glued


def _name_pronoun(claim: Claim) -> str | None:
    """Return the claim with its subject named: "it declared" -> "Acme declares".

    A company's figures without "its" are its own: "Acme said sales rose" ->
    "Acme's sales rise". What a country says of its own forces, or of what it has
    or is, stays its claim: "Iran says its forces captured ...", "Greece says it
    has right to decide ...".
    """
    first, _, rest = claim.text.partition(" ")
    if claim.source and first in OWN_FIGURES and company_credit(claim.source):
        first, rest = "its", claim.text  # "Pall Corp said sales rose": its sales
    if not claim.source or first not in PRONOUNS:
        return None
    subject = shorten_people(clean_name(claim.source))
    if find_country(subject) and (
        first in POSSESSIVES or rest.split(" ", 1)[0] in STANCE_VERBS
    ):
        # "Iran said its forces had captured", "Greece said it had the right": a
        # side's claim stays one
        said = HAD_RE.sub("", trim_clauses(claim.text), count=1)
        return f"{subject} says {IT_STATE_RE.sub(_present_state, said, count=1)}"
    if first == "it":
        return f"{subject} {present_it(trim_clauses(claim.text))}"
    owner = "'s" if first in POSSESSIVES else ""
    return f"{subject}{owner} {trim_clauses(rest)}"


def _present_state(match: re.Match[str]) -> str:
    """Return "it has " for "it had ": what a side says it has, it has now."""
    verb = PRESENT_STATES[match["verb"]]
    return (
        f"{match['it']} {'have' if verb == 'has' and match['it'] == 'they' else verb} "
    )


def _says_prefix(claim: Claim, credit: Credit | None, sentence: str) -> str | None:
    """Return "Lavrov says " for a source named first, when the headline names it.

    A credited source, a company whose claim names no one, a body whose finding
    it is; else None.
    """
    if credit:
        return f"{credit.name} {say_verb(claim.verb, plural=credit.plural)} "
    who = _nameless_claims(claim) or _concluding_body(claim, sentence)
    return f"{who} says " if who else None


def _concluding_body(claim: Claim, sentence: str) -> str | None:
    """Return the body whose conclusion the claim is, else None.

    "The U.S. Department of Transportation (DOT) has concluded that a ban ... is
    not justified": the finding is the DOT's, said so ("DOT says ban ...").
    """
    if claim.verb not in CONCLUDING or not claim.source:
        return None
    return organisation_credit(claim.source, sentence)


def _relays(sentence: str, source: str) -> bool:
    """Return whether the source is a spokesperson named before the role.

    "Lukashenko and Putin discussed security, said Natalia Eismont, spokeswoman of
    the Belarusian leader": she relays what her principal did; no credit.
    """
    at = sentence.find(f"{source}, ")
    return at >= 0 and SPOKESPERSON_RE.match(sentence, at + len(source) + 2) is not None


def _own_officer(claim: Claim) -> bool:
    """Return whether a named company's own officer tells what it did.

    "Qantas Airways has placed a firm order ..., chairman Jim Leslie said": the
    company acts; its chairman's name adds nothing a reader knows.
    """
    if not claim.source or not OWN_ROLE_RE.match(claim.source):
        return False
    name = LEADING_NAME_RE.match(claim.text)
    return name is not None and company_credit(name[0].strip()) is not None


def _nameless_claims(claim: Claim) -> str | None:
    """Return the company whose claim names no one, else None.

    "Acme Inc said an initial public offering of 1.2 mln units is under way":
    without "Acme says", whose offering it is goes unsaid. Only the subject
    counts: underwriters named after the verb do not say whose it is.
    """
    source = claim.source or ""
    if source[:1].islower() or company_credit(source) is None:
        return None  # a person, a ministry: credited their own way
    words, verb = tag_clause(claim.text)
    if verb is None or any(w.text[:1].isupper() for w in words[1:verb]):
        return None  # the claim names its own subject
    return clean_name(source)


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
        named = name_the_side(name_the_nation(sentence, country))
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
    else:
        headline = foreign_headline(BRIEF_RE.sub("", lede), lang, max_chars, limit)
    headline = headline or fit_words(lede, max_chars)
    if " that " in headline:  # "court ruled Phillips infringed"
        headline = THAT_RE.sub(r"\g<verb> ", headline)
    if (
        "." in headline[-3:]  # where INITIALISM_END_RE looks
        and INITIALISM_END_RE.search(headline)
        and len(headline) < max_chars
    ):
        headline += "."  # "surplus with U.S.": the sentence's full stop was its own
    return headline[:1].upper() + headline[1:]

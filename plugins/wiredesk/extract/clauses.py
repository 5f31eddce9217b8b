"""Clause surgery on a lead: attribution, asides and second clauses come off."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .compact import main_verb
from .lexicon import lexicon_tag

SPEECH = (
    r"(?:said|says|say|told\s+[^,;]{1,90}?|stated|announced|reported|added|noted|stressed|"
    r"emphasized|emphasised|pointed\s+out|warned|explained|declared|confirmed|wrote|"
    r"believes|thinks|insisted|showed|shows)"
)
WHEN = (
    r"(?:\s+(?:(?:on|late|early|last|this)\s+\w+(?:\s+(?:night|morning|evening))?"
    r"|today|yesterday|tonight))?"
)
# ", Egypt's Minister of State, Boutros Ghali, said", ", Kenneth Whipple, chairman of
# Ford Europe, said"
TRAILING_RE = re.compile(
    rf",\s+(?:(?P<src>[^,;]{{2,120}}?(?:,\s+[A-Za-z][^,;]{{1,60}}?,)?)\s+"
    rf"(?:has\s+|have\s+)?{SPEECH}\b"
    rf"|(?:said|says|according\s+to)\s+(?P<src2>[^,;]{{2,120}}))"
)
# "told reporters", "told Reuters": a bare object of "told" is a listener, not a
# claim ("told international operators who ..." goes on to its "that").
SPEECH_BARE = (
    r"(?:said|says|told\s+(?:reporters|journalists|[A-Z]\w+|him|her|them|us)|stated)"
)
# Verbs that take a "that" clause in front of the claim only ("agreed that ...").
THAT_VERBS = (
    r"(?:agreed|agree|agrees|denied|argued|claimed|acknowledged|admitted|urged"
    r"|concluded|concludes|decided|decides)"
)
# A comma inside a firm's name: "Sears, Roebuck and Co", "Kidder, Peabody and Co".
NAME_COMMA = r",(?=\s+[A-Z][\w.'-]*\s+(?:and|&)\s+Co\b)"
LEADING_RE = re.compile(
    rf"^(?=[A-Z0-9<(])(?P<src>(?:[^,;]|{NAME_COMMA}){{2,100}}?)\s+(?:has\s+|have\s+)?"
    rf"(?:(?P<verb>{SPEECH}|{THAT_VERBS}){WHEN}(?:\s+(?:in|at|during|by)\s+[^,;]{{1,60}}?)?"
    rf",?\s+that\s+|{SPEECH_BARE}{WHEN},?\s+)"
    r"(?P<claim>.{20,})$"
)
SAID_IT_RE = re.compile(
    rf"^(?P<src>(?:[^,;]|{NAME_COMMA}){{2,100}}?)\s+{SPEECH}{WHEN}\s+"
    r"(?P<claim>(?:it|its|they|he|she)\s.{10,})$"
)
PAREN_RE = re.compile(r"\s*\([^()]{0,80}\)|\s*<[A-Z][A-Z0-9.]{0,7}>")
AGE_RE = re.compile(r",\s+\d{2},(?!\d)(?:\s+[a-z][^,]{0,80},)?")  # not "11,950"
NAME_MARKS_RE = re.compile(r"[<>]")
WRAPPED_RE = re.compile(r"^\((?P<inner>[^()]+)\)")
ASIDE_RE = re.compile(
    r",\s+(?:which|who|whose|where|a|an|the|or|including|such as|one of)\s[^,]{0,100},"
)
RELATIVE_END_RE = re.compile(r",\s+(?:which|who|whose)\s.*$")
# A relative clause whose list runs past its first comma to the end of the sentence:
# ", which supplies finance, insurance and leasing computers to dealers".
RELATIVE_LIST_RE = re.compile(
    r",\s+(?:which|who|whose)\s[^,]{0,100},\s+(?P<next>[a-z][\w-]*)[^,]*?"
    r"\s(?:and|or)\s[^,]*$"
)
# Whom a feeling was told to, before what it is about: "concern to negotiator
# Antonio Seixas over the suspension" -> "concern over the suspension".
ADDRESSEE_RE = re.compile(
    r"\s+to\s+(?:[a-z][\w-]*\s+){0,4}[A-Z][\w.'-]*\s+"
    r"(?:(?:de|da|del|van|von|der|al|bin|la|le)\s+|[A-Z][\w.'-]*\s+){0,5}"
    r"(?=(?:over|about|at|regarding)\s)"
)
# "Trade was quiet with currency sectors, notably X, continuing to rise": the
# circumstance after "with" goes whole with its participle.
WITH_ABSOLUTE_RE = re.compile(
    r"\b(?P<kept>(?:is|are|was|were)\s+(?P<adjective>[a-z]+))\s+with\s+[^,]*?"
    r"(?:,[^,]*,)?\s+[a-z]+ing\b.*$"
)
# "that, excluding the effects of a plan, it expects": the aside after "that" goes.
THAT_ASIDE_RE = re.compile(r"\bthat,\s+[^,]{1,100},\s+")
# "Acme Corp, a unit of Beta Inc said": an aside the wire forgot to close.
UNIT_BEFORE_SAID_RE = re.compile(
    r"^(?P<name>[^,]{2,60}),\s+(?:a|an)\s+(?:unit|subsidiary|division|affiliate)\s+of\s+"
    r"[^,]{2,60}?\s+(?=(?:said|says)\b)"
)
# "if the tax passes, a row will erupt": the news first, its condition after.
CONDITION_FIRST_RE = re.compile(
    r"^(?P<if>[Ii]f|[Uu]nless)\s+(?P<condition>[^,]{5,120}),\s+(?P<main>.{20,}?)\.?$"
)
# A sentence's own apposition: ", a move that will ...", "an outcome which ...".
SENTENCE_APPOSITION_RE = re.compile(
    r",\s+(?:a|an)\s+(?:[\w-]+\s+){1,3}?(?:that|which)\s.*$"
)
INTRO_RE = re.compile(
    r"^(?:Thanks\s+to|According\s+to|Due\s+to|In|On|At|After|Following|Despite|Amid|Earlier|"
    r"Meanwhile|Under|With|Since|During|(?:Last|This)\s+\w+\b(?!['’]))\b[^,]{0,120},"
    r"\s+(?=\S.{20,})"
)
SECOND_CLAUSE_RE = re.compile(
    r"(?:,\s+|\s+)(?:but|while|although|whereas|though)\s|;\s|,\s+and\s"
    r"|\s+compared\s+(?:with|to)\s"
    r"|,\s+(?:down|up|compared|against|versus|making|bringing|raising|leaving|"
    r"alleviating|including|with|as|after|following)\s"
)
# "transit of gas through Ukraine paying for it": a participle back to "it" is the
# story's, not the headline's.
PRONOUN_PARTICIPLE_RE = re.compile(
    r"\s+[a-z]{3,}ing\s+(?:for|with|to|on|about|from)\s+(?:it|them)$"
)
# "has missiles, but not many yet": a short "but not" ending qualifies the news.
NOT_QUALIFIER_RE = re.compile(r",\s+but\s+not(?:\s+[a-z]+){1,3}\s*$")
QUOTED_S_RE = re.compile(r"(?<=[A-Za-z])\"s\b")
QUOTES_RE = re.compile(r"[\"“”«»„]|(?<!\w)['‘]|['’](?!\w)")
QUOTE_MARKS = "\"“”«»„'‘’"  # what QUOTES_RE looks for
UNIT_WORDS = ("unit", "subsidiary", "division", "affiliate")  # of UNIT_BEFORE_SAID_RE
MIN_CLAIM = 25


@dataclass(frozen=True, slots=True)
class Claim:
    """A lead sentence split into what is claimed and who claims it."""

    text: str
    source: str | None = None
    source_first: bool = False
    verb: str | None = None


def split_attribution(sentence: str) -> Claim:
    """Split "X, the ministry said" and "Y said that X" into claim and source."""
    if "that," in sentence:
        sentence = THAT_ASIDE_RE.sub("that ", sentence)
    if any(word in sentence for word in UNIT_WORDS):
        sentence = UNIT_BEFORE_SAID_RE.sub(r"\g<name> ", sentence)
    if (match := LEADING_RE.match(sentence)) and not _clause_before(match["src"]):
        claim = _drop_trailing(match["claim"])
        return Claim(claim, match["src"], source_first=True, verb=match["verb"])
    if (match := SAID_IT_RE.match(sentence)) and not _clause_before(match["src"]):
        return Claim(match["claim"], match["src"], source_first=True)
    for match in TRAILING_RE.finditer(sentence):
        if match.start() < MIN_CLAIM:
            continue
        claim, rest = sentence[: match.start()], sentence[match.end() :].strip()
        if main_verb(claim) is None and match["src"] and main_verb(rest) is not None:
            # "Acme's U.S. unit, Bolt Inc said plants were chosen": the subject
            # with its name, then what it says: "Bolt Inc said plants ..."
            return split_attribution(f"{match['src']} said {rest}")
        return Claim(claim, match["src"] or match["src2"])
    return Claim(sentence)


# "Oil prices rose after Saudi Arabia and Russia said": the news comes before.
CLAUSE_BEFORE_RE = re.compile(r"\s(?:after|as|when|because|before|since|while|amid)\s")
# "A man who spent 28 years in prison for a murder he says": whose claim is inside.
RELATIVE_BEFORE_RE = re.compile(r"\s(?:who|which|whose)\s")


def _clause_before(source: str) -> bool:
    """Return whether what precedes "said" is a clause of its own, not who says it.

    "Shares rose after the company said it would cut jobs": the shares' rise is the
    news; the company says only why.
    """
    if RELATIVE_BEFORE_RE.search(source):
        return True  # "a man who spent 28 years in prison for a murder he says"
    return bool(CLAUSE_BEFORE_RE.search(source)) and main_verb(source) is not None


def _drop_trailing(claim: str) -> str:
    """Drop a second attribution at the end ("..., the ministry said on Saturday")."""
    for match in TRAILING_RE.finditer(claim):
        if match.start() >= MIN_CLAIM:
            return claim[: match.start()]
    return claim


TICKER_RE = re.compile(r"\s*<[A-Z][A-Z0-9.]{0,7}>")
# "<Acme Corp>", "(Acme Corp)": a company name in marks stays, its marks go.
MARKED_NAME_RE = re.compile(
    r"<(?P<angle>[^<>]{2,80})>|\((?P<round>[A-Z][\w.&'-]*(?:\s+[\w.&'-]+){1,7})\)"
)
COMPANY_ENDS = frozenset({"co", "corp", "inc", "ltd", "plc"})
ACRONYM_ASIDE_RE = re.compile(r",\s+[A-Z][A-Z0-9]{1,7},(?=\s)")


# A marked name with an aside of its own inside: "(E.H. Industries (Canada) Inc)".
NESTED_NAME_RE = re.compile(
    r"\((?P<name>[A-Z][^()]{1,60}?)\s+\([A-Z][\w. ]{1,30}\)(?P<rest>[^()]{0,20})\)"
)


def unwrap_names(text: str) -> str:
    """Drop tickers and acronym asides, keep company names without their marks."""
    if "<" in text:
        text = TICKER_RE.sub("", text)
    text = ACRONYM_ASIDE_RE.sub("", text)
    if "((" not in text and text.count("(") > 1:
        text = NESTED_NAME_RE.sub(r"(\g<name>\g<rest>)", text)  # "(Acme (Canada) Inc)"

    def unwrap(match: re.Match[str]) -> str:
        inner = match["angle"] or match["round"]
        last = inner.split()[-1]
        named = last[:1].isupper() or last.casefold().strip(".") in COMPANY_ENDS
        return inner if match["angle"] or named else match[0]

    return MARKED_NAME_RE.sub(unwrap, text)


def clean_name(name: str) -> str:
    """Drop ticker marks and brackets around a company name ("<Acme Corp>")."""
    name = _unwrap(name.strip())
    return NAME_MARKS_RE.sub("", _drop_parens(name)).strip()


def _unwrap(text: str) -> str:
    """Drop the brackets around a text wrapped whole in them."""
    return WRAPPED_RE.sub(r"\g<inner>", text) if text.startswith("(") else text


def _drop_parens(text: str) -> str:
    """Drop what stands in brackets, and tickers ("<ACME>")."""
    return PAREN_RE.sub("", text) if "(" in text or "<" in text else text


def _drop_relative_list(text: str) -> str:
    """Drop a relative clause with a list in it to the end, not its first item only."""
    match = RELATIVE_LIST_RE.search(text)
    if match is None or lexicon_tag(match["next"]).startswith(("VB", "MD")):
        return text  # ", which makes cars, said ...": the sentence goes on
    return text[: match.start()]


def _news_first(match: re.Match[str]) -> str:
    """Return "B if A" for "if A, B"."""
    return f"{match['main']} {match['if'].casefold()} {match['condition']}"


def _drop_with_absolute(text: str) -> str:
    """Drop "with X doing Y" after "be" and an adjective ("was quiet with ...")."""
    match = WITH_ABSOLUTE_RE.search(text)
    if match is None or lexicon_tag(match["adjective"]) != "JJ":
        return text
    return text[: match.start()] + match["kept"]


def trim_clauses(text: str) -> str:
    """Drop parentheses, asides, relative clauses, an opener, a second clause."""
    text = _unwrap(text)
    if '"s' in text:  # "India"s budget": a slip for the apostrophe
        text = QUOTED_S_RE.sub("'s", text)
    text = _drop_parens(text)
    if any(mark in text for mark in QUOTE_MARKS):
        text = QUOTES_RE.sub("", text)
    text = AGE_RE.sub("", NAME_MARKS_RE.sub("", text))
    if text.endswith(("it", "them", "it\n", "them\n")):  # where "$" may match
        text = PRONOUN_PARTICIPLE_RE.sub("", text)
    if ", wh" in text:
        text = _drop_relative_list(text)
    if ", a" in text:
        text = SENTENCE_APPOSITION_RE.sub("", text)
    if " with " in text:
        text = _drop_with_absolute(text)
    if any(word in text for word in (" over ", " about ", " at ", " regarding ")):
        text = ADDRESSEE_RE.sub(" ", text)
    text = RELATIVE_END_RE.sub("", ASIDE_RE.sub("", text))
    text = CONDITION_FIRST_RE.sub(_news_first, INTRO_RE.sub("", text))
    for match in SECOND_CLAUSE_RE.finditer(text):
        if match.start() >= MIN_CLAIM:
            if NOT_QUALIFIER_RE.match(text, match.start()):
                return text  # "but not many yet" goes with the claim it qualifies
            return text[: match.start()]
    return text

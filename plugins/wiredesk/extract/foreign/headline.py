"""A headline from a lede in French, Spanish, German, Italian, Portuguese or Russian."""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import german
from .attribution import Claim, split_claim
from .credit import Credit, make_credit
from .fit import MIN_WORDS, adjunct_forms, cuts, ends_well
from .frtense import present_tense
from .langs import LANGS
from .people import shorten_people
from .rules import Lang, full
from .sentence import first_sentence
from .trim import clean, drop_asides, drop_time, future, restore_subject, trim

MAX_CHARS = 110
TARGET_CHARS = 90
MAX_LEDE = 2000
MAX_SENTENCE = 600
SUBJECT = "\x00"  # where the source goes when it becomes the subject


@dataclass(frozen=True, slots=True)
class Fitting:
    """What fitting a claim needs: its credit, the lede's verb, rules and limits."""

    credit: Credit | None
    verb: str | None
    rules: Lang
    max_chars: int
    target: int

    def credited(self, form: str) -> str | None:
        """Return form with its credit in the language's style (None: no credit)."""
        if self.credit is None:
            return None
        rules, name = self.rules, self.credit.name
        said = (self.verb or "").casefold().removeprefix("как ")
        first = form.split(maxsplit=1)[0].casefold() if form else ""
        if rules.quote_credit and first in rules.first_person:
            return rules.quote_credit.format(
                claim=form[:1].upper() + form[1:], name=name
            )
        if rules.credit.startswith("{name}"):
            form = form[:1].upper() + form[1:]  # "Scholz: Die Regierung ..."
        if rules.bare_credit and not full(rules.say, re.IGNORECASE)(said):
            return rules.bare_credit.format(claim=form, name=name)
        return rules.credit.format(claim=form, name=name, verb=said)

    def fits(self, text: str | None, limit: int) -> bool:
        """Whether text is there and at most limit characters long."""
        return text is not None and len(text) <= limit


def foreign_headline(
    lede: str, lang: str, max_chars: int = MAX_CHARS, target: int = TARGET_CHARS
) -> str:
    """Return a headline of at most max_chars from a lede in lang (no dateline)."""
    rules = LANGS.get(lang)
    sentence = clean(first_sentence(lede.strip()[:MAX_LEDE], rules))
    if len(sentence) > MAX_SENTENCE:  # no lead sentence is longer: bound the work
        sentence = sentence[:MAX_SENTENCE].rsplit(" ", 1)[0]
    if rules is None:
        return _hard_cut(sentence.split(), None, max_chars)
    text, found = shorten_people(sentence, rules)
    claim = split_claim(text, rules)
    credit = make_credit(claim, found, rules)
    body, subject = _body(claim, credit, rules)
    if body is None:  # the claim has no subject of its own and the source no name
        body = trim(drop_time(text, rules), rules)
    fitting = Fitting(
        None if subject or body is None else credit,
        claim.verb,
        rules,
        max_chars,
        target,
    )
    headline = _choose(body, fitting)
    if rules.code == "fr":  # fitted as the copy has it, told in the present
        headline = present_tense(headline)  # "Attal a annoncé" -> "Attal annonce"
    return headline[:1].upper() + headline[1:]


def _body(claim: Claim, credit: Credit | None, rules: Lang) -> tuple[str | None, bool]:
    """Return the claim as a clause with a subject; whether the source became it."""
    body = drop_time(claim.text, rules)
    if claim.subordinate:
        body = future(body, rules)
    if rules.code == "de":
        if claim.subordinate:
            body = german.main_clause(body)
        body = german.verb_second(german.indicative(body) if claim.source else body)
    if claim.source and (restored := restore_subject(body, SUBJECT, rules)):
        if credit is None:
            return None, False
        return trim(restored.replace(SUBJECT, credit.name), rules), True
    return trim(body, rules), False


def _choose(body: str, fitting: Fitting) -> str:
    """Pick the fullest complete form that fits, credited when there is room.

    The whole claim is kept when it fits max_chars; shorter forms (phrases dropped
    between verb and object or from the German middle field) aim at target; a cut
    before a phrase comes last.
    """
    rules, max_chars, target = fitting.rules, fitting.max_chars, fitting.target
    if fitting.fits(credited := fitting.credited(body), max_chars):
        return credited or body
    forms = _shorter_forms(body, rules)
    person = fitting.credit and fitting.credit.person
    if person and rules.code != "de":  # who said it outweighs an adjunct phrase
        for form in forms:
            if fitting.fits(credited := fitting.credited(form), max_chars):
                return credited or form
    if len(body) <= max_chars:
        return body
    german_order = rules.code == "de"
    tried = [
        *((text, target) for form in forms for text in (fitting.credited(form), form)),
        *((form, max_chars) for form in forms),
    ]
    if fitting_text := next((t for t, limit in tried if fitting.fits(t, limit)), None):
        return fitting_text
    if not german_order:  # a German cut would lose the verb at the end
        for genitive in (False, True):
            for text in (body, *forms):
                if shorter := cuts(text, rules, max_chars, genitive=genitive):
                    return shorter[0]
    return _hard_cut((forms[-1] if forms else body).split(), rules, max_chars)


def _shorter_forms(body: str, rules: Lang) -> list[str]:
    """Return body without its asides, then without one phrase more each time."""
    plain = drop_asides(body, rules)
    forms = [plain] if plain != body else []
    if rules.code == "de":
        return forms + german.middle_phrases(plain)
    return forms + adjunct_forms(plain, rules)


def _hard_cut(words: list[str], rules: Lang | None, max_chars: int) -> str:
    """Cut at a word, then drop dangling words (the last resort)."""
    kept: list[str] = []
    for word in words:
        if len(" ".join([*kept, word])) > max_chars:
            break
        kept.append(word)
    while rules and len(kept) > MIN_WORDS and not ends_well(kept, rules):
        kept.pop()
    return " ".join(kept).rstrip(" ,;:-–—")

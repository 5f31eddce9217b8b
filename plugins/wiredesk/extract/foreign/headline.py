"""A headline from a lede in French, Spanish, German, Italian, Portuguese or Russian."""

from __future__ import annotations

import re

from . import german
from .attribution import Claim, split_claim
from .credit import Credit, make_credit
from .fit import MIN_WORDS, adjunct_forms, cuts, ends_well
from .langs import LANGS
from .people import shorten_people
from .rules import Lang
from .sentence import first_sentence
from .trim import clean, drop_time, restore_subject, trim

MAX_CHARS = 110
TARGET_CHARS = 90


def foreign_headline(
    lede: str, lang: str, max_chars: int = MAX_CHARS, target: int = TARGET_CHARS
) -> str:
    """Return a headline of at most max_chars from a lede in lang (no dateline)."""
    rules = LANGS.get(lang)
    sentence = clean(first_sentence(lede.strip(), rules))
    if rules is None:
        return _hard_cut(sentence.split(), None, max_chars)
    text, found = shorten_people(sentence, rules)
    claim = split_claim(text, rules)
    credit = make_credit(claim, found, rules)
    body = _body(claim, credit, rules)
    if body is None:  # the claim has no subject of its own and the source no name
        body, credit = trim(drop_time(text, rules), rules), None
    elif body != claim.text and not body.startswith(claim.text[:8]):
        credit = None  # the source became the subject
    headline = _choose(
        body,
        credit=credit,
        verb=claim.verb,
        rules=rules,
        max_chars=max_chars,
        target=target,
    )
    return headline[:1].upper() + headline[1:]


def _body(claim: Claim, credit: Credit | None, rules: Lang) -> str | None:
    """Return the claim as a clause with a subject, ready to be fitted."""
    body = drop_time(claim.text, rules)
    if rules.code == "de":
        if claim.subordinate:
            body = german.main_clause(body)
        body = german.verb_second(german.indicative(body) if claim.source else body)
    if claim.source and (restored := restore_subject(body, "\x00", rules)):
        if credit is None:
            return None
        body = restored.replace("\x00", credit.name)
    return trim(body, rules)


def _credited(form: str, credit: Credit, verb: str | None, rules: Lang) -> str:
    said = (verb or "").casefold().removeprefix("как ")
    if rules.credit.startswith("{name}"):
        form = form[:1].upper() + form[1:]  # "Scholz: Die Regierung ..."
    if rules.bare_credit and not re.fullmatch(rules.say, said, re.IGNORECASE):
        return rules.bare_credit.format(claim=form, name=credit.name)
    return rules.credit.format(claim=form, name=credit.name, verb=said)


def _choose(
    body: str,
    *,
    credit: Credit | None,
    verb: str | None,
    rules: Lang,
    max_chars: int,
    target: int,
) -> str:
    """Pick the fullest complete form that fits, credited when there is room.

    The whole claim is kept when it fits max_chars; shorter forms (phrases of the
    German middle field dropped, a cut before a phrase) aim at target.
    """
    if credit and len(credited := _credited(body, credit, verb, rules)) <= max_chars:
        return credited
    if len(body) <= max_chars:
        return body
    return _compress(
        body, credit=credit, verb=verb, rules=rules, max_chars=max_chars, target=target
    )


def _compress(
    body: str,
    *,
    credit: Credit | None,
    verb: str | None,
    rules: Lang,
    max_chars: int,
    target: int,
) -> str:
    """Shorten a claim too long for max_chars: drop phrases, else cut before one."""
    german_order = rules.code == "de"
    forms = [
        body,
        *(german.middle_phrases(body) if german_order else adjunct_forms(body, rules)),
    ]
    for form in forms[1:]:
        if credit and len(credited := _credited(form, credit, verb, rules)) <= target:
            return credited
        if len(form) <= target:
            return form
    for form in forms[1:]:
        if len(form) <= max_chars:
            return form
    if not german_order:  # a German cut would lose the verb at the end
        for genitive in (False, True):
            if shorter := cuts(forms[-1], rules, max_chars, genitive=genitive):
                return shorter[0]
    return _hard_cut(forms[-1].split(), rules, max_chars)


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

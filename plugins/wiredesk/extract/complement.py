"""A noun's complement: what a headline's last noun is of, to or for.

A clause can be complete and still say nothing: "Venezuela agrees on revisions",
"MidCon to redeem all 269,000 dlrs", "demand to make no contribution". The lede
goes on to say what of ("to terms of debt-rescheduling package", "of its
debentures", "to Australian economic growth"), or, after "option" and the like,
what to do ("option to acquire Quarto Mining unit"). This module finds that phrase
and, when it is long, its shorter forms: the head noun with fewer words before it.
"""

from __future__ import annotations

from .clausewords import NOUNS_WITH_TO
from .months import MONTH_NAMES, WEEKDAYS
from .nounclause import NOUNS as NOUN_TAGS
from .pasttense import ARTICLES
from .tagging import split_tokens, tag_clause
from .words import Word, join_words

# Prepositions that open what a noun is of, to, for or with, or where it is.
WHERE_WORDS: frozenset[str] = frozenset({"at"})  # its whole phrase, never shortened
COMPLEMENT_WORDS: frozenset[str] = frozenset({"of", "to", "for", "with"}) | WHERE_WORDS
PER_WORDS: frozenset[str] = frozenset({"each", "apiece"})
MAX_PHRASE_WORDS = 8  # a longer phrase is no complement but a clause of its own
MODIFIER_TAGS = NOUN_TAGS | {"JJ", "JJR", "JJS", "CD", "VBN", "VBG", "PRP$", "POS"}
TIME_WORDS: frozenset[str] = frozenset(
    {*MONTH_NAMES, *(d.capitalize() for d in WEEKDAYS), "today", "tomorrow", "year"}
)
HEAD_WORDS = 2  # the shortest form keeps the head noun and the word before it
MIN_CLAUSE_WORDS = 2  # a subject and a verb at least


def complements(clause: str, text: str) -> list[str]:
    """Return clause with the complement of its last noun from text, longest first.

    clause opens text and ends on a common noun; text goes on with "of", "to",
    "for" or "with" and a noun phrase (one "of" phrase after it too:
    "to terms of debt-rescheduling package"); or, after "option", "plan" and the
    like, with "to", a verb and its object ("option to acquire Quarto Mining
    unit"). Articles go; the shorter forms keep fewer words before the head noun.
    Empty when text says no more of the noun.
    """
    if not text.startswith(clause) or not clause:
        return []
    words = tag_clause(text)[0]
    start = len(split_tokens(clause))
    if (
        start < MIN_CLAUSE_WORDS
        or start >= len(words)
        or words[start - 1].tag not in {"NN", "NNS"}
    ):
        return []
    to = words[start]
    if words[start - 1].text in NOUNS_WITH_TO and _verb_after_to(words, start):
        # "its option" + "to acquire Quarto Mining unit": the verb and its object
        forms = _forms(_phrases(words, start + 1))
        return [f"{clause} {join_words([to, *form])}" for form in forms]
    if to.text not in COMPLEMENT_WORDS or _verb_after_to(words, start):
        return []
    phrases = _phrases(words, start)
    end = start + sum(map(len, phrases))
    if (
        end + 1 < len(words)
        and words[end - 1].text in NOUNS_WITH_TO
        and words[end].text == "to"
        and words[end + 1].tag == "VB"
    ):
        return []  # "with options to buy four more": what options, it does not say
    forms = _forms(phrases)
    if to.text in WHERE_WORDS:  # "at unspecified alternative location": whole, or not
        ended = end >= len(words) or words[end].text != "of"  # not "at end [of ...]"
        forms = forms[:1] if ended and not _cost_each(words, start, end) else []
    return [f"{clause} {join_words(form)}" for form in forms]


def _cost_each(words: tuple[Word, ...], start: int, end: int) -> bool:
    """Return whether a cost phrase ends before "each": "at cost of 250 mln dlrs each".

    Without its "each", four aircraft would cost 250 mln dlrs in all.
    """
    return (
        end < len(words)
        and words[end].text in PER_WORDS
        and any(w.text == "cost" for w in words[start:end])
    )


def _verb_after_to(words: tuple[Word, ...], i: int) -> bool:
    """Return whether "to" at i opens a verb: "power to decree sanctions".

    Articles are gone from headline text, so a lower-case singular noun after
    "to" is read as the verb it can be.
    """
    after = words[i + 1] if i + 1 < len(words) else None
    return (
        words[i].text == "to"
        and after is not None
        and (after.tag.startswith("VB") or (after.tag == "NN" and after.text.islower()))
    )


def _phrases(words: tuple[Word, ...], start: int) -> list[list[Word]]:
    """Return the noun phrases led by words[start] and after: one, or one "of" too.

    words[start] is a preposition, or the verb of "option to acquire Quarto unit".
    """
    found: list[list[Word]] = []
    i = start
    while i < len(words) and len(found) < 2:  # noqa: PLR2004 - a phrase, its "of"
        if found and words[i].text != "of":
            break
        end = _noun_phrase_end(words, i + 1)
        if end is None:
            break
        found.append(list(words[i:end]))
        i = end
    return found


def _noun_phrase_end(words: tuple[Word, ...], i: int) -> int | None:
    """Return where the noun phrase from i ends (after its head), None if none."""
    end = None
    j = i
    while j < len(words) and j - i < MAX_PHRASE_WORDS:
        word = words[j]
        if word.tag in {"VBN", "VBG"} and (end == j or not _is_noun_next(words, j + 1)):
            break  # "package signed last February": the phrase ended before
        if word.text in ARTICLES or word.tag in MODIFIER_TAGS:
            if word.tag in NOUN_TAGS:
                end = j + 1
            j += 1
        elif word.text == "and" and end == j and _is_noun_next(words, j + 1):
            j += 1  # "manufacturers and banks"
        else:
            break
    if end is None or (end < len(words) and words[end].tag == "POS"):
        return None  # "of Mack Trucks' debt": the head is further on
    if words[end - 1].text in TIME_WORDS:
        return None  # "on March 31", "on Monday": when, not what
    if j - i >= MAX_PHRASE_WORDS and j < len(words) and words[j].tag in NOUN_TAGS:
        return None  # the phrase goes on: no complement but a clause of its own
    return end


def _is_noun_next(words: tuple[Word, ...], i: int) -> bool:
    return i < len(words) and words[i].tag in MODIFIER_TAGS - {"PRP$", "POS"}


def _forms(phrases: list[list[Word]]) -> list[list[Word]]:
    """Return the phrases joined, longest first: whole, then with fewer modifiers."""
    if not phrases:
        return []
    lean = [[w for w in phrase if w.text not in ARTICLES] for phrase in phrases]
    forms = [[w for phrase in lean for w in phrase]]
    if len(lean) == 2:  # noqa: PLR2004 - the "of" phrase shortened first
        forms += [[*lean[0], *form] for form in _shorter(lean[1])]
        head = lean[0][-1].text
        if head.islower() and any(w.text[:1].isupper() for w in lean[0]):
            forms.append(lean[0])  # "Quarto Mining unit": named, whose it is can go
    else:
        forms += _shorter(lean[0])
    return forms


def _shorter(phrase: list[Word]) -> list[list[Word]]:
    """Return phrase with only its last nouns: "of debentures", "to economic growth"."""
    preposition, rest = phrase[0], phrase[1:]
    if any(w.text == "and" for w in rest) or any(w.tag == "CD" for w in rest[-3:]):
        return []  # "with manufacturers and banks", "to 6.5 mln tonnes": all or none
    owner = [w for w in rest[:1] if w.tag == "PRP$"]  # "its"
    nouns = 0
    for word in reversed(rest):
        if word.tag not in NOUN_TAGS and word.tag != "JJ":
            break
        nouns += 1
    kept = rest[len(rest) - nouns :]
    heads = [kept[-n:] for n in range(min(len(kept), HEAD_WORDS), 0, -1)]
    return [
        [preposition, *owner, *head]
        for head in heads
        if [*owner, *head] != rest
        and not any(w.text[:1].isupper() for w in rest if w not in head)  # a name
        and (len(head) > 1 or owner or head[0].tag == "NNS")  # "of package": of what
    ]

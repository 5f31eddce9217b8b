"""The main verb of a finished headline in the present, as the tagger finds it."""

from __future__ import annotations

import re

from .clausewords import SUBORDINATORS
from .compact import main_verb
from .headwords import PAST_OF
from .lexicon import is_known_word, lexicon_tag
from .mainverb import verb_after_participle
from .names import split_words
from .pasttense import PASSIVE_LOOKING, PLURAL_NOUNS, SIMPLE_PAST
from .tagging import tag_clause
from .tense import base_form, third_person
from .together import in_list
from .words import Word, join_words

ISE_RE = re.compile(r"([iy])se$")  # British "criticise", "analyse"
BACK_IN_RE = re.compile(r"\bback\s+in\s+\d{4}\b")
LAST_RE = re.compile(r"\blast\s+(?:year|month|week)\b")  # kept in the headline
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
SUBJECT_TAGS = ("NN", "PRP", "CD")

# A past verb whose "on" or "for" is its own: "called on", "pressed for".
CALLING: frozenset[str] = frozenset(
    split_words("called pressed pushed appealed voted argued lobbied")
)
OBJECT_TAGS = frozenset(
    {"DT", "PRP$", "CD", "JJ"}
)  # "released its plan", "placed 30 mln"
SKIPPED = frozenset({"was", "were", "did", "could", "would", "might", "should"})
# A figure's movement: "M3 money supply rose 2.2 pct" is news in the present, and no
# passive hides behind these, whatever the word rules take for the verb.
MOVES: frozenset[str] = frozenset(
    split_words(
        "rose fell grew declined dropped jumped soared climbed slipped eased "
        "increased decreased plunged surged tumbled slumped shrank contracted expanded"
    )
)
FINITE_TAGS = frozenset({"VBZ", "VBP", "VBD", "MD"})
AFTER_MOVE_TAGS = frozenset({"CD", "TO", "IN", "RB"})  # "fell 2 pct", "rose to"


def present_main(text: str) -> str:
    """Put a past main verb the rules missed in the present.

    "Federation of Banks of Japan released its plan" -> "... releases its plan",
    "Acme privately placed notes" -> "Acme privately places notes", and "forces
    had captured" -> "forces capture".
    """
    if not any(w.endswith("ed") or w in SIMPLE_PAST for w in text.split()):
        return text  # no past form at all: nothing to tag
    words, i = tag_clause(text)
    if i is None or i == 0:
        return text
    if words[i].text.endswith("ly") and i + 1 < len(words):
        i += 1  # "privately placed": the adverb before its verb
    if not _moved(words, i) and (
        not (_past(words, i) and words[i].text.islower()) or not _agreed(text, words, i)
    ):
        return text
    verb, drop = words[i].text, 0
    after = words[i + 1].tag if i + 1 < len(words) else ""
    if verb == "had" and after in {"VBN", "VBD"}:
        verb, drop = words[i + 1].text, 1  # "had captured": what happened
    elif verb == "had" and after == "CD":
        verb = "have"  # "Sweden had 1986 surplus": what it has
    elif verb in SKIPPED or verb == "had":
        return text
    base = "have" if verb == "have" else SIMPLE_PAST.get(verb) or base_form(verb)
    if base is None or base in PASSIVE_LOOKING or not _known_verb(base):
        return text  # "Acme awarded contract": Acme was awarded it
    present = base if _plural(words[:i]) else third_person(base)
    kept = [*words[:i], Word(present, "VBZ"), *words[i + 1 + drop :]]
    return join_words(kept)


def past_event(headline: str, lede: str) -> str:
    """Put the main verb back in the past for an event of "back in 2021", "last year".

    "Biden offered Putin back in 2021 to postpone ..." tells of what happened
    then: "Biden offered Putin in 2021 to postpone", not "offers"; so does a
    headline that keeps "last year": "earnings soared by 71 pct last year".
    """
    dated = ("back" in lede and BACK_IN_RE.search(lede)) or (
        "last" in headline and LAST_RE.search(headline)
    )
    if not dated:
        return headline
    words, i = tag_clause(headline)
    if i is None:
        return headline
    verb = words[i].text
    for past in lede.split():
        base = SIMPLE_PAST.get(past) or (
            base_form(past) if past.endswith("ed") else None
        )
        if base and verb in {base, third_person(base)}:
            return join_words([*words[:i], Word(past, "VBD"), *words[i + 1 :]])
    if verb in PAST_OF:  # a verb the headline's own words brought in: "proposes"
        return join_words([*words[:i], Word(PAST_OF[verb], "VBD"), *words[i + 1 :]])
    return headline


def _moved(words: tuple[Word, ...], i: int) -> bool:
    """Return whether words[i] moves a figure named before it: "M3 rose 2.2 pct".

    No finite verb before it ("says sales rose" is reported), a noun or number just
    before, and a figure, "to", "by" or an adverb after (or nothing).
    """
    after = words[i + 1].tag if i + 1 < len(words) else "CD"
    before = words[i - 2] if words[i - 1].tag == "," and i > 1 else words[i - 1]
    return (  # "M3 rose", "money supply, Sterling M3, rose"
        words[i].text in MOVES
        and before.tag.startswith(("NN", "CD"))
        and not any(w.tag in FINITE_TAGS for w in words[:i])
        and after in AFTER_MOVE_TAGS
    )


def _past(words: tuple[Word, ...], i: int) -> bool:
    """Return whether words[i] is a past verb: "released its plan", not "approved by".

    A verb ending the clause ("strike rescheduled") may be a bare passive: left.
    """
    if i + 1 >= len(words) or words[i + 1].text in {"by", "following"}:
        return False  # "state of emergency declared following a leak"
    if words[i + 1].tag == "VBN" and i + 2 < len(words) and _noun_at(words, i + 2):
        return words[i].tag == "VBD"  # "reflected reduced costs": an object after
    if words[i + 1].tag.startswith("VB"):
        return words[i].text == "had"  # "had captured"; not "declared following"
    after = words[i + 1].tag
    called_on = (  # "Warren called on regulators", "Unions called for a strike"
        words[i + 1].text in {"on", "for"}
        and words[i].text in CALLING
        and words[i - 1].tag.startswith("NN")
    )
    return (
        words[i].tag == "VBD"
        or (words[i].tag == "VBN" and after in OBJECT_TAGS)
        or called_on
    )


def _noun_at(words: tuple[Word, ...], k: int) -> bool:
    """Return whether words[k] is a common noun ("costs")."""
    return words[k].tag in {"NN", "NNS"}


def _agreed(text: str, words: tuple[Word, ...], i: int) -> bool:
    """Return whether the word rules agree on the verb and a plain subject precedes.

    Not after a comma ("plan, initially hailed"; a list's commas are no bar:
    "Politicians, businessmen and newspapers criticised"), an adjective or article
    ("refined bleached oil"), and the verb is the one the word rules find too.
    """
    before = words[i - 1] if not words[i - 1].text.endswith("ly") else words[i - 2]
    if before.tag == "VB" and i > 1 and words[i - 2].tag == "TO":
        before = Word(before.text, "NN")  # "return to profit reflected": its noun
    if (
        any(w.tag == "," and not in_list(words, k) for k, w in enumerate(words[:i]))
        or not before.tag.startswith(SUBJECT_TAGS)
        or (i > 1 and words[i - 2].tag == "VBG")  # "offering subsidized wheat"
    ):
        return False
    spoken = sum(1 for w in words[:i] if w.tag not in {",", ":"})
    found = main_verb(text)
    # the word rules may take the subject's plural for the verb ("Iran's forces
    # had") or the adverb before it ("BanPonce privately placed")
    adverb = words[i - 1].text.endswith("ly")
    if found is not None and found < spoken:  # "contracts traded on NZFE reached"
        found = verb_after_participle(list(words), found) or found
    if found is not None and found < spoken and _plural_taken(words, found, i):
        return True  # "council talks on quotas continued": "talks" is no verb here
    return found == spoken or (
        found == spoken - 1 and (before.tag in PLURAL_TAGS or adverb)
    )


def _plural_taken(words: tuple[Word, ...], found: int, i: int) -> bool:
    """Return whether the word rules took a plural noun for the verb the tagger has.

    "Organization council talks on reintroducing export quotas continued": the
    lexicon knows "talks" for a noun; the tagger's verb at i is a plain past.
    """
    spoken = [k for k, w in enumerate(words) if w.tag not in {",", ":"}]
    if found >= len(spoken):
        return False
    taken = words[spoken[found]]
    return (
        not any(w.text.casefold() in SUBORDINATORS for w in words[:i])  # "as they"
        and lexicon_tag(taken.text) == "NNS"
        and words[i].tag == "VBD"
        and words[i].text.endswith("ed")
        and lexicon_tag(words[i].text) in {"VBD", "VBN"}
    )


def _known_verb(base: str) -> bool:
    """Return whether the lexicon knows a verb, in either spelling ("criticise")."""
    return is_known_word(base) or is_known_word(ISE_RE.sub(r"\1ze", base))


def _plural(subject: tuple[Word, ...]) -> bool:
    """Return whether a subject is plural: its head noun, or a list with "and".

    The head is the last noun before a preposition: "index of indicators" is one.
    """
    if any(w.text == "and" for w in subject) or (
        subject and subject[-1].text.casefold() in PLURAL_NOUNS
    ):
        return True  # "forces and police", "police"
    head = next((k for k, w in enumerate(subject) if w.tag == "IN"), len(subject))
    nouns = [w for w in subject[:head] if w.tag.startswith(("NN", "PRP"))]
    if not nouns:
        return False
    last = nouns[-1]
    return (
        last.tag in PLURAL_TAGS or last.text.casefold() in {"they", "we"} | PLURAL_NOUNS
    )

"""Context the one-word tagger lacks: words it reads as nouns that are verbs here.

The tagger reads each word alone (see tagging), so "supply" is a noun after
"will" and "cost" a noun after "Certificates". These rules retag such words from
their neighbours before the main verb is chosen.
"""

from __future__ import annotations

from functools import lru_cache

from .lexicon import lexicon_tag
from .names import split_words
from .pasttense import SIMPLE_PAST
from .words import Word, finite_at

# Verbs that take "of" straight after them; other "X of" is a noun ("ministers of").
OF_VERBS: frozenset[str] = frozenset(
    split_words(
        "consists consist warns warn speaks speak approves approve dies die "
        "thinks think smacks reeks"
    )
)
POSSESSIVE_ENDS = ("'s", "’s")


def repair_tags(words: list[Word]) -> None:
    """Retag, in place, the words the one-word tagger reads wrongly in context.

    A verb before "of" is a noun ("ministers of"); a word after a modal or "to"
    is a verb ("will supply", "to change its policies"); so is a plural subject's
    verb read as a noun ("Certificates cost", "America's members strike"), a
    word between a name and a figure ("Realty purchase 212,400") and a headline
    future's verb ("Producers to present proposal").
    """
    for i, word in enumerate(words[:-1] if any(w.text == "of" for w in words) else ()):
        if (
            word.tag in {"VBZ", "VBP"}
            and words[i + 1].text == "of"
            and word.text.casefold() not in OF_VERBS  # "ministers of", "heads of"
        ):
            words[i] = Word(word.text, "NNS" if word.text.endswith("s") else "NN")
    if any(word.tag == "MD" for word in words):
        _verbs_after_modals(words)
    for i in range(1, len(words)):
        if words[i - 1].tag == "TO" and _verb_after_to(words, i):
            words[i] = Word(words[i].text, "VB")
    if len(words) > 2 and _plain_past_verb(words):  # noqa: PLR2004
        words[1] = Word(words[1].text, "VBP")
    if (owned := _owned_subject_verb(words)) is not None:
        words[owned] = Word(words[owned].text, "VBP")
    for i in range(1, len(words) - 1):
        if _verb_before_figure(words, i) or _move_after_plural(words, i):
            words[i] = Word(words[i].text, "VBP")
    _headline_future(words)


def _verb_after_to(words: list[Word], i: int) -> bool:
    """Return whether the word after "to" at i is a verb the tagger read otherwise.

    "to have failed" (read as a present), "unlikely to change its policies" (a
    noun, but a determiner follows: its object).
    """
    word = words[i]
    if word.tag == "VBP":
        return True
    return (
        word.tag == "NN"
        and i + 1 < len(words)
        and words[i + 1].tag in {"PRP$", "DT"}
        and word.text.isalpha()
        and word.text.islower()
        and _has_past(word.text)
    )


def _verb_before_figure(words: list[Word], i: int) -> bool:
    """Return whether a noun between a name and a figure is the name's verb.

    "Lund and Holm of Northgate Realty purchase 212,400 shares": a name, then a
    word the lexicon has a past of, then a number: no noun phrase runs so.
    """
    word = words[i]
    return (
        word.tag == "NN"
        and words[i - 1].tag in {"NNP", "NNPS"}
        and words[i + 1].tag == "CD"
        and word.text.isalpha()
        and word.text.islower()
        and _has_past(word.text)
    )


# How a figure moves: after a plural noun and before how far, a verb.
MOVE_VERBS: frozenset[str] = frozenset(
    split_words(
        "rise fall climb drop jump slip ease gain soar surge tumble slump edge dip "
        "sink slide rally"
    )
)


def _move_after_plural(words: list[Word], i: int) -> bool:
    """Return whether a noun after a plural noun is its verb: "Oil prices rise over".

    Only a figure's move, before a number, preposition or adverb ("a price rise"
    is a noun after a singular).
    """
    return (
        words[i].tag == "NN"
        and words[i - 1].tag == "NNS"
        and words[i].text in MOVE_VERBS
        and words[i + 1].tag in {"CD", "IN", "TO", "RB"}
    )


def _verbs_after_modals(words: list[Word]) -> None:
    """Tag a lower-case word right after "will", "could" ... a verb: "will supply".

    The tagger reads each word alone, so "supply" is a noun wherever it stands.
    """
    for i, word in enumerate(words[1:], 1):
        before = words[i - 1]
        if before.tag == "RB" and i > 1:  # "could not supply"
            before = words[i - 2]
        if (
            before.tag == "MD"
            and word.tag in {"NN", "VBP"}
            and word.text.isalpha()
            and word.text.islower()
        ):
            words[i] = Word(word.text, "VB")


def _headline_future(words: list[Word]) -> None:
    """Tag a verb after a subject's "to" a verb: "Producers to present proposal".

    The tagger reads "present" alone, an adjective. Only before the clause's first
    finite verb ("returned to present levels" keeps its adjective), and only a word
    with a past form in the lexicon (a verb; "proposal" has none), when no word
    before "to" may be the verb itself.
    """
    for i in range(1, len(words) - 1):
        if finite_at(words, i) or (
            _may_be_verb(words, i) and words[i + 1].tag != "TO"  # "banks to set up"
        ):
            return  # "operators request licences to export": "request" may be it
        word = words[i + 1]
        if (
            words[i].tag == "TO"
            and words[i - 1].tag.startswith(("NN", "CD"))
            and (
                word.tag in {"NN", "JJ", "VBP"}
                or (word.tag in {"VBD", "VBN"} and word.text in IRREGULAR_BASES)
            )  # "banks to set up company": "set" is no past here
            and word.text.isalpha()
            and word.text.islower()
            and _has_past(word.text)
        ):
            words[i + 1] = Word(word.text, "VB")
            return


IRREGULAR_BASES: frozenset[str] = frozenset(SIMPLE_PAST.values())  # "strike"


def _plain_past_verb(words: list[Word]) -> bool:
    """Return whether the second word is a plural subject's verb read as a noun.

    "Certificates cost government 10 pct more", "Banks cut rates": a verb whose
    past is itself, after a plural noun that opens the clause, before its object.
    """
    return (
        words[0].tag == "NNS"
        and words[1].tag == "NN"
        and SIMPLE_PAST.get(words[1].text) == words[1].text
        and words[2].tag in {"NN", "NNS", "DT", "CD", "PRP$"}
    )


def _owned_subject_verb(words: list[Word]) -> int | None:
    """Return where the verb after an owner's plural subject was read as a noun.

    "Writers Guild of America's members strike news staffs": a possessive, a
    plural noun, then a word with a past form before its object.
    """
    for i in range(2, len(words) - 1):
        if finite_at(words, i - 1):
            return None
        if (
            words[i - 2].text.endswith(POSSESSIVE_ENDS)
            and words[i - 1].tag == "NNS"
            and words[i].tag == "NN"
            and words[i].text.isalpha()
            and words[i].text.islower()
            and words[i + 1].tag in {"NN", "NNS", "DT", "CD", "PRP$", "JJ"}
            and _has_past(words[i].text)
        ):
            return i
    return None


@lru_cache(maxsize=16384)  # asked of every noun after a noun before the verb
def _has_past(word: str) -> bool:
    """Return whether the lexicon knows a past form of word ("presented", "struck")."""
    if word in IRREGULAR_BASES:
        return True
    forms = (f"{word}d",) if word.endswith("e") else (f"{word}ed",)
    if word.endswith("y"):
        forms = (*forms, f"{word[:-1]}ied")
    return any(lexicon_tag(form) in {"VBD", "VBN"} for form in forms)


def _may_be_verb(words: list[Word], i: int) -> bool:
    """Return whether a lower-case word after a noun may be its verb ("request").

    Not after an adjective or at the start: "Nordic ferry union" has no verb.
    """
    word, text = words[i], words[i].text
    if i == 0 or not words[i - 1].tag.startswith("NN"):
        return False
    if words[i - 1].text.endswith(("'s", "’s")):
        return False  # "Japan's major banks": a possessive's noun phrase follows
    if not text.isalpha() or not text.islower() or word.tag in {"DT", "IN", "CC"}:
        return False
    if word.tag in {"VBG", "VBN"}:
        return False  # "producing countries": a participle before its noun
    return word.tag.startswith("VB") or _has_past(text) or _has_past(text[:-1])

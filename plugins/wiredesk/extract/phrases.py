"""Where an English clause may end: what follows goes whole, what stays is complete.

A clause may end only where what follows can go whole (a prepositional phrase, a
relative or participle clause, an aside, a second clause) and what stays is
complete: a verb with what it needs, no dangling article, preposition, conjunction,
adjective or possessive.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from .clausewords import (
    ADVERBS_OF_TIME,
    BAD_ENDS,
    CLAUSE_VERBS,
    CONDITIONS,
    LINKING,
    LOOSE_TAIL_WORDS,
    OBJECT_PRONOUNS,
    OPEN_PHRASES,
    OPENERS,
    TIME_NOUNS,
)
from .cutpoints import in_place_name, may_cut, that_which
from .names import split_words
from .tagging import tag_clause
from .words import FINITE, VERBS, Word, finite_at, join_words

NOT_QUALIFIER_WORDS = 5  # ", but not many yet"
# Particles a linking verb may end on: "talks are over", "strike is off".
PREDICATE_PARTICLES: frozenset[str] = frozenset({"over", "off", "out", "up", "down"})
# A verb and its particle that end a clause: "efforts fall through".
PHRASAL_ENDS: frozenset[str] = frozenset(
    f"{verb} {particle}"
    for verb in split_words("fall falls fell fallen falling")
    for particle in ("through", "apart", "back", "short")
)
WHOLE_PHRASES: frozenset[str] = frozenset({"in full", "in part"})  # "repaid in full"
# "tells bankers loan will be repaid": the clause told goes whole, as after "says".
TELLING: frozenset[str] = frozenset({"tell", "tells", "told"})
DANGLING: frozenset[str] = frozenset({"do", "does", "did"})  # "if banks do" what?
COPULAS: frozenset[str] = LINKING | frozenset(
    split_words("is are was were been turn turns turned turning go goes went going")
)  # "to be flat", "deal turning sour"

SAID_WHICH_WORDS = 8  # a relative clause this long has said which: a phrase may go
ADDING: frozenset[str] = frozenset(split_words("add adds added"))
# Verbs that say how it looks: "to" and a verb complete them ("appear to fail").
SEEMING: frozenset[str] = frozenset(split_words("appear appears seem seems"))
NAME_JOINERS: frozenset[str] = frozenset(split_words("and of & for de del du la von"))


def name_spans(words: tuple[Word, ...]) -> set[int]:
    """Return the indexes inside a proper name joined by "and" or "of".

    "Securities and Exchange Commission", "Bank of England": no cut before the joiner.
    """
    inside = set()
    for i in range(1, len(words) - 1):
        if (
            words[i].text.casefold() in NAME_JOINERS
            and words[i - 1].text[:1].isupper()
            and words[i + 1].text[:1].isupper()
        ):
            inside.update((i, i + 1))
    return inside


def has_predicate(words: list[Word]) -> bool:
    """Return whether words hold a verb after their first word (headlinese counts)."""
    return any(
        finite_at(words, i)
        or (words[i].tag == "VB" and words[i - 1].tag == "TO")
        or (
            words[i].tag in {"VBN", "VBG"}
            and words[i - 1].tag.startswith(("NN", "PRP"))
        )
        for i in range(1, len(words))
    )


# Verbs whose object's state ends the clause: "holds rates steady".
KEEPING: frozenset[str] = frozenset(
    split_words("keep keeps kept hold holds held leave leaves left declare declares")
)


def is_complete(words: list[Word], main: int | None) -> bool:
    """Return whether a kept prefix is a whole clause: it may end here.

    Only the main verb may close it ("Talks collapse", "Deal approved").
    """
    if len(words) < 3 or not has_predicate(words):  # noqa: PLR2004 - "Prices fall"
        return False
    closing = words[-1].tag in {"VBN", "VBD", "VBZ", "VBP"} and len(words) - 1 == main
    when = words[-1].text in ADVERBS_OF_TIME and words[-2].text in TIME_NOUNS
    when = when or f"{words[-2].text} {words[-1].text}" in WHOLE_PHRASES
    manner = (  # "Interest grows rapidly": an adverb of manner after the main verb
        words[-1].tag == "RB"
        and words[-1].text.endswith("ly")
        and main == len(words) - 2
    )
    predicate = (  # "to be flat", "troubles were over"
        words[-1].tag == "JJ" or words[-1].text in PREDICATE_PARTICLES
    ) and words[-2].text in COPULAS
    predicate = predicate or (  # "keeps rates unchanged": the object's state
        words[-1].tag in {"JJ", "VBN"}
        and main is not None
        and main < len(words) - 2
        and words[main].text.casefold() in KEEPING
    )
    phrasal = (  # "efforts fall through": the particle is the verb's
        f"{words[-2].text} {words[-1].text}".casefold() in PHRASAL_ENDS
    )
    qualified = _not_qualifier(words)  # "has missiles, but not many yet"
    seeming = (  # "Efforts to break impasse appear to (have) failed"
        main is not None
        and words[main].text in SEEMING
        and [w.text for w in words[main + 1 : -1]] in (["to"], ["to", "have"])
        and words[-1].tag in {"VB", "VBN", "VBD"}
    )
    if words[-1].tag in BAD_ENDS and not (
        closing or when or manner or predicate or qualified or seeming or phrasal
    ):
        return False
    if _dangling(words):
        return False
    opener = max(
        (i for i, w in enumerate(words) if w.text.casefold() in OPENERS), default=None
    )
    if opener is not None and not any(
        w.tag in FINITE or w.text == "be"
        for w in words[opener + 1 :]  # "that X be"
    ):
        return False  # "... even if system": a clause opened and left without a verb
    last = max(i for i, w in enumerate(words) if w.tag in VERBS)
    said = words[last].text.casefold() in CLAUSE_VERBS
    return not said and not _condition_only(words)


def _dangling(words: list[Word]) -> bool:
    """Return whether the last words leave the reader asking what, whom, which."""
    last, before = words[-1], words[-2]
    return (
        # "plan intended to protect them": whom? "1.2 billion dlr" what?
        last.text.casefold() in OBJECT_PRONOUNS | DANGLING
        or last.text == "dlr"
        # "violations in connection": with what?
        or f"{before.text} {last.text}".casefold() in OPEN_PHRASES
        # "to be acquired by company": which one? ("delayed by month": how long)
        or (
            before.text == "by"
            and last.tag == "NN"
            and last.text.islower()
            and last.text not in TIME_NOUNS
        )
    )


def _condition_only(words: list[Word]) -> bool:
    """Return whether what is said is only a condition: "says if EC approves tax".

    The clause after the condition's comma says what happens; without it, no news.
    """
    for k in range(-1, len(words) - 1):
        said = k < 0 or words[k].text.casefold() in CLAUSE_VERBS  # or the first word
        if said and words[k + 1].text.casefold() in CONDITIONS:
            commas = [j for j in range(k + 2, len(words)) if words[j].tag == ","]
            return not any(
                w.tag in FINITE or w.tag == "MD" for j in commas for w in words[j + 1 :]
            )
    return False


def inner_verb(words: tuple[Word, ...], verb: int) -> int:
    """Return the main verb of the clause a verb of saying reports (or the verb)."""
    rest = words[verb + 1 :]
    inner = tag_clause(join_words(rest))[1] if rest else None
    if inner is None or verb + 1 + inner >= len(words):
        return verb
    return verb + 1 + inner


def _loose_tail(words: tuple[Word, ...]) -> bool:
    """Return whether words end on a short verbless tail: ", effective today"."""
    commas = [i for i, w in enumerate(words) if w.tag == ","]
    if not commas:
        return False
    last = commas[-1]
    tail = words[last + 1 :]
    if _not_qualifier(words) or in_place_name(words, last):
        return False  # ", but not many yet"; "its Cambridge, Ohio, business"
    if (
        len(tail) == 1
        and tail[0].tag == "CD"
        and last > 1
        and words[last - 1].tag == "CD"
    ):
        return False  # "due June 1, 1994": the year of a date
    if len(tail) == 1 and tail[0].tag == "NNP" and words[last - 1].text[:1].isupper():
        return False  # "becomes Bank One, Fenton": the place is in the name
    return len(tail) <= LOOSE_TAIL_WORDS and not any(w.tag in VERBS for w in tail)


def _not_qualifier(words: Sequence[Word]) -> bool:
    """Return whether words end on ", but not" and a few verbless words ("many yet")."""
    commas = [i for i, w in enumerate(words) if w.tag == ","]
    tail = [w.text for w in words[commas[-1] + 1 :]] if commas else []
    return (
        tail[:2] == ["but", "not"]
        and len(tail) <= NOT_QUALIFIER_WORDS
        and not any(w.tag in VERBS for w in words[commas[-1] + 1 :])
    )


class _Cuts:
    """One clause's words and where it may end, asked lazily and kept.

    A story asks of the same text under several limits (with and without its
    credit, within target and max_chars): each place is judged once.
    """

    __slots__ = ("_judged", "lengths", "main", "names", "order", "relative", "words")

    def __init__(self, text: str) -> None:
        words, main = tag_clause(text)
        if (
            main is not None
            and words[main].tag == "MD"
            and main + 1 < len(words)
            and words[main + 1].text in CLAUSE_VERBS
        ):
            main += 1  # "study could show X": what is shown is the news
        if (
            main is not None
            and words[main].text.casefold() in CLAUSE_VERBS | TELLING
            and not adds_object(words, main)
            and not (main + 1 < len(words) and words[main + 1].tag == "RP")
        ):  # "rules out sending": a verb of its own, no ruling on a clause
            main = inner_verb(words, main)
            if words[main].tag not in VERBS:  # "Acme says Beta signs": a verb after all
                verb = Word(words[main].text, "VBZ")
                words = (*words[:main], verb, *words[main + 1 :])
        self.words, self.main = words, main
        self.names = name_spans(words)
        self.relative = relative_opener(words, main or 0)
        self.lengths = _prefix_lengths(words)
        start = max(3, (main or 0) + 1)
        whole = () if _loose_tail(words) else (len(words),)
        self.order = (*whole, *range(len(words) - 1, start - 1, -1))
        self._judged: dict[int, bool] = {}

    def ends_at(self, k: int) -> bool:
        """Return whether the clause may end after its first k words."""
        if (judged := self._judged.get(k)) is None:
            words = self.words
            judged = (
                k == len(words)
                or (
                    may_cut(words, k, self.names, self.main or 0)
                    and closes_relative(words, k, self.relative)
                )
            ) and is_complete(list(words[:k]), self.main)
            self._judged[k] = judged
        return judged


def adds_object(words: tuple[Word, ...], verb: int) -> bool:
    """Return whether "adds" at verb adds a thing, not a word: "Xerox adds system"."""
    return (
        words[verb].text.casefold() in ADDING
        and verb + 1 < len(words)
        and words[verb + 1].tag in {"NN", "NNS", "JJ"}
    )


def relative_opener(words: tuple[Word, ...], main: int) -> int:
    """Return where the first relative clause after the main verb opens (or beyond).

    "plan that will make debt payments through certificates", "company to which
    banks will transfer assets": a relative clause goes whole or not at all, cut
    only where a comma closes it.
    """
    for r in range(main + 2, len(words) - 1):
        low = words[r].text.casefold()
        if (words[r].tag in {"WDT", "WP"} and low != "what") or that_which(words, r):
            noun = r - 2 if words[r - 1].tag in {"IN", "TO"} else r - 1
            if words[noun].tag.startswith("NN"):
                return r
    return len(words)


def closes_relative(words: tuple[Word, ...], k: int, relative: int) -> bool:
    """Return whether a cut before words[k] leaves the relative clause whole.

    Before it opens, at a comma, before a phrase after a long relative clause, or
    before a participle that only says which of
    its noun ("drug that reduces bleeding in hemophiliacs [requiring dental work]";
    a past participle only where the relative clause is its verb's, not a
    preposition's: "company to which they will transfer assets" says too little).
    """
    if k <= relative or words[k].tag == ",":
        return True
    if (
        k - relative >= SAID_WHICH_WORDS
        and words[k].tag in {"IN", "TO"}
        and words[k - 2].tag != "CC"  # not "... and store" [up to 526 hours]
    ):
        return (
            True  # "system that can handle 3,000 calls ... of messages" [to its line]
        )
    participle = words[k].tag == "VBG" or (
        words[k].tag == "VBN" and words[relative - 1].tag not in {"IN", "TO"}
    )  # not "company to which they will transfer assets [acquired by lending]"
    return participle and words[k - 1].tag.startswith("NN")


@lru_cache(maxsize=32)  # the texts of one story
def _cuts(text: str) -> _Cuts:
    return _Cuts(text)


@lru_cache(maxsize=128)  # one story asks again for the same text and limit
def complete_prefixes(text: str, limit: int | None = None) -> tuple[str, ...]:
    """Return the complete clauses text opens with, longest first (text too).

    A clause ends after its main verb, never inside a relative clause before it.
    With a limit: only the longest within limit characters (or none).
    """
    cuts = _cuts(text)
    found = []
    for k in cuts.order:
        if limit is not None and cuts.lengths[k] > limit:
            continue  # too long: no need to ask whether it may end here
        if cuts.ends_at(k):
            found.append(join_words(cuts.words[:k]))
            if limit is not None:
                break
    return tuple(found)


def _prefix_lengths(words: tuple[Word, ...]) -> list[int]:
    """Return the length join_words gives the first k words, for every k."""
    lengths, total = [0], 0
    for word in words:
        glue = 0 if not total or word.tag in {",", ":"} else 1
        total += glue + len(word.text)
        lengths.append(total)
    return lengths

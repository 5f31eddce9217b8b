"""Tagged words of an English clause and the places where it may end.

Tags come from Pattern's English tagger as TextBlob ships it (lexicon and context
rules inside the wheel, nothing downloaded; its chunker costs four times the tagger
and the cut rules below need no chunks). A clause may end only
where what follows can go whole (a prepositional phrase, a relative or participle
clause, an aside, a second clause) and what stays is complete: a verb with what it
needs, no dangling article, preposition, conjunction, adjective or possessive.
"""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass
from functools import lru_cache

from textblob.en import parse

from .compact import main_verb
from .names import split_words

TOKEN_RE = re.compile(r"[^\s,;:](?:[^\s,;:]|[,;:](?=[^\s,;:]))*|[,;:]")
FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
VERBS = FINITE | {"VB", "VBN", "VBG"}
BAD_ENDS = frozenset(
    {"DT", "IN", "CC", "TO", "PRP$", "POS", "MD", "WDT", "WP", "WP$", "EX", "RB"}
    | {"JJ", "JJR", "JJS", "PDT", "WRB", ",", ":"}
    | VERBS
)
# Verbs whose object is a clause: "says" or "ruled" with no verb after is no headline.
CLAUSE_VERBS: frozenset[str] = frozenset(
    split_words(
        "say says said rule rules ruled believe believes believed think thinks "
        "thought hope hopes hoped fear fears feared argue argues argued claim claims "
        "claimed add adds added note notes noted stress stresses stressed insist "
        "insists insisted"
    )
)
# Connectives after which the rest of a clause may go ("..., ministry said").
SUBORDINATORS: frozenset[str] = frozenset(
    split_words("after before while when as because although though since until amid")
)
NAME_JOINERS: frozenset[str] = frozenset(split_words("and of & for de del du la von"))


def _load_tagger() -> None:
    """Load the tagger's word lists now; TextBlob reads them without closing files."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)
        parse("Rates rose .", tokenize=False, chunks=False)


_load_tagger()


@dataclass(frozen=True, slots=True)
class Word:
    """One word or punctuation mark with its part-of-speech tag ("NNP")."""

    text: str
    tag: str


def split_tokens(text: str) -> list[str]:
    """Split text into words and the commas, semicolons and colons between them."""
    return TOKEN_RE.findall(text)


@lru_cache(maxsize=4096)
def tag_clause(text: str) -> tuple[tuple[Word, ...], int | None]:
    """Return the tagged words of an English clause and where its main verb is."""
    tokens = split_tokens(text)
    if not tokens:
        return (), None
    sentences = parse(
        " ".join(tokens), tokenize=False, chunks=False, relations=False, lemmata=False
    ).split()
    tagged = [parts for sentence in sentences for parts in sentence]
    words = [Word(token, parts[1]) for token, parts in zip(tokens, tagged, strict=True)]
    main = _mark_main_verb(words, text)
    return tuple(words), main


def _mark_main_verb(words: list[Word], text: str) -> int | None:
    """Return the index of the main verb; tag it a verb ("Acme files", a noun here).

    The headline rules' main verb (outside relative clauses) wins when the tagger
    agrees it is a verb; else the tagger's next finite verb ("agreement on quotas
    could"), else its first ("Putin, Xi discuss security and relations").
    """
    spoken = [i for i, w in enumerate(words) if w.tag not in {",", ":"}]
    verb = main_verb(text)
    finite = [i for i in range(1, len(words)) if _finite_at(words, i)]
    if verb is None or verb >= len(spoken):
        return finite[0] if finite else None
    i = spoken[verb]
    name_before = words[i - 1].text[:1].isupper() and (i > 1 or words[0].tag == "NNP")
    if words[i].tag in VERBS or name_before:
        pass  # a verb, or a verb after a name: "Acme Corp files"
    elif later := [f for f in finite if f > i]:
        return later[0]  # "agreement on export quotas could": a noun after all
    elif finite:
        return finite[0]
    if words[i].tag not in VERBS:
        words[i] = Word(words[i].text, "VBZ" if words[i].text.endswith("s") else "VBD")
    return i


def join_words(words: list[Word] | tuple[Word, ...]) -> str:
    """Return words as text: punctuation hangs on the word before it."""
    out = ""
    for word in words:
        glue = "" if not out or word.tag in {",", ":"} else " "
        out += glue + word.text
    return out


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


def _finite_at(words: list[Word] | tuple[Word, ...], i: int) -> bool:
    """Return whether words[i] is a finite verb ("discuss" after a name counts)."""
    tag = words[i].tag
    if tag == "VB":  # "Putin, Xi discuss"; not "to (jointly) discuss", "X be"
        before = words[i - 1].tag
        return before.startswith(("NN", "PRP")) and words[i].text != "be"
    return tag in FINITE


def has_predicate(words: list[Word]) -> bool:
    """Return whether words hold a verb after their first word (headlinese counts)."""
    return any(
        _finite_at(words, i)
        or (words[i].tag == "VB" and words[i - 1].tag == "TO")
        or (
            words[i].tag in {"VBN", "VBG"}
            and words[i - 1].tag.startswith(("NN", "PRP"))
        )
        for i in range(1, len(words))
    )


def _complete(words: list[Word], main: int | None) -> bool:
    """Return whether a kept prefix is a whole clause: it may end here.

    Only the main verb may close it ("Talks collapse", "Deal approved").
    """
    if len(words) < 3 or not has_predicate(words):  # noqa: PLR2004 - "Prices fall"
        return False
    closing = words[-1].tag in {"VBN", "VBD", "VBZ", "VBP"} and len(words) - 1 == main
    if words[-1].tag in BAD_ENDS and not closing:
        return False
    last = max(i for i, w in enumerate(words) if w.tag in VERBS)
    return words[last].text.casefold() not in CLAUSE_VERBS


def may_cut(words: tuple[Word, ...], k: int, names: set[int], main: int = 0) -> bool:
    """Return whether words[:k] may stand alone with words[k:] dropped whole.

    main is the main verb: after it, the last item of a list of objects may go
    ("criticise budget and deficit" -> "criticise budget").
    """
    nxt, before = words[k], words[k - 1]
    low = nxt.text.casefold()
    if before.tag in {"VBN", "VBD"} and low == "by":
        return True  # "agreement approved by ministry" -> "agreement approved"
    if k in names or (nxt.tag != "," and (before.tag in VERBS or before.tag == "RP")):
        return False  # inside a name, or the verb's complement follows ("agrees on")
    if nxt.tag == "TO":  # "rose 5 pct to 10 pct", not "expects it to"
        following = words[k + 1].tag if k + 1 < len(words) else "VB"
        return before.tag.startswith(("NN", "CD")) and following != "VB"
    if nxt.tag == "CC":
        return any(w.tag in FINITE for w in words[k + 1 :]) or (
            k > main + 2 and before.tag.startswith("NN") and low == "and"
        )
    return (
        nxt.tag in {",", "WDT", "WP"}
        or low in SUBORDINATORS
        or (nxt.tag == "IN" and low not in {"of", "that"})
        # a participle or adjective phrase after its noun: "units engaged in"
        or (
            before.tag.startswith("NN")
            and (
                nxt.tag in {"VBG", "VBN"}
                or (nxt.tag == "JJ" and k + 1 < len(words) and words[k + 1].tag == "IN")
            )
        )
    )


def _inner_verb(words: tuple[Word, ...], verb: int) -> int:
    """Return the main verb of the clause a verb of saying reports (or the verb)."""
    spoken = [i for i, w in enumerate(words) if i > verb and w.tag not in {",", ":"}]
    inner = main_verb(" ".join(words[i].text for i in spoken))
    return spoken[inner] if inner is not None and inner < len(spoken) else verb


def complete_prefixes(text: str) -> list[str]:
    """Return every complete clause that text opens with, longest first (text too).

    A clause ends after its main verb, never inside a relative clause before it.
    """
    words, main = tag_clause(text)
    if main is not None and words[main].text.casefold() in CLAUSE_VERBS:
        main = _inner_verb(words, main)
        if words[main].tag not in VERBS:  # "Acme says Beta signs": a verb after all
            words = (*words[:main], Word(words[main].text, "VBZ"), *words[main + 1 :])
    names = name_spans(words)
    start = max(3, (main or 0) + 1)
    ends = [len(words)] + [
        k
        for k in range(len(words) - 1, start - 1, -1)
        if may_cut(words, k, names, main or 0)
    ]
    return [join_words(words[:k]) for k in ends if _complete(list(words[:k]), main)]


DESCRIPTIVE = frozenset({"DT", "VBG", "VBN", "RB", "WDT", "WP", "IN", "JJ", "CD"})


def drop_appositions(text: str, rounds: int = 3) -> str:
    """Drop ", a unit of Y," or ", which ...," between a subject and its verb.

    An aside goes whole: it opens with a description (article, participle, adverb,
    relative), is an acronym or a place ("West Hartford, Conn."); a list stays, and
    so does the source before "said" (", the ministry said"), but for an acronym.
    """
    for _ in range(rounds):
        if text.count(",") < 2:  # noqa: PLR2004 - an aside needs a comma on each side
            return text
        shorter = _drop_one_aside(text)
        if shorter == text:
            return text
        text = shorter
    return text


def _drop_one_aside(text: str) -> str:
    words = list(tag_clause(text.rstrip("."))[0])
    for j in range(len(words) - 2, 1, -1):
        if words[j].tag != "," or words[j + 1].tag not in FINITE | {"VBN"}:
            continue
        said = words[j + 1].text.casefold().rstrip(".") in CLAUSE_VERBS
        start = next(
            (
                i
                for i in range(j - 1)
                if _opens_aside(words, i, j, acronym_only=said and _has_claim(words, i))
            ),
            None,
        )
        if start is not None:
            del words[start : j + 1]
            return join_words(words) + text[len(text.rstrip(".")) :]
    return text


def _has_claim(words: list[Word], end: int) -> bool:
    """Return whether words before end hold a finite verb: ", the ministry said"."""
    return any(_finite_at(words, i) for i in range(1, end))


def _opens_aside(
    words: list[Word], i: int, end: int, *, acronym_only: bool = False
) -> bool:
    """Return whether the comma at i opens an aside that the comma at end closes."""
    if words[i].tag != "," or i == 0:
        return False
    inside = words[i + 1 : end]
    if len(inside) == 1 and inside[0].text.isupper():
        return True  # an acronym: "National Union of Mineworkers, NUM,"
    if acronym_only:
        return False
    if inside[0].tag in {"WDT", "WP"}:
        return True
    if any(w.tag in FINITE for w in inside):
        return False
    names = all(w.tag in {"NNP", "NNPS", ","} for w in inside)
    return inside[0].tag in DESCRIPTIVE or (names and any(w.tag == "," for w in inside))


def reported_clause(text: str) -> str | None:
    """Return the clause a verb of saying or "that" reports, when it has a verb.

    "Acme says court ruled that Beta infringed its patent" -> "Beta infringed its
    patent": the shorter complete clause when the whole does not fit.
    """
    words, _ = tag_clause(text)
    for i in range(len(words) - 2, 0, -1):
        word = words[i]
        after_that = word.text == "that" and words[i - 1].tag in VERBS
        if after_that or (word.text.casefold() in CLAUSE_VERBS and word.tag in VERBS):
            rest = join_words(words[i + 1 :]).removeprefix("that ")
            if main_verb(rest) is not None:
                return rest
    return None


def drop_subject_phrase(text: str) -> str:
    """Drop the last phrase between the subject's noun and the main verb.

    "Agreement with Texas Air's unit approved" -> "Agreement approved"; a phrase
    with "of" stays ("Presidents of Belarus").
    """
    words, main = tag_clause(text)
    if main is None or any(w.tag in VERBS for w in words[:main]):
        return text  # a verb before the main one: no plain subject to trim
    start = next(
        (
            i
            for i in range(main - 1, 1, -1)
            if words[i].tag == "IN"
            and words[i].text.casefold() != "of"
            and words[i - 1].tag.startswith("NN")
        ),
        None,
    )
    if start is None:
        return text
    return join_words((*words[:start], *words[main:]))

"""Shorter complete clauses: asides dropped whole, a reported clause on its own."""

from __future__ import annotations

from .names import TITLES
from .phrases import CLAUSE_VERBS, OPENERS, adds_object, inner_verb
from .tagging import MAX_WORDS, tag_clause
from .together import in_list
from .words import FINITE, VERBS, Word, finite_at, join_words

DESCRIPTIVE = frozenset(
    {"DT", "VBG", "VBN", "RB", "RBR", "WDT", "WP", "IN", "JJ", "JJR", "CD", "TO"}
)


def drop_appositions(text: str, rounds: int = 3) -> str:
    """Drop ", a unit of Y," or ", which ...," between a subject and its verb.

    An aside goes whole: it opens with a description (article, participle, adverb,
    relative), is an acronym or a place ("West Hartford, Conn."); a list stays, and
    so does the source before "said" (", the ministry said"), but for an acronym.
    """
    if len(text.split()) > MAX_WORDS:
        return text  # the tagger sees only the start of so long a sentence
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
    return any(finite_at(words, i) for i in range(1, end))


def _opens_aside(
    words: list[Word], i: int, end: int, *, acronym_only: bool = False
) -> bool:
    """Return whether the comma at i opens an aside that the comma at end closes."""
    if (
        words[i].tag != ","
        or i == 0
        or in_list(tuple(words), i)  # "funds, banks and insurers, long the buyers,"
        or words[i - 1].text == "dlr"  # "1.2 billion dlr, four-part bond issue"
    ):
        return False  # a list, or one noun's modifiers
    inside = words[i + 1 : end]
    if len(inside) == 1 and inside[0].text.isupper():
        return True  # an acronym: "National Union of Mineworkers, NUM,"
    if acronym_only:
        return False
    if inside[0].tag in {"WDT", "WP"} or _participle_aside(inside):
        return True
    if any(w.tag in FINITE for w in inside):
        return False
    names = all(w.tag in {"NNP", "NNPS", ","} for w in inside)
    titled = inside[0].text in TITLES and words[i - 1].tag == "NNP"  # ", deputy ..."
    return (
        inside[0].tag in DESCRIPTIVE
        or titled
        or (names and any(w.tag == "," for w in inside))
    )


def _participle_aside(inside: list[Word]) -> bool:
    """Return whether an aside is a participle phrase: ", initially hailed as ...,".

    Its participle opens it (after an adverb, if any) and no other verb follows.
    """
    k = 1 if inside[0].tag == "RB" and len(inside) > 1 else 0
    return (
        inside[k].tag in {"VBN", "VBD"}
        and inside[k].text.endswith("ed")
        and not any(w.tag in FINITE or w.tag == "MD" for w in inside[k + 1 :])
    )


def reported_clause(text: str) -> str | None:
    """Return the clause a verb of saying or "that" reports, when it has a verb.

    "Acme says court ruled that Beta infringed its patent" -> "court ruled that Beta
    infringed its patent": the shorter complete clause when the whole does not fit;
    who ruled or found it stays with it.
    """
    words, _ = tag_clause(text)
    for i in range(1, len(words) - 1):  # the outermost first: who found it stays
        word = words[i]
        after_that = word.text == "that" and words[i - 1].tag in VERBS
        saying = word.text.casefold() in CLAUSE_VERBS and word.tag in VERBS
        if after_that or (saying and not adds_object(words, i)):
            verb = i - 1 if after_that else i
            if verb > 0 and words[verb - 1].tag == "MD":
                return None  # "study could show that X": X is no fact
            rest = join_words(words[i + 1 :]).removeprefix("that ")
            if rest[:1].isalnum() and tag_clause(rest)[1] is not None:
                return rest  # not ", offering relief": the saying ended its clause
    return None


def hedged_report(text: str) -> list[str]:
    """Return text with ever shorter subjects when its verb of saying is hedged.

    "Study on grain certificates due out shortly from GAO could show that
    certificates cost more" -> "study on grain certificates could show
    certificates cost more", then "study could show ...": what could be shown is
    no fact, so the hedge stays and the subject makes room. Empty when the verb
    of saying has no modal ("could", "may") before it.
    """
    words, _ = tag_clause(text)
    verb = next(
        (
            i
            for i in range(2, len(words) - 1)
            if words[i].text.casefold() in CLAUSE_VERBS and words[i - 1].tag == "MD"
        ),
        None,
    )
    if verb is None:
        return []
    said = [w for k, w in enumerate(words[verb + 1 :]) if k or w.text != "that"]
    subject = words[: verb - 1]
    head = next((k for k, w in enumerate(subject) if w.tag.startswith("NN")), None)
    if head is None:
        return []
    ends = [len(subject), _phrase_end(subject, head + 1), head + 1]
    kept = sorted(set(ends), reverse=True)
    return [
        join_words([*subject[:end], *words[verb - 1 : verb + 1], *said]) for end in kept
    ]


def _phrase_end(words: tuple[Word, ...], start: int) -> int:
    """Return where a phrase opened at words[start] ends ("on grain certificates").

    Its preposition and the nouns after it; start itself if no phrase opens there.
    """
    if start >= len(words) or words[start].tag != "IN":
        return start
    end, k = start, start + 1
    while k < len(words) and words[k].tag in {"NN", "NNS", "NNP", "JJ", "CD"}:
        k += 1
        if words[k - 1].tag.startswith("NN"):
            end = k  # "on grain certificates" [due out shortly]
    return end


def drop_subject_phrase(text: str) -> str:
    """Drop the last phrase between the subject's noun and the main verb.

    "Agreement with Texas Air's unit approved" -> "Agreement approved"; a phrase
    with "of" stays ("Presidents of Belarus").
    """
    words, main = tag_clause(text)
    if main is None:
        return text
    first = 0
    if words[main].text.casefold() in CLAUSE_VERBS:  # the reported clause's subject
        first, main = main + 1, inner_verb(words, main)
    if any(
        words[i].tag in VERBS - {"VBG"}  # "coffee exporting countries", "falling"
        and not (words[i].tag == "VB" and words[i - 1].tag == "TO")
        for i in range(max(first, 1), main)
    ):
        return text  # a verb before the main one (but "failure to reach"): no subject
    start = next(
        (
            i
            for i in range(main - 1, first + 1, -1)
            if words[i].tag == "IN"
            and words[i].text.casefold() != "of"
            and words[i - 1].tag.startswith("NN")
        ),
        None,
    )
    if start is None:
        return text
    keep = main - 1 if words[main - 1].text == "to" else main  # "ministers to meet"
    if any(w.text.casefold() in OPENERS for w in words[start:keep]):
        return text  # "... by April even if X": a clause, not a phrase of the subject
    return join_words((*words[:start], *words[keep:]))


MAX_PARTICIPLE_WORDS = 8


def _opens_participle(words: tuple[Word, ...], i: int) -> bool:
    """Return whether words[i] opens a participle phrase after a noun.

    "Summit organized by", "decline seen in", "rocket carrying"; not "Acme Corp
    raising" nor "newspapers criticised India's budget" (verbs after all).
    """
    tag, before, after = words[i].tag, words[i - 1].tag, words[i + 1]
    if tag == "VBN" and after.text == "by":
        return before.startswith("NN")
    common = before in {"NN", "NNS"}
    return common and (tag == "VBG" or (tag == "VBN" and after.tag == "IN"))


def drop_subject_participle(text: str) -> str:
    """Drop a participle phrase between the subject's noun and the main verb.

    "Festivals organized by the ministry in May strengthen ties" -> "Festivals
    strengthen ties".
    """
    words, main = tag_clause(text)
    if main is None or words[main].text.casefold() in CLAUSE_VERBS:
        return text
    start = next((i for i in range(1, main - 1) if _opens_participle(words, i)), None)
    if start is None or not finite_at(words, main):
        return text
    gap = words[start:main]
    if any(w.tag in FINITE | {"CC", ",", "WDT", "WP", "TO"} for w in gap):
        return text  # another clause or a list between: not one phrase
    if len(gap) > MAX_PARTICIPLE_WORDS:
        return text
    return join_words((*words[:start], *words[main:]))

"""Which word of a tagged English clause is its main verb.

The word rules (compact.main_verb) and the tagger each guess; a verb both agree on
wins, else the tagger's finite verb in the same clause, with the shapes headlines
take: a participle after a name, a headline future, joined predicates.
"""

from __future__ import annotations

from .clausewords import OPENERS, SUBORDINATORS
from .compact import main_verb
from .lexicon import lexicon_tag
from .together import in_list
from .words import VERBS, Word, finite_at

# Words that open a clause of their own: a verb after one is not the main verb.
OWN_CLAUSE_WORDS = frozenset({"if", "unless", "even", "although", "though", "because"})
# Words after which a verb is another clause's: "unless operators agree".
CLOSED_BY: frozenset[str] = OPENERS | SUBORDINATORS
OBJECT_START = frozenset({"NN", "NNS", "NNP", "DT", "CD", "JJ", "PRP$"})


def mark_main_verb(words: list[Word], text: str) -> int | None:
    """Return the index of the main verb; tag it a verb (see _guess_main_verb).

    A verb that is only the subject's purpose makes way for the subject's own.
    """
    main = _guess_main_verb(words, text)
    later = _verb_after_purpose(words)
    if main is not None and later is not None and (main < later or main > later + 1):
        words[later] = Word(words[later].text, "VBP")
        return later
    if main is not None and (expected := _expected_before(words, main)) is not None:
        return expected
    return main


def _expected_before(words: list[Word], main: int) -> int | None:
    """Return the headline's participle verb before a clause the main guess is in.

    "Japanese banks expected to give negotiators cool response when they arrive":
    "arrive" is the "when" clause's; the headline's verb is "expected (to give)".
    """
    opener = next(
        (
            k
            for k in range(main - 1, 0, -1)
            if words[k].text.casefold() in SUBORDINATORS
        ),
        None,
    )
    if opener is None:
        return None
    return next(
        (
            k
            for k in range(1, opener - 1)
            if words[k].tag in {"VBN", "VBD"}
            and words[k - 1].tag in {"NNS", "NN", "NNP", "NNPS"}
            and words[k + 1].tag == "TO"
        ),
        None,
    )


def _guess_main_verb(words: list[Word], text: str) -> int | None:
    """Return the index of the main verb; tag it a verb ("Acme files", a noun here).

    The headline rules' main verb (outside relative clauses) wins when the tagger
    agrees it is a verb; else the tagger's next verb in the same clause ("agreement
    on quotas could", "Summit organized by TASS provide"), else a verb after a name
    ("Acme files"), else the tagger's first ("Putin, Xi discuss security").
    """
    spoken = [i for i, w in enumerate(words) if w.tag not in {",", ":"}]
    verb = main_verb(text)
    finite = [i for i in range(1, len(words)) if finite_at(words, i)]
    if verb is None or verb >= len(spoken):
        return finite[0] if finite else None
    i = spoken[verb]
    if (later := _other_verb(words, i)) is not None:
        return later
    doubtful = _doubtful(words, i)
    if words[i].tag in VERBS and not doubtful:
        return i
    if doubtful and words[i].tag == "VBD":  # "package signed last February"
        words[i] = Word(words[i].text, "VBN")
    name_before = words[i - 1].text[:1].isupper() and (i > 1 or words[0].tag == "NNP")
    found = _candidates(words, finite, name_before=name_before, doubtful=doubtful)
    if later := _next_finite(words, i, found):
        return later
    if finite and not name_before:
        return finite[0]
    if words[i].tag not in VERBS:
        words[i] = Word(words[i].text, "VBZ" if words[i].text.endswith("s") else "VBD")
    return i


def _other_verb(words: list[Word], i: int) -> int | None:
    """Return the main verb when the word rules' verb at i is not it (else None).

    A headline future before a clause of its own ("Panel to consider package even
    if banks do"), the past verb after a qualifying participle ("contracts traded
    on NZFE reached") or after a subject that lists nouns.
    """
    if (future := _future_before_clause(words, i)) is not None:
        return future
    later = verb_after_participle(words, i)
    if later is None:
        later = _verb_after_list(words, i)
    if later is not None:
        words[later] = Word(words[later].text, "VBD")
    return later


def first_conjunct(words: list[Word], finite: list[int], i: int) -> int:
    """Return the verb of the first of two joined predicates when i is the second.

    "Summits provide information and should be held regularly": "provide" (else i).
    """
    earlier = next((f for f in finite if f < i), None)
    if earlier is None:
        return i
    between = words[earlier + 1 : i]
    joined = any(w.text == "and" for w in between)
    opens = any(w.tag in {",", "WDT", "WP"} or w.text == "that" for w in between)
    return earlier if joined and not opens else i


def verb_after_participle(words: list[Word], i: int) -> int | None:
    """Return the past verb after a participle that only qualifies its noun.

    "Volume of contracts traded on NZFE reached record": "reached", not "traded".
    """
    if not (
        0 < i < len(words) - 1
        and words[i].tag in {"VBN", "VBD"}
        and words[i].text.endswith("ed")
        and words[i - 1].tag in {"NN", "NNS"}
        and words[i + 1].tag == "IN"
    ):
        return None
    for j in range(i + 2, len(words) - 1):
        word = words[j]
        if word.tag in {",", "CC", "WDT", "WP", "MD", "VBZ", "VBP", "TO"}:
            return None
        if (
            word.tag in {"VBD", "VBN"}
            and word.text.endswith("ed")
            and words[j - 1].tag.startswith("NN")
            and (words[j + 1].tag in OBJECT_START or words[j + 1].text in {"to", "not"})
        ):
            return j
    return None


def _future_before_clause(words: list[Word], i: int) -> int | None:
    """Return the verb of a headline future when the verb at i is in a later clause.

    "Panel to consider package even if banks do not ask": "consider", not "do";
    also when the tagger does not take the word at i for a verb at all.
    """
    for t in range(1, i - 1):
        if finite_at(words, t):
            return None
        if (
            words[t].tag == "TO"
            and words[t - 1].tag.startswith("NN")
            and words[t + 1].tag == "VB"
        ):
            between = words[t + 2 : i]
            opened = any(
                w.tag in {",", "WDT", "WP"} or w.text.casefold() in OWN_CLAUSE_WORDS
                for w in between
            )
            # "Philippines to offer its creditors plan": "creditors" is no verb,
            # and no finite verb of the clause comes ("decision to reopen was").
            bare = (
                words[i].tag not in VERBS
                and not any(w.tag in {"IN", "TO"} for w in words[:t])
                and not _finite_later(words, t + 2)
            )
            return t + 1 if opened or bare else None
    return None


def _finite_later(words: list[Word], start: int) -> bool:
    """Return whether a finite verb comes from start before any other clause opens."""
    for j in range(start, len(words)):
        if words[j].tag in {",", "WDT", "WP"} or words[j].text.casefold() in CLOSED_BY:
            return False
        if finite_at(words, j):
            return True
    return False


def _verb_after_purpose(words: list[Word]) -> int | None:
    """Return the subject's own verb after a verb that is only its purpose.

    "Efforts to break impasse between coffee countries appear to have failed":
    "appear" (and "to have failed" after it), not "break" or "failed". Only a
    plural subject's plain verb before "to", before any comma or other clause.
    """
    i = next((t + 1 for t in range(1, len(words) - 1) if words[t].tag == "TO"), 0)
    if not (
        i >= 2  # noqa: PLR2004 - a noun and "to" before
        and words[i].tag == "VB"
        and words[i - 2].tag == "NNS"
        and not any(finite_at(words, t) for t in range(1, i))
    ):
        return None
    for j in range(i + 2, len(words) - 1):
        word = words[j]
        if word.tag in {",", "WDT", "WP", "MD"} or word.text.casefold() in CLOSED_BY:
            return None  # "strike next week unless operators agree to": its own
        if (
            word.tag in {"VB", "VBP"}
            and words[j - 1].tag.startswith("NN")
            and words[j + 1].tag == "TO"  # "appear to", "continue to", "seem to"
        ):
            return j
    return None


def _listed_subject(words: list[Word], i: int) -> bool:
    """Return whether a participle follows a subject that lists plural nouns."""
    return (
        words[i].tag == "VBN"
        and words[i - 1].tag == "NNS"
        and i + 1 < len(words)
        and words[i + 1].text not in {"by", "with", "to", "for", "in", "at"}
        and any(w.tag == "," and in_list(words, k) for k, w in enumerate(words[:i]))
    )


def _verb_after_list(words: list[Word], i: int) -> int | None:
    """Return the past verb after a subject that is a list of nouns (to tag VBD).

    "Politicians, businessmen and newspapers criticised": the word rules may take
    the first item for the verb (or find the verb), the tagger "criticised" for a
    participle.
    """
    if _listed_subject(words, i):  # "politicians, businessmen and newspapers"
        return i  # criticised: they did it
    if not (i + 1 < len(words) and words[i + 1].tag == "," and in_list(words, i + 1)):
        return None
    j = i + 1
    while j < len(words) and (
        words[j].tag in {",", "CC"} or words[j].tag.startswith(("NN", "JJ"))
    ):
        j += 1
    if j < len(words) and words[j].tag in {"VBD", "VBN"} and j + 1 < len(words):
        return j
    return None


def _doubtful(words: list[Word], i: int) -> bool:
    """Return whether a verb is likely a modifier or a noun, not the main verb.

    "Summit organized by TASS ...", "gas supplies to Europe ... ending".
    """
    after = words[i + 1] if i + 1 < len(words) else None
    if after is None:
        return False
    if words[i].tag == "VBN" and after.text == "by":
        return True
    before = words[i - 1]
    if (
        words[i].tag in {"VBD", "VBN"}
        and before.tag in {"NN", "NNS"}
        and after.text in {"last", "this", "earlier", "in", "on"}
        and any(finite_at(words, j) for j in range(1, i - 1))
    ):
        return True  # "agree on terms of package signed last February"
    return (
        words[i].tag in {"VBZ", "NNS"}
        and before.tag == "NN"
        and before.text.islower()
        and after.tag in {"IN", "TO"}
        and lexicon_tag(words[i].text) != "VBZ"  # "dollar weakens against": a verb
    )


def _candidates(
    words: list[Word], finite: list[int], *, name_before: bool, doubtful: bool
) -> list[int]:
    """Return where a main verb may be besides finite verbs, in order.

    A participle after a name ("Lavrov and Wang discussed"); when the first verb is
    doubtful, a headline progressive after a noun ("contract ending"); unless after
    a name, a headline future ("Talks to resume"; not "Acme signs pact to develop").
    """
    found = set(finite)
    for i in range(2, len(words)):
        tag, before = words[i].tag, words[i - 1]
        if (
            (tag == "VBN" and before.tag in {"NNP", "NNPS"})
            or (doubtful and tag == "VBG" and before.tag.startswith("NN"))
            or (
                not name_before
                and tag == "VB"
                and before.text == "to"
                and words[i - 2].tag.startswith("NN")
            )
        ):
            found.add(i)
    return sorted(found)


def _next_finite(words: list[Word], i: int, finite: list[int]) -> int | None:
    """Return the first finite verb after i in the same clause (no relative between)."""
    for f in finite:
        if f > i:
            opens = any(
                w.tag in {"WDT", "WP"}
                or w.text == "that"
                or (w.tag == "," and not in_list(words, k))  # a list's commas join
                for k, w in enumerate(words[i + 1 : f], i + 1)
            )
            return None if opens else f
    return None

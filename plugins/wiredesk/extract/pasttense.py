"""The main verb of a headline in the present ("Senate passed" -> "Senate passes")."""

from __future__ import annotations

from collections.abc import Callable

from .aliases import parse_pairs
from .names import split_words
from .tense import IRREGULAR, base_form, third_person

# Simple past forms that are not participles too (participles are in tense.IRREGULAR).
SIMPLE_PAST: dict[str, str] = {
    **IRREGULAR,
    **parse_pairs(
        "rose:rise|fell:fall|grew:grow|began:begin|took:take|gave:give|came:come|"
        "saw:see|went:go|did:do|spoke:speak|wrote:write|chose:choose|drew:draw|"
        "flew:fly|ran:run|drove:drive|broke:break|became:become|froze:freeze|"
        "fought:fight|sought:seek|threw:throw|knew:know|shook:shake|swore:swear|"
        "stood:stand|struck:strike|won:win|lost:lose|sank:sink|soared:soar|"
        "hid:hide|forbade:forbid|forgave:forgive|overtook:overtake|withdrew:withdraw|"
        "shrank:shrink|slid:slide|sprang:spring"
    ),
}
NOT_SUBJECT: frozenset[str] = frozenset(
    split_words(
        "is are was were has have had be been being will would can could may might "
        "must should to that which who whom whose when while if as by with for from "
        "of in on at into a an the not also"
    )
)
PREPOSITIONS: frozenset[str] = frozenset(
    split_words("to by in at from for with on into under over after")
)
NOT_PLURAL_ENDINGS = ("ss", "us", "is", "'s", "’s")
MAX_SUBJECT_WORDS = 8
PRESENT_TAGS = frozenset({"VBZ", "MD"})  # a verb in the present, or "will", "may"
ARTICLES: frozenset[str] = frozenset(split_words("a an the"))
# "Two affiliated firms": after a number alone, an -ed word qualifies the noun.
NUMBERS: frozenset[str] = frozenset(
    split_words("two three four five six seven eight nine ten several some many")
)
# A participle after these is an adjective: "within its agreed ceiling".
DETERMINERS: frozenset[str] = ARTICLES | frozenset(
    split_words("its their his her our my your this that these those")
)
AUXILIARIES: frozenset[str] = frozenset(split_words("is are was were has have had"))
# Verbs whose past with an object is mostly a bare passive: "Acme awarded contract".
# Nouns plural without an s: "Australian police charge clerk".
PLURAL_NOUNS: frozenset[str] = frozenset(split_words("police people cattle"))
# "Acme awarded contract" (it was awarded); "group composed of" (a participle).
PASSIVE_LOOKING: frozenset[str] = frozenset(
    split_words("award grant assign compose schedule reschedule")
)


def _base(word: str) -> str | None:
    if word in SIMPLE_PAST:
        return SIMPLE_PAST[word]
    return base_form(word) if word.endswith("ed") else None


def _plural(subject: list[str], tag: Callable[[str], str]) -> bool:
    last = subject[-1]
    if "and" in subject or any(word.endswith(",") for word in subject[:-1]):
        return True  # "Lavrov, Wang Yi": a list of names
    if last.casefold() in PLURAL_NOUNS:
        return True  # "police charge"
    # A capital may only start the sentence ("Prices"), and a name is one ("Mendes").
    common = last.islower() or (
        len(subject) == 1 and (tag(last) != "NNP" or tag(last.casefold()) == "NNS")
    )
    return common and last.endswith("s") and not last.endswith(NOT_PLURAL_ENDINGS)


def _capital_after(words: list[str], i: int) -> bool:
    """Return whether the word after words[i] is capitalised (a name goes on)."""
    return i + 1 < len(words) and words[i + 1][:1].isupper()


def present_main_verb(text: str, tag: Callable[[str], str] = lambda _: "") -> str:
    """Return text with the past-tense verb after its subject in the present tense.

    tag gives a word's dictionary tag: a verb already in the present ends the
    subject ("it expects improved results" stays).
    """
    words = text.split(" ")
    for i, word in enumerate(words[1 : MAX_SUBJECT_WORDS + 1], start=1):
        listed = word.endswith(",") and word[:1].isupper() and _capital_after(words, i)
        if word.casefold() in NOT_SUBJECT or (word.endswith(",") and not listed):
            return text  # "Xi Jinping, Biden agreed": a list of names goes on
        if tag(word) in PRESENT_TAGS:
            return text  # "it expects improved results": the verb is the present
        base = _base(word) if word.islower() and "-" not in word else None
        after = words[i + 1] if i + 1 < len(words) else ""
        before = words[i - 1]
        if (
            base is None
            or base in PASSIVE_LOOKING
            or before.endswith(("ly", "'s", "’s"))
            or before.casefold() in DETERMINERS
        ):
            continue  # "Japan's unadjusted index": an adjective after a possessive
        if all(
            w.casefold() in ARTICLES | NUMBERS or w.isdigit() for w in words[:i]
        ) or any(w in AUXILIARIES for w in words[i + 1 : i + 5]):
            continue  # "An unmanned rocket", "proposed issues were filed"
        name_before = i > 1 and words[i - 1][:1].isupper()  # "Scholz, Macron agreed"
        if (word.endswith("ed") or after == "by") and (
            after in PREPOSITIONS and not name_before
        ):
            continue  # "the invitation extended to Cuba": a participle, not the verb
        subject = words[:i]
        words[i] = base if _plural(subject, tag) else third_person(base)
        return " ".join(words)
    return text

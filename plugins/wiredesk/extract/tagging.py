"""Words of an English clause tagged with parts of speech, and its main verb.

(Which word is the main verb: see mainverb.)

Tags come from Pattern's English tagger as TextBlob ships it: lexicon and context
rules inside the wheel, nothing downloaded. Its chunker costs four times the tagger
and the headline rules need no chunks, so it is not run.

The tagger as TextBlob calls it reads each word alone (its lexicon, else capitals,
digits and suffixes; a clause's first word is also looked up in lower case): no
context rule runs. So a word's tag is asked of the tagger once and kept.
"""

from __future__ import annotations

import importlib.util
import re
import sys
import warnings
from functools import lru_cache
from pathlib import Path
from types import ModuleType
from typing import Any

from .mainverb import first_conjunct, mark_main_verb
from .names import split_words
from .pasttense import SIMPLE_PAST
from .words import Word, finite_at

# A word may hold a comma, semicolon or colon between its letters ("1,000", "a:b");
# one at its edge, or two in a row, stands alone.
TOKEN_RE = re.compile(r"[^\s,;:]+(?:[,;:][^\s,;:]+)*|[,;:]")
MAX_WORDS = 120
_TEXT_MODULE = "wiredesk_pattern_text"  # TextBlob's _text, loaded on its own
# Verbs that take "of" straight after them; other "X of" is a noun ("ministers of").
OF_VERBS: frozenset[str] = frozenset(
    split_words(
        "consists consist warns warn speaks speak approves approve dies die "
        "thinks think smacks reeks"
    )
)


@lru_cache(maxsize=1)
def tagger() -> Any:
    """Return the tagger, loaded on first use (a rebuild extracting nothing skips it).

    It is TextBlob's English parser (Pattern's lexicon, morphology and context
    rules), made from TextBlob's `_text` module alone: importing the `textblob`
    package imports NLTK (0.5 s) for parts this never uses. TextBlob reads its
    word lists without closing the files.
    """
    text = _pattern_text()
    folder = Path(text.__file__).parent / "en"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)
        lexicon = text.Lexicon(
            path=str(folder / "en-lexicon.txt"),
            morphology=str(folder / "en-morphology.txt"),
            context=str(folder / "en-context.txt"),
            entities=str(folder / "en-entities.txt"),
            language="en",
        )
        parser = text.Parser(
            lexicon=lexicon, default=("NN", "NNP", "CD"), language="en"
        )
        parser.find_tags(["Rates", "rose", "."])
    return parser


def _pattern_text() -> ModuleType:
    """Return TextBlob's `_text` module, imported without the package's own imports."""
    name = "textblob._text"
    if name in sys.modules:  # the package is in use already: share its module
        return sys.modules[name]
    spec = importlib.util.find_spec("textblob")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("textblob is not installed", name="textblob")
    path = Path(next(iter(spec.submodule_search_locations))) / "_text.py"
    spec = importlib.util.spec_from_file_location(_TEXT_MODULE, path)
    if spec is None or spec.loader is None:
        raise ModuleNotFoundError(f"cannot load {path}", name=name)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def is_known_word(word: str) -> bool:
    """Return whether the tagger's lexicon holds word ("make" yes, "mak" no)."""
    return word in tagger().lexicon


def lexicon_tag(word: str) -> str:
    """Return the tag the tagger's lexicon gives word out of context ("" if none)."""
    return tagger().lexicon.get(word) or ""


def split_tokens(text: str) -> list[str]:
    """Split text into words and the commas, semicolons and colons between them."""
    tokens: list[str] = []
    for chunk in text.split():  # the same white space as the regex's \s
        if "," in chunk or ";" in chunk or ":" in chunk:
            tokens.extend(TOKEN_RE.findall(chunk))
        else:
            tokens.append(chunk)
    return tokens


POSSESSIVE_ENDS = ("'s", "’s")


@lru_cache(maxsize=65536)  # an archive's vocabulary, a few MB at most
def _word(token: str) -> Word:
    """Return token with the tagger's tag for it, not first in its clause."""
    if token[:1].isupper() and token.endswith(POSSESSIVE_ENDS):
        return Word(token, "NNP")  # "America's": a name's, never a plural noun
    return Word(token, tagger().find_tags(["", token])[-1][1])  # "" stands first


@lru_cache(maxsize=16384)  # one argument: the cache key is the token itself
def _first_word(token: str) -> Word:
    """Return token with the tagger's tag for it, first in its clause."""
    if token[:1].isupper() and token.endswith(POSSESSIVE_ENDS):
        return Word(token, "NNP")  # "Brazil's": a name's
    return Word(token, tagger().find_tags([token])[-1][1])


@lru_cache(maxsize=64)  # the texts of one story, tagged once each
def tag_clause(text: str) -> tuple[tuple[Word, ...], int | None]:
    """Return the tagged words of an English clause and where its main verb is."""
    tokens = split_tokens(text)[
        :MAX_WORDS
    ]  # a headline needs no more: time stays bounded
    if not tokens:
        return (), None
    words = [_first_word(tokens[0]), *map(_word, tokens[1:])]
    for i, word in enumerate(words[:-1] if "of" in tokens else ()):
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
        if _verb_before_figure(words, i):
            words[i] = Word(words[i].text, "VBP")
    _headline_future(words)
    main = mark_main_verb(words, text)
    if main is not None:
        finite = [i for i in range(1, main) if finite_at(words, i)]
        main = first_conjunct(words, finite, main)
    return tuple(words), main


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

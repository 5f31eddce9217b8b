"""Pattern's English tagger as TextBlob ships it, loaded once: its lexicon and parser.

Lexicon and context rules come inside the wheel, nothing downloaded.
"""

from __future__ import annotations

import importlib.util
import sys
import warnings
from functools import lru_cache
from pathlib import Path
from types import ModuleType
from typing import Any

_TEXT_MODULE = "wiredesk_pattern_text"  # TextBlob's _text, loaded on its own


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

"""The subject's own things: "its" in agreement, then left out after the verb."""

from __future__ import annotations

from .tagging import tag_clause
from .words import Word, join_words

PLURAL_PRONOUNS = frozenset({"they", "we", "you", "i"})
OWN = frozenset({"its", "their"})
VERB_TAGS = frozenset({"VB", "VBD", "VBG", "VBN", "VBP", "VBZ"})
# A reported clause speaks of someone else's things: "Acme says Bolt used its patent".
REPORTED = frozenset({"says", "say", "said", "that"})
# After these "its" goes too ("adds printer to its line"); not after "of".
PLACE_WORDS = frozenset({"to", "in", "at", "on", "for", "into", "from", "with"})


def own_pronoun(text: str) -> str:
    """Put "their" right after a singular main verb as "its".

    The verb agrees with its subject, so "A group of firms lowers their stake"
    speaks of the group's stake: "lowers its stake". "Firms lower their stake"
    and "they lower their stake" stay.
    """
    if " their " not in f" {text} ":
        return text
    words, i = tag_clause(text)
    if i is None or i + 1 >= len(words) or words[i + 1].text != "their":
        return text
    subject = {w.text.casefold() for w in words[:i]}
    if words[i].tag != "VBZ" or subject & PLURAL_PRONOUNS:
        return text
    return join_words([*words[: i + 1], Word("its", "PRP$"), *words[i + 2 :]])


def drop_own(text: str) -> str:
    """Leave out "its"/"their" after a verb: "Acme raises quarterly dividend".

    Headlines say whose by the subject: "Acme sells its unit" is "Acme sells
    unit", when a name opens the headline ("invitation to Cuba highlights its
    role" is Cuba's role). After "to", "in" ... too ("adds printer to line"), not
    after "of" ("100,000 of its shares").
    """
    if not text[:1].isupper() or not any(f" {word} " in f" {text} " for word in OWN):
        return text
    words, _ = tag_clause(text)
    told = next((k for k, w in enumerate(words) if w.text in REPORTED), len(words))
    kept = [
        word
        for k, word in enumerate(words)
        if not (
            word.text in OWN
            and 0 < k < len(words) - 1
            and k < told
            and (words[k - 1].tag in VERB_TAGS or words[k - 1].text in PLACE_WORDS)
            and words[k + 1].tag.startswith(("NN", "JJ", "CD", "VBN"))
            and words[k + 1].text != "own"  # "to set its own limits"
        )
    ]
    return text if len(kept) == len(words) else join_words(kept)

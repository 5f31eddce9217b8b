"""A singular subject's own things are "its": "Group of firms lowers its stake"."""

from __future__ import annotations

from .tagging import Word, join_words, tag_clause

PLURAL_PRONOUNS = frozenset({"they", "we", "you", "i"})


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

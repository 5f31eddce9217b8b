"""The day of the week a headline leaves out: read later, it says nothing.

"on Saturday", "late Tuesday", "in Thursday's general election", and the bare
day American copy puts after a verb ("Boeing said Tuesday its chief ...");
a day a preposition governs stays ("until Monday" says how long).
"""

from __future__ import annotations

import re

from .names import split_words

# Headlines leave out the day: "on Saturday", "late Tuesday", "last Friday".
WEEKDAY_RE = re.compile(
    r",?\s+(?:(?:late|early)\s+(?:on\s+)?|(?:on|last)\s+)(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday)(?:\s+(?:night|morning|evening|afternoon))?\b"
)
# "said Tuesday", "blocked Monday": the bare day after a verb, as American copy
# writes it (not after a preposition: "until Monday" says how long).
BARE_WEEKDAY_RE = re.compile(
    r"\b(?P<word>[a-z]{2,})(?P<comma>,?)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday)\b(?!['’]|\s+(?:night|morning|evening|afternoon)\b)"
)
NOT_BEFORE_BARE_DAY: frozenset[str] = frozenset(
    split_words(
        "until till by before after since from to on of for through next last this "
        "every each late early and or but between the a an"
    )
)
# "in Thursday's general election": the day's election is the election.
POSSESSIVE_WEEKDAY_RE = re.compile(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)['’]s\s+"
)


def drop_weekdays(text: str) -> str:
    """Return text without the day of the week a headline leaves out.

    "on Saturday", "late Tuesday", "Thursday's", and the bare day after a verb:
    "Boeing said Tuesday its chief" -> "Boeing said its chief"; "until Monday"
    stays.
    """
    if "day" not in text:
        return text
    text = POSSESSIVE_WEEKDAY_RE.sub("", text)
    return BARE_WEEKDAY_RE.sub(_bare_day, WEEKDAY_RE.sub("", text))


def _bare_day(match: re.Match[str]) -> str:
    """Return the word before a bare weekday without the day (unless it governs it)."""
    if match["word"] in NOT_BEFORE_BARE_DAY:
        return match[0]
    return match["word"] + match["comma"]

"""A lede that opens with a quotation: the words stay the speaker's, credited.

'"We will not allow this to happen again," Prime Minister Justin Trudeau told
reporters' is headlined '“We will not allow this to happen again” — Trudeau':
a quotation is never rewritten in headline style (no "We to not allow").
"""

from __future__ import annotations

import re

# An opening quotation mark, the quotation, its closing mark and the rest.
QUOTED_RE = re.compile(
    r"^[\"“„«]\s*(?P<quote>[^\"“”„«»]{8,}?)[\s,.;:!?]*[\"”«»]\s*,?\s*(?P<rest>.+)$"
)
END_MARKS = "!?"  # a quotation's own question or exclamation mark stays


def split_quote(sentence: str) -> tuple[str, str] | None:
    """Return the quotation a sentence opens with and what follows it (else None).

    The quotation keeps its own "?" or "!"; its closing comma or full stop goes.
    """
    if sentence[:1] not in '"“„«' or not (match := QUOTED_RE.match(sentence)):
        return None
    quote = match["quote"].strip()
    closing = sentence[match.end("quote") : match.start("rest")]
    mark = next((c for c in closing if c in END_MARKS), "")
    return quote + mark, match["rest"].strip()


def quoted_headline(quote: str, credit: str, max_chars: int) -> str | None:
    """Return '“quote” — credit' when it fits max_chars (else None)."""
    headline = f"“{quote}” — {credit}"
    return headline if len(headline) <= max_chars else None

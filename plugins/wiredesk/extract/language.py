"""The language of a story from its script (a statistical detector is not needed here)."""

from __future__ import annotations

import unicodedata


def detect_language(text: str) -> str:
    """Return an ISO 639-1 code guessed from the letters of text."""
    scripts: dict[str, int] = {}
    for char in text[:2000]:
        if char.isalpha():
            script = unicodedata.name(char, "LATIN").split(" ", 1)[0]
            scripts[script] = scripts.get(script, 0) + 1
    if not scripts:
        return "en"
    main = max(scripts, key=lambda s: scripts[s])
    return {"CYRILLIC": "ru", "ARABIC": "ar", "HEBREW": "he", "GREEK": "el",
            "CJK": "zh", "HIRAGANA": "ja", "KATAKANA": "ja", "HANGUL": "ko"}.get(main, "en")

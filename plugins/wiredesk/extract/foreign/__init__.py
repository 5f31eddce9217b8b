"""Headlines for French, Spanish, German, Italian, Portuguese and Russian copy."""

from __future__ import annotations

from .headline import foreign_headline
from .langs import LANGS

__all__ = ["LANGS", "foreign_headline"]

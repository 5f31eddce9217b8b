"""Headlines for copy in French, Spanish, German, Italian, Portuguese, Russian."""
# Ukrainian follows the Russian rules with its own words.

from __future__ import annotations

from .headline import foreign_headline
from .langs import LANGS

__all__ = ["LANGS", "foreign_headline"]

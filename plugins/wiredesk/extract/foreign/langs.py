"""The languages with headline rules of their own."""

from __future__ import annotations

from .de import DE
from .es import ES
from .fr import FR
from .it import IT
from .pt import PT
from .ru import RU
from .rules import Lang
from .uk import UK

LANGS: dict[str, Lang] = {lang.code: lang for lang in (RU, UK, FR, ES, DE, IT, PT)}

"""Month and weekday names from our own table, never from the locale."""

from __future__ import annotations

FULL_MONTHS: dict[str, tuple[str, ...]] = {
    "en": (
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ),
    "ru": (
        "января",
        "февраля",
        "марта",
        "апреля",
        "мая",
        "июня",
        "июля",
        "августа",
        "сентября",
        "октября",
        "ноября",
        "декабря",
    ),
    "ru-nom": (
        "январь",
        "февраль",
        "март",
        "апрель",
        "май",
        "июнь",
        "июль",
        "август",
        "сентябрь",
        "октябрь",
        "ноябрь",
        "декабрь",
    ),
    "de": (
        "januar",
        "februar",
        "märz",
        "april",
        "mai",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "dezember",
    ),
    "fr": (
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ),
    "es": (
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ),
    "it": (
        "gennaio",
        "febbraio",
        "marzo",
        "aprile",
        "maggio",
        "giugno",
        "luglio",
        "agosto",
        "settembre",
        "ottobre",
        "novembre",
        "dicembre",
    ),
    "pt": (
        "janeiro",
        "fevereiro",
        "março",
        "abril",
        "maio",
        "junho",
        "julho",
        "agosto",
        "setembro",
        "outubro",
        "novembro",
        "dezembro",
    ),
}
ABBREVIATIONS: dict[str, int] = {
    "sept": 9,
    "jänner": 1,
    "maerz": 3,
    "juil": 7,
    "setiembre": 9,
    "set": 9,
    "янв": 1,
    "фев": 2,
    "февр": 2,
    "мар": 3,
    "апр": 4,
    "июн": 6,
    "июл": 7,
    "авг": 8,
    "сен": 9,
    "сент": 9,
    "окт": 10,
    "ноя": 11,
    "нояб": 11,
    "дек": 12,
    "gen": 1,
    "ene": 1,
    "mag": 5,
    "giu": 6,
    "lug": 7,
    "ott": 10,
    "dic": 12,
    "déc": 12,
    "févr": 2,
    "fév": 2,
    "avr": 4,
    "okt": 10,
    "dez": 12,
    "mär": 3,
}
MIN_PREFIX = 3


def _table() -> dict[str, int]:
    table = dict(ABBREVIATIONS)
    for names in FULL_MONTHS.values():
        for number, name in enumerate(names, 1):
            table[name] = number
    prefixes: dict[str, set[int]] = {}
    for name, number in list(table.items()):
        for end in range(MIN_PREFIX, len(name)):
            prefixes.setdefault(name[:end], set()).add(number)
    for prefix, numbers in prefixes.items():
        if len(numbers) == 1 and prefix not in table:
            table[prefix] = numbers.pop()
    return table


MONTHS: dict[str, int] = _table()
# English month names for display, January first.
MONTH_NAMES: tuple[str, ...] = tuple(m.capitalize() for m in FULL_MONTHS["en"])
WEEKDAYS: dict[str, int] = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}


def month_number(name: str) -> int | None:
    """Return 1-12 for a month name or abbreviation (en, ru, de, fr, es, it, pt)."""
    return MONTHS.get(name.rstrip(".").casefold())


MIN_SLIP_CHARS = 5  # "Narch" is March; "Jine" could be June or July, or no month


def slipped_month(name: str) -> int | None:
    """Return 1-12 for an English month name with one letter mistyped ("Narch").

    Only in a dateline's place for the month, before the day, and only for names
    of MIN_SLIP_CHARS letters or more, where one other letter leaves no doubt.
    """
    word = name.casefold()
    if len(word) < MIN_SLIP_CHARS:
        return None
    found = {
        number
        for number, month in enumerate(FULL_MONTHS["en"], 1)
        if len(month) == len(word)
        and sum(a != b for a, b in zip(month, word, strict=True)) == 1
    }
    return found.pop() if len(found) == 1 else None

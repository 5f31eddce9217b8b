"""German (dpa, undated: dated by git) and Russian (TASS, dated) wire copy."""

from __future__ import annotations

import random
from datetime import date

from pelican.plugins.wiredesk.extract.months import FULL_MONTHS

from tools.benchlang import Language

GERMAN = Language(
    code="de",
    templates=(
        (0.45, "{Subjekte} hat {zeiten} {objekte} {partizipien}."),
        (0.7, "Nach Angaben {quellen} stieg {werte} um {percent} Prozent."),
        (1.0, "„{zitate}“, sagte {personen}."),
    ),
    words={
        "subjekte": (
            "die Bundesregierung",
            "der Wirtschaftsminister",
            "die Stadtverwaltung",
            "der Betriebsrat",
            "die Deutsche Bahn",
            "die Bundesbank",
        ),
        "zeiten": (
            "am {weekday}",
            "nach langen Verhandlungen",
            "überraschend",
            "in einer Mitteilung",
        ),
        "objekte": (
            "einen Plan für neue Windparks",
            "die Reform der Grundsteuer",
            "den Haushalt für das kommende Jahr",
            "eine Einigung über höhere Löhne",
            "die Schließung des Werkes",
            "ein Gesetz zum Schutz der Mieter",
        ),
        "partizipien": (
            "vorgestellt",
            "angekündigt",
            "kritisiert",
            "gebilligt",
            "begrüßt",
            "verschoben",
        ),
        "quellen": (
            "des Statistischen Bundesamtes",
            "der Bundesagentur für Arbeit",
            "des Branchenverbandes",
        ),
        "werte": (
            "die Zahl der Übernachtungen",
            "der Umsatz im Einzelhandel",
            "die Industrieproduktion",
            "die Zahl der Baugenehmigungen",
        ),
        "zitate": (
            "Wir bleiben gesprächsbereit",
            "Die Lage ist schwierig, aber unter Kontrolle",
            "Niemand wollte es so weit kommen lassen",
        ),
        "personen": ("Ministerin Anna Keller", "Sprecher Thomas Brandt"),
    },
    closing="Weitere Angaben machte die Behörde zunächst nicht.",
    weekdays=(
        "Montag",
        "Dienstag",
        "Mittwoch",
        "Donnerstag",
        "Freitag",
        "Samstag",
        "Sonntag",
    ),
    decimal=",",
)
RUSSIAN = Language(
    code="ru",
    templates=(
        (0.45, "{Субъекты} {глаголы} {объекты} {обстоятельства}."),
        (0.7, "По данным {источники}, {показатели} вырос на {percent}% за год."),
        (1.0, "«{цитаты}», - заявил {люди}."),
    ),
    words={
        "субъекты": (
            "министр финансов",
            "губернатор области",
            "Центральный банк",
            "Совет Федерации",
            "мэр города",
            "совет директоров компании",
        ),
        "глаголы": (
            "утвердил",
            "представил",
            "одобрил",
            "раскритиковал",
            "поддержал",
            "отложил",
        ),
        "объекты": (
            "план развития транспорта",
            "новый бюджет",
            "законопроект об энергетике",
            "программу поддержки фермеров",
            "соглашение о сотрудничестве",
            "строительство нового моста",
        ),
        "обстоятельства": (
            "в {weekday}",
            "на пресс-конференции",
            "после долгих переговоров",
            "на заседании правительства",
        ),
        "источники": (
            "Росстата",
            "отраслевой ассоциации",
            "регионального минэкономики",
        ),
        "показатели": (
            "объем производства",
            "товарооборот",
            "экспорт зерна",
            "спрос на жилье",
        ),
        "цитаты": (
            "Мы открыты для диалога",
            "Ситуация сложная, но находится под контролем",
            "Это решение поможет стабилизировать рынок",
        ),
        "люди": ("министр Алексей Смирнов", "глава региона Игорь Волков"),
    },
    closing="Других подробностей в ведомстве не привели.",
    weekdays=(
        "понедельник",
        "вторник",
        "среду",
        "четверг",
        "пятницу",
        "субботу",
        "воскресенье",
    ),
    decimal=",",
)


def dpa_dateline(r: random.Random, _day: date) -> str:
    """Return a dpa dateline: the place and the agency, no date (`Köln (dpa) - `)."""
    place = r.choice(("Berlin", "Hamburg", "München", "Köln", "Dresden", "Stuttgart"))
    return f"{place} (dpa) - "


def tass_russian_dateline(r: random.Random, day: date) -> str:
    """Return a Russian TASS dateline: `КАЗАНЬ, 4 марта. /ТАСС/. `."""
    place = r.choice(
        ("МОСКВА", "САНКТ-ПЕТЕРБУРГ", "КАЗАНЬ", "НОВОСИБИРСК", "ЕКАТЕРИНБУРГ")
    )
    return f"{place}, {day.day} {FULL_MONTHS['ru'][day.month - 1]}. /ТАСС/. "

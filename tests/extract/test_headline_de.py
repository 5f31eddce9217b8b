"""German headlines, as a German copy editor would run them.

The ledes are invented dpa-style wire copy with the dateline already off; every
expected headline is written by hand: a whole clause with its subject, attribution in
German headline style, nothing dangling, at most 110 characters.
"""

import pytest
from pelican.plugins.wiredesk.extract.headline import make_headline
from pelican.plugins.wiredesk.extract.language import detect_language

# A separable verb particle ends a German clause ("schließt ... aus").
PARTICLES = {"aus", "an", "auf", "ab", "vor", "zu", "mit", "ein", "fest"}

CASES = [
    (
        "Deutschland wird der Ukraine weitere Flugabwehrsysteme liefern, sagte "
        "Bundeskanzler Olaf Scholz am Dienstag in Berlin.",
        "Scholz: Deutschland wird der Ukraine weitere Flugabwehrsysteme liefern",
    ),
    (
        "Bundesfinanzminister Christian Lindner hat angekündigt, dass die "
        "Schuldenbremse im kommenden Jahr wieder eingehalten wird.",
        "Lindner: Die Schuldenbremse wird im kommenden Jahr wieder eingehalten",
    ),
    (
        "Gesundheitsminister Karl Lauterbach sagte am Montag, er sei gegen eine"
        " Lockerung der Maskenpflicht in Kliniken.",
        "Lauterbach ist gegen eine Lockerung der Maskenpflicht in Kliniken",
    ),
    (
        "Am Montag hat die Bundesregierung nach langem Streit das "
        "Heizungsgesetz beschlossen.",
        "Die Bundesregierung hat nach langem Streit das Heizungsgesetz beschlossen",
    ),
    (
        "Die Europäische Zentralbank hat den Leitzins zum ersten Mal seit fünf "
        "Jahren um 0,25 Prozentpunkte gesenkt, um die schwächelnde Konjunktur "
        "im Euroraum zu stützen.",
        "Die Europäische Zentralbank hat den Leitzins zum ersten Mal seit fünf "
        "Jahren um 0,25 Prozentpunkte gesenkt",
    ),
    (
        "Der Bundestag hat in der Nacht zum Freitag nach einer mehr als "
        "zehnstündigen Debatte mit den Stimmen der Ampel-Koalition die "
        "umstrittene Reform des Wahlrechts beschlossen.",
        "Der Bundestag hat die umstrittene Reform des Wahlrechts beschlossen",
    ),
    (
        "Der DAX hat am Mittwoch erstmals die Marke von 20.000 Punkten "
        "überschritten, während der Euro leicht nachgab.",
        "Der DAX hat erstmals die Marke von 20.000 Punkten überschritten",
    ),
    (
        "Die Lufthansa, die seit Wochen mit Streiks kämpft, streicht im Sommer "
        "rund 2.000 Flüge.",
        "Die Lufthansa streicht im Sommer rund 2.000 Flüge",
    ),
    (
        "Laut Statistischem Bundesamt ist die Inflation im Oktober auf 2,4 "
        "Prozent gestiegen.",
        "Die Inflation ist im Oktober auf 2,4 Prozent gestiegen",
    ),
    (
        "Bundeskanzler Olaf Scholz hat Präsident Macron empfangen, wie ein "
        "Regierungssprecher mitteilte.",
        "Scholz hat Macron empfangen",
    ),
    (
        "Die Bundesregierung will die Schuldenbremse wieder einhalten, sagte "
        "Finanzminister Christian Lindner am Montag.",
        "Lindner: Die Bundesregierung will die Schuldenbremse wieder einhalten",
    ),
    (
        "Außenministerin Annalena Baerbock ist zu einem unangekündigten Besuch "
        "in Kiew eingetroffen.",
        "Baerbock ist zu einem unangekündigten Besuch in Kiew eingetroffen",
    ),
    (
        "Die Deutsche Bahn hat für das kommende Jahr eine Erhöhung der "
        "Ticketpreise im Fernverkehr um durchschnittlich 5,9 Prozent "
        "angekündigt.",
        "Die Deutsche Bahn hat eine Erhöhung der Ticketpreise um "
        "durchschnittlich 5,9 Prozent angekündigt",
    ),
    (
        "Bei einem schweren Unfall auf der A7 bei Hamburg sind am Sonntagabend "
        "drei Menschen ums Leben gekommen.",
        "Bei einem schweren Unfall auf der A7 bei Hamburg sind drei Menschen "
        "ums Leben gekommen",
    ),
    (
        "Der Bundesrat hat dem Gesetz zur Cannabis-Legalisierung zugestimmt.",
        "Der Bundesrat hat dem Gesetz zur Cannabis-Legalisierung zugestimmt",
    ),
    (
        "Wirtschaftsminister Robert Habeck erwartet für dieses Jahr ein "
        "Wachstum von 0,3 Prozent.",
        "Habeck erwartet für dieses Jahr ein Wachstum von 0,3 Prozent",
    ),
    (
        "Die Zahl der Arbeitslosen in Deutschland ist im Januar auf knapp drei "
        "Millionen gestiegen, teilte die Bundesagentur für Arbeit am Donnerstag"
        " in Nürnberg mit.",
        "Die Zahl der Arbeitslosen in Deutschland ist im Januar auf knapp drei "
        "Millionen gestiegen",
    ),
    (
        "Siemens will in den nächsten drei Jahren weltweit rund 5.000 Stellen "
        "abbauen, wie das Unternehmen am Dienstag mitteilte.",
        "Siemens will in den nächsten drei Jahren weltweit rund 5.000 Stellen abbauen",
    ),
    (
        "Außenministerin Annalena Baerbock sagte, Deutschland werde die Ukraine"
        " so lange wie nötig unterstützen.",
        "Baerbock: Deutschland wird die Ukraine so lange wie nötig unterstützen",
    ),
    (
        "Am 3. Oktober feiert Deutschland den Tag der Deutschen Einheit.",
        "Deutschland feiert den Tag der Deutschen Einheit",
    ),
    (
        "Volkswagen schließt erstmals in seiner Geschichte Werke in Deutschland"
        " nicht mehr aus.",
        "Volkswagen schließt erstmals in seiner Geschichte Werke in Deutschland"
        " nicht mehr aus",
    ),
    (
        "Die Polizei hat nach einem Messerangriff in einem Regionalzug bei "
        "Brokstedt einen 33 Jahre alten Mann festgenommen.",
        "Die Polizei hat nach einem Messerangriff einen 33 Jahre alten Mann "
        "festgenommen",
    ),
    (
        "Bundespräsident Frank-Walter Steinmeier hat den Bundestag aufgelöst "
        "und Neuwahlen für den 23. Februar angesetzt.",
        "Steinmeier hat den Bundestag aufgelöst und Neuwahlen für den 23. "
        "Februar angesetzt",
    ),
    (
        '"Wir werden die Ukraine weiter unterstützen", sagte Bundeskanzler Olaf'
        " Scholz.",
        "Scholz: „Wir werden die Ukraine weiter unterstützen“",
    ),
]


@pytest.mark.parametrize(("lede", "headline"), CASES)
def test_headline_is_what_an_editor_would_run(lede, headline):
    assert detect_language(lede) == "de"
    assert make_headline(lede) == headline

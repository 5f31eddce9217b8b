"""A speaker few readers know is credited by role: invented stories and sources."""

import pytest
from pelican.plugins.wiredesk.extract.headline import make_headline
from pelican.plugins.wiredesk.extract.rolecredit import role_credit


@pytest.mark.parametrize(
    ("source", "role"),
    [
        ("Russian Ambassador to Thailand Yevgeny Tomikhin", "Russian envoy"),
        ("Russia's Ambassador to Cairo Georgy Borisenko", "Russian envoy"),
        ("Germany's ambassador to Chile Anke Weber", "German envoy"),
        ("the ambassador", "envoy"),
        ("State Duma Deputy Speaker Irina Volkova", "lawmaker"),
        ("Bundestag member Jens Koch", "lawmaker"),
        ("Senator John Baird", "lawmaker"),
        ("Russian Foreign Minister Sergey Lavrov", None),
        ("President Vladimir Putin", None),
        ("Treasurer Paul Keating", None),
    ],
)
def test_role_credit(source: str, role: str | None) -> None:
    assert role_credit(source) == role


# (lede, the headline a copy editor would run); every story is invented.
LEDES = [
    # a company's own chairman, named before it or elect, adds no credit
    (
        "Harbor Motors Europe's net earnings rose by 40 per cent last year to 300 mln "
        "dlrs, Anna Berg, chairman of Harbor Motors Europe, said.",
        "Harbor Motors Europe's net earnings rose by 40% last year to 300 mln dlrs",
    ),
    (
        "Corvel Chemical Industries PLC will expand its coatings business, said "
        "chairman-elect Peter Lund.",
        "Corvel Chemical Industries to expand coatings business",
    ),
    (
        "The flow of Russian tourists arriving in Thailand has increased again, "
        "Russian Ambassador to Thailand Yevgeny Tomikhin said at a press conference "
        "in Bangkok.",
        "Flow of Russian tourists arriving in Thailand increases again — Russian envoy",
    ),
    (
        "More than 30 schools were damaged in shelling in the border region last "
        "month, State Duma Deputy Speaker Irina Volkova told reporters.",
        "Over 30 schools damaged in shelling in border region last month — lawmaker",
    ),
    # an owner's "plans" are a noun: never "Egypt's to join"
    (
        "Egypt's plans to join the grain exchange highlight its growing role in the "
        "region, Russia's Ambassador to Cairo Georgy Borisenko said.",
        "Egypt's plans to join grain exchange highlight its growing role in region — "
        "Russian envoy",
    ),
    # a spokesperson named before her role relays what her principal did
    (
        "Presidents of Armenia and Georgia Vahan Petrosyan and Levan Beridze discussed "
        "border trade during a one-on-one meeting on Tuesday, said Nino Kapanadze, "
        "spokeswoman of the Georgian leader.",
        "Petrosyan, Beridze discuss border trade during one-on-one meeting",
    ),
    # a minister keeps the name readers know
    (
        "Russia will continue talks with Turkey on gas supplies, Russian Foreign "
        "Minister Sergey Lavrov said on Thursday.",
        "Russia to continue talks with Turkey on gas supplies — Lavrov",
    ),
]


@pytest.mark.parametrize(("lede", "expected"), LEDES)
def test_headline(lede: str, expected: str) -> None:
    assert make_headline(lede, lang="en") == expected

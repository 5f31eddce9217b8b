import pytest
from pelican.plugins.wiredesk.extract.dateline import parse_dateline
from pelican.plugins.wiredesk.extract.months import month_number, slipped_month


@pytest.mark.parametrize(
    ("name", "number"),
    [
        ("January", 1),
        ("Jan.", 1),
        ("FEb", 2),
        ("Marc", 3),
        ("Sept.", 9),
        ("января", 1),
        ("янв", 1),
        ("März", 3),
        ("Dez.", 12),
        ("févr.", 2),
        ("août", 8),
        ("ene", 1),
        ("dic", 12),
        ("GEN", 1),
        ("Smarch", None),
        ("ma", None),
        ("and", None),
    ],
)
def test_month_names_in_several_languages(name, number):
    assert month_number(name) == number


@pytest.mark.parametrize(
    ("name", "number"),
    [
        ("Narch", 3),  # one letter mistyped in a long English name
        ("Septenber", 9),
        ("Ocotber", None),  # two letters swapped: two slips, no guess
        ("Jine", None),  # June or July? too short to tell
        ("Marchh", None),
    ],
)
def test_a_dateline_month_with_one_slip(name, number):
    assert slipped_month(name) == number


def test_a_mistyped_month_still_dates_the_story():
    dateline, body = parse_dateline("NEW YORK, Narch 2 - Qtr ended Jan 31")
    assert (dateline.city, dateline.month, dateline.day) == ("New York", 3, 2)
    assert body == "Qtr ended Jan 31"

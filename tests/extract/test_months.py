import pytest
from pelican.plugins.wiredesk.extract.months import month_number


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

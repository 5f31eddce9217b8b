import pytest
from pelican.plugins.wiredesk.extract.pasttense import present_main_verb


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("Senate passed spending bill", "Senate passes spending bill"),
        ("Oil prices rose to $80", "Oil prices rise to $80"),
        ("North Korea fired ballistic missile", "North Korea fires ballistic missile"),
        (
            "Lukashenko and Putin discussed security",
            "Lukashenko and Putin discuss security",
        ),
        ("Ministers agreed plan", "Ministers agree plan"),
        ("Talks ended without deal", "Talks end without deal"),
        ("Coleco reported net loss", "Coleco reports net loss"),
        # a participle, a copula or a perfect is not the simple past: left alone
        (
            "Invitation extended to Cuba highlights role",
            "Invitation extended to Cuba highlights role",
        ),
        ("Russia is determined to win", "Russia is determined to win"),
        (
            "More than 50 children have been killed",
            "More than 50 children have been killed",
        ),
        ("deposit growth seasonally adjusted", "deposit growth seasonally adjusted"),
        ("Company denies report", "Company denies report"),
    ],
)
def test_main_verb_in_the_present(text, present):
    assert present_main_verb(text) == present

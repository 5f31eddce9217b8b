import pytest
from pelican.plugins.wiredesk.extract.credit import (
    credit_source,
    join_speakers,
    say_verb,
)


@pytest.mark.parametrize(
    ("source", "name", "plural"),
    [
        ("Russian President Vladimir Putin", "Putin", False),
        (
            "Russian Foreign Minister Sergey Lavrov and his Chinese "
            "counterpart Wang Yi",
            "Lavrov, Wang Yi",
            True,
        ),
        ("Lavrov and Wang Yi", "Lavrov, Wang Yi", True),
        (
            "South Korean President Yoon Suk Yeol and his aide Kim Sung-han",
            "Yoon Suk Yeol, Kim Sung-han",
            True,
        ),
        (
            "Indian External Affairs Minister Subrahmanyam Jaishankar",
            "Jaishankar",
            False,
        ),
        ("the Bank of Japan", None, False),
    ],
)
def test_speakers_are_credited_by_surname(source, name, plural):
    credit = credit_source(source)
    assert (credit.name if credit else None) == name
    if credit:
        assert credit.plural is plural


@pytest.mark.parametrize(
    "source",
    [
        "the authoritative Business Day newspaper",
        "the independent Morning Star daily",
        "state Radio Nacional radio",
    ],
)
def test_a_paper_or_station_is_no_person(source):
    credit = credit_source(source)
    assert credit is not None
    assert not credit.person
    assert credit.name in source and " " in credit.name  # "Business Day", not "Day"


@pytest.mark.parametrize(
    ("source", "name"),
    [
        ("a Foreign Ministry spokesman", "Foreign Ministry"),
        ("a Board of Foreign Trade official", None),  # no "Trade" cut from its "of"
        ("an Industry Council source", "Industry Council"),
    ],
)
def test_a_role_after_a_name_credits_the_organisation_or_no_one(source, name):
    credit = credit_source(source)
    assert (credit.name if credit else None) == name
    assert credit is None or not credit.person


def test_a_company_pair_is_not_two_speakers():
    credit = credit_source("Procter and Gamble Co")
    assert credit is None or not credit.plural


@pytest.mark.parametrize(
    ("verb", "plural", "said"),
    [
        ("stressed", True, "say"),
        ("noted", False, "says"),
        ("told reporters", False, "says"),
        ("pointed out", True, "say"),
        ("warned", False, "warns"),
        ("agreed", True, "agree"),
        ("insisted", False, "insists"),
        ("denied", False, "denies"),
        (None, False, "says"),
    ],
)
def test_verbs_of_saying_become_say_unless_strong(verb, plural, said):
    assert say_verb(verb, plural=plural) == said


@pytest.mark.parametrize(
    ("clause", "joined"),
    [
        (
            "Dutch Prime Minister Mark Rutte and his Belgian colleague "
            "Alexander De Croo discussed energy prices",
            "Rutte, Alexander De Croo discussed energy prices",
        ),
        (
            "the ministers discussed energy prices",
            "the ministers discussed energy prices",
        ),
        (
            "Procter and Gamble Co raised its dividend",
            "Procter and Gamble Co raised its dividend",
        ),
    ],
)
def test_a_compound_subject_of_people_is_joined_with_a_comma(clause, joined):
    assert join_speakers(clause) == joined

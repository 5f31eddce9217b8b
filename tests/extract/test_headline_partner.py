"""A headline that ends on a deal says with whom: "signs contract with Bolt".

Invented stories, one per shape; what an editor would want, written by hand.
"""

import pytest
from pelican.plugins.wiredesk.extract.partner import name_the_partner
from pelican.plugins.wiredesk.extract.suffixes import drop_company_suffixes

from tests.support.stories import headline


@pytest.mark.parametrize(
    ("lede", "expected"),
    [
        (
            "DULUTH, Minn., March 4 - Northfield Looms Inc said it signed a contract "
            "under which Harbor Dyeworks Corp will supply dyed yarn, spindles, "
            "quality inspectors and warehouse staff to Northfield.",
            "Northfield Looms signs contract with Harbor Dyeworks",
        ),
        (
            "TOLEDO, Ohio, March 4 - Lakeshore Bancorp said it signed a definitive "
            "agreement under which its Maumee Savings and Trust Co unit will merge "
            "with <Perrysburg Federal Bank>.",
            "Lakeshore Bancorp signs definitive agreement with Perrysburg Federal Bank",
        ),
        (
            "FRESNO, Calif., March 4 - Valley Signal Inc said it signed a three-year "
            "agreement under which Western Grid Holdings' <WGH> Coastal Power unit "
            "will buy its line of relay switches for internal use.",
            "Valley Signal signs three-year agreement with Coastal Power",
        ),
    ],
)
def test_a_deal_names_the_other_party(lede, expected):
    assert headline(lede) == expected


@pytest.mark.parametrize(
    ("title", "sentence"),
    [
        # The headline does not end on the deal: it says what the deal is.
        (
            "Acme signs contract to build bridge",
            "Acme said it signed a contract to build a bridge for Bolt Corp.",
        ),
        # Only the subject's own company follows: no other party to name.
        (
            "Acme signs agreement",
            "Acme said it signed an agreement under which its Acme Leasing unit "
            "will buy trucks.",
        ),
        # A name that is no party (a month, a place after "in").
        (
            "Acme signs agreement",
            "Acme said it signed an agreement in March in Ohio.",
        ),
    ],
)
def test_no_party_is_made_up(title, sentence):
    assert name_the_partner(title, sentence, 110) == title


def test_the_party_goes_only_when_the_whole_fits():
    title = "Acme signs agreement"
    sentence = "Acme signed an agreement under which Bolt Industries will buy it."
    assert (
        name_the_partner(title, sentence, 110)
        == "Acme signs agreement with Bolt Industries"
    )
    assert name_the_partner(title, sentence, 30) == title


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Springvale Software INc signs", "Springvale Software signs"),
        ("Dunmore CORp says", "Dunmore says"),
        ("Pesch and Co says", "Pesch and Co says"),  # "Co" is the name here
        # European forms go too; "NT and SA" is part of a name
        ("Vistra Chemie AG unit Optica AG sells", "Vistra Chemie unit Optica sells"),
        ("Rondelli Spa buys Tessitura SpA", "Rondelli buys Tessitura"),
        ("Hoorn Finance NV issues bond", "Hoorn Finance issues bond"),
        ("Bank of Lima NT and SA says", "Bank of Lima NT and SA says"),
        # typed in lower case after a name; a co-founder stays one
        ("Kestrel Power co will boost", "Kestrel Power will boost"),
        ("Arden Medical Technology corp signs", "Arden Medical Technology signs"),
        ("Kestrel co-founder quits", "Kestrel co-founder quits"),
        ("the corp said", "the corp said"),
    ],
)
def test_company_suffixes_go_whatever_their_case(text, expected):
    assert drop_company_suffixes(text) == expected

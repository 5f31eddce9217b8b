"""A relative clause goes whole or not at all; the subject's own verb is the news.

Invented stories, with the headline a copy editor would run.
"""

import pytest
from pelican.plugins.wiredesk.extract.headline import make_headline

LEDES = [
    # "scheme that will settle interest arrears" [through bonds]: the plan does
    # not settle them, the bonds do; the relative clause cannot be cut, so it goes
    (
        "The Ruritanian government will offer its foreign creditors a new repayment "
        "scheme that will settle interest arrears through commodity-linked bonds as "
        "an alternative to cash, the Daily Courier newspaper said.",
        "Ruritanian government to offer foreign creditors new repayment scheme",
    ),
    # "company to which they will transfer loans" [made to shipping firms ...]
    (
        "Norway's leading savings banks will set up a joint company to which they "
        "will transfer loans made to shipping firms to build up a reserve against "
        "possible losses, a senior banker said.",
        "Norway's leading savings banks to set up joint company",
    ),
    # the relative clause says which vaccine: it stays, to its participle
    (
        "The federal health agency said it approved for sale a vaccine that protects "
        "infants against rotavirus infections acquired in day-care centres.",
        "Federal health agency approves for sale vaccine that protects infants "
        "against rotavirus infections",
    ),
    # "Efforts to settle dispute ... appear to have failed": the efforts are the
    # subject, "settle" only their purpose; the verb ends the headline
    (
        "Efforts to settle a dispute between wheat growers and flour millers over "
        "pricing rules in the face of rising fuel costs appear to have failed, "
        "officials said.",
        "Efforts to settle dispute between wheat growers and flour millers over "
        "pricing rules appear to have failed",
    ),
    # which accord would say so, but the headline would run past a glance: it goes;
    # and no "— Trade" credit
    (
        "A Taiwan delegation will leave next week for Brussels to renegotiate an "
        "accord sharply limiting the growth of the island's footwear exports, a "
        "Board of Foreign Trade official said.",
        "Taiwan delegation to leave for Brussels to renegotiate accord",
    ),
    # "adds" a thing, not a word; the relative clause goes whole, with "and store"
    (
        "Corvane Systems Corp said it has added a switch that can route more than "
        "5,000 calls per minute and store up to 300 hours of recordings to its "
        "Office Exchange product line.",
        "Corvane Systems adds switch that can route over 5,000 calls per minute and "
        "store up to 300 hours of recordings",
    ),
    # "shares of Delta Mills that were tendered": cut before the relative clause
    (
        "Pacific Grain Corp said it plans to accept for payment after the close of "
        "business today all the shares of Delta Mills Inc that were tendered under "
        "its 14.50 dlr per share offer.",
        "Pacific Grain to accept for payment after close of business all shares of "
        "Delta Mills",
    ),
]


# Whose it is, which one, said in the headline
NAMED = [
    # "by company" says nothing once "formed by Harbor Capital" goes: both go
    (
        "Ohio-based overnight parcel carrier Swiftline Express Corp said it has "
        "agreed to be acquired for about 140 mln dlrs by a company formed by Harbor "
        "Capital Partners Inc and certain managers of Swiftline's parcel business.",
        "Swiftline Express agrees to be acquired for about 140 mln dlrs",
    ),
    # the first what: the participle that says so stays while the headline reads
    # at a glance
    (
        "Meridian Devices Inc said it has developed the first 64-bit signal "
        "processor designed for hearing aids.",
        "Meridian Devices develops first 64-bit signal processor designed for "
        "hearing aids",
    ),
    # ... and goes when it would make the headline long
    (
        "Meridian Microdevices Group Inc said it has developed a 64-bit signal "
        "processor designed specifically for hearing aid applications.",
        "Meridian Microdevices Group develops 64-bit signal processor",
    ),
    # ... unless the processor is the first: it is the first only of its kind
    (
        "Meridian Microdevices Group Inc said it has developed the "
        "first 64-bit signal processor designed specifically for hearing aid "
        "applications.",
        "Meridian Microdevices Group develops first 64-bit signal processor designed "
        "for hearing aid applications",
    ),
    # the claim names no one: the company that says it does
    (
        "Coastal Alarm Systems Inc said an initial public offering of 900,000 units "
        "is under way at 2.25 dlrs each through underwriters led by Bayside "
        "Securities Inc.",
        "Coastal Alarm Systems says initial public offering of 900,000 units is "
        "under way at 2.25 dlrs",
    ),
    # "its Cambridge, Ohio, business": the place names the business, whole
    (
        "Harwood Minerals Co said it signed a letter of intent with Alloyco Corp, a "
        "unit of Pennmet Inc, for the sale of its Dayton, Ohio, business.",
        "Harwood Minerals signs letter of intent with Alloyco for sale of its Dayton, "
        "Ohio, business",
    ),
    # a name every reader knows by its acronym
    (
        "Granite Valley Bancorp said it has filed a registration statement with the "
        "Securities and Exchange Commission covering a proposed offering of 40 mln "
        "dlrs of convertible debentures.",
        "Granite Valley Bancorp files registration statement with SEC",
    ),
]


@pytest.mark.parametrize(("lede", "headline"), NAMED)
def test_whose_and_which_stay_in_the_headline(lede, headline):
    assert make_headline(lede, lang="en") == headline


def test_a_marked_name_loses_its_marks_and_its_own_aside():
    lede = (
        "(Harbor Rotor Systems (Canada) Inc) said it plans to bid its HR9 helicopter "
        "to replace the navy's fleet of ageing patrol aircraft."
    )
    assert make_headline(lede, lang="en") == (
        "Harbor Rotor Systems to bid HR9 helicopter to replace navy's fleet of ageing "
        "patrol aircraft"
    )


def test_the_government_that_said_is_the_country():
    lede = (
        "The government said it raised the export duty on refined palm oil to 52.10 "
        "ringgit per tonne from 38.40 ringgit, effective from April 1."
    )
    assert make_headline(lede, lang="en", country="Malaysia") == (
        "Malaysia raises export duty on refined palm oil to 52.10 ringgit per tonne"
    )


@pytest.mark.parametrize(("lede", "headline"), LEDES)
def test_relative_clauses_whole_and_the_subjects_own_verb(lede, headline):
    assert make_headline(lede, lang="en") == headline

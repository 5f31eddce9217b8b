import time

import pytest
from pelican.plugins.wiredesk.extract.headline import (
    first_sentence,
    fit_words,
    make_headline,
)


@pytest.mark.parametrize(
    ("lede", "headline"),
    [
        # attribution at the end goes; a named person is credited by surname
        (
            "Russian lawmakers have approved a bill on the federal budget, the State "
            "Duma said on "
            "Tuesday.",
            "Russian lawmakers approve bill on federal budget",
        ),
        (
            "Lavrov and Wang Yi have stressed the need for restraint, the ministry "
            "said.",
            "Lavrov, Wang Yi stress need for restraint",
        ),
        (
            "Russia's economic growth in 2024 will be about 4%, Russian President "
            "Vladimir Putin "
            "told reporters.",
            "Russia's economic growth in 2024 to be about 4% — Putin",
        ),
        # attribution in front: "<surname> says ..."
        (
            "Russian President Vladimir Putin has told the media that he receives "
            "information about "
            "the frontline situation round the clock.",
            "Putin says he receives information about frontline situation "
            "round the clock",
        ),
        # a company that "said it" did something is the subject, in the present tense
        (
            "Coleco Industries Inc said it expects to return to profitability in 1987.",
            "Coleco Industries expects to return to profitability in 1987",
        ),
        (
            "Gulf Applied Technologies Inc said it sold its subsidiaries for 12.2 mln "
            "dlrs.",
            "Gulf Applied Technologies sells units for 12.2 mln dlrs",
        ),
        # passive without its auxiliary, "will" as "to", titles off
        (
            "A state of emergency has been introduced in the region, the ministry "
            "said.",
            "State of emergency introduced in region",
        ),
        (
            "Harlow Group has not been approached by former Bates Worldwide chairman "
            "Robert Jensen about a stake, a spokesman said.",
            "Harlow Group not approached by former Bates Worldwide chairman Jensen "
            "about stake",
        ),
        (
            "Russian Prime Minister Mikhail Mishustin will pay an official visit to "
            "Vietnam in "
            "January, the ambassador said.",
            "Mishustin to pay official visit to Vietnam in January",
        ),
        # asides and the second clause are dropped; a name goes by its acronym
        (
            "The United States has disrupted the transfer of Russia's contribution to "
            "the "
            "International Committee of the Red Cross (ICRC), the Foreign Ministry "
            "said.",
            "US disrupts transfer of Russia's contribution to ICRC — Foreign Ministry",
        ),
        (
            "Olin Corp said John W. Johnstone Jr, 54, president and chief operating "
            "officer, will "
            "succeed John M. Henske as chief executive officer on April 30.",
            "Olin says John W. Johnstone Jr to succeed John M. Henske as chief "
            "executive officer",
        ),
        (
            "Russia could use the missile again if need be, but the country is seeking "
            "to end the "
            "conflict, Russian President Vladimir Putin told reporters.",
            "Russia could use missile again if need be — Putin",
        ),
        ("The company has denied the report. Shares fell 3%.", "Company denies report"),
        (
            "Sens. Jake Garn and John Heinz introduced a bill to reform export "
            "licensing. It passed.",
            "Garn, Heinz introduce bill to reform export licensing",
        ),
        # the day goes; a name that may put the family name first stays whole
        (
            "Chinese President Xi Jinping on Saturday called for stronger cooperation "
            "with African countries, the ministry said.",
            "Xi Jinping calls for stronger cooperation with African countries",
        ),
        (
            "Italian Premier Giorgia Meloni on Thursday said the government would "
            "present its budget law next week.",
            "Meloni says government would present its budget law next week",
        ),
        # an article that a fixed phrase needs stays
        (
            "President Vladimir Putin receives reports on the situation at the front "
            "round the clock, Kremlin spokesman Dmitry Peskov said.",
            "Putin receives reports on situation at front round the clock — Peskov",
        ),
        (
            "The ministry will publish the new rules in a few days, a spokesman said.",
            "Ministry to publish new rules in a few days",
        ),
        # "a" as "per" stays; a participle after "its" is an adjective, not the verb
        (
            "The cartel remains within its agreed output ceiling of 15.8 mln barrels "
            "a day, the oil minister said.",
            "Cartel remains within its agreed output ceiling of 15.8 mln barrels a day",
        ),
        (
            "Northwind Fund said it declared a monthly dividend of 5.7 cts a share.",
            "Northwind Fund declares monthly dividend of 5.7 cts",
        ),
    ],
)
def test_headline_rules(lede, headline):
    assert make_headline(lede) == headline


@pytest.mark.parametrize(
    "lede",
    [
        "Министр иностранных дел России Сергей Лавров заявил, что Москва готова к "
        "переговорам "
        "с Вашингтоном по вопросам стратегической стабильности и контроля над "
        "вооружениями.",
        "Die Bundesregierung hat am Montag ein umfangreiches Paket zur Entlastung der "
        "Haushalte "
        "beschlossen, das nach Angaben des Finanzministeriums Milliarden kosten wird.",
    ],
)
def test_other_languages_keep_whole_words_of_the_lede(lede):
    headline = make_headline(lede)
    assert len(headline) <= 110
    lede_words = {word.strip(",.").casefold() for word in lede.split()}
    assert {word.strip(",.").casefold() for word in headline.split()} <= lede_words
    assert headline.split()[-1] not in {"и", "und", "der", "die"}


def test_long_lede_is_cut_before_a_phrase_and_never_dangles():
    lede = (
        "Officials from the ministry of economic development and the central bank met "
        "representatives of the largest exporters and the association of regional "
        "banks "
        "to discuss the exchange rate"
    )
    headline = make_headline(lede)
    # the subject's coordination stays whole; the last object of the list goes;
    # the verb is in the present, as headlines have it
    assert headline == (
        "Officials from ministry of economic development and central bank meet "
        "representatives of largest exporters"
    )


def test_a_long_sentence_without_punctuation_is_fast_and_short():
    lede = " ".join(["officials met representatives of the exporters"] * 60)
    start = time.perf_counter()
    headline = make_headline(lede)
    assert time.perf_counter() - start < 0.5  # a quadratic rule would take seconds
    assert len(headline) <= 110


@pytest.mark.parametrize(
    ("text", "sentence"),
    [
        ("Talks ended. Both sides left.", "Talks ended"),
        (
            "He met Mr. Smith in St. Petersburg. Then he left.",
            "He met Mr. Smith in St. Petersburg",
        ),
        (
            "The U.S. Agriculture Department said. Next",
            "The U.S. Agriculture Department said",
        ),
        ("No end here", "No end here"),
    ],
)
def test_first_sentence_skips_abbreviations(text, sentence):
    assert first_sentence(text) == sentence


@pytest.mark.parametrize(
    ("text", "limit", "cut"),
    [
        ("one two three four", 9, "one two"),
        ("talks between the", 110, "talks"),
        ("a word that", 110, "a word"),
        ("ends with a comma,", 110, "ends with a comma"),
        ("Russia could use it if need be", 110, "Russia could use it if need be"),
        ("Acme seeks help in order to ease its debt", 27, "Acme seeks help"),
    ],
)
def test_fit_words(text, limit, cut):
    assert fit_words(text, limit) == cut


@pytest.mark.parametrize(
    ("lede", "headline"),
    [
        # "A and his counterpart B stressed that X": both speakers, "say", the claim
        # without its relative clause, and the main verb of the claim kept
        (
            "Russian Foreign Minister Sergey Lavrov and his Chinese counterpart "
            "Wang Yi have stressed in a telephone conversation that the drone attack "
            "near the border that injured three civilians seriously undermines the "
            "ceasefire, the ministry said on Sunday.",
            "Lavrov, Wang Yi say drone attack near border seriously undermines "
            "ceasefire",
        ),
        (
            "Indian External Affairs Minister Subrahmanyam Jaishankar and his Japanese "
            "colleague Yoko Kamikawa noted that the new trade corridor which links the "
            "two ports strongly supports regional growth, the Indian embassy said on "
            "Friday.",
            "Jaishankar, Kamikawa say new trade corridor strongly supports regional "
            "growth",
        ),
        # Korean names stay whole; "agreed that" keeps its verb
        (
            "South Korean President Yoon Suk Yeol and Japanese Prime Minister Fumio "
            "Kishida agreed that the summit which ended in Tokyo on Thursday marks a "
            "new chapter in bilateral relations, the presidential office said.",
            "Yoon Suk Yeol, Kishida agree summit marks new chapter in bilateral "
            "relations",
        ),
        (
            "US Secretary of State Antony Blinken and his South Korean counterpart "
            "Park Jin noted that the missile launch which North Korea carried out "
            "on Friday seriously threatens regional security, the State Department "
            "said.",
            "Blinken, Park Jin say missile launch seriously threatens regional "
            "security",
        ),
        # one speaker: a strong verb stays, a plain one becomes "says"
        (
            "Japanese Prime Minister Fumio Kishida warned on Tuesday that a tsunami "
            "that struck the northern coast of the Noto Peninsula caused severe "
            "damage to the fishing ports of the region.",
            "Kishida warns tsunami caused severe damage to fishing ports of region",
        ),
        (
            "Kremlin spokesman Dmitry Peskov noted that the sanctions which Washington "
            "imposed on Russian banks last week clearly violate the rules of the World "
            "Trade Organization.",
            "Peskov says sanctions clearly violate rules of World Trade Organization",
        ),
        # a compound subject of two people is joined with a comma, verb in the present
        (
            "German Chancellor Olaf Scholz and French President Emmanuel Macron agreed "
            "on Monday to push for a common European gas price cap.",
            "Scholz, Macron agree to push for common European gas price cap",
        ),
        (
            "Turkish Foreign Minister Hakan Fidan and his Egyptian counterpart Sameh "
            "Shoukry stated that the humanitarian situation in the region requires an "
            "immediate ceasefire, the Turkish Foreign Ministry said on Wednesday.",
            "Fidan, Shoukry say humanitarian situation in region requires immediate "
            "ceasefire",
        ),
        # a company and a company are no pair of speakers
        (
            "Procter and Gamble Co said it raised its quarterly dividend.",
            "Procter and Gamble raises quarterly dividend",
        ),
    ],
)
def test_speakers_and_reported_clauses(lede, headline):
    assert make_headline(lede) == headline


@pytest.mark.parametrize(
    "lede",
    [
        "Russian Foreign Minister Sergey Lavrov and his Chinese counterpart Wang Yi "
        "have stressed in a telephone conversation that the strike near the "
        "airport that killed the commander of the elite unit and two of his aides "
        "grossly violates the principles of international law and the charter of "
        "the United Nations, the ministry said on Saturday.",
        "Finance Minister Anton Siluanov and Central Bank Governor Elvira Nabiullina "
        "noted that the budget rule which the government adopted in the spring of last "
        "year firmly protects the economy from sharp swings in global oil prices and "
        "currency markets, the ministry said.",
    ],
)
def test_a_cut_claim_keeps_its_main_verb(lede):
    headline = make_headline(lede)
    assert len(headline) <= 110
    assert {"violates", "protects"} & set(headline.split())

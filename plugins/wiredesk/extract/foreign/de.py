"""German: the words and phrases the headline rules need."""

from __future__ import annotations

from .rules import Lang, words

DAYS = r"(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)"
PARTS = r"(?:abend|morgen|nachmittag|vormittag|mittag)?"
MONTHS = (
    r"(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|"
    r"Dezember)"
)

DE = Lang(
    code="de",
    function=words(
        "und oder aber sondern denn der die das den dem des ein eine einen einem "
        "einer eines in im mit von vom zu zur zum für auf bei nach aus über unter "
        "vor an am ans bis gegen ohne um durch seit wegen trotz dass ob wenn weil "
        "als wie sich nicht kein keine sein seine ihr ihre dieser diese dieses "
        "sehr mehr"
    ),
    openers=words(
        "in im mit von vom zu zur zum für auf bei nach aus über unter vor an am "
        "ans bis gegen ohne um durch seit wegen trotz während laut"
    ),
    no_end=words(
        "hat haben ist sind wird werden will wollen soll sollen kann können muss "
        "müssen war waren neue neuen neuer neues erste ersten letzte letzten "
        "andere anderen"
    ),
    determiners=words(
        "der die das den dem des ein eine einen einem einer eines kein keine "
        "keinen sein seine seinen ihr ihre ihren dieser diese dieses diesen"
    ),
    say=(
        r"(?:sagte|sagten|erklärte|erklärten|betonte|betonten|teilte|teilten|"
        r"kündigte|kündigten|berichtete|berichteten|warnte|warnten|"
        r"bestätigte|bestätigten|versicherte|bekräftigte|hat\s+angekündigt|"
        r"hat\s+erklärt|hat\s+gesagt|"
        r"hat\s+betont|sagt|erklärt|betont)"
    ),
    that=r"dass\s+",
    according=r"(?:laut|nach\s+Angaben\s+(?:von|des|der))",
    pronouns=words("er sie"),
    titles=(
        r"(?:\w*(?:kanzler|kanzlerin|minister|ministerin|präsident|präsidentin|"
        r"sprecher|sprecherin|chef|chefin|vorsitzende|vorsitzender|sekretär|"
        r"sekretärin|direktor|direktorin|botschafter|botschafterin|bürgermeister|"
        r"bürgermeisterin|abgeordnete|abgeordneter)|König|Königin|Papst|Premier|"
        r"Premierministerin|Regierungschef|Regierungschefin)"
    ),
    given=words(
        "Olaf Friedrich Christian Robert Annalena Nancy Boris Karl Hubertus Markus "
        "Frank-Walter Angela Ursula Christine Emmanuel Giorgia Pedro Wladimir "
        "Wolodymyr Joe Donald Kamala Antony Xi Recep Benjamin Mark Keir Lars "
        "Saskia Ricarda Alice Sahra Christian Cem Steffi Svenja Volker Wolfgang "
        "Hendrik Manuela Michael Thomas Stefan Jens Klaus Bärbel Julia Marco Alexander"
    ),
    time=(
        rf"(?:am\s+{DAYS}{PARTS}|am\s+\d{{1,2}}\.\s+{MONTHS}(?:\s+\d{{4}})?|in\s+der\s+Nacht\s+(?:zum|zu|auf)\s+{DAYS}|"
        r"heute|gestern(?:abend)?|am\s+Wochenende|in\s+dieser\s+Woche)"
    ),
    second=(
        r"(?:aber|doch|während|nachdem|weil|da|wobei|obwohl|um|und|ohne|sodass|"
        r"so\s+dass|"
        r"wie|als)"
    ),
    aside=(
        r"(?:der|die|das|dem|den|deren|dessen|welche|welcher|welches|wo|"
        r"ein|eine|einer)"
    ),
    relative=r"(?:der|die|das|dem|den|deren|dessen|welche|welcher|welches|wo)",
    intro=r"(?:Zudem|Außerdem|Unterdessen|Derweil)",
    participle=r"(?!)",
    verb=(
        r"(?:hat|haben|ist|sind|wird|werden|will|soll|kann|muss|[a-zäöüß]+"
        r"(?:t|en|te|ten))"
    ),
    adjective=r"[a-zäöüß]+(?:e|en|er|es|em)",
    credit="{name}: {claim}",
    quote_credit="{name}: „{claim}“",
    first_person=words("ich wir"),
    abbreviations=words("dr prof nr bzw z.b u.a etc ca st mio mrd"),
)

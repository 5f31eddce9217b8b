"""French: the words and phrases the headline rules need."""

from __future__ import annotations

from .rules import Lang, words

DAYS = r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"
PARTS = r"(?:\s+(?:matin|soir|après-midi|dernier|prochain))?"
MONTHS = (
    r"(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|"
    r"novembre|décembre)"
)

FR = Lang(
    code="fr",
    function=words(
        "et ou mais de d' la le les l' des du à au aux en pour sur par avec dans "
        "sans sous vers chez entre contre depuis pendant après avant selon que qu' "
        "qui dont où ne n' se s' son sa ses leur leurs ce cet cette ces un une "
        "plus moins très tout tous toute toutes il elle ils elles on y"
    ),
    openers=words(
        "de à au aux en pour sur par avec dans sans sous vers chez entre contre "
        "depuis pendant après avant selon malgré lors afin devant derrière auprès "
        "qui que qu' dont où "
        "alors tandis lorsque"
    ),
    no_end=words(
        "a ont est sont va vont doit doivent peut peuvent veut veulent sera seront "
        "était étaient avait avaient fait nouveau nouvel nouvelle nouveaux nouvelles "
        "ancien ancienne premier première dernier dernière prochain prochaine grand "
        "grande petit petite autre autres même plusieurs quelques certains certaines "
        "notre nos votre vos ex cadre cours suite raison niveau occasion titre "
        "profit faveur"
    ),
    determiners=words(
        "le la les l' un une des du au aux sa son ses leur leurs cette ce cet ces"
    ),
    say=(
        r"(?:a\s+(?:déclaré|annoncé|indiqué|affirmé|estimé|précisé|souligné|assuré|"
        r"expliqué|averti|confirmé|jugé|ajouté|prévenu|reconnu|dit|fait\s+savoir|"
        r"rappelé|insisté|admis|martelé|garanti|promis|répété)|"
        r"ont\s+(?:déclaré|annoncé|indiqué|affirmé|estimé|précisé|assuré|"
        r"fait\s+savoir)|déclare|affirme|indique|annonce|estime|assure)"
    ),
    that=r"(?:que\s+|qu['’])",
    according=r"(?:selon|d['’]après)",
    pronouns=words("il elle"),
    titles=(
        r"(?:président|présidente|premier|première|ministre|secrétaire|chef|cheffe|"
        r"porte-parole|patron|patronne|directeur|directrice|dirigeant|maire|"
        r"gouverneur|ambassadeur|ambassadrice|député|députée|sénateur|sénatrice|"
        r"chancelier|chancelière|roi|reine|pape|commissaire|haut-représentant|"
        r"procureur|procureure|général|M\.|Mme)"
    ),
    given=words(
        "Emmanuel Olaf Pedro Giorgia Sergio Antonio Christian Karl Gérald Sébastien "
        "Margarita Luís Jean Pierre Michel Bruno François Marine Jordan Gabriel "
        "Élisabeth Elisabeth Édouard Edouard Nicolas Jacques Laurent Valérie Anne "
        "Rachida Catherine Christine Ursula Vladimir Sergueï Dmitri Volodymyr Joe "
        "Donald Kamala Antony Xi Recep Benjamin Friedrich Mark Charles Rishi Keir "
        "Ségolène Agnès Aurore Yaël Thierry Olivier Patrick Philippe Marc Jean-Luc "
        "Jean-Noël Jean-Yves Gabriel Attal Lula Javier Pedro Josep Frank-Walter "
        "Michel Charles Pascal Stéphane Manuel Amélie Clément Alexandre Roland"
    ),
    time=(
        rf"(?:(?:ce\s+)?{DAYS}{PARTS}|le\s+\d{{1,2}}(?:er)?\s+{MONTHS}(?:\s+\d{{4}})?|dans\s+la\s+nuit\s+de\s+{DAYS}\s+à\s+{DAYS}|"
        r"aujourd['’]hui|hier(?:\s+soir)?|cette\s+semaine|ce\s+week-end)"
    ),
    second=(
        r"(?:mais|tandis\s+qu|alors\s+qu|et|ce\s+qui|bien\s+qu|afin\s+de|sans|avec|"
        r"[a-zéèêàç]+ant)"
    ),
    aside=(
        r"(?:qui|dont|où|lequel|laquelle|lesquels|lesquelles|un|une|le|la|les|l['’])"
    ),
    relative=r"(?:qui|dont|où|lequel|laquelle|lesquels|lesquelles)",
    intro=(
        r"(?:Après\s+[^,]{3,80}|Selon\s+[^,]{3,60}|D['’]après\s+[^,]{3,60}|"
        r"Par\s+ailleurs|En\s+outre|Pour\s+sa\s+part|De\s+son\s+côté|"
        r"Dans\s+[^,]{3,60}|Lors\s+[^,]{3,60}|En\s+[^,]{3,40}|Face\s+[^,]{3,60})"
    ),
    participle=r"[a-zéèêàç]{3,}ant",
    verb=(
        r"(?:a|ont|est|sont|va|vont|doit|peut|veut|sera|seront|[a-zéèêàç]+"
        r"(?:é|ée|és|ées|ait|aient|era|eront|ira|iront))"
    ),
    adjective=r"(?!)",
    credit="{claim}, selon {name}",
    quote_credit="{name} : « {claim} »",
    first_person=words("je j' nous"),
    abbreviations=words("m mm mme mlle dr pr me st ste av apr j.-c etc n°"),
)

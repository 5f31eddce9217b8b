"""Italian: the words and phrases the headline rules need."""

from __future__ import annotations

from .rules import Lang, words

DAYS = r"(?:lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica)"
PARTS = r"(?:\s+(?:mattina|sera|pomeriggio|scorso|scorsa|prossimo))?"
MONTHS = (
    r"(?:gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|"
    r"ottobre|novembre|dicembre)"
)

IT = Lang(
    code="it",
    function=words(
        "e ed o ma né di del della dello dei degli delle da dal dalla dai dagli "
        "dalle a al alla allo ai agli alle in nel nella nello nei negli nelle con "
        "col su sul sulla sui sugli sulle per tra fra il lo la i gli le l' un una "
        "uno un' che chi cui dove non si suo sua suoi sue loro questo questa questi "
        "queste quel quella più meno molto"
    ),
    openers=words(
        "di del della dello dei degli delle da dal dalla dai dagli dalle a al alla "
        "allo ai agli alle in nel nella nello nei negli nelle con su sul sulla sui "
        "sugli sulle per tra fra contro verso durante dopo prima secondo senza "
        "presso entro che cui dove quando mentre perché"
    ),
    no_end=words(
        "ha hanno è sono sarà saranno va vanno deve devono può possono vuole "
        "vogliono era erano nuovo nuova nuovi nuove grande primo prima ultimo "
        "ultima altro altra altri altre alcuni alcune ogni ex stato stata stati "
        "ambito corso seguito causa quadro"
    ),
    determiners=words(
        "il lo la i gli le l' un una uno un' del della dello dei degli delle al "
        "alla allo ai agli alle nel nella nei negli nelle sul sulla suo sua suoi "
        "sue questo questa questi queste"
    ),
    say=(
        r"(?:ha\s+(?:detto|dichiarato|affermato|annunciato|spiegato|sottolineato|"
        r"assicurato|precisato|aggiunto|ribadito|riferito|reso\s+noto|garantito|"
        r"ricordato|ammesso|promesso|"
        r"fatto\s+sapere)|hanno\s+(?:detto|dichiarato|annunciato|reso\s+noto|"
        r"fatto\s+sapere|riferito)|dice|afferma|annuncia|spiega|sottolinea|"
        r"dichiara|assicura)"
    ),
    that=r"che\s+",
    according=r"(?:secondo|stando\s+a)",
    pronouns=words("lui lei egli ella"),
    titles=(
        r"(?:presidente|premier|ministro|ministra|sottosegretario|sottosegretaria|"
        r"segretario|segretaria|capo|portavoce|leader|direttore|direttrice|sindaco|"
        r"governatore|ambasciatore|deputato|deputata|senatore|senatrice|"
        r"cancelliere|re|regina|papa|pontefice|commissario|commissaria|procuratore|"
        r"generale|vicepremier|viceministro|titolare|numero\s+uno)"
    ),
    given=words(
        "Giorgia Sergio Antonio Matteo Giuseppe Mario Elly Carlo Guido Adolfo "
        "Giancarlo Francesco Roberto Luca Paolo Enrico Silvio Daniela Marina Anna "
        "Maria Laura Lorenzo Alessandro Andrea Ignazio Raffaele Giovanni Marco "
        "Emmanuel Olaf Pedro Ursula Vladimir Sergej Volodymyr Joe Donald Kamala "
        "Antony Xi Recep Benjamin Friedrich Mark Keir Christine Jorge Leone Pietro "
        "Nicola Gianni Roberta Elisabetta Giulia Federico Stefano Fabio Valentina"
    ),
    time=(
        rf"(?:{DAYS}{PARTS}|(?:il\s+|l['’])\d{{1,2}}\s+{MONTHS}(?:\s+\d{{4}})?|(?:nella\s+)?(?:serata|mattinata|nottata|giornata)\s+"
        rf"(?:di\s+)?(?:ieri|oggi|{DAYS})|oggi|ieri(?:\s+sera)?|stamani|stamattina|"
        r"questa\s+settimana|in\s+settimana)"
    ),
    second=(
        r"(?:ma|mentre|anche\s+se|e|senza|con|il\s+che|per\s+cui|"
        r"[a-zàèéìòù]+(?:ando|endo))"
    ),
    aside=r"(?:che|il\s+quale|la\s+quale|i\s+quali|cui|dove|il|la|lo|l['’]|un|una)",
    relative=r"(?:che|il\s+quale|la\s+quale|i\s+quali|cui|dove)",
    intro=(
        r"(?:Dopo\s+[^,]{3,80}|Secondo\s+[^,]{3,60}|Stando\s+a\s+[^,]{3,60}|"
        r"Inoltre|Intanto|In\s+[^,]{3,40}|Durante\s+[^,]{3,60}|Con\s+[^,]{3,60})"
    ),
    participle=r"[a-zàèéìòù]+(?:ando|endo)",
    verb=(
        r"(?:ha|hanno|è|sono|sarà|va|vanno|deve|può|vuole|[a-zàèéìòù]+"
        r"(?:ato|ata|ati|ate|uto|uta|ito|ita|iti|ite|erà|irà|ava|eva|ò|ì))"
    ),
    adjective=r"(?!)",
    credit="{claim}, secondo {name}",
    not_verbs=words(
        "più meno migliaia centinaia milioni circa oltre molti tutti ogni entrambi "
        "mille due tre quattro cinque sei sette otto nove dieci anche solo nessuno"
    ),
    quote_credit="{name}: «{claim}»",
    first_person=words("io noi"),
    abbreviations=words("sig sigg dott dott.ssa prof ing avv on sen p.es ecc"),
)

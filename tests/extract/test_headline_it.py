"""Italian headlines, as a Italian copy editor would run them.

The ledes are invented ANSA-style wire copy with the dateline already off; every
expected headline is written by hand: a whole clause with its subject, attribution in
Italian headline style, nothing dangling, at most 110 characters.
"""

import pytest
from pelican.plugins.wiredesk.extract.headline import make_headline
from pelican.plugins.wiredesk.extract.language import detect_language

CASES = [
    (
        "Il presidente del Consiglio Giorgia Meloni ha detto che l'Italia non "
        "invierà truppe in Ucraina.",
        "L'Italia non invierà truppe in Ucraina, secondo Meloni",
    ),
    (
        "Il ministro degli Esteri Antonio Tajani ha affermato che è pronto a "
        "incontrare il suo omologo cinese a Pechino.",
        "Tajani è pronto a incontrare il suo omologo cinese a Pechino",
    ),
    (
        "Il tasso di disoccupazione in Italia è sceso al 6,1% a settembre, il "
        "livello più basso dal 2007, ha reso noto l'Istat.",
        "Il tasso di disoccupazione in Italia è sceso al 6,1% a settembre, il "
        "livello più basso dal 2007",
    ),
    (
        "Il Consiglio dei ministri ha approvato nella serata di ieri il disegno"
        " di legge sulla riforma della giustizia che prevede la separazione "
        "delle carriere tra giudici e pubblici ministeri.",
        "Il Consiglio dei ministri ha approvato il disegno di legge sulla "
        "riforma della giustizia",
    ),
    (
        "La Borsa di Milano ha chiuso in rialzo dell'1,5%, mentre lo spread tra"
        " Btp e Bund è sceso a 150 punti.",
        "La Borsa di Milano ha chiuso in rialzo dell'1,5%",
    ),
    (
        "Il presidente della Repubblica, Sergio Mattarella, ha firmato il "
        "decreto sull'autonomia differenziata.",
        "Mattarella ha firmato il decreto sull'autonomia differenziata",
    ),
    (
        "Dopo tre giorni di trattative, sindacati e governo hanno raggiunto un "
        "accordo sul rinnovo del contratto degli statali.",
        "Sindacati e governo hanno raggiunto un accordo sul rinnovo del "
        "contratto degli statali",
    ),
    (
        "Il governo approverà la manovra entro la fine del mese, ha detto il "
        "ministro dell'economia.",
        "Il governo approverà la manovra entro la fine del mese",
    ),
    (
        "La Banca centrale europea ha lasciato invariati i tassi di interesse, "
        "ha annunciato la presidente Christine Lagarde.",
        "La Banca centrale europea ha lasciato invariati i tassi di interesse, "
        "secondo Lagarde",
    ),
    (
        "Un terremoto di magnitudo 4,2 è stato avvertito stamani nei Campi "
        "Flegrei, senza danni a persone o cose.",
        "Un terremoto di magnitudo 4,2 è stato avvertito nei Campi Flegrei",
    ),
    (
        "Il leader della Lega Matteo Salvini ha annunciato che presenterà una "
        "proposta di legge sulla castrazione chimica.",
        "Salvini presenterà una proposta di legge sulla castrazione chimica",
    ),
    (
        "Secondo l'Istat, la produzione industriale a ottobre è diminuita dello"
        " 0,3% rispetto al mese precedente.",
        "La produzione industriale a ottobre è diminuita dello 0,3% rispetto al"
        " mese precedente, secondo l'Istat",
    ),
    (
        "Stellantis ha chiuso il terzo trimestre con ricavi in calo del 27% a "
        "33 miliardi di euro, penalizzata dalle vendite in Nord America.",
        "Stellantis ha chiuso il terzo trimestre con ricavi in calo del 27% a "
        "33 miliardi di euro",
    ),
    (
        "Il Papa ha ricevuto in udienza privata il presidente ucraino Volodymyr"
        " Zelensky.",
        "Il Papa ha ricevuto in udienza privata Zelensky",
    ),
    (
        "La Juventus ha battuto l'Inter per 1-0 nel derby d'Italia grazie a un "
        "gol di Vlahovic.",
        "La Juventus ha battuto l'Inter per 1-0 nel derby d'Italia grazie a un "
        "gol di Vlahovic",
    ),
    (
        "Il sindaco di Milano Giuseppe Sala ha firmato l'ordinanza che vieta di"
        " fumare all'aperto a meno di dieci metri da altre persone.",
        "Sala ha firmato l'ordinanza che vieta di fumare all'aperto a meno di "
        "dieci metri da altre persone",
    ),
    (
        'Il premier Giorgia Meloni ha detto: "Non ci sarà alcun rimpasto di governo".',
        "Non ci sarà alcun rimpasto di governo, secondo Meloni",
    ),
    (
        "Oltre 200 migranti sono sbarcati nelle ultime 24 ore a Lampedusa, dove"
        " l'hotspot è tornato al collasso.",
        "Oltre 200 migranti sono sbarcati nelle ultime 24 ore a Lampedusa",
    ),
    (
        "Il ministro dell'Economia Giancarlo Giorgetti ha detto che la manovra "
        "non prevede nuove tasse per le famiglie.",
        "La manovra non prevede nuove tasse per le famiglie, secondo Giorgetti",
    ),
]


@pytest.mark.parametrize(("lede", "headline"), CASES)
def test_headline_is_what_an_editor_would_run(lede, headline):
    assert detect_language(lede) == "it"
    assert make_headline(lede) == headline

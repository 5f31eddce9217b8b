import pytest
from wiredesk.extract.headline import make_headline


@pytest.mark.parametrize(
    ("lede", "headline"),
    [
        (
            "Президент России Владимир Путин заявил, что Россия готова к переговорам с "
            "Украиной "
            "без предварительных условий.",
            "Россия готова к переговорам с Украиной без предварительных условий",
        ),
        (
            "Россия готова к переговорам без предварительных условий, - заявил "
            "журналистам "
            "пресс-секретарь президента.",
            "Россия готова к переговорам без предварительных условий",
        ),
        (
            "Die Bundesregierung will die Schuldenbremse wieder einhalten, sagte "
            "Finanzminister "
            "Christian Lindner am Montag.",
            "Die Bundesregierung will die Schuldenbremse wieder einhalten",
        ),
        (
            "Le gouvernement va relever le salaire minimum de 2 % au 1er janvier, a "
            "annoncé lundi "
            "la Première ministre.",
            "Le gouvernement va relever le salaire minimum de 2 % au 1er janvier",
        ),
        (
            "El Gobierno aprobará la próxima semana la subida del salario mínimo, dijo "
            "este lunes "
            "la vicepresidenta.",
            "El Gobierno aprobará la próxima semana la subida del salario mínimo",
        ),
        (
            "Il governo approverà la manovra entro la fine del mese, ha detto il "
            "ministro "
            "dell'economia.",
            "Il governo approverà la manovra entro la fine del mese",
        ),
        (
            "El presidente del Gobierno, Pedro Sánchez, anunció una subida de las "
            "pensiones, según fuentes de Moncloa.",
            "El presidente del Gobierno anunció una subida de las pensiones",
        ),
        (
            "Bundeskanzler Olaf Scholz hat Präsident Macron empfangen, wie ein "
            "Regierungssprecher mitteilte.",
            "Bundeskanzler Olaf Scholz hat Präsident Macron empfangen",
        ),
    ],
)
def test_attribution_is_dropped_in_other_languages(lede, headline):
    assert make_headline(lede) == headline

import pytest
from pelican.plugins.wiredesk.extract.language import detect_language


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Russian lawmakers have approved a bill on the federal budget for the next "
            "three years.",
            "en",
        ),
        (
            "Министр иностранных дел России Сергей Лавров заявил журналистам, что "
            "переговоры идут.",
            "ru",
        ),
        (
            "Міністр закордонних справ України заявив, що їхня позиція не змінилася.",
            "uk",
        ),
        (
            "Die Bundesregierung hat am Montag die neuen Regeln für die Einreise "
            "beschlossen.",
            "de",
        ),
        (
            "Le gouvernement a annoncé lundi une série de mesures pour les entreprises "
            "du pays.",
            "fr",
        ),
        (
            "El Gobierno de España aprobó este martes el proyecto de ley de "
            "presupuestos para el año.",
            "es",
        ),
        (
            "Il governo ha approvato il decreto che prevede nuove misure per le "
            "imprese del paese.",
            "it",
        ),
        ("Shr 34 cts vs 1.19 dlrs", "en"),
        ("", "en"),
    ],
)
def test_detect_language(text, lang):
    assert detect_language(text) == lang

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


@pytest.mark.parametrize(
    ("plain", "typeset", "lang"),
    [
        (
            'The minister said "the talks will resume" in the spring.',
            "The minister said “the talks will resume” in the spring.",
            "en",
        ),
        (
            "Le ministre a dit que les negociations vont reprendre au printemps.",
            "Le ministre a dit que les négociations vont reprendre au printemps.",
            "fr",
        ),
        (
            "Der Minister sagte, die Gespraeche werden im Fruehjahr fortgesetzt.",
            "Der Minister sagte, die Gespräche werden im Frühjahr fortgesetzt.",
            "de",
        ),
    ],
)
def test_plain_ascii_copy_gets_the_language_of_its_typeset_twin(
    plain: str, typeset: str, lang: str
) -> None:
    # Wire copy often comes without accents or curly quotes: same language either way.
    assert detect_language(plain) == lang
    assert detect_language(typeset) == lang


@pytest.mark.parametrize("text", ["2024 1,234.5 -- 17/04", "   ", "12:30 (GMT)"])
def test_copy_without_letters_is_english(text: str) -> None:
    assert detect_language(text) == "en"


def test_stop_words_count_only_as_whole_words() -> None:
    # "other", "these", "theme" hold "the"; "dieser" holds "die": none counts.
    text = "Dieser Theme: other, these, theme; Die Regierung und der Minister sagte."
    assert detect_language(text) == "de"

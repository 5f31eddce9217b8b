"""Whole seeds in six languages, through extraction: the headline an editor runs.

They live apart from tests/fixtures/seeds, whose site and feed goldens count 3 stories.
"""

from pathlib import Path

import pytest
from pelican.plugins.wiredesk.extract import ExtractOptions, extract_story

SEED_DIR = Path(__file__).resolve().parent.parent / "fixtures" / "seeds-languages"

OPTIONS = ExtractOptions(id_authority="news.example.org,2026", default_year=2020)

SEEDS = [
    (
        "tass_ru_front.txt",
        "ru",
        "TASS",
        "Путин днем и ночью получает информацию о ситуации на фронте, сообщил Песков",
    ),
    (
        "afp_fr_ukraine.txt",
        "fr",
        "AFP",
        "La France ne livrera pas d'avions de combat à l'Ukraine à ce stade, "
        "selon Lecornu",
    ),
    (
        "efe_es_reforma.txt",
        "es",
        "EFE",
        "Sánchez está dispuesto a reunirse con el líder de la oposición para pactar "
        "la reforma",
    ),
    (
        "2024-01-15-dpa-de-schuldenbremse.txt",
        "de",
        "dpa",
        "Lindner: Die Schuldenbremse wird im kommenden Jahr wieder eingehalten",
    ),
    (
        "ansa_it_autonomia.txt",
        "it",
        "ANSA",
        "Mattarella ha firmato il decreto sull'autonomia differenziata",
    ),
    (
        "lusa_pt_salario.txt",
        "pt",
        "Lusa",
        "Montenegro está disponível para negociar o Orçamento do Estado com o PS",
    ),
]


@pytest.mark.parametrize(("name", "lang", "agency", "title"), SEEDS)
def test_seed_gets_a_headline_in_its_language(name, lang, agency, title):
    data = (SEED_DIR / name).read_bytes()
    story = extract_story(data, name=name, options=OPTIONS)
    assert (story.lang, story.agency) == (lang, agency)
    assert story.title == title


def test_a_regional_language_tag_gets_its_language_rules():
    data = (SEED_DIR / "lusa_pt_salario.txt").read_bytes()
    tagged = b"Lang: pt-PT\n\n" + data
    story = extract_story(tagged, name="lusa_pt_salario.txt", options=OPTIONS)
    assert story.title == (
        "Montenegro está disponível para negociar o Orçamento do Estado com o PS"
    )

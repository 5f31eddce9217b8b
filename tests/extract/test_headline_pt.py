"""Portuguese headlines, as a Portuguese copy editor would run them.

The ledes are invented Lusa-style wire copy with the dateline already off; every
expected headline is written by hand: a whole clause with its subject, attribution in
Portuguese headline style, nothing dangling, at most 110 characters.
"""

import pytest
from pelican.plugins.wiredesk.extract.headline import make_headline
from pelican.plugins.wiredesk.extract.language import detect_language

CASES = [
    (
        "O Governo português aprovou hoje o aumento do salário mínimo para 870 "
        "euros a partir de janeiro, anunciou a ministra do Trabalho, Ana Mendes"
        " Godinho.",
        "O Governo português aprovou o aumento do salário mínimo para 870 euros"
        " a partir de janeiro, segundo Godinho",
    ),
    (
        "O primeiro-ministro, Luís Montenegro, afirmou que está disponível para"
        " negociar o Orçamento com o PS.",
        "Montenegro está disponível para negociar o Orçamento com o PS",
    ),
    (
        "Segundo a Proteção Civil, mais de 500 bombeiros combatem o incêndio "
        "que deflagrou na serra de Monchique.",
        "Mais de 500 bombeiros combatem o incêndio que deflagrou na serra de Monchique",
    ),
    (
        "O Banco de Portugal reviu em alta a previsão de crescimento da "
        "economia portuguesa para 1,8 % este ano.",
        "O Banco de Portugal reviu em alta a previsão de crescimento da "
        "economia portuguesa para 1,8 % este ano",
    ),
    (
        "O Presidente da República, Marcelo Rebelo de Sousa, promulgou hoje o "
        "decreto que aumenta as pensões em 2025.",
        "Rebelo de Sousa promulgou o decreto que aumenta as pensões em 2025",
    ),
    (
        "Pelo menos três pessoas morreram num acidente de viação na A1, perto "
        "de Coimbra, disse à Lusa fonte da GNR.",
        "Pelo menos três pessoas morreram num acidente de viação na A1, perto "
        "de Coimbra",
    ),
    (
        "O Benfica venceu o FC Porto por 4-1 no Estádio da Luz e isolou-se na "
        "liderança do campeonato.",
        "O Benfica venceu o FC Porto por 4-1 no Estádio da Luz e isolou-se na "
        "liderança do campeonato",
    ),
    (
        "A ministra da Saúde, Ana Paula Martins, garantiu que as urgências de "
        "obstetrícia vão manter-se abertas durante o verão.",
        "As urgências de obstetrícia vão manter-se abertas durante o verão, "
        "segundo Martins",
    ),
    (
        "A inflação em Portugal abrandou para 2,1 % em outubro, segundo a "
        "estimativa rápida divulgada hoje pelo Instituto Nacional de "
        "Estatística.",
        "A inflação em Portugal abrandou para 2,1 % em outubro",
    ),
    (
        "O ministro das Finanças, Joaquim Miranda Sarmento, disse que o Governo"
        " não vai aumentar impostos em 2025.",
        "O Governo não vai aumentar impostos em 2025, segundo Sarmento",
    ),
    (
        "Um sismo de magnitude 4,7 na escala de Richter foi sentido esta "
        "madrugada em Lisboa e no Algarve, sem causar danos, informou o IPMA.",
        "Um sismo de magnitude 4,7 na escala de Richter foi sentido em Lisboa e"
        " no Algarve, segundo o IPMA",
    ),
    (
        "O Presidente brasileiro, Luiz Inácio Lula da Silva, afirmou que vai "
        "visitar a China em abril para reforçar a cooperação comercial.",
        "Lula da Silva vai visitar a China em abril para reforçar a cooperação "
        "comercial",
    ),
    (
        "A TAP registou um lucro de 180 milhões de euros nos primeiros nove "
        "meses do ano, anunciou a companhia aérea em comunicado.",
        "A TAP registou um lucro de 180 milhões de euros nos primeiros nove "
        "meses do ano",
    ),
    (
        "Os professores cumprem hoje o terceiro dia de greve contra o "
        "congelamento das carreiras, com escolas encerradas em todo o país.",
        "Os professores cumprem o terceiro dia de greve contra o congelamento "
        "das carreiras",
    ),
    (
        "A Câmara Municipal do Porto aprovou por unanimidade a criação de uma "
        "taxa turística de dois euros por noite a partir de março.",
        "A Câmara Municipal do Porto aprovou a criação de uma taxa turística de"
        " dois euros por noite a partir de março",
    ),
]


@pytest.mark.parametrize(("lede", "headline"), CASES)
def test_headline_is_what_an_editor_would_run(lede, headline):
    assert detect_language(lede) == "pt"
    assert make_headline(lede) == headline

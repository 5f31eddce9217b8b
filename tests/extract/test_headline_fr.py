"""French headlines, as a French copy editor would run them.

The ledes are invented AFP-style wire copy with the dateline already off; every
expected headline is written by hand: a whole clause with its subject, attribution in
French headline style, nothing dangling, at most 110 characters.
"""

import pytest
from pelican.plugins.wiredesk.extract.foreign.frtense import present_tense
from pelican.plugins.wiredesk.extract.headline import make_headline
from pelican.plugins.wiredesk.extract.language import detect_language

CASES = [
    (
        "Le président Emmanuel Macron a annoncé lundi un plan de 10 milliards "
        "d'euros pour soutenir les agriculteurs touchés par la sécheresse.",
        "Macron annonce un plan de 10 milliards d'euros pour soutenir les "
        "agriculteurs touchés par la sécheresse",
    ),
    (
        "La Banque de France a relevé sa prévision de croissance pour 2026 à "
        "1,2 %, selon un communiqué publié mardi.",
        "La Banque de France a relevé sa prévision de croissance pour 2026 à 1,2 %",
    ),
    (
        "Le ministre de l'Intérieur, Gérald Darmanin, a affirmé mercredi qu'il "
        "est prêt à rencontrer les syndicats de policiers.",
        "Darmanin est prêt à rencontrer les syndicats de policiers",
    ),
    (
        "La France ne livrera pas d'avions de combat à l'Ukraine à ce stade, a "
        "déclaré jeudi le ministre des Armées Sébastien Lecornu.",
        "La France ne livrera pas d'avions de combat à l'Ukraine à ce stade, "
        "selon Lecornu",
    ),
    (
        "Les syndicats et le patronat ont conclu dans la nuit de mardi à "
        "mercredi un accord sur l'assurance chômage qui prévoit une baisse des "
        "cotisations pour les entreprises de moins de 50 salariés.",
        "Les syndicats et le patronat ont conclu un accord sur l'assurance chômage",
    ),
    (
        "Après trois jours de négociations, les ministres de l'UE se sont mis "
        "d'accord sur un plafonnement du prix du gaz.",
        "Les ministres de l'UE se sont mis d'accord sur un plafonnement du prix du gaz",
    ),
    (
        "Le chômage a reculé de 0,3 point au troisième trimestre en France, "
        "mais il reste supérieur à 7 %, selon l'Insee.",
        "Le chômage recule de 0,3 point au troisième trimestre en France, "
        "selon l'Insee",
    ),
    (
        "M. Barnier a présenté mardi son gouvernement, composé de 39 ministres "
        "et secrétaires d'Etat.",
        "Barnier présente son gouvernement, composé de 39 ministres et "
        "secrétaires d'Etat",
    ),
    (
        "Selon le parquet de Paris, trois suspects ont été interpellés mardi "
        "dans l'enquête sur l'incendie de la cathédrale.",
        "Trois suspects ont été interpellés dans l'enquête sur l'incendie de la"
        " cathédrale, selon le parquet de Paris",
    ),
    (
        "L'Assemblée nationale a adopté en première lecture le projet de loi "
        "sur l'immigration, qui durcit les conditions du regroupement familial.",
        "L'Assemblée nationale adopte en première lecture le projet de loi "
        "sur l'immigration",
    ),
    (
        "La Première ministre Élisabeth Borne a déclaré que le gouvernement "
        "n'utilisera pas l'article 49.3 pour faire adopter la réforme des "
        "retraites.",
        "Le gouvernement n'utilisera pas l'article 49.3 pour faire adopter la "
        "réforme des retraites, selon Borne",
    ),
    (
        "Un séisme de magnitude 6,8 a frappé vendredi soir le centre du Maroc, "
        "faisant plus de 2.000 morts, selon un bilan provisoire du ministère de"
        " l'Intérieur.",
        "Un séisme de magnitude 6,8 frappe le centre du Maroc",
    ),
    (
        "Air France-KLM a publié un bénéfice net de 934 millions d'euros au "
        "troisième trimestre, porté par la forte demande de voyages pendant "
        "l'été.",
        "Air France-KLM publie un bénéfice net de 934 millions d'euros au "
        "troisième trimestre",
    ),
    (
        "Le gouvernement a présenté mercredi en Conseil des ministres un projet"
        " de budget prévoyant 40 milliards d'euros d'économies et une hausse "
        "temporaire de l'impôt sur les sociétés pour les grandes entreprises.",
        "Le gouvernement présente en Conseil des ministres un projet de budget",
    ),
    (
        "Les agriculteurs ont bloqué plusieurs autoroutes autour de Paris, a "
        "indiqué la préfecture de police.",
        "Les agriculteurs bloquent plusieurs autoroutes autour de Paris",
    ),
    (
        "Le patron de TotalEnergies Patrick Pouyanné a annoncé que le groupe "
        "investira 5 milliards de dollars dans l'éolien en mer.",
        "Le groupe investira 5 milliards de dollars dans l'éolien en mer, selon"
        " Pouyanné",
    ),
    (
        "Le Premier ministre Michel Barnier a annoncé mardi devant l'Assemblée "
        "nationale le report de six mois de la revalorisation des pensions de "
        "retraite.",
        "Barnier annonce le report de six mois de la revalorisation des "
        "pensions de retraite",
    ),
    (
        "Au moins 14 personnes ont été tuées dans une attaque jihadiste contre "
        "un village du nord du Burkina Faso, ont indiqué des sources "
        "sécuritaires.",
        "Au moins 14 personnes ont été tuées dans une attaque jihadiste contre "
        "un village du nord du Burkina Faso",
    ),
    (
        "Le président ukrainien Volodymyr Zelensky a appelé les Occidentaux à "
        "accélérer leurs livraisons d'armes.",
        "Zelensky a appelé les Occidentaux à accélérer leurs livraisons d'armes",
    ),
    (
        "La SNCF prévoit un trafic très perturbé jeudi en raison d'une grève "
        "des contrôleurs, a annoncé l'entreprise mercredi.",
        "La SNCF prévoit un trafic très perturbé en raison d'une grève des contrôleurs",
    ),
    (
        "Selon Météo-France, un épisode de canicule va toucher le sud-est du "
        "pays à partir de dimanche.",
        "Un épisode de canicule va toucher le sud-est du pays à partir de "
        "dimanche, selon Météo-France",
    ),
    (
        "Renault a confirmé son objectif de marge opérationnelle pour 2025 "
        "malgré un recul de ses ventes au premier semestre.",
        "Renault confirme son objectif de marge opérationnelle pour 2025 "
        "malgré un recul de ses ventes",
    ),
    (
        "La ministre de la Culture, Rachida Dati, a assuré qu'elle ne quittera "
        "pas le gouvernement.",
        "Dati ne quittera pas le gouvernement",
    ),
    (
        "« Nous ne céderons pas », a déclaré mardi le Premier ministre, Gabriel"
        " Attal, devant les députés.",
        "Attal : « Nous ne céderons pas »",
    ),
    (
        "Mme Le Pen a annoncé qu'elle serait candidate à l'élection "
        "présidentielle de 2027.",
        "Le Pen sera candidate à l'élection présidentielle de 2027",
    ),
    (
        "L'inflation a ralenti à 2,3 % sur un an en octobre en France, a "
        "indiqué vendredi l'Insee dans une estimation provisoire.",
        "L'inflation a ralenti à 2,3 % sur un an en octobre en France, selon l'Insee",
    ),
    (
        "Les députés ont adopté dans la nuit de jeudi à vendredi, par 312 voix "
        "contre 210, la proposition de loi visant à interdire les écrans dans "
        "les crèches.",
        "Les députés adoptent la proposition de loi visant à interdire les "
        "écrans dans les crèches",
    ),
    (
        "Le ministre de l'Economie Bruno Le Maire a estimé que la croissance "
        "française atteindrait 1 % cette année.",
        "La croissance française atteindra 1 % cette année, selon Le Maire",
    ),
]


@pytest.mark.parametrize(("lede", "headline"), CASES)
def test_headline_is_what_an_editor_would_run(lede, headline):
    assert detect_language(lede) == "fr"
    assert make_headline(lede) == headline


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Attal a annoncé des mesures", "Attal annonce des mesures"),
        (
            "Les agriculteurs ont bloqué les routes",
            "Les agriculteurs bloquent les routes",
        ),
        ("Le gouvernement a décidé de relever", "Le gouvernement décide de relever"),
        # the present changes the stem: kept as the copy has it
        ("Il a acheté une maison", "Il a acheté une maison"),
        ("Le ministre a appelé au calme", "Le ministre a appelé au calme"),
        ("Paris a rejeté la proposition", "Paris a rejeté la proposition"),
        # a passive, an irregular verb: kept
        ("Trois personnes ont été tuées", "Trois personnes ont été tuées"),
        ("La BCE a maintenu ses taux", "La BCE a maintenu ses taux"),
    ],
)
def test_headline_tells_a_regular_passe_compose_in_the_present(text, expected):
    assert present_tense(text) == expected

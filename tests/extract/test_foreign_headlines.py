"""Headlines from non-English ledes, as a copy editor in each language writes them.

Ledes are invented wire copy with the dateline already off; each expected headline
is hand-written.
"""

import pytest
from wiredesk.extract.foreign import LANGS
from wiredesk.extract.headline import make_headline
from wiredesk.extract.language import detect_language

RUSSIAN = [
    (
        "Президент России Владимир Путин днем и ночью получает информацию о "
        "ситуации на фронте, сообщил журналистам пресс-секретарь главы "
        "государства Дмитрий Песков.",
        "Путин днем и ночью получает информацию о ситуации на фронте, сообщил Песков",
    ),
    (
        "Министр иностранных дел России Сергей Лавров заявил в понедельник, что"
        " он готов встретиться с госсекретарем США в ближайшее время.",
        "Лавров готов встретиться с госсекретарем США в ближайшее время",
    ),
    (
        "Пресс-секретарь президента РФ Дмитрий Песков заявил, что не "
        "располагает информацией о новых переговорах.",
        "Песков не располагает информацией о новых переговорах",
    ),
    (
        "Официальный представитель МИД России Мария Захарова заявила, что "
        "Москва ответит на новые санкции Евросоюза.",
        "Москва ответит на новые санкции Евросоюза, заявила Захарова",
    ),
    (
        "Президенты России и Белоруссии Владимир Путин и Александр Лукашенко "
        "обсудили по телефону вопросы региональной безопасности.",
        "Путин и Лукашенко обсудили по телефону вопросы региональной безопасности",
    ),
    (
        "Правительство России утвердило программу развития транспортной "
        "инфраструктуры Дальнего Востока на период до 2030 года с общим объемом"
        " финансирования более 500 млрд рублей из федерального бюджета.",
        "Правительство России утвердило программу развития транспортной "
        "инфраструктуры Дальнего Востока",
    ),
    (
        "По словам Пескова, Путин проведет переговоры с Си Цзиньпином в Пекине "
        "на следующей неделе.",
        "Путин проведет переговоры с Си Цзиньпином в Пекине на следующей неделе"
        " — Песков",
    ),
    (
        "Российские средства ПВО за ночь уничтожили 25 украинских беспилотников"
        " над Белгородской и Курской областями, сообщили в Минобороны РФ.",
        "Российские средства ПВО за ночь уничтожили 25 украинских беспилотников"
        " над Белгородской и Курской областями",
    ),
    (
        "Центробанк России сохранил ключевую ставку на уровне 16%, а также "
        "ухудшил прогноз по инфляции на текущий год.",
        "Центробанк России сохранил ключевую ставку на уровне 16%",
    ),
    (
        "В понедельник Госдума приняла в первом чтении законопроект о повышении МРОТ.",
        "Госдума приняла в первом чтении законопроект о повышении МРОТ",
    ),
    (
        "Глава МЧС Александр Куренков, который прибыл в Дагестан, поручил "
        "усилить группировку спасателей в зоне паводка.",
        "Куренков поручил усилить группировку спасателей в зоне паводка",
    ),
    (
        "Путин подписал указ о создании нового федерального округа, подчеркнув "
        "важность развития регионов.",
        "Путин подписал указ о создании нового федерального округа",
    ),
    (
        "Россия и Китай проведут совместные военно-морские учения в Японском "
        "море в сентябре, сообщил МИД КНР.",
        "Россия и Китай проведут совместные военно-морские учения в Японском "
        "море в сентябре, сообщил МИД КНР",
    ),
    (
        "Президент Путин встретился в Кремле с президентом Франции Эммануэлем "
        "Макроном и обсудил с ним ситуацию на Ближнем Востоке.",
        "Путин встретился в Кремле с Макроном и обсудил с ним ситуацию на "
        "Ближнем Востоке",
    ),
    (
        "Минэкономразвития повысило прогноз роста ВВП России на 2025 год до "
        "2,5% с 2,3%, следует из материалов ведомства.",
        "Минэкономразвития повысило прогноз роста ВВП России на 2025 год до "
        "2,5% с 2,3%",
    ),
    (
        "Как сообщил губернатор Белгородской области Вячеслав Гладков, в "
        "результате обстрела пострадали три человека.",
        "В результате обстрела пострадали три человека, сообщил Гладков",
    ),
]
FRENCH = [
    (
        "Le président Emmanuel Macron a annoncé lundi un plan de 10 milliards "
        "d'euros pour soutenir les agriculteurs touchés par la sécheresse.",
        "Macron a annoncé un plan de 10 milliards d'euros pour soutenir les "
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
        "Le chômage a reculé de 0,3 point au troisième trimestre en France, "
        "selon l'Insee",
    ),
    (
        "M. Barnier a présenté mardi son gouvernement, composé de 39 ministres "
        "et secrétaires d'Etat.",
        "Barnier a présenté son gouvernement, composé de 39 ministres et "
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
        "L'Assemblée nationale a adopté en première lecture le projet de loi "
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
        "Un séisme de magnitude 6,8 a frappé le centre du Maroc",
    ),
    (
        "Air France-KLM a publié un bénéfice net de 934 millions d'euros au "
        "troisième trimestre, porté par la forte demande de voyages pendant "
        "l'été.",
        "Air France-KLM a publié un bénéfice net de 934 millions d'euros au "
        "troisième trimestre",
    ),
    (
        "Le gouvernement a présenté mercredi en Conseil des ministres un projet"
        " de budget prévoyant 40 milliards d'euros d'économies et une hausse "
        "temporaire de l'impôt sur les sociétés pour les grandes entreprises.",
        "Le gouvernement a présenté en Conseil des ministres un projet de budget",
    ),
    (
        "Les agriculteurs ont bloqué plusieurs autoroutes autour de Paris, a "
        "indiqué la préfecture de police.",
        "Les agriculteurs ont bloqué plusieurs autoroutes autour de Paris",
    ),
    (
        "Le patron de TotalEnergies Patrick Pouyanné a annoncé que le groupe "
        "investira 5 milliards de dollars dans l'éolien en mer.",
        "Le groupe investira 5 milliards de dollars dans l'éolien en mer, selon"
        " Pouyanné",
    ),
]
SPANISH = [
    (
        "El presidente del Gobierno, Pedro Sánchez, aseguró este lunes que está"
        " dispuesto a reunirse con el líder de la oposición para pactar la "
        "reforma.",
        "Sánchez está dispuesto a reunirse con el líder de la oposición para "
        "pactar la reforma",
    ),
    (
        "La economía española creció un 0,8 % en el segundo trimestre, según el"
        " Instituto Nacional de Estadística (INE).",
        "La economía española creció un 0,8 % en el segundo trimestre",
    ),
    (
        "España enviará 200 soldados más a Letonia el próximo año, dijo la "
        "ministra de Defensa, Margarita Robles.",
        "España enviará 200 soldados más a Letonia el próximo año, según Robles",
    ),
    (
        "Los líderes de Francia y Alemania, Emmanuel Macron y Olaf Scholz, "
        "pidieron a la UE una respuesta común a los aranceles de Estados "
        "Unidos.",
        "Macron y Scholz pidieron a la UE una respuesta común a los aranceles "
        "de Estados Unidos",
    ),
    (
        "El Ibex 35 subió este martes un 1,2 % hasta los 11.000 puntos, "
        "mientras el euro se mantuvo estable frente al dólar.",
        "El Ibex 35 subió un 1,2 % hasta los 11.000 puntos",
    ),
    (
        "El Consejo de Ministros ha aprobado este martes el anteproyecto de ley"
        " de familias, que amplía los permisos de paternidad y crea nuevas "
        "ayudas para familias monoparentales con hijos menores de tres años.",
        "El Consejo de Ministros ha aprobado el anteproyecto de ley de familias",
    ),
    (
        "Según la Guardia Civil, los detenidos formaban parte de una red "
        "dedicada al tráfico de hachís entre Marruecos y Andalucía.",
        "Los detenidos formaban parte de una red dedicada al tráfico de hachís "
        "entre Marruecos y Andalucía",
    ),
    (
        "La vicepresidenta Yolanda Díaz anunció que el salario mínimo subirá un"
        " 4 % en 2025.",
        "El salario mínimo subirá un 4 % en 2025, según Díaz",
    ),
    (
        "Un incendio forestal declarado el domingo en la sierra de la Culebra "
        "ha calcinado ya más de 20.000 hectáreas, informó la Junta de Castilla "
        "y León.",
        "Un incendio forestal declarado en la sierra de la Culebra ha calcinado"
        " ya más de 20.000 hectáreas",
    ),
    (
        "Tras una reunión de cinco horas, los sindicatos y la patronal "
        "alcanzaron un acuerdo para subir los salarios un 10 % en tres años.",
        "Los sindicatos y la patronal alcanzaron un acuerdo para subir los "
        "salarios un 10 % en tres años",
    ),
    (
        "El Banco de España ha elevado su previsión de crecimiento para este "
        "año hasta el 2,3 %, por encima de lo previsto por el Gobierno, debido "
        "al buen comportamiento del turismo y del consumo de los hogares.",
        "El Banco de España ha elevado su previsión de crecimiento para este "
        "año hasta el 2,3 %",
    ),
    (
        "El Tribunal Supremo ha condenado a seis años de prisión al exconsejero"
        " de Sanidad por malversación de fondos públicos.",
        "El Tribunal Supremo ha condenado a seis años de prisión al exconsejero"
        " de Sanidad",
    ),
]
GERMAN = [
    (
        "Deutschland wird der Ukraine weitere Flugabwehrsysteme liefern, sagte "
        "Bundeskanzler Olaf Scholz am Dienstag in Berlin.",
        "Scholz: Deutschland wird der Ukraine weitere Flugabwehrsysteme liefern",
    ),
    (
        "Bundesfinanzminister Christian Lindner hat angekündigt, dass die "
        "Schuldenbremse im kommenden Jahr wieder eingehalten wird.",
        "Lindner: Die Schuldenbremse wird im kommenden Jahr wieder eingehalten",
    ),
    (
        "Gesundheitsminister Karl Lauterbach sagte am Montag, er sei gegen eine"
        " Lockerung der Maskenpflicht in Kliniken.",
        "Lauterbach ist gegen eine Lockerung der Maskenpflicht in Kliniken",
    ),
    (
        "Am Montag hat die Bundesregierung nach langem Streit das "
        "Heizungsgesetz beschlossen.",
        "Die Bundesregierung hat nach langem Streit das Heizungsgesetz beschlossen",
    ),
    (
        "Die Europäische Zentralbank hat den Leitzins zum ersten Mal seit fünf "
        "Jahren um 0,25 Prozentpunkte gesenkt, um die schwächelnde Konjunktur "
        "im Euroraum zu stützen.",
        "Die Europäische Zentralbank hat den Leitzins zum ersten Mal seit fünf "
        "Jahren um 0,25 Prozentpunkte gesenkt",
    ),
    (
        "Der Bundestag hat in der Nacht zum Freitag nach einer mehr als "
        "zehnstündigen Debatte mit den Stimmen der Ampel-Koalition die "
        "umstrittene Reform des Wahlrechts beschlossen.",
        "Der Bundestag hat die umstrittene Reform des Wahlrechts beschlossen",
    ),
    (
        "Der DAX hat am Mittwoch erstmals die Marke von 20.000 Punkten "
        "überschritten, während der Euro leicht nachgab.",
        "Der DAX hat erstmals die Marke von 20.000 Punkten überschritten",
    ),
    (
        "Die Lufthansa, die seit Wochen mit Streiks kämpft, streicht im Sommer "
        "rund 2.000 Flüge.",
        "Die Lufthansa streicht im Sommer rund 2.000 Flüge",
    ),
    (
        "Laut Statistischem Bundesamt ist die Inflation im Oktober auf 2,4 "
        "Prozent gestiegen.",
        "Die Inflation ist im Oktober auf 2,4 Prozent gestiegen",
    ),
    (
        "Bundeskanzler Olaf Scholz hat Präsident Macron empfangen, wie ein "
        "Regierungssprecher mitteilte.",
        "Scholz hat Macron empfangen",
    ),
    (
        "Die Bundesregierung will die Schuldenbremse wieder einhalten, sagte "
        "Finanzminister Christian Lindner am Montag.",
        "Lindner: Die Bundesregierung will die Schuldenbremse wieder einhalten",
    ),
    (
        "Außenministerin Annalena Baerbock ist zu einem unangekündigten Besuch "
        "in Kiew eingetroffen.",
        "Baerbock ist zu einem unangekündigten Besuch in Kiew eingetroffen",
    ),
]
ITALIAN = [
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
        "Il tasso di disoccupazione in Italia è sceso al 6,1% a settembre, "
        "secondo l'Istat",
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
]
PORTUGUESE = [
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
]

ALL = [
    *((lede, headline, "ru") for lede, headline in RUSSIAN),
    *((lede, headline, "fr") for lede, headline in FRENCH),
    *((lede, headline, "es") for lede, headline in SPANISH),
    *((lede, headline, "de") for lede, headline in GERMAN),
    *((lede, headline, "it") for lede, headline in ITALIAN),
    *((lede, headline, "pt") for lede, headline in PORTUGUESE),
]


@pytest.mark.parametrize(("lede", "headline", "lang"), ALL)
def test_headline_is_what_an_editor_would_run(lede, headline, lang):
    assert detect_language(lede) == lang
    assert make_headline(lede) == headline


@pytest.mark.parametrize(("lede", "headline", "lang"), ALL)
def test_headline_never_dangles_and_fits(lede, headline, lang):
    got = make_headline(lede, lang=lang)
    rules = LANGS[lang]
    last = got.split()[-1].casefold()
    assert len(got) <= 110
    assert last not in rules.function
    assert last not in rules.no_end

"""Spanish: the words and phrases the headline rules need."""

from __future__ import annotations

from .rules import Lang, words

DAYS = r"(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo)"
PARTS = r"(?:\s+por\s+la\s+(?:mañana|tarde|noche))?"
MONTHS = (
    r"(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|"
    r"noviembre|diciembre)"
)

ES = Lang(
    code="es",
    function=words(
        "y e o u ni pero de del la el los las lo a al en con por para sin sobre "
        "entre desde hasta hacia contra según tras ante bajo que quien cuyo donde "
        "se su sus un una unos unas este esta estos estas ese esa no muy más menos"
    ),
    openers=words(
        "de del a al en con por para sin sobre entre desde hasta hacia contra "
        "según tras ante bajo durante mediante que quien donde cuando mientras "
        "aunque porque"
    ),
    no_end=words(
        "ha han es son está están fue fueron será serán va van debe deben puede "
        "pueden quiere quieren nuevo nueva nuevos nuevas gran primer primera último "
        "última otro otra otros otras varios varias algunos algunas cada ambos "
        "marco través parte favor raíz motivo"
    ),
    determiners=words(
        "el la los las un una unos unas del al su sus este esta estos estas ese esa"
    ),
    say=(
        r"(?:dijo|afirmó|declaró|señaló|aseguró|informó|indicó|explicó|anunció|"
        r"destacó|advirtió|subrayó|manifestó|confirmó|apuntó|reconoció|precisó|"
        r"añadió|comunicó|defendió|sostuvo|insistió|recordó|admitió|reiteró|"
        r"adelantó|garantizó|ha\s+(?:dicho|afirmado|declarado|señalado|asegurado|"
        r"informado|anunciado|explicado)|han\s+(?:informado|asegurado|señalado|"
        r"explicado)|informaron|señalaron|indicaron|aseguraron|explicaron)"
    ),
    that=r"que\s+",
    according=r"(?:según|de\s+acuerdo\s+con)",
    pronouns=words("él ella"),
    titles=(
        r"(?:presidente|presidenta|vicepresidente|vicepresidenta|ministro|ministra|"
        r"secretario|secretaria|jefe|jefa|portavoz|líder|director|directora|alcalde|"
        r"alcaldesa|gobernador|gobernadora|embajador|embajadora|diputado|diputada|"
        r"senador|senadora|canciller|rey|reina|papa|comisario|comisaria|fiscal|"
        r"consejero|consejera|delegado|delegada|titular|general|mandatario|"
        r"mandataria)"
    ),
    given=words(
        "Pedro Alberto Yolanda María José Manuel Margarita Fernando Félix Nadia "
        "Carlos Isabel Santiago Teresa Luis Juan Javier Josep Salvador Irene Ione "
        "Óscar Pilar Diana Elma Ana Francisco Mariano Felipe Emmanuel Olaf Giorgia "
        "Ursula Vladímir Vladimir Serguéi Volodímir Joe Donald Kamala Antony Xi Lula "
        "Nicolás Gustavo Claudia Andrés Javier Gabriel Daniel Cristina Mauricio "
        "Alejandro Dina Luiz Jair Sergio Antonio Benjamin Recep Keir Friedrich "
        "Christine Mark Rishi Narendra Edmundo Delcy Diosdado Miguel Rafael Jorge"
    ),
    time=(
        rf"(?:(?:de\s+)?(?:este|el|esta|la)\s+(?:pasado\s+)?{DAYS}{PARTS}|"
        rf"el\s+\d{{1,2}}\s+de\s+{MONTHS}(?:\s+de\s+\d{{4}})?|"
        r"(?:este|el)\s+fin\s+de\s+semana|esta\s+semana|hoy|ayer(?:\s+por\s+la\s+"
        r"(?:mañana|tarde|noche))?|(?:esta|la)\s+(?:madrugada|mañana|tarde|noche)"
        r"(?:\s+(?:de|del)\s+(?:este\s+|el\s+)?\w+)?)"
    ),
    second=(
        r"(?:pero|mientras|aunque|y|sin|con|lo\s+que|con\s+lo\s+que|por\s+lo\s+que|"
        r"tras\s+lo\s+cual|[a-záéíóúñ]+(?:ando|iendo))"
    ),
    aside=r"(?:que|quien|quienes|cuyo|cuya|donde|el\s+cual|la\s+cual|un|una|el|la)",
    relative=r"(?:que|quien|quienes|cuyo|cuya|donde|el\s+cual|la\s+cual)",
    intro=(
        r"(?:Tras\s+[^,]{3,80}|Según\s+[^,]{3,60}|De\s+acuerdo\s+con\s+[^,]{3,60}|"
        r"Además|Por\s+otra\s+parte|Por\s+su\s+parte|Asimismo|En\s+[^,]{3,40}|"
        r"Durante\s+[^,]{3,60}|Con\s+[^,]{3,60})"
    ),
    participle=r"[a-záéíóúñ]+(?:ando|iendo)",
    verb=(
        r"(?:ha|han|es|son|está|están|fue|fueron|será|va|van|debe|puede|quiere|"
        r"[a-záéíóúñ]+(?:ó|ió|aron|ieron|ará|erá|irá|arán|erán|irán|aba|aban|ía|ían|"
        r"ado|ada|ados|adas|ido|ida|idos|idas))"
    ),
    adjective=r"(?!)",
    credit="{claim}, según {name}",
    not_verbs=words(
        "más menos miles cientos millones casi unos unas varios varias muchos todos "
        "cada ambos mil dos tres cuatro cinco seis siete ocho nueve diez también "
        "solo sólo hasta unos nadie ninguno ningún"
    ),
    quote_credit="{name}: «{claim}»",
    first_person=words("yo nosotros nosotras"),
    abbreviations=words("sr sra srta dr dra ud uds lic ing av pág núm"),
)

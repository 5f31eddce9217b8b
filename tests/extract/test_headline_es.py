"""Spanish headlines, as a Spanish copy editor would run them.

The ledes are invented EFE-style wire copy with the dateline already off; every
expected headline is written by hand: a whole clause with its subject, attribution in
Spanish headline style, nothing dangling, at most 110 characters.
"""

import pytest
from pelican.plugins.wiredesk.extract.headline import make_headline
from pelican.plugins.wiredesk.extract.language import detect_language

CASES = [
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
    (
        "La Policía Nacional ha detenido en Málaga a un hombre de 45 años "
        "acusado de estafar más de un millón de euros a personas mayores.",
        "La Policía Nacional ha detenido en Málaga a un hombre de 45 años "
        "acusado de estafar más de un millón de euros",
    ),
    (
        "El presidente de Argentina, Javier Milei, anunció el cierre de 13 "
        "organismos públicos como parte de su plan de ajuste.",
        "Milei anunció el cierre de 13 organismos públicos como parte de su "
        "plan de ajuste",
    ),
    (
        "Según los últimos datos de Eurostat, la tasa de desempleo juvenil en "
        "España sigue siendo la más alta de la Unión Europea.",
        "La tasa de desempleo juvenil en España sigue siendo la más alta de la "
        "Unión Europea, según Eurostat",
    ),
    (
        "Al menos 30 personas murieron este miércoles en un accidente de "
        "autobús en el sur de México, informaron las autoridades locales.",
        "Al menos 30 personas murieron en un accidente de autobús en el sur de México",
    ),
    (
        "El Real Madrid venció por 3-1 al Barcelona en el Santiago Bernabéu y "
        "se coloca líder de LaLiga.",
        "El Real Madrid venció por 3-1 al Barcelona en el Santiago Bernabéu y "
        "se coloca líder de LaLiga",
    ),
    (
        "La ministra de Hacienda, María Jesús Montero, defendió que los "
        "presupuestos incluirán una rebaja del IVA de los alimentos.",
        "Los presupuestos incluirán una rebaja del IVA de los alimentos, según Montero",
    ),
    (
        "Iberdrola ganó 4.300 millones de euros hasta septiembre, un 30 % más "
        "que en el mismo periodo del año anterior, gracias al negocio de redes "
        "en Estados Unidos y Reino Unido.",
        "Iberdrola ganó 4.300 millones de euros hasta septiembre, un 30 % más "
        "que en el mismo periodo del año anterior",
    ),
    (
        "EE.UU. y China acordaron reanudar las conversaciones militares de alto"
        " nivel, informó la Casa Blanca.",
        "EE.UU. y China acordaron reanudar las conversaciones militares de alto"
        " nivel, según la Casa Blanca",
    ),
    (
        "El Sr. López, de 62 años, fue trasladado al hospital de La Paz tras "
        "sufrir un infarto.",
        "López fue trasladado al hospital de La Paz tras sufrir un infarto",
    ),
    (
        "La inflación se moderó en octubre hasta el 1,8 %, su nivel más bajo en"
        " tres años, según el dato adelantado del INE publicado este miércoles.",
        "La inflación se moderó en octubre hasta el 1,8 %, su nivel más bajo en"
        " tres años, según el INE",
    ),
    (
        "Sánchez dijo que el Gobierno aprobará la próxima semana la ley de vivienda.",
        "El Gobierno aprobará la próxima semana la ley de vivienda, según Sánchez",
    ),
    (
        '"Nosotros no vamos a subir los impuestos", dijo el presidente del '
        "Gobierno, Pedro Sánchez.",
        "Sánchez: «Nosotros no vamos a subir los impuestos»",
    ),
]


@pytest.mark.parametrize(("lede", "headline"), CASES)
def test_headline_is_what_an_editor_would_run(lede, headline):
    assert detect_language(lede) == "es"
    assert make_headline(lede) == headline

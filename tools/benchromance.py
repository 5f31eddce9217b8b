"""French (AFP), Spanish (EFE) and Italian (ANSA) wire copy with dated datelines."""

from __future__ import annotations

import random
from datetime import date

from tools.benchlang import Language

FRENCH = Language(
    code="fr",
    templates=(
        (0.45, "{Sujets} a {verbes} {objets} {fins}."),
        (0.7, "Selon {sources}, {chiffres} a progressé de {percent} % sur un an."),
        (1.0, "« {citations} », a déclaré {personnes}."),
    ),
    words={
        "sujets": (
            "le gouvernement",
            "le ministre de l'Économie",
            "la Commission européenne",
            "le maire de Lyon",
            "la SNCF",
            "la Banque de France",
        ),
        "verbes": ("annoncé", "présenté", "critiqué", "approuvé", "salué", "reporté"),
        "objets": (
            "un plan d'investissement de deux milliards d'euros",
            "la réforme de l'assurance chômage",
            "le budget de l'an prochain",
            "un accord sur les salaires",
            "la fermeture de l'usine",
            "un projet de loi sur l'énergie",
        ),
        "fins": (
            "{weekday}",
            "dans un communiqué",
            "lors d'une conférence de presse",
            "après plusieurs semaines de négociations",
        ),
        "sources": ("l'Insee", "la fédération du secteur", "les douanes"),
        "chiffres": (
            "la production industrielle",
            "le chiffre d'affaires du commerce",
            "le nombre de nuitées",
            "le prix des logements anciens",
        ),
        "citations": (
            "Nous restons ouverts au dialogue",
            "La situation reste difficile mais maîtrisée",
            "Personne ne souhaitait en arriver là",
        ),
        "personnes": ("la ministre Claire Dubois", "le syndicaliste Marc Lefèvre"),
    },
    closing="Les autorités n'ont pas souhaité faire d'autre commentaire.",
    weekdays=("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    decimal=",",
)
SPANISH = Language(
    code="es",
    templates=(
        (0.45, "{Sujetos} {verbos} {objetos} {finales}."),
        (0.7, "Según {fuentes}, {cifras} subió un {percent} % en el último año."),
        (1.0, '"{citas}", afirmó {personas}.'),
    ),
    words={
        "sujetos": (
            "el Gobierno",
            "el Ministerio de Economía",
            "la Comisión Nacional de Energía",
            "el alcalde de Sevilla",
            "el Banco de España",
            "la patronal del sector",
        ),
        "verbos": ("aprobó", "anunció", "presentó", "criticó", "defendió", "aplazó"),
        "objetos": (
            "un plan de inversiones de 500 millones de euros",
            "la reforma del sistema de pensiones",
            "los presupuestos del próximo año",
            "un acuerdo sobre los salarios",
            "el cierre de la planta",
            "una nueva ley de vivienda",
        ),
        "finales": (
            "este {weekday}",
            "en un comunicado",
            "en una rueda de prensa",
            "tras varias semanas de negociaciones",
        ),
        "fuentes": ("el INE", "la asociación del sector", "el Banco Central"),
        "cifras": (
            "la inflación",
            "el desempleo",
            "la producción industrial",
            "el precio de la vivienda",
        ),
        "citas": (
            "Seguimos abiertos al diálogo",
            "La situación es difícil pero está bajo control",
            "Nadie quería llegar a este punto",
        ),
        "personas": ("la ministra Ana Torres", "el portavoz Javier Ruiz"),
    },
    closing="Las autoridades declinaron hacer más comentarios.",
    weekdays=("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
    decimal=",",
)
ITALIAN = Language(
    code="it",
    templates=(
        (0.45, "{Soggetti} ha {participi} {oggetti} {code}."),
        (0.7, "Secondo {fonti}, {dati} è cresciuta del {percent}% su base annua."),
        (1.0, '"{citazioni}", ha detto {persone}.'),
    ),
    words={
        "soggetti": (
            "il governo",
            "il ministro dell'Economia",
            "la Regione Lombardia",
            "il sindaco di Milano",
            "la Banca d'Italia",
            "il consiglio comunale",
        ),
        "participi": (
            "approvato",
            "presentato",
            "annunciato",
            "criticato",
            "rinviato",
            "sostenuto",
        ),
        "oggetti": (
            "un piano di investimenti da 300 milioni di euro",
            "la riforma delle pensioni",
            "il bilancio per il prossimo anno",
            "un accordo sui salari",
            "la chiusura dello stabilimento",
            "un decreto sull'energia",
        ),
        "code": (
            "{weekday}",
            "in una nota",
            "nel corso di una conferenza stampa",
            "dopo settimane di trattative",
        ),
        "fonti": ("l'Istat", "l'associazione di categoria", "la Camera di commercio"),
        "dati": (
            "l'inflazione",
            "la produzione industriale",
            "la spesa delle famiglie",
            "l'occupazione",
        ),
        "citazioni": (
            "Restiamo aperti al dialogo",
            "La situazione è difficile ma sotto controllo",
            "Nessuno voleva arrivare a questo punto",
        ),
        "persone": ("la ministra Giulia Conti", "il portavoce Marco Ferri"),
    },
    closing="Le autorità non hanno voluto aggiungere altri commenti.",
    weekdays=(
        "lunedì",
        "martedì",
        "mercoledì",
        "giovedì",
        "venerdì",
        "sabato",
        "domenica",
    ),
    decimal=",",
)
FR_MONTHS = (
    "janv.",
    "févr.",
    "mars",
    "avril",
    "mai",
    "juin",
    "juil.",
    "août",
    "sept.",
    "oct.",
    "nov.",
    "déc.",
)
ES_MONTHS = tuple("ene feb mar abr may jun jul ago sep oct nov dic".split())  # noqa: SIM905 - a row of twelve
IT_MONTHS = tuple("GEN FEB MAR APR MAG GIU LUG AGO SET OTT NOV DIC".split())  # noqa: SIM905


def afp_dateline(r: random.Random, day: date) -> str:
    """Return an AFP dateline in French: `LYON, 4 mars (AFP) - `."""
    place = r.choice(("PARIS", "LYON", "MARSEILLE", "BRUXELLES", "GENÈVE", "DAKAR"))
    return f"{place}, {day.day} {FR_MONTHS[day.month - 1]} (AFP) - "


def efe_dateline(r: random.Random, day: date) -> str:
    """Return an EFE dateline: `Sevilla, 4 mar (EFE).- `."""
    place = r.choice(("Madrid", "Barcelona", "Sevilla", "Bogotá", "Lima", "Quito"))
    return f"{place}, {day.day} {ES_MONTHS[day.month - 1]} (EFE).- "


def ansa_dateline(r: random.Random, day: date) -> str:
    """Return an ANSA dateline: `(ANSA) - NAPOLI, 4 MAR - `."""
    place = r.choice(("ROMA", "MILANO", "NAPOLI", "TORINO", "FIRENZE", "BOLOGNA"))
    return f"(ANSA) - {place}, {day.day} {IT_MONTHS[day.month - 1]} - "

"""Wire agencies: canonical names and the sign-off lines that credit them."""

from __future__ import annotations

import re

MIN_PARAGRAPHS = 2  # a story that is only a sign-off keeps it

AGENCIES: dict[str, str] = {
    "tass": "TASS",
    "тасс": "TASS",
    "itar-tass": "TASS",
    "итар-тасс": "TASS",
    "reuters": "Reuters",
    "reuter": "Reuters",
    "рейтер": "Reuters",
    "ap": "AP",
    "associated press": "AP",
    "the associated press": "AP",
    "afp": "AFP",
    "agence france-presse": "AFP",
    "agence france presse": "AFP",
    "xinhua": "Xinhua",
    "синьхуа": "Xinhua",
    "interfax": "Interfax",
    "интерфакс": "Interfax",
    "upi": "UPI",
    "united press international": "UPI",
    "dpa": "dpa",
    "dpa-afx": "dpa",
    "kyodo": "Kyodo",
    "kyodo news": "Kyodo",
    "efe": "EFE",
    "ansa": "ANSA",
    "bloomberg": "Bloomberg",
    "ria novosti": "RIA Novosti",
    "риа новости": "RIA Novosti",
    "ria": "RIA Novosti",
    "риа": "RIA Novosti",
    "прайм": "PRIME",
    "pti": "PTI",
    "yonhap": "Yonhap",
    "anadolu": "Anadolu",
    "aa": "Anadolu",
    "apa": "APA",
    "belga": "Belga",
    "anp": "ANP",
    "sda": "SDA",
    "pap": "PAP",
    "ctk": "ČTK",
    "čtk": "ČTK",
    "mti": "MTI",
    "ians": "IANS",
    "irna": "IRNA",
    "wafa": "WAFA",
    "kuna": "KUNA",
    "spa": "SPA",
    "mena": "MENA",
    "bernama": "Bernama",
    "antara": "Antara",
    "pna": "PNA",
    "jiji": "Jiji Press",
    "jiji press": "Jiji Press",
    "aap": "AAP",
    "cp": "CP",
    "canadian press": "CP",
    "europa press": "Europa Press",
    "ukrinform": "Ukrinform",
    "belta": "BelTA",
    "белта": "BelTA",
    "kazinform": "Kazinform",
    "sputnik": "Sputnik",
    "lusa": "Lusa",
    "agerpres": "Agerpres",
    "ritzau": "Ritzau",
    "ntb": "NTB",
    "tt": "TT",
    "stt": "STT",
    "hina": "HINA",
    "bta": "BTA",
    "tanjug": "Tanjug",
    "ana": "ANA",
    "ana-mpa": "ANA-MPA",
    "notimex": "Notimex",
    "prensa latina": "Prensa Latina",
    "agi": "AGI",
    "adnkronos": "Adnkronos",
    "apa-ots": "APA",
    "dow jones": "Dow Jones",
    "nna": "NNA",
    "sana": "SANA",
    "wam": "WAM",
    "qna": "QNA",
    "deutsche presse-agentur": "dpa",
    "agenzia nazionale stampa associata": "ANSA",
    "agencia efe": "EFE",
    "xinhua news agency": "Xinhua",
    "bloomberg news": "Bloomberg",
    "interfax news agency": "Interfax",
    "tass russian news agency": "TASS",
    "thomson reuters": "Reuters",
    "reuters breakingviews": "Reuters",
    "the canadian press": "CP",
    "press association": "PA",
    "pa media": "PA",
    "ats": "ATS",
    "keystone-ats": "ATS",
    "agência lusa": "Lusa",
    "agencia lusa": "Lusa",
    "ap dow jones": "Dow Jones",
    "kyodo news agency": "Kyodo",
}
SIGNOFF_RE = re.compile(
    r"^[-(=\s]*(?P<name>Reuters?|AP|AFP|UPI|dpa|EFE|ANSA|Xinhua|TASS|Interfax|Kyodo"
    r"|(?:The )?(?:Canadian|Associated) Press|ATS|Lusa)"
    r"[)\s.]*$"
    # The Canadian Press ends its copy with a credit line.
    r"|^This (?:report|story) by (?P<credit>The Canadian Press) was first published\b",
    re.IGNORECASE,
)
# Lower-case tags after the agency: dpa's regional desks (dpa/lno), Interfax-Ukraine.
SUFFIX_RE = re.compile(
    r"(?:/[\w-]+|-(?:ukraine|avn|zerno|afx|az|kazakhstan|china)|\s+news)$",
    re.IGNORECASE,
)


def canonical_agency(raw: str) -> str | None:
    """Return the canonical name of an agency as a dateline prints it, or None."""
    key = " ".join(raw.replace(".", " ").split()).casefold()
    if key in AGENCIES:
        return AGENCIES[key]
    return AGENCIES.get(SUFFIX_RE.sub("", key))


def find_signoff(paragraphs: list[str]) -> tuple[str | None, list[str]]:
    """Return the agency of a closing sign-off ("Reuter") and the rest."""
    if len(paragraphs) < MIN_PARAGRAPHS:
        return None, paragraphs
    match = SIGNOFF_RE.match(paragraphs[-1])
    if match is None:
        return None, paragraphs
    return canonical_agency(match["name"] or match["credit"]), paragraphs[:-1]

"""Country aliases and adjectives the wires use, as "name:CODE" pairs (lookup data)."""

from __future__ import annotations


def parse_pairs(text: str) -> dict[str, str]:
    """Return {name: code} from "name:CODE|name:CODE" text."""
    pairs = (item.rsplit(":", 1) for item in text.split("|") if item.strip())
    return {name.strip(): code.strip() for name, code in pairs}


# Names the wires use that neither gazetteer spells (old states: today's code).
ALIASES: dict[str, str] = parse_pairs(
    "u.s.:US|us:US|usa:US|u.s.a.:US|america:US|united states of america:US|"
    "u.k.:GB|uk:GB|britain:GB|great britain:GB|england:GB|scotland:GB|wales:GB|"
    "soviet union:RU|ussr:RU|u.s.s.r.:RU|russian federation:RU|west germany:DE|"
    "east germany:DE|holland:NL|the netherlands:NL|burma:MM|ivory coast:CI|"
    "czech republic:CZ|uae:AE|u.a.e.:AE|emirates:AE|n.z.:NZ|hong kong:HK|"
    "macau:MO|korea:KR|taiwan:TW|vatican:VA|zaire:CD|congo:CG|gaza:PS|"
    "palestine:PS|persia:IR|ceylon:LK|kampuchea:KH|swaziland:SZ|macedonia:MK|"
    "turkey:TR|türkiye:TR|россия:RU|россии:RU|рф:RU|украины:UA|китая:CN|"
    "германии:DE|франции:FR|японии:JP|индии:IN|турции:TR|белоруссии:BY|"
    "ирана:IR|израиля:IL|сирии:SY|великобритании:GB|сша:US|украина:UA|китай:CN|"
    "германия:DE|франция:FR|великобритания:GB|беларусь:BY|deutschland:DE|"
    "frankreich:FR|russland:RU|vereinigte staaten:US|allemagne:DE|russie:RU|"
    "états-unis:US|royaume-uni:GB|alemania:DE|rusia:RU|estados unidos:US|"
    "francia:FR|reino unido:GB|china:CN|chine:CN|espagne:ES|spanien:ES|"
    "españa:ES|italien:IT|italie:IT|japon:JP|japón:JP|"
)
# Adjectives of nationality, for "Japanese demand" and "West German exports".
ADJECTIVES: dict[str, str] = parse_pairs(
    "american:US|british:GB|soviet:RU|russian:RU|german:DE|west german:DE|"
    "french:FR|japanese:JP|chinese:CN|canadian:CA|australian:AU|swiss:CH|"
    "dutch:NL|italian:IT|spanish:ES|mexican:MX|brazilian:BR|argentine:AR|"
    "saudi:SA|iranian:IR|iraqi:IQ|kuwaiti:KW|indian:IN|pakistani:PK|"
    "philippine:PH|filipino:PH|south korean:KR|north korean:KP|taiwanese:TW|"
    "indonesian:ID|egyptian:EG|turkish:TR|greek:GR|irish:IE|swedish:SE|"
    "norwegian:NO|danish:DK|finnish:FI|belgian:BE|austrian:AT|portuguese:PT|"
    "polish:PL|ukrainian:UA|israeli:IL|syrian:SY|lebanese:LB|venezuelan:VE|"
    "colombian:CO|chilean:CL|peruvian:PE|nigerian:NG|south african:ZA|"
    "malaysian:MY|thai:TH|vietnamese:VN|singaporean:SG|ecuadorean:EC|"
    "ecuadorian:EC|cuban:CU|belarusian:BY|kazakh:KZ|georgian:GE|armenian:AM|"
    "azerbaijani:AZ|hungarian:HU|czech:CZ|romanian:RO|bulgarian:BG|serbian:RS|"
    "croatian:HR|moldovan:MD|qatari:QA|emirati:AE|omani:OM|yemeni:YE|"
    "jordanian:JO|libyan:LY|algerian:DZ|moroccan:MA|tunisian:TN|afghan:AF|"
    "bangladeshi:BD|sri lankan:LK|nepalese:NP|kenyan:KE|ethiopian:ET|"
    "zambian:ZM|new zealand:NZ|bahraini:BH|panamanian:PA|uruguayan:UY|"
    "bolivian:BO|paraguayan:PY|luxembourg:LU|hong kong:HK|"
)

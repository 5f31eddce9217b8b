"""Word lists that tell people, organisations and places apart in capitalised runs."""

from __future__ import annotations


def split_words(text: str) -> list[str]:
    """Return the whitespace-separated words of a word list."""
    return text.split()


# Words that start a sentence or a clause but never a name.
LEADING_STOP: frozenset[str] = frozenset(
    split_words(
        "The A An In On At But And For It He She They We This That These Those After "
        "Before As If When While With Under Over Its His Her Their Our Some Many Most "
        "All Both Each From Since During Until Also Yet Still Although Though Despite "
        "Among Between By To Of Or Nor Earlier Later Meanwhile However Today Yesterday "
        "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February "
        "March April May June July August September October November December Reuter "
        "Reuters Shr Net Revs Qtly Oper Avg Note NOTE Year Mths Pay Record There Here "
        "What Which Who Why How Where According Asked Speaking Following Last Next "
        "Other Another Such Several One Two Three Four Five Six Seven Eight Nine Ten "
        "Mr Mr. Mrs Mrs. Ms Ms. Dr Dr. Said Says I You No Not Only Even Just Now Then "
        "So Der Die Das Ein Eine Le La Les Un Une El Los Las Del"
    )
)
# Titles and descriptions dropped in front of a name ("Foreign Minister Sergey Lavrov").
TITLES: frozenset[str] = frozenset(
    split_words(
        "president vice prime minister foreign defence defense finance economy "
        "economic interior trade energy deputy first secretary general gen gen. "
        "chairman chairwoman chief executive officer ceo senator sen sen. sens. reps. "
        "representative rep rep. governor gov gov. colonel col col. lieutenant lt lt. "
        "admiral adm adm. major maj sergeant sgt captain capt king queen prince "
        "princess pope ambassador envoy spokesman spokeswoman spokesperson director "
        "head chancellor premier mayor judge justice lord sir dr dr. mr mr. mrs mrs. "
        "ms ms. speaker leader commander top diplomat state duma kremlin press aide "
        "adviser advisor assistant counsellor counselor presidential former acting "
        "treasury attorney analyst economist professor prof prof. doctor father "
        "patriarch sheikh emir crown commissioner high special russian american "
        "british chinese french german japanese ukrainian belarusian syrian iranian "
        "israeli turkish indian cuban vietnamese us u.s. eu un un. nato federal "
        "national central bank board member official officials spokesmen managing "
        "partner founder owner sens президент министр премьер-министр глава "
        "председатель посол губернатор мэр спикер депутат генсек вице-премьер помощник "
        "пресс-секретарь präsident bundeskanzler kanzler außenminister bundeskanzlerin "
        "ministerpräsident président ministre premier presidente ministro canciller "
        "primer jefe secretario counterpart counterparts colleague colleagues "
        "representative spokesperson negotiator secretary-general staff"
    )
)
ORG_SUFFIXES: frozenset[str] = frozenset(
    split_words(
        "corp corp. corporation inc inc. co co. ltd ltd. plc llc ag sa nv bv gmbh spa "
        "bank bancorp bancshares group ministry council committee association "
        "department office exchange commission reserve agency fund union party "
        "organization organisation institute university board authority court "
        "parliament assembly federation service services airlines airways industries "
        "holdings trust partners securities company motors systems technologies "
        "international foundation press news times post forces army navy church club "
        "team guard police senate congress duma cabinet government administration "
        "secretariat bureau alliance coalition front movement network radio television "
        "tv railroads railways petroleum oil energy electric resources mining chemical "
        "chemicals steel insurance financial capital investment investments savings "
        "lines communications products enterprises fragrances house palace kremlin "
        "pentagon banque"
    )
)
ORG_HEADS: frozenset[str] = frozenset(
    split_words(
        "bank ministry department university organization organisation council "
        "committee office house court board federation association union institute "
        "league bureau commission agency"
    )
)
ACRONYMS: frozenset[str] = frozenset(
    split_words(
        "NATO EU UN OPEC IMF BRICS ICRC EC GATT WTO OECD SEC FAO WHO ECB CIS SCO ASEAN "
        "OSCE IAEA UNESCO UNICEF FBI CIA KGB FSB GAO USDA NYSE NASA OAS AU APEC CSTO "
        "EAEU G7 G20 PLO IRA ANC FIFA IOC UEFA ILO UNHCR WFP IEA CFTC FDIC FTC FCC EPA "
        "NASDAQ CBOT CME LME BIS EIB EBRD ADB IDB IFC MOFA FAA IRS DOJ"
    )
)
# Capitalised words that are also gazetteer cities but rarely mean the place in copy.
NOT_PLACES: frozenset[str] = frozenset(
    split_words(
        "reading mobile split nice bath march may university ministry bank of "
        "president independence liberty victoria regina union commerce progress "
        "lincoln hamilton jackson wilson clinton franklin post national general orange "
        "paris match"
    )
)
SPEECH_AFTER = (
    "said",
    "says",
    "told",
    "added",
    "stated",
    "noted",
    "stressed",
    "announced",
    "warned",
    "explained",
    "pointed",
    "wrote",
    "declared",
    "urged",
)
# Common Chinese and Korean family names: a name that opens with one is said whole.
FAMILY_FIRST: frozenset[str] = frozenset(
    split_words(
        "wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin "
        "luo gao zheng liang xie song tang han feng deng cao peng zeng xiao tian dong "
        "pan yuan cai jiang yu du ye cheng wei su lu ding ren shen yao fu zhong qin xi "
        "kim lee park choi jung kang cho yoon jang lim moon shin ahn hwang"
    )
)

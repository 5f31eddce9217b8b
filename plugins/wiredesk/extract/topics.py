"""Topic tags from keyword rules over the lede and the first paragraphs."""

from __future__ import annotations

from .keywords import count_labels

TOPICS: dict[str, tuple[str, ...]] = {
    "Earnings": (
        "shr",
        "net profit",
        "net loss",
        "quarterly results",
        "earnings",
        "revs",
    ),
    "Dividends": ("dividend", "qtly div", "payout"),
    "Mergers": ("merger", "acquisition", "takeover", "acquire", "tender offer"),
    "Oil": ("oil", "crude", "opec", "barrels"),
    "Natural gas": ("natural gas", "gas transit", "lng", "gas supplies"),
    "Grain": ("grain", "wheat", "corn", "maize", "soybeans", "barley"),
    "Commodities": ("cocoa", "coffee", "sugar", "cotton", "copper", "gold", "silver"),
    "Interest rates": (
        "interest rate",
        "interest rates",
        "discount rate",
        "prime rate",
    ),
    "Currencies": ("dollar", "currency", "exchange rate", "yen", "sterling"),
    "Trade": (
        "trade deficit",
        "trade surplus",
        "tariff",
        "tariffs",
        "exports",
        "imports",
    ),
    "Elections": ("election", "elections", "vote", "ballot", "referendum"),
    "Sanctions": ("sanctions",),
    "Diplomacy": ("talks", "summit", "ambassador", "foreign minister", "diplomat"),
    "Armed conflict": (
        "shelling",
        "troops",
        "missile",
        "offensive",
        "frontline",
        "drone",
    ),
    "Ukraine": ("ukraine", "kiev", "kyiv", "donbass", "ukrainian"),
    "Middle East": ("syria", "israel", "gaza", "lebanon", "iran", "iraq"),
    "Energy": ("energy", "electricity", "nuclear power", "power plant"),
    "Environment": ("climate", "emissions", "pollution", "oil spill", "wildfire"),
    "Health": ("hospital", "vaccine", "virus", "epidemic", "pandemic"),
    "Space": ("spacecraft", "rocket", "orbit", "astronaut", "cosmonaut"),
}
MAX_TAGS = 3
HEAD_CHARS = 1500


def find_tags(text: str) -> tuple[str, ...]:
    """Return up to three topic tags whose keywords occur in the first part of text."""
    counts = count_labels(text[:HEAD_CHARS], TOPICS)
    order = {tag: i for i, tag in enumerate(TOPICS)}
    ranked = sorted(counts, key=lambda tag: (-counts[tag], order[tag]))
    return tuple(ranked[:MAX_TAGS])

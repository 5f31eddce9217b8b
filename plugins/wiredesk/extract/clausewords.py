"""Words that decide where an English clause may end (see phrases)."""

from __future__ import annotations

from .names import split_words
from .words import VERBS

BAD_ENDS = frozenset(
    {"DT", "IN", "CC", "TO", "PRP$", "POS", "MD", "WDT", "WP", "WP$", "EX", "RB"}
    | {"JJ", "JJR", "JJS", "PDT", "WRB", ",", ":"}
    | VERBS
)
# Verbs whose object is a clause: "says" or "ruled" with no verb after is no headline.
CLAUSE_VERBS: frozenset[str] = frozenset(
    split_words(
        "say says said rule rules ruled believe believes believed think thinks "
        "thought hope hopes hoped fear fears feared argue argues argued claim claims "
        "claimed add adds added note notes noted stress stresses stressed insist "
        "insists insisted show shows showed indicate indicates indicated suggest "
        "suggests suggested"
    )
)
# Connectives after which the rest of a clause may go ("..., ministry said").
SUBORDINATORS: frozenset[str] = frozenset(
    split_words("after before while when as because although though since until amid")
)
LOOSE_TAIL_WORDS = 4
OBJECT_PRONOUNS: frozenset[str] = frozenset(split_words("them it him her us"))
# "a year before", "weeks after": an adverb of time may end a clause.
ADVERBS_OF_TIME: frozenset[str] = frozenset(split_words("before after earlier later"))
TIME_NOUNS: frozenset[str] = frozenset(
    split_words("day days week weeks month months year years quarter quarters")
)
# "due to", "thanks to", "owing to": a cause that may go whole.
CAUSE_WORDS: frozenset[str] = frozenset(split_words("due thanks owing pursuant"))
LINKING: frozenset[str] = frozenset(split_words("be remain stay become seem"))
# Compound prepositions cut before their last word: "in connection (with)".
OPEN_PHRASES: frozenset[str] = frozenset(
    {
        "in connection",
        "in order",
        "in line",
        "in response",
        "as part",
        "in addition",
        "in favour",
        "in favor",
        "on behalf",
        "in view",
        "in light",
        "in spite",
        "in terms",
        "with regard",
        "in respect",
        "in accordance",
        "in search",
        "in exchange",
        "in return",
        "in charge",
        # which one? "to fall to 328 billion yen in year" (ending March 31, 1988)
        "in year",
        "in period",
        "in quarter",
        "in week",
        "in month",
        "in area",
        "fiscal year",  # "to rise 3.8 pct in fiscal year" (1987/88)
        # interests in what: "to acquire interests" needs its "in ..."
        "acquire interests",
        "acquires interests",
        "buy interests",
        "buys interests",
        "sell interests",
        "sells interests",
    }
)
# Words that open a clause of their own, which needs a verb before the end.
OPENERS: frozenset[str] = frozenset(
    split_words("if because although though whether unless whereas which who that")
)
# A said clause that opens with one of these is a condition, with its news after.
CONDITIONS: frozenset[str] = frozenset(split_words("if unless unless when once"))

# Nouns a "to" verb completes: "options to buy", "plans to expand", "letter of
# intent to acquire": the verb is what they say.
_TO_NOUNS = ("option", "plan", "right", "bid", "offer", "move", "effort", "proposal")
NOUNS_WITH_TO: frozenset[str] = frozenset(
    {
        *_TO_NOUNS,
        *(f"{n}s" for n in _TO_NOUNS),
        *("agreement", "deal", "pact", "authority", "power", "attempt", "decision"),
        *("venture", "ventures", "fund", "funds", "mission", "talks", "intent"),
        *("order", "orders", "steps", "way", "ways", "need", "time", "refusal"),
        *("failure", "ability", "willingness", "readiness", "request", "call"),
        *("calls", "chance", "permission", "approval", "license", "licence"),
        *("pressure", "incentive", "obligation", "reason", "pledge", "promise"),
        *("commitment", "determination", "push", "campaign", "drive", "measures"),
    }
)

"""Stories whose headlines make the same slug: each gets the first free suffix."""

from hypothesis import given
from hypothesis import strategies as st
from pelican.plugins.wiredesk.catalog.catalog import Slugs, scan_seeds
from pelican.plugins.wiredesk.extract import ExtractOptions

OPTIONS = ExtractOptions(id_authority="news.example.org,2026", default_year=2020)
LEDE = "MOSCOW, March 3. /TASS/. The State Duma passed the budget."


def first_free(slugs: list[str]) -> list[str]:
    """The rule, tried from the start for every story: slug, slug-2, slug-3, ..."""
    taken: set[str] = set()
    given_out = []
    for slug in slugs:
        candidate, n = slug, 1
        while candidate in taken:
            n += 1
            candidate = f"{slug}-{n}"
        taken.add(candidate)
        given_out.append(candidate)
    return given_out


def test_a_recurring_headline_numbers_its_stories_in_code_point_order(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for i in range(12):  # the same headline, a different story each day
        (seeds / f"budget-{i:02d}.txt").write_text(f"{LEDE}\nPart {i} of the debate.\n")
    catalog = scan_seeds([seeds], OPTIONS)
    slugs = [
        catalog.stories[str(seeds / f"budget-{i:02d}.txt")].slug for i in range(12)
    ]
    base = slugs[0]
    assert slugs == [base, *(f"{base}-{n}" for n in range(2, 13))]


WORDS = st.sampled_from(["budget", "budget-2", "budget-3", "budget-2-2", "vote"])


@given(st.lists(WORDS, max_size=40))
def test_each_slug_is_the_first_free_one_as_if_every_suffix_were_tried(slugs):
    given_out = Slugs()
    assert [given_out.unique(slug) for slug in slugs] == first_free(slugs)

import json

import pytest

from tools.evalreview import (
    Entry,
    format_tally,
    is_control,
    parse_verdicts,
    pick_entries,
    review_key,
    review_sheet,
    story_start,
    tally,
)

STORIES = {
    "t/1.txt": (
        "MOSCOW, January 4. /TASS/. Russian lawmakers have approved a bill on the "
        "federal budget for next year, the State Duma said on Tuesday.\n",
        "TASS",
        "Russian lawmakers approve federal budget bill",
    ),
    "t/2.txt": (
        "MOSCOW, January 5. /TASS/. Russia's grain harvest reached a record 150 "
        "million tonnes in 2025, Agriculture Minister Oksana Lut said.\n",
        "TASS",
        "Russia's grain harvest hits record 150 million tonnes",
    ),
    "r/3.txt": (
        "CHICAGO, March 3 - Acme Widget Corp said its board raised the quarterly "
        "dividend to 20 cts a share from 15 cts.\nReuter\n",
        "Reuters",
        "ACME WIDGET RAISES DIVIDEND",
    ),
    # A table whose copy lost the company's name: a draft, on no page a reader sees.
    "r/4.txt": (
        "DAYTON, Ohio, March 3 - Shr 41 cts vs 38 cts\nNet 2,100,000 vs 1,950,000\n"
        "Reuter\n",
        "Reuters",
        "GEM CITY TOOL INC 4TH QTR NET",
    ),
}


@pytest.fixture
def corpus(tmp_path):
    rows = []
    for name, (text, agency, title) in STORIES.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        rows.append(json.dumps({"file": name, "agency": agency, "title": title}))
    (tmp_path / "truth.jsonl").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return tmp_path


def entry(n: int, kind: str = "generated", agency: str = "TASS") -> Entry:
    return Entry(f"f{n}.txt", agency, kind, f"Headline {n}", f"STORY {n} text")


def test_capital_slugs_are_no_controls():
    assert is_control("Russia ready to assist Syria, top diplomat says")
    assert not is_control("BAHIA COCOA REVIEW")
    assert not is_control(None)
    assert not is_control("")


def test_story_start_is_one_line_cut_at_a_word():
    text = "LONDON, Feb 26 - One\ntwo three " + "word " * 200
    start = story_start(text, limit=40)
    assert "\n" not in start
    assert start.startswith("LONDON, Feb 26 - One two three")
    assert start.endswith(" …")
    assert len(start) <= 42


def test_sheet_hides_where_a_headline_comes_from():
    entries = [entry(1, "real"), entry(2, agency="Reuters"), entry(3)]
    sheet = review_sheet(entries)
    for hidden in ("real", "generated", "Reuters", "f1.txt"):
        assert hidden not in sheet.split("## 1", 1)[1]
    assert "## 3\n\nStory: STORY 3 text\n\nHeadline: Headline 3" in sheet
    key = review_key(entries)["items"]
    assert key["1"] == {
        "file": "f1.txt",
        "agency": "TASS",
        "kind": "real",
        "headline": "Headline 1",
    }
    assert key["2"]["agency"] == "Reuters"


def test_sample_caps_controls_and_each_agency_and_mixes_them():
    controls = [entry(n, "real") for n in range(30)]
    generated = [entry(n, agency=a) for n in range(60) for a in ("TASS", "Reuters")]
    picked = pick_entries(controls, generated, seed=1, max_controls=20, per_agency=25)
    kinds = [(e.kind, e.agency) for e in picked]
    assert kinds.count(("real", "TASS")) == 20
    assert kinds.count(("generated", "TASS")) == 25
    assert kinds.count(("generated", "Reuters")) == 25
    assert {e.kind for e in picked[:20]} == {"real", "generated"}  # shuffled
    assert picked == pick_entries(
        controls, generated, seed=1, max_controls=20, per_agency=25
    )


def test_verdict_lines_in_the_usual_spellings():
    lines = [
        "1 publish",
        "2. Light edit",
        "#3: broken",
        "4) PUBLISH",
        "notes",
        "5 maybe",
    ]
    assert parse_verdicts(lines) == {
        "1": "publish",
        "2": "light",
        "3": "broken",
        "4": "publish",
    }


def test_tally_splits_controls_from_each_agency():
    key = review_key([entry(1, "real"), entry(2), entry(3, agency="Reuters"), entry(4)])
    groups = tally(key, {"1": "publish", "2": "broken", "3": "light", "4": "publish"})
    assert groups["real controls"] == {"publish": 1}
    assert groups["TASS"] == {"broken": 1, "publish": 1}
    assert groups["Reuters"] == {"light": 1}
    assert groups["generated, all"] == {"broken": 1, "publish": 1, "light": 1}
    table = format_tally(groups, missing=0)
    assert table.splitlines()[1].split()[:2] == ["Reuters", "1"]
    assert "TASS" in table and "real controls" in table


def test_tally_names_items_the_key_lacks():
    key = review_key([entry(1)])
    with pytest.raises(ValueError, match="items not in the key: 7, 9"):
        tally(key, {"1": "publish", "9": "broken", "7": "light"})


def test_review_sheet_and_score_end_to_end(corpus, tmp_path, invoke):
    sheet = tmp_path / "out" / "sheet.md"  # the folder is made as needed
    invoke("eval", "--corpus", str(corpus), "--review", str(sheet))
    key = json.loads((sheet.parent / "key.json").read_text(encoding="utf-8"))["items"]
    text = sheet.read_text(encoding="utf-8")
    # two TASS controls (the Reuters slugs give themselves away), three generated:
    # the held table is not among them
    assert (
        sorted(item["kind"] for item in key.values())
        == ["generated"] * 3 + ["real"] * 2
    )
    assert "Russian lawmakers approve federal budget bill" in text
    assert "TASS" not in text.replace("/TASS/", "")
    assert "DAYTON" not in text
    verdicts = tmp_path / "out" / "verdicts.txt"
    verdicts.write_text(
        "\n".join(
            f"{n} {'publish' if item['kind'] == 'real' else 'broken'}"
            for n, item in key.items()
        ),
        encoding="utf-8",
    )
    table = invoke("eval", "--score-review", str(verdicts)).stdout
    rows = {line.split("  ")[0].strip(): line.split() for line in table.splitlines()}
    assert rows["real controls"][2:4] == ["2", "2"]
    assert rows["generated, all"][2] == "3"
    assert rows["generated, all"][-2:] == ["3", "(100%)"]


def test_score_review_without_a_key_fails_clearly(tmp_path, invoke):
    verdicts = tmp_path / "v.txt"
    verdicts.write_text("1 publish\n", encoding="utf-8")
    result = invoke("eval", "--score-review", str(verdicts), check=False)
    assert result.returncode == 2
    assert "key.json" in result.stderr

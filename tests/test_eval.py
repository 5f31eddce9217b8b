import json
import subprocess
import sys
from pathlib import Path

import pytest

from tools.evaluation import evaluate, format_table, plain_city, rouge1, written_date

ROOT = Path(__file__).resolve().parent.parent


def run_invoke(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "invoke", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )


STORIES = [
    # (file, bytes, truth)
    (
        "tass/a.txt",
        b"MOSCOW, January 4. /TASS/. Russian lawmakers have approved a bill on the "
        b"federal budget, the State Duma said on Tuesday.\nThe bill passed.\n",
        {
            "agency": "TASS",
            "city": "MOSCOW",
            "dateline_raw": "MOSCOW, January 4. /TASS/.",
            "title": "Russian lawmakers approve bill on federal budget",
            "summary": "extra key",
        },
    ),
    (
        "reuters/b.txt",
        "LONDON, Feb 26 - Sterling rose to £1.50 as Britain's economy grew, the "
        "Treasury said.\nReuter\n".encode("cp1252"),
        {
            "agency": "Reuters",
            "city": "LONDON",
            "dateline_raw": "LONDON, Feb 26 -",
            "title": "STERLING RISES",
            "places": ["uk", "usa"],
        },
    ),
    (
        "ru/c.txt",
        (
            "МОСКВА, 4 января. /ТАСС/. Президент России Владимир Путин провел "
            "переговоры.\n"
        ).encode("cp1251"),
        {
            "agency": "TASS",
            "city": "МОСКВА",
            "dateline_raw": "МОСКВА, 4 января. /ТАСС/.",
            "title": None,
            "places": [],
        },
    ),
    (
        "de/2020-01-05-d.txt",
        (
            "Berlin (dpa) - Die Bundesregierung hat am Montag ein Gesetz beschlossen.\n"
        ).encode("utf-16"),
        {
            "agency": "dpa",
            "city": "Berlin",
            "dateline_raw": "Berlin (dpa) -",
            "title": None,
        },
    ),
    (
        "x/e.txt",
        b"Just some text without any dateline at all.\n",
        {"agency": None, "city": None, "dateline_raw": None, "title": None},
    ),
    (
        "afp/f.txt",
        "LYON, Jan 4 (AFP) - Le maire a démissionné.\n".encode(),
        {
            "agency": "AFP",
            "city": "PARIS /Ile-de-France/",
            "dateline_raw": "LYON, Jan 5 (AFP) -",
            "title": None,
        },
    ),
    (
        "reuters/g.txt",
        b"DAYTON, Ohio, March 3 - Shr 41 cts vs 38 cts\nNet 2,100,000 vs 1,950,000\n"
        b"Reuter\n",
        {
            "agency": "Reuters",
            "city": "DAYTON",
            "dateline_raw": "DAYTON, Ohio, March 3 -",
            "title": None,
        },
    ),
]


@pytest.fixture
def corpus(tmp_path):
    rows = []
    for name, data, truth in STORIES:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        rows.append(
            json.dumps({"file": name, "language": "xx", **truth}, ensure_ascii=False)
        )
    (tmp_path / "truth.jsonl").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return tmp_path


def test_scores_of_a_small_corpus_in_several_encodings(corpus):
    scores = evaluate(corpus)
    # The story with no dateline is dated by its file time, as a build would date it.
    assert (scores["stories"], scores["errors"]) == (7, 0)
    assert scores["drafts"] == 1  # the table that names no company is held
    # PARIS is not LYON; LYON's dateline says Jan 4, its truth Jan 5
    assert scores["dateline"] == {"place": 0.8333, "agency": 1.0, "month_day": 0.8}
    assert scores["rouge1"]["TASS"] == 1.0
    assert 0 < scores["rouge1"]["Reuters"] < 1  # "Sterling" is the one shared word
    assert "dpa" not in scores["rouge1"]  # no title in the truth: not scored
    assert scores["over_110"] == 0.0
    # Britain found, the United States missed: P = 1, R = 1/2
    assert scores["places_f1"] == 0.6667
    assert scores["stories_per_second"] > 0


def test_json_keys_are_fixed(corpus):
    result = run_invoke("eval", "--corpus", str(corpus), "--json")
    scores = json.loads(result.stdout)
    assert sorted(scores) == [
        "dateline",
        "drafts",
        "errors",
        "over_110",
        "places_f1",
        "rouge1",
        "stories",
        "stories_per_second",
    ]
    assert sorted(scores["dateline"]) == ["agency", "month_day", "place"]


def test_table_names_every_score(corpus):
    table = run_invoke("eval", "--corpus", str(corpus)).stdout
    for label in (
        "dateline place",
        "dateline agency",
        "dateline month/day",
        "held as drafts",
        "headline ROUGE-1 TASS",
        "headlines over 110 chars",
        "places F1",
        "stories per second",
    ):
        assert label in table


def test_format_table_shows_missing_scores_as_na():
    scores = {
        "stories": 0,
        "errors": 0,
        "drafts": 0,
        "dateline": {"place": None, "agency": None, "month_day": None},
        "rouge1": {},
        "over_110": None,
        "places_f1": None,
        "stories_per_second": None,
    }
    lines = format_table(scores).splitlines()
    assert lines[3].split() == ["dateline", "place", "n/a"]
    assert lines[-1].split() == ["stories", "per", "second", "n/a"]


@pytest.mark.parametrize(
    ("candidate", "reference", "score"),
    [
        ("Putin says gas transit ends", "Putin says gas transit ends", 1.0),
        ("Putin says", "PUTIN SAYS GAS TRANSIT ENDS", 2 * 1.0 * 0.4 / 1.4),
        ("the the the", "the cat", 2 * (1 / 3) * (1 / 2) / (1 / 3 + 1 / 2)),
        ("Россия и Китай", "россия", 0.5),
        ("", "anything", 0.0),
    ],
)
def test_rouge1_clips_counts_and_keeps_non_ascii(candidate, reference, score):
    assert rouge1(candidate, reference) == pytest.approx(score)


@pytest.mark.parametrize(
    ("raw", "date"),
    [
        ("SALVADOR, Feb 26 -", (2, 26)),
        ("МОСКВА, 4 января. /ТАСС/.", (1, 4)),
        ("ALBANY, N.Y., Marc 3 -", (3, 3)),
        ("NEW YORK (AP) —", None),
    ],
)
def test_written_date(raw, date):
    assert written_date(raw) == date


@pytest.mark.parametrize(
    ("city", "plain"),
    [
        ("IGORA /Leningrad Region/", "igora"),
        ("SANTA CRUZ, Calif.", "santa cruz"),
        ("New York", "new york"),
        (None, ""),
    ],
)
def test_plain_city(city, plain):
    assert plain_city(city) == plain


def test_missing_files_and_blank_lines_do_not_stop_the_eval(tmp_path):
    rows = [
        '{"file": "gone.txt", "agency": "Deutsche Presse-Agentur", "city": "Berlin"}',
        "",
        '{"file": null}',
    ]
    (tmp_path / "truth.jsonl").write_text("\ufeff" + "\n".join(rows), encoding="utf-8")
    scores = evaluate(tmp_path)
    assert (scores["stories"], scores["errors"]) == (1, 1)
    assert scores["dateline"]["agency"] == 0.0

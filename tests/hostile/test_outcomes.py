"""Every hostile seed is published safely or reported with its reason: none is lost."""

from __future__ import annotations

import pytest
from lxml import etree, html

from tests.support.hostile import build, write_settings

REPORTS = [
    ("empty.txt", "no text"),
    ("whitespace.txt", "no text"),
    ("dateline-only.txt", "no text"),
    ("punctuation-only.txt", "no text"),
    ("image.txt", "binary data"),
    ("nul-bytes.txt", "binary data"),
    ("too-large.txt", "too large (2097152 > 1048576 bytes)"),
    ("february-30.txt", "invalid date (2020-02-30)"),
    ("unknown-header.txt", "unknown header Save_as"),
    (
        "bad-slug.txt",
        "invalid Slug '../../../../tmp/evil': use only A-Z a-z 0-9 . _ ~ -",
    ),
    ("dot-slug.txt", "invalid Slug '..': use only A-Z a-z 0-9 . _ ~ -"),
    ("bad-id.txt", "invalid Id '../../cache/evil': use only A-Z a-z 0-9 . _ ~ -"),
    (
        "bad-lang.txt",
        "invalid Lang '../../../../tmp/evil': expected a code such as en or pt-BR",
    ),
    ("link-out.txt", "symlink leading outside the seeds folder"),
    ("linkdir/inner.txt", "reached through a symlinked folder"),
    ("z-duplicate.txt", "duplicate of seeds/basic.txt"),
]
WARNINGS = [
    ("few-controls.txt", "stripped 3 control characters"),
    ("no-dateline.txt", "no dateline"),
    ("weekday.txt", "weekday mismatch: lede says Tuesday, date is 2020-01-04"),
]
# name, encoding, a phrase of the lede, a sentence of the body (both decoded right)
PUBLISHED = [
    (
        "basic.txt",
        "utf-8",
        "Lavrov and his Chinese counterpart Wang Yi",
        "The ministers agreed to stay in contact.",
    ),
    (
        "utf16-bom.txt",
        "utf-16",
        "Министр иностранных дел России Сергей Лавров",
        "Стороны обсудили ситуацию.",
    ),
    (
        "utf16-no-bom.txt",
        "utf-16-be",
        "Министр иностранных дел России Сергей Лавров",
        "Стороны обсудили ситуацию.",
    ),
    (
        "cp1251.txt",
        "cp1251",
        "Министр иностранных дел России Сергей Лавров",
        "Стороны обсудили ситуацию.",
    ),
    ("cp1252.txt", "cp1252", "Le ministre français a déclaré que l’économie", "Fin."),
    ("latin1.txt", "cp1252", "El señor García habló con el presidente", "Fin."),
    (
        "utf8-bom-crlf.txt",
        "utf-8-bom",
        "Lavrov and his Chinese counterpart Wang Yi",
        "Update 4.",
    ),
    (
        "emoji-rtl.txt",
        "utf-8",
        "ראש הממשלה נפגש היום עם שר החוץ 🇮🇱 🤝",
        "שלום 👋 مرحبا",
    ),
    (
        "2020-01-04 Сводка ñandú.txt",
        "utf-8",
        "Lavrov and his Chinese counterpart Wang Yi",
        "Update 5.",
    ),
    ("long-sentence.txt", "utf-8", "ord word word", "End."),
    ("short-lines.txt", "utf-8", "Lavrov and his Chinese counterpart Wang Yi", "Line."),
    (
        "inject-body.txt",
        "utf-8",
        "Lavrov and his Chinese counterpart Wang Yi",
        "<script>alert('body-script')</script>",
    ),
    (
        "inject-header.txt",
        "utf-8",
        "Lavrov and his Chinese counterpart Wang Yi",
        "Plain text.",
    ),
]
SEEDS = len(REPORTS) + len(WARNINGS) + len(PUBLISHED)


ATOM = "{http://www.w3.org/2005/Atom}"


def page_of(site, record) -> html.HtmlElement:
    """Return the page of a story, found through its entry in the site's Atom feed."""
    feed = etree.parse(str(site.out / "feeds/all.atom.xml")).getroot()
    links = [
        e.find(f"{ATOM}link").get("href")
        for e in feed.iter(f"{ATOM}entry")
        if e.findtext(f"{ATOM}id") == record["id"]
    ]
    assert len(links) == 1, record
    path = links[0].removeprefix("http://127.0.0.1:8000/")
    return html.parse(str(site.out / path / "index.html")).getroot()


@pytest.mark.parametrize(("name", "reason"), REPORTS)
def test_report(hostile_site, inspected, name, reason):
    assert f"report: seeds/{name}: {reason}" in hostile_site.lines("report: ")
    if name != "linkdir/inner.txt":  # the scan does not enter symlinked folders
        assert inspected[name] == {"source": f"seeds/{name}", "error": reason}


@pytest.mark.parametrize(("name", "warning"), WARNINGS)
def test_published_with_a_warning(hostile_site, inspected, name, warning):
    assert f"warning: seeds/{name}: {warning}" in hostile_site.lines("warning: ")
    assert inspected[name]["warnings"] == [warning]
    page_of(hostile_site, inspected[name])


@pytest.mark.parametrize(("name", "encoding", "phrase", "sentence"), PUBLISHED)
def test_published_as_is(hostile_site, inspected, name, encoding, phrase, sentence):  # noqa: PLR0917 - one argument per table column
    record = inspected[name]
    assert (record["encoding"], record["warnings"]) == (encoding, [])
    doc = page_of(hostile_site, record)
    assert doc.findtext(".//h1") == record["title"]
    assert 0 < len(record["title"]) <= 110
    body = doc.find_class("story-body")[0].text_content()
    assert phrase in body
    assert sentence in body


def test_nothing_is_lost(hostile_site):
    assert hostile_site.lines("report: ") and len(
        hostile_site.lines("report: ")
    ) == len(REPORTS)
    summary = (
        f"{len(WARNINGS) + len(PUBLISHED)} stories published, {len(REPORTS)} reported, "
    )
    assert summary + f"{len(WARNINGS)} warnings" in hostile_site.stdout
    assert "Traceback" not in hostile_site.stdout


def test_warnings_are_not_reports_but_reports_fail_strict(hostile_site):
    assert not set(dict(WARNINGS)) & set(dict(REPORTS))


def test_long_first_sentence_makes_a_short_headline(inspected):
    title = inspected["long-sentence.txt"]["title"]
    assert 50 <= len(title) <= 110
    assert set(title.casefold().split()) == {"word"}


def test_fifty_thousand_short_lines_are_fifty_thousand_paragraphs(
    hostile_site, inspected
):
    doc = page_of(hostile_site, inspected["short-lines.txt"])
    paragraphs = doc.find_class("story-body")[0].findall(".//p")
    assert len(paragraphs) == 50_001
    assert {p.text for p in paragraphs[1:]} == {"Line."}


def test_file_names_with_spaces_and_non_ascii(inspected):
    record = inspected["2020-01-04 Сводка ñandú.txt"]
    # a valid tag URI: the file name percent-encoded as UTF-8
    assert record["id"] == (
        "tag:wiredesk.example.org,2026:2020-01-04%20"
        "%D0%A1%D0%B2%D0%BE%D0%B4%D0%BA%D0%B0%20%C3%B1and%C3%BA"
    )
    assert record["city"] == "Beijing"


def test_no_year_anywhere_is_a_report(tmp_path):
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "no-year.txt").write_text(
        "MOSCOW, January 4. /TASS/. Talks were held.\n"
    )
    (tmp_path / "seeds" / "2020-01-04-dated.txt").write_text(
        "MOSCOW, January 4. /TASS/. Other talks were held.\n"
    )
    site = build(
        tmp_path,
        settings=write_settings(
            tmp_path, WIREDESK_DEFAULT_YEAR=None, WIREDESK_DATE_FROM_FILE_TIME=False
        ),
    )
    assert site.lines("report: ") == ["report: seeds/no-year.txt: no year"]
    assert "1 stories published, 1 reported" in site.stdout


def test_two_megabyte_paragraph_is_published_when_the_limit_is_raised(tmp_path):
    from tools.hostile import hostile_seeds  # noqa: PLC0415

    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "big.txt").write_bytes(hostile_seeds()["too-large.txt"])
    settings = write_settings(tmp_path, WIREDESK_MAX_SEED_BYTES=4 * 1024 * 1024)
    site = build(tmp_path, "--strict", settings=settings)
    assert "1 stories published, 0 reported" in site.stdout
    page = next(site.out.glob("2020/01/04/*/index.html"))
    assert page.stat().st_size > 2 * 1024 * 1024

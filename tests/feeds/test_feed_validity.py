"""Each W3C Feed Validator rule: met by our feeds, caught on a broken feed."""

import re

import feedparser
import pytest
from feedtools import check, feed_files

ATOM, RSS, JSON = "feeds/all.atom.xml", "feeds/all.rss.xml", "feeds/all.json"
TASS = "tag:wiredesk.example.org,2026:tass_basic"
MULTI = "tag:wiredesk.example.org,2026:tass_multiword_city"


def cut(pattern):
    return lambda s: re.sub(pattern, "", s, count=1, flags=re.S)


def swap(old, new, count=1):
    def edit(s):
        assert old in s, old
        return s.replace(old, new, count)

    return edit


# rule, file, how to break it, the problem the validator must then report
RULES = [
    ("atom feed id", ATOM, cut(r"<id>[^<]*</id>"), "feed without id"),
    ("atom feed title", ATOM, cut(r"<title>[^<]*</title>"), "feed without title"),
    (
        "atom feed updated",
        ATOM,
        cut(r"<updated>[^<]*</updated>"),
        "feed without updated",
    ),
    (
        "atom entry id",
        ATOM,
        lambda s: re.sub(r"(<entry [^>]*>\s*)<id>[^<]*</id>", r"\1", s, count=1),
        "entry without id",
    ),
    (
        "atom author",
        ATOM,
        lambda s: re.sub(r"<author>.*?</author>", "", s, flags=re.S),
        "entry without author",
    ),
    (
        "atom self link",
        ATOM,
        swap('feeds/all.atom.xml" rel="self"', 'x.xml" rel="self"'),
        "self link",
    ),
    (
        "atom RFC 3339 date",
        ATOM,
        lambda s: re.sub(
            r"<published>[^<]*</published>",
            "<published>2020-03-03 00:00</published>",
            s,
            count=1,
        ),
        "not RFC 3339",
    ),
    ("atom unique ids", ATOM, swap(MULTI, TASS), "duplicate id"),
    (
        "atom absolute link",
        ATOM,
        swap('<link href="http://127.0.0.1:8000/2020/', '<link href="/2020/'),
        "relative URL",
    ),
    (
        "atom absolute URL in content",
        ATOM,
        swap(
            "&lt;p&gt;Russian", '&lt;p&gt;&lt;a href="../budget/"&gt;x&lt;/a&gt;Russian'
        ),
        "relative URL '../budget/'",
    ),
    (
        "atom XML-legal characters",
        ATOM,
        swap("<title>Wiredesk</title>", "<title>Wire&#x1;desk</title>"),
        "XML-illegal character",
    ),
    ("rss atom:link self", RSS, cut(r"<atom:link [^>]*/>"), "atom:link rel=self"),
    (
        "rss channel link is the page",
        RSS,
        swap(
            "<link>http://127.0.0.1:8000/</link>",
            "<link>http://127.0.0.1:8000/feeds/all.rss.xml</link>",
        ),
        "not the site page",
    ),
    (
        "rss guid isPermaLink",
        RSS,
        swap(' isPermaLink="false"', ""),
        "isPermaLink=false",
    ),
    (
        "rss unique guids",
        RSS,
        swap(f">{MULTI}</guid>", f">{TASS}</guid>"),
        "duplicate id",
    ),
    (
        "rss dc:creator",
        RSS,
        swap("<dc:creator>TASS</dc:creator>", "<author>TASS</author>"),
        "use dc:creator",
    ),
    (
        "rss RFC 822 date",
        RSS,
        lambda s: re.sub(
            r"<pubDate>[^<]*</pubDate>",
            "<pubDate>2020-03-03T00:00:00+03:00</pubDate>",
            s,
            count=1,
        ),
        "not RFC 822",
    ),
    (
        "rss RFC 822 weekday",
        RSS,
        swap("Tue, 03 Mar 2020", "Mon, 03 Mar 2020"),
        "not RFC 822",
    ),
    (
        "rss absolute URL in content",
        RSS,
        swap("&#x3C;p&gt;Russian", '&#x3C;p&gt;&#x3C;img src="/logo.png"&gt;Russian'),
        "relative URL '/logo.png'",
    ),
    (
        "rss XML-legal characters",
        RSS,
        swap("<title>Wiredesk</title>", "<title>Wire\x0bdesk</title>"),
        "XML-illegal character U+000B",
    ),
    (
        "rss description is HTML-escaped text",
        RSS,
        swap("<description>Russian", "<description>&#x3C;GE&gt; Russian"),
        "description is not HTML-escaped text: <GE>",
    ),
    (
        "rss content is HTML-escaped text",
        RSS,
        swap("&#x3C;p&gt;Russian", "&#x3C;p&gt;&#x3C;GE&gt; Russian"),
        "encoded is not HTML-escaped text: <GE>",
    ),
    (
        "atom content is HTML-escaped text",
        ATOM,
        swap(
            "&lt;p&gt;Russian", "&lt;p&gt;&lt;International Leisure Group&gt; Russian"
        ),
        "content is not HTML-escaped text: <International>",
    ),
    (
        "atom no same-document reference",
        ATOM,
        swap('xml:lang="en"', 'xml:lang="en" xml:base="http://127.0.0.1:8000/"'),
        "same-document reference 'http://127.0.0.1:8000/'",
    ),
    (
        "rss profile hexadecimal references",
        RSS,
        swap("<title>Wiredesk</title>", "<title>Wire &amp; desk</title>"),
        "&amp; where the RSS Profile asks for a hexadecimal reference",
    ),
    ("json version", JSON, swap("version/1.1", "version/1"), "version is not"),
    ("json item id", JSON, cut(r'"id": "[^"]*",'), "item without string id"),
    (
        "json feed_url",
        JSON,
        swap(
            '"feed_url": "http://127.0.0.1:8000/feeds/all.json"',
            '"feed_url": "/feeds/all.json"',
        ),
        "feed_url",
    ),
    (
        "json RFC 3339 date",
        JSON,
        swap(
            '"date_published": "2020-03-03T00:00:00+03:00"',
            '"date_published": "3 March 2020"',
        ),
        "not RFC 3339",
    ),
    (
        "json tags type",
        JSON,
        lambda s: re.sub(r'"tags": \[[^\]]*\]', '"tags": "Economy"', s, count=1),
        "tags must be a list",
    ),
    (
        "json authors type",
        JSON,
        lambda s: re.sub(r'"authors": \[[^\]]*\]', '"authors": "TASS"', s, count=1),
        "authors must be",
    ),
    (
        "json unique ids",
        JSON,
        swap(f'"id": "{MULTI}"', f'"id": "{TASS}"'),
        "duplicate id",
    ),
    (
        "json absolute URL in content",
        JSON,
        swap("<p>Russian", '<p><a href=\\"/x/\\">x</a>Russian'),
        "relative URL '/x/'",
    ),
]
IDS = [r[0] for r in RULES]


@pytest.mark.parametrize(("rule", "path", "breaker", "problem"), RULES, ids=IDS)
def test_rule_holds_on_our_feed(built_site, rule, path, breaker, problem):
    data = (built_site / path).read_bytes()
    assert [p for p in check(path, data) if problem in p] == []


@pytest.mark.parametrize(("rule", "path", "breaker", "problem"), RULES, ids=IDS)
def test_rule_catches_a_broken_feed(built_site, rule, path, breaker, problem):
    broken = breaker((built_site / path).read_text(encoding="utf-8")).encode("utf-8")
    assert [p for p in check(path, broken) if problem in p] != []


def test_every_feed_of_the_site_is_valid(built_site):
    files = feed_files(built_site)
    assert len(files) > 20
    assert {path: check(path, data) for path, data in files.items()} == {
        path: [] for path in files
    }


def test_feedparser_reports_no_bozo_on_any_feed(built_site):
    for path in feed_files(built_site):
        if path.endswith(".xml"):
            feed = feedparser.parse(str(built_site / path))
            assert not feed.bozo, (path, feed.get("bozo_exception"))


def test_feedparser_reports_bozo_on_a_broken_feed(built_site):
    data = (built_site / ATOM).read_text(encoding="utf-8")
    assert feedparser.parse(
        data.replace("<title>Wiredesk", "<title>Wire&#x1;desk")
    ).bozo

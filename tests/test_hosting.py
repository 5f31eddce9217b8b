from __future__ import annotations

import pytest
from pelican.plugins.wiredesk.output.hosting import host_files
from pelican.plugins.wiredesk.settings import site_cname


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, None),
        ("", None),
        ("news.example.org", "news.example.org"),
        ("  example.org\n", "example.org"),
        ("www.wire-desk.co.uk", "www.wire-desk.co.uk"),
    ],
)
def test_custom_domain_setting(value, expected):
    assert site_cname({"WIREDESK_CNAME": value}) == expected


@pytest.mark.parametrize(
    "value",
    [
        "https://news.example.org/",
        "news.example.org/path",
        "news example.org",
        "localhost",
        "-news.example.org",
    ],
)
def test_a_custom_domain_that_is_not_a_bare_domain_is_refused(value):
    with pytest.raises(ValueError, match="WIREDESK_CNAME must be a bare domain"):
        site_cname({"WIREDESK_CNAME": value})


@pytest.mark.parametrize(
    ("domain", "expected"),
    [
        (None, {".nojekyll": ""}),
        ("news.example.org", {".nojekyll": "", "CNAME": "news.example.org\n"}),
    ],
)
def test_host_files(domain, expected):
    assert host_files(domain) == expected


def test_the_built_site_turns_jekyll_off_and_has_no_cname_by_default(built_site):
    assert (built_site / ".nojekyll").read_bytes() == b""
    assert not (built_site / "CNAME").exists()

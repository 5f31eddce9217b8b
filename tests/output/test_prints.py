"""A print changes when what it covers changes, and only then."""

from __future__ import annotations

from pelican.plugins.wiredesk.prints import fingerprint


def test_equal_parts_give_equal_prints():
    assert fingerprint("2024-01", ("a.html", "f00")) == fingerprint(
        "2024-01", ("a.html", "f00")
    )


def test_where_parts_split_matters():
    assert fingerprint("ab", "c") != fingerprint("a", "bc")
    assert fingerprint(b"ab", b"c") != fingerprint(b"a", b"bc")
    assert fingerprint("name", b"ab", b"c") != fingerprint("name", b"a", b"bc")


def test_text_bytes_and_other_values_are_told_apart():
    assert fingerprint("1") != fingerprint(1)
    assert fingerprint(b"x") != fingerprint("x")
    assert fingerprint(None) != fingerprint("None")


def test_one_changed_byte_changes_the_print():
    data = bytes(range(256)) * 40
    changed = data[:-1] + b"\x00"
    assert fingerprint("seed.txt", data) != fingerprint("seed.txt", changed)

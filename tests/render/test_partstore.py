"""Story fragments kept between builds: taken back by card print, pruned on save."""

from types import SimpleNamespace

from markupsafe import Markup
from pelican.plugins.wiredesk.render import partstore
from pelican.plugins.wiredesk.render.partstore import PartStore

CARD = "partials/story_card.html"


def view(card, parts=None):
    return SimpleNamespace(card_print=card, parts=parts)


def test_a_saved_fragment_is_lent_to_the_view_of_the_same_card_print(tmp_path):
    store = PartStore.open(tmp_path, "setup")
    views = [view("a", {CARD: Markup("<a>")}), view("b", {CARD: Markup("<b>")})]
    store.save(views, [])
    again = PartStore.open(tmp_path, "setup")
    later = [view("a"), view("c")]
    again.lend(later)
    assert later[0].parts == {CARD: Markup("<a>")}
    assert later[1].parts is None
    assert again.fresh(later) == {}


def test_fragments_made_elsewhere_are_kept_and_stale_ones_dropped(tmp_path):
    store = PartStore.open(tmp_path, "setup")
    store.save([view("a", {CARD: "<a>"}), view("b", {CARD: "<b>"})], [])
    store = PartStore.open(tmp_path, "setup")
    store.save([view("a"), view("c")], [{"c": {CARD: "<c>"}}])
    assert PartStore.open(tmp_path, "setup").kept == {
        "a": {CARD: "<a>"},
        "c": {CARD: "<c>"},
    }


def test_another_setup_or_a_damaged_file_starts_empty(tmp_path):
    PartStore.open(tmp_path, "setup").save([view("a", {CARD: "<a>"})], [])
    assert PartStore.open(tmp_path, "other theme").kept == {}
    PartStore.open(tmp_path, "other theme").save([view("b", {CARD: "<b>"})], [])
    assert list(tmp_path.glob("parts-*.pickle")) != []
    assert len(list(tmp_path.glob("parts-*.pickle"))) == 1
    for file in tmp_path.glob("parts-*.pickle"):
        file.write_bytes(b"damaged")
    assert PartStore.open(tmp_path, "other theme").kept == {}


def test_fragments_a_renderer_hands_over_are_kept_and_the_file_removed(tmp_path):
    renderer = PartStore.open(tmp_path, "setup", read=False)
    handed = renderer.hand_over([view("a"), view("b", {CARD: Markup("<b>")})])
    assert handed is not None and handed.is_file()
    assert renderer.hand_over([view("a")]) is None  # nothing fresh
    store = PartStore.open(tmp_path, "setup", read=False)
    store.save([view("a"), view("b")], [handed])
    assert not handed.exists()
    assert PartStore.open(tmp_path, "setup").kept == {"b": {CARD: Markup("<b>")}}


def test_fragments_written_in_many_pickles_read_back_whole(tmp_path, monkeypatch):
    monkeypatch.setattr(partstore, "CHUNK", 2)  # five stories: three pickles
    views = [view(name, {CARD: Markup(f"<{name}>")}) for name in "abcde"]
    handed = PartStore.open(tmp_path, "setup", read=False).hand_over(views)
    PartStore.open(tmp_path, "setup").save([view(n) for n in "abcde"], [handed])
    assert PartStore.open(tmp_path, "setup").kept == {
        name: {CARD: Markup(f"<{name}>")} for name in "abcde"
    }


def test_what_a_renderer_killed_mid_build_handed_over_goes_with_the_next_save(
    tmp_path,
):
    store = PartStore.open(tmp_path, "setup")
    left = store.file.with_name(f"{store.file.stem}-4242{partstore.HANDED}")
    left.write_bytes(b"half a pickle")
    store.save([view("a", {CARD: "<a>"})], [])
    assert sorted(p.name for p in tmp_path.iterdir()) == [store.file.name]

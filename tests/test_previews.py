"""What a link preview of a page may say (cop_app/previews.py), by visibility."""

from __future__ import annotations

from sqlmodel import Session

from cop_app import previews
from cop_app.models import Visibility
from tests.factories import make_community, make_thread, make_user


def test_plain_text_drops_the_markdown_and_cuts_at_a_word() -> None:
    text = "## A heading\n\n**Bold** and a [link](https://example.org) & `code`.\n\n- one\n- two"
    assert previews.plain_text(text) == "A heading Bold and a link & code. one two"
    long = "word " * 100
    cut = previews.plain_text(long, limit=42)
    assert cut.endswith("…") and len(cut) <= 43 and not cut[:-1].endswith(" ")
    assert previews.plain_text("<script>alert(1)</script>") == "<script>alert(1)</script>"


def test_the_tags_escape_every_value() -> None:
    preview = previews.Preview(
        title='A "quoted" <b>title</b> & more',
        headline='"quoted"',
        description="<img src=x onerror=alert(1)>",
        kind="article",
    )
    tags = previews.tags(preview, "https://example.org/c/x/t/1").decode()
    assert "<b>" not in tags and "<img" not in tags
    assert "&quot;quoted&quot;" in tags and "&lt;img src=x" in tags


def test_only_a_public_community_and_its_visible_threads_are_previewed(
    session: Session,
) -> None:
    author = make_user(session)
    public = make_community(session, visibility=Visibility.PUBLIC, tagline="Open to all")
    closed = make_community(session, visibility=Visibility.MEMBERS, tagline="Members only")
    shown = make_thread(session, community=public, author=author, title="Shown")
    hidden = make_thread(session, community=public, author=author, title="Hidden", is_hidden=True)
    secret = make_thread(session, community=closed, author=author, title="Secret")
    session.commit()

    thread = previews.read_preview(session, f"/c/{public.slug}/t/{shown.id}")
    assert thread is not None and thread.headline == "Shown" and thread.kind == "article"
    assert thread.title == f"Shown · {public.name} · Practice Commons"
    home = previews.read_preview(session, f"/c/{public.slug}/")
    assert home is not None and home.description == "Open to all"

    for path in (
        f"/c/{public.slug}/t/{hidden.id}",
        f"/c/{closed.slug}/t/{secret.id}",
        f"/c/{closed.slug}",
        f"/c/{closed.slug}/t/{shown.id}",  # the thread is not in that community
        "/c/nowhere/t/1",
        f"/c/{public.slug}/health",
    ):
        assert previews.read_preview(session, path) is None, path

"""The @mention picker and the warning before posting, for any state with a
Markdown editor (a reply, a new thread): one mixin, so both behave alike."""

from __future__ import annotations

import reflex as rx

from cop_app.i18n import t
from cop_app.services.communities import browse
from cop_app.services.reach import mentions
from cop_app.services.threads import threads
from cop_app.state.base import in_session


def _suggest(session, *, slug: str, prefix: str) -> list[str]:
    community = browse.get_community(session, slug=slug)
    if community is None:
        return []
    return mentions.suggest(session, community=community, prefix=prefix)


def _unable_to_read(session, *, slug: str, body: str) -> list[str]:
    community = browse.get_community(session, slug=slug)
    if community is None:
        return []
    return mentions.unable_to_read(session, community=community, body=body)


class MentionPicker(rx.State, mixin=True):
    """Typing "@na" at the end of the text suggests members who can read the
    community's discussions; posting a text that names someone who cannot is
    held once with a warning (posting the same text again goes ahead).

    A state using it has ``draft`` and says where it writes
    (:meth:`_mention_slug`) and which control holds the text
    (:attr:`_mention_control`)."""

    draft: str = ""
    mention_options: list[str] = []
    mention_warning: str = ""
    _warned_body: str = ""
    _mention_control: str = ""

    def _mention_slug(self) -> str:
        raise NotImplementedError

    @rx.event
    async def look_for_mention(self, text: object):
        if not isinstance(text, str):
            return
        self.draft = text[: threads.MAX_BODY_LENGTH + 1]
        prefix = mentions.typed_prefix(self.draft)
        slug = self._mention_slug()
        options = (
            await in_session(_suggest, slug=slug, prefix=prefix)
            if prefix is not None and slug
            else []
        )
        if options != self.mention_options:
            self.mention_options = options

    @rx.event
    def insert_mention(self, name: object):
        """Complete the "@..." being typed with the chosen name."""
        if not isinstance(name, str) or name not in self.mention_options:
            return None
        prefix = mentions.typed_prefix(self.draft)
        if prefix is None:
            return None
        self.draft = self.draft[: len(self.draft) - len(prefix)] + name + " "
        self.mention_options = []
        return [
            rx.set_value(self._mention_control, self.draft),
            rx.set_focus(self._mention_control),
        ]

    async def _held_for_mentions(self, body: str) -> bool:
        """True (with the warning shown) when the text names someone who cannot
        read it and the author has not seen that warning for this very text."""
        slug = self._mention_slug()
        if slug and body != self._warned_body:
            unable = await in_session(_unable_to_read, slug=slug, body=body[:20_000])
            if unable:
                self._warned_body = body
                self.mention_warning = t("mention.cannot_read", names=", ".join(unable))
                return True
        self.mention_warning, self._warned_body, self.mention_options = "", "", []
        return False

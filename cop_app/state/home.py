"""Home page: the list of communities."""

from __future__ import annotations

import reflex as rx

from cop_app.schemas import CommunityCard
from cop_app.services import browse
from cop_app.state.base import in_session


class HomeState(rx.State):
    cards: list[CommunityCard] = []
    loaded: bool = False

    @rx.event
    async def load(self):
        self.cards = await in_session(browse.list_community_cards)
        self.loaded = True

"""Home page: the list of communities, and the member's own."""

from __future__ import annotations

import reflex as rx

from cop_app.schemas import CommunityCard, MyCommunity
from cop_app.services.communities import browse
from cop_app.state.auth import current_caller
from cop_app.state.base import in_session


def _mine(session, *, user_id: int) -> tuple[list[MyCommunity], bool]:
    return (
        browse.list_my_communities(session, user_id=user_id),
        browse.onboarding_unfinished(session, user_id=user_id),
    )


class HomeState(rx.State):
    cards: list[CommunityCard] = []
    mine: list[MyCommunity] = []
    onboarding_unfinished: bool = False
    loaded: bool = False

    @rx.event
    async def load(self):
        self.cards = await in_session(browse.list_community_cards)
        _, caller = await current_caller(self)
        if caller is None:
            self.mine, self.onboarding_unfinished = [], False
        else:
            self.mine, self.onboarding_unfinished = await in_session(_mine, user_id=caller.id)
        self.loaded = True

"""English: overview texts (merged into en.MESSAGES)."""

MESSAGES: dict[str, str] = {
    "overview.title": "Health of all communities",
    "overview.link": "Health of all communities",
    "overview.lead": (
        "Every community side by side, each judged against its own targets, the ones "
        "needing most attention first. Open a community for its full dashboard and what "
        "to act on."
    ),
    "overview.caption": (
        "{period}, communities that are not archived. Active members always count the last "
        "30 and 7 days; the unanswered queue is as of now. Judgements are those of each "
        "community's dashboard."
    ),
    "overview.empty": "There are no communities to compare yet.",
    "overview.col_community": "Community",
    "overview.stage": "Life-cycle stage:",
    "overview.col_status": "Dashboard cards",
    "overview.col_members": "Members",
    "overview.col_active_30": "Active, 30 days",
    "overview.col_active_7": "Active, 7 days",
    "overview.col_new": "New members",
    "overview.col_first_response": "First response (median)",
    "overview.col_unanswered": "Unanswered",
    "overview.col_coverage": "Reply coverage",
    "overview.col_top10": "Top-10 share",
    "overview.band_broad": "Broad",
    "overview.band_healthy": "Healthy spread",
    "overview.band_concentrated": "Concentrated",
    "overview.band_fragile": "Fragile",
    "overview.cards_poor.one": "{count} needs attention",
    "overview.cards_poor.other": "{count} need attention",
    "overview.cards_watch.one": "{count} worth watching",
    "overview.cards_watch.other": "{count} worth watching",
    "overview.cards_good.one": "{count} healthy",
    "overview.cards_good.other": "{count} healthy",
    "overview.not_judged": "Not judged yet",
    "overview.target_hours": "Target: {hours} h",
    "overview.no_target": "No target set",
}

"""Threads, posts, reactions and accepted answers: the write side (and reads).

Same conventions as :mod:`cop_app.services.communities.communities`: keyword-only
functions taking the caller's :class:`Session`, never committing. Each write
updates the stored counters the lists and the dashboard read (thread
``reply_count``, ``participant_count``, ``last_activity_at``, first response;
``post.helpful_count``; community ``thread_count`` and ``last_activity_at``)
in the same transaction, with SQL expressions rather than read-modify-write,
and appends one row to the activity log.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Session, col, select

from cop_app.models import (
    AcceptedAnswer,
    ActivityEvent,
    ActivityKind,
    Community,
    CommunityFocusArea,
    FocusArea,
    FocusAreaCode,
    FocusEmphasis,
    KnowledgeSubtype,
    Post,
    Reaction,
    ReactionKind,
    TargetUnit,
    Thread,
    ThreadKind,
    ThreadStatus,
    Urgency,
    User,
    utcnow,
)
from cop_app.services.accounts.profiles import FormError
from cop_app.services.communities.communities import (
    InvalidTimestampError,
    get_required,
    later_of,
    log_event,
    normalise_tags,
    pk,
    ts_literal,
    update_counters,
    when,
)
from cop_app.services.communities.onboarding import do_note_contribution
from cop_app.services.guards.authz import (
    ServiceError,
    check_can_accept,
    check_can_moderate,
    check_can_post,
)
from cop_app.services.guards.text import clean_body, clean_line, clean_line_into
from cop_app.services.reach import outbox, watching

MAX_TITLE_LENGTH = 200
MAX_BODY_LENGTH = 20_000
#: Thread kinds that wait for an answer (accepted answers, first response).
ANSWERABLE_KINDS: frozenset[ThreadKind] = frozenset({ThreadKind.QUESTION, ThreadKind.HELPDESK})


# --------------------------------------------------------------------------- errors


class ThreadError(ServiceError):
    """A thread or post write was refused."""


class EmptyTitleError(ThreadError):
    pass


class TitleTooLongError(ThreadError):
    pass


class EmptyBodyError(ThreadError):
    pass


class BodyTooLongError(ThreadError):
    pass


class KnowledgeSubtypeError(ThreadError):
    """A knowledge item needs a subtype; other kinds must not have one."""


class UrgencyError(ThreadError):
    """Urgency belongs to help-desk requests only."""


class ThreadLockedError(ThreadError):
    pass


class ThreadHiddenError(ThreadError):
    pass


class PostNotInThreadError(ThreadError):
    pass


class OwnPostReactionError(ThreadError):
    pass


class NotYourPostError(ThreadError):
    """Only a post's author (or a moderator, to delete) may change it."""


class NotAnswerableError(ThreadError):
    """Only questions and help-desk requests have accepted answers."""


# --------------------------------------------------------------------------- helpers


def _clean_title(title: str) -> str:
    value = clean_line(title, field_label="title", field="title")
    if not value:
        msg = "a thread needs a title"
        raise EmptyTitleError(msg)
    if len(value) > MAX_TITLE_LENGTH:
        msg = f"a title may have at most {MAX_TITLE_LENGTH} characters"
        raise TitleTooLongError(msg)
    return value


def _clean_body(body: str) -> str:
    value = clean_body(body)
    if not value:
        msg = "write something before posting"
        raise EmptyBodyError(msg)
    if len(value) > MAX_BODY_LENGTH:
        msg = f"a post may have at most {MAX_BODY_LENGTH} characters"
        raise BodyTooLongError(msg)
    return value


def _community_of(session: Session, thread: Thread) -> Community:
    return get_required(session, Community, thread.community_id)


def _touch(session: Session, thread: Thread | None, *, community_id: int | None = None) -> None:
    """Bump the revisions open pages compare (thread and its community)."""
    if thread is not None:
        update_counters(session, thread, revision=Thread.revision + 1, changed_at=utcnow())
        community_id = thread.community_id
    if community_id is not None:
        session.execute(
            sa.update(Community)
            .where(col(Community.id) == community_id)
            .values(revision=Community.revision + 1)
        )


def get_helpdesk_target_hours(session: Session, *, community: Community) -> float | None:
    """The community's help-desk response target in hours: the target of its
    practitioner-support focus area, when that is counted in hours."""
    row = session.exec(
        select(CommunityFocusArea).where(
            CommunityFocusArea.community_id == community.id,
            CommunityFocusArea.focus_area == FocusAreaCode.PRACTITIONER_SUPPORT,
            CommunityFocusArea.target_unit == TargetUnit.HOURS_TO_FIRST_RESPONSE,
        )
    ).first()
    return row.target_value if row is not None else None


# --------------------------------------------------------------------------- reads


def get_thread(session: Session, *, thread_id: int) -> Thread | None:
    return session.get(Thread, thread_id)


def list_posts(session: Session, *, thread: Thread) -> list[Post]:
    """The thread's posts in order, opening post first."""
    return list(
        session.exec(
            select(Post).where(Post.thread_id == thread.id).order_by(col(Post.position))
        ).all()
    )


def get_accepted_answer(session: Session, *, thread: Thread) -> AcceptedAnswer | None:
    return session.get(AcceptedAnswer, thread.id)


# --------------------------------------------------------------------------- checks


def check_thread_open(thread: Thread) -> None:
    """Nobody may reply to a locked or hidden thread."""
    if thread.is_locked:
        msg = "this thread is locked; no new replies"
        raise ThreadLockedError(msg)
    if thread.is_hidden:
        msg = "this thread is hidden by the moderators"
        raise ThreadHiddenError(msg)


def check_can_reply(session: Session, *, thread: Thread, user: User) -> None:
    """Members may reply to a thread that is neither locked nor hidden."""
    check_thread_open(thread)
    check_can_post(session, community=_community_of(session, thread), user=user)


# --------------------------------------------------------------------------- writes


def do_create_thread(
    session: Session,
    *,
    community: Community,
    author: User,
    kind: ThreadKind,
    title: str,
    body: str,
    focus_area: FocusAreaCode | None = None,
    knowledge_subtype: KnowledgeSubtype | None = None,
    tags: Iterable[str] = (),
    urgency: Urgency | None = None,
    context_country: str = "",
    context_project: str = "",
    at: datetime | None = None,
) -> Thread:
    """Start a thread with its opening post (position 0).

    A help-desk request gets the community's response target copied in (and
    ``normal`` urgency unless given); a knowledge item needs its subtype.
    """
    at = when(at)
    kind = ThreadKind(kind)
    title = _clean_title(title)
    body = _clean_body(body)
    country = clean_line(context_country, field_label="country", field="context_country")
    project = clean_line(context_project, field_label="project", field="context_project")
    if kind == ThreadKind.KNOWLEDGE and knowledge_subtype is None:
        msg = "a knowledge item needs a type: good practice, lesson learned, ToR or briefing note"
        raise KnowledgeSubtypeError(msg)
    if kind != ThreadKind.KNOWLEDGE and knowledge_subtype is not None:
        msg = "only knowledge items have a knowledge type"
        raise KnowledgeSubtypeError(msg)
    if kind != ThreadKind.HELPDESK and urgency is not None:
        msg = "only help-desk requests have an urgency"
        raise UrgencyError(msg)
    check_can_post(session, community=community, user=author)
    thread = Thread(
        community_id=pk(community),
        author_id=pk(author),
        kind=kind,
        knowledge_subtype=KnowledgeSubtype(knowledge_subtype) if knowledge_subtype else None,
        focus_area=FocusAreaCode(focus_area) if focus_area else None,
        title=title,
        tags=normalise_tags(tags),
        urgency=(Urgency(urgency) if urgency else Urgency.NORMAL)
        if kind == ThreadKind.HELPDESK
        else None,
        context_country=country[:80],
        context_project=project[:120],
        response_target_hours=get_helpdesk_target_hours(session, community=community)
        if kind == ThreadKind.HELPDESK
        else None,
        created_at=at,
        reply_count=0,
        participant_count=1,
        last_activity_at=at,
    )
    session.add(thread)
    session.flush()
    post = Post(thread_id=pk(thread), author_id=pk(author), position=0, body=body, created_at=at)
    session.add(post)
    session.flush()
    update_counters(
        session,
        community,
        thread_count=Community.thread_count + 1,
        last_activity_at=later_of(Community.last_activity_at, at),
    )
    log_event(
        session,
        community_id=community.id,
        actor_id=author.id,
        kind=ActivityKind.THREAD_CREATED,
        at=at,
        thread_id=thread.id,
        post_id=post.id,
        focus_area=thread.focus_area,
    )
    do_note_contribution(session, user_id=pk(author), community_id=pk(community), at=at)
    _touch(session, None, community_id=community.id)
    watching.do_watch_as_author(session, user_id=pk(author), thread=thread)
    outbox.record_post(session, thread=thread, post=post)
    session.flush()
    return thread


def do_reply(
    session: Session,
    *,
    thread: Thread,
    author: User,
    body: str,
    quoted_post: Post | None = None,
    at: datetime | None = None,
) -> Post:
    """Reply at the end of a thread and keep its counters right.

    The first response (time and seconds since the thread started) counts only
    replies by someone other than the thread's author.
    """
    at = when(at)
    body = _clean_body(body)
    # Replies to one thread queue here (PostgreSQL row lock; SQLite write
    # transactions are serial anyway), so positions and counters stay exact.
    # NO KEY UPDATE (PostgreSQL): rows that merely point at the thread (the
    # notifications the fan-out inserts, reactions) take KEY SHARE and do not wait.
    session.exec(
        select(Thread.id).where(Thread.id == thread.id).with_for_update(key_share=True)
    ).one()
    check_can_reply(session, thread=thread, user=author)
    if quoted_post is not None and quoted_post.thread_id != thread.id:
        msg = "you can only quote a post from the same thread"
        raise PostNotInThreadError(msg)
    if at < thread.created_at:
        msg = "a reply cannot be older than its thread"
        raise InvalidTimestampError(msg)
    position = session.exec(
        select(sa.func.coalesce(sa.func.max(Post.position), -1) + 1).where(
            Post.thread_id == thread.id
        )
    ).one()
    post = Post(
        thread_id=pk(thread),
        author_id=pk(author),
        position=position,
        body=body,
        quoted_post_id=quoted_post.id if quoted_post is not None else None,
        created_at=at,
    )
    session.add(post)
    session.flush()

    participants = (
        select(sa.func.count(sa.distinct(Post.author_id)))
        .where(Post.thread_id == thread.id)
        .scalar_subquery()
    )
    values: dict[str, object] = {
        "reply_count": Thread.reply_count + 1,
        "participant_count": participants,
        "last_activity_at": later_of(Thread.last_activity_at, at),
    }
    if author.id != thread.author_id:
        earlier = sa.or_(
            col(Thread.first_response_at).is_(None), col(Thread.first_response_at) > ts_literal(at)
        )
        seconds = int((at - thread.created_at).total_seconds())
        values["first_response_at"] = sa.case(
            (earlier, ts_literal(at)), else_=Thread.first_response_at
        )
        values["first_response_seconds"] = sa.case(
            (earlier, seconds), else_=Thread.first_response_seconds
        )
    update_counters(session, thread, **values)
    community = _community_of(session, thread)
    update_counters(session, community, last_activity_at=later_of(Community.last_activity_at, at))
    log_event(
        session,
        community_id=thread.community_id,
        actor_id=author.id,
        kind=ActivityKind.REPLY_CREATED,
        at=at,
        thread_id=thread.id,
        post_id=post.id,
        counterpart_id=thread.author_id,
        focus_area=thread.focus_area,
    )
    do_note_contribution(session, user_id=pk(author), community_id=thread.community_id, at=at)
    _touch(session, thread)
    watching.do_watch_as_author(session, user_id=pk(author), thread=thread)
    outbox.record_post(session, thread=thread, post=post)
    session.flush()
    return post


def do_react(
    session: Session,
    *,
    post: Post,
    user: User,
    kind: ReactionKind = ReactionKind.HELPFUL,
    at: datetime | None = None,
) -> Reaction:
    """Mark a post helpful. Once per member and post (again is a no-op); not on
    one's own post."""
    at = when(at)
    thread = get_required(session, Thread, post.thread_id)
    if post.author_id == user.id:
        msg = "you cannot mark your own post as helpful"
        raise OwnPostReactionError(msg)
    if thread.is_hidden:
        msg = "this thread is hidden by the moderators"
        raise ThreadHiddenError(msg)
    check_can_post(session, community=_community_of(session, thread), user=user)
    existing = session.exec(
        select(Reaction).where(
            Reaction.post_id == post.id, Reaction.user_id == user.id, Reaction.kind == kind
        )
    ).first()
    if existing is not None:
        return existing
    if at < post.created_at:
        msg = "a reaction cannot be older than its post"
        raise InvalidTimestampError(msg)
    reaction = Reaction(post_id=pk(post), user_id=pk(user), kind=ReactionKind(kind), created_at=at)
    session.add(reaction)
    session.flush()
    update_counters(session, post, helpful_count=Post.helpful_count + 1)
    # Figures count people, not clicks: taking a mark back and giving it again
    # logs nothing new, so toggling cannot inflate a community's activity.
    already_logged = session.exec(
        select(ActivityEvent.id).where(
            ActivityEvent.actor_id == user.id,
            ActivityEvent.kind == ActivityKind.REACTION_ADDED,
            ActivityEvent.post_id == post.id,
        )
    ).first()
    if already_logged is None:
        log_event(
            session,
            community_id=thread.community_id,
            actor_id=user.id,
            kind=ActivityKind.REACTION_ADDED,
            at=at,
            thread_id=thread.id,
            post_id=post.id,
            counterpart_id=post.author_id,
            focus_area=thread.focus_area,
        )
        do_note_contribution(session, user_id=pk(user), community_id=thread.community_id, at=at)
    _touch(session, thread)
    session.flush()
    return reaction


def do_accept_answer(
    session: Session, *, thread: Thread, post: Post, by: User, at: datetime | None = None
) -> AcceptedAnswer:
    """Mark a reply as the accepted answer; the thread becomes answered. A new
    choice replaces the previous one (accepting the same post again is a no-op)."""
    at = when(at)
    if ThreadKind(thread.kind) not in ANSWERABLE_KINDS:
        msg = "only questions and help-desk requests have an accepted answer"
        raise NotAnswerableError(msg)
    if post.thread_id != thread.id:
        msg = "the answer must be a reply in this thread"
        raise PostNotInThreadError(msg)
    if post.position == 0:
        msg = "the opening post cannot be its own answer"
        raise PostNotInThreadError(msg)
    check_can_accept(session, thread=thread, user=by)
    if at < post.created_at:
        msg = "an answer cannot be accepted before it was written"
        raise InvalidTimestampError(msg)
    accepted = session.get(AcceptedAnswer, pk(thread))
    if accepted is not None and accepted.post_id == post.id:
        return accepted
    if accepted is None:
        accepted = AcceptedAnswer(
            thread_id=pk(thread), post_id=pk(post), accepted_by_id=pk(by), accepted_at=at
        )
        session.add(accepted)
    else:
        accepted.post_id = pk(post)
        accepted.accepted_by_id = pk(by)
        accepted.accepted_at = at
    thread.status = ThreadStatus.ANSWERED
    log_event(
        session,
        community_id=thread.community_id,
        actor_id=by.id,
        kind=ActivityKind.ANSWER_ACCEPTED,
        at=at,
        thread_id=thread.id,
        post_id=post.id,
        counterpart_id=post.author_id,
        focus_area=thread.focus_area,
    )
    # The one who accepts is the contributor (the actor of answer_accepted).
    do_note_contribution(session, user_id=pk(by), community_id=thread.community_id, at=at)
    _touch(session, thread)
    outbox.record_answer(session, thread=thread, post=post, by_id=pk(by), at=at)
    session.flush()
    return accepted


def do_moderate_thread(
    session: Session,
    *,
    thread: Thread,
    by: User,
    pinned: bool | None = None,
    locked: bool | None = None,
    hidden: bool | None = None,
) -> Thread:
    """Pin, lock or hide a thread (leads, facilitators, site admins). ``None``
    leaves a flag as it is."""
    check_can_moderate(session, community=_community_of(session, thread), user=by)
    if pinned is not None:
        thread.is_pinned = pinned
    if locked is not None:
        thread.is_locked = locked
    if hidden is not None:
        thread.is_hidden = hidden
    session.flush()
    _touch(session, thread)
    session.flush()
    return thread


def do_assign_thread(
    session: Session, *, thread: Thread, assignee: User | None, by: User
) -> Thread:
    """Route a request to a member who will answer it (or clear the assignment)."""
    community = _community_of(session, thread)
    check_can_moderate(session, community=community, user=by)
    if assignee is not None:
        check_can_post(session, community=community, user=assignee)
    thread.assigned_to_id = assignee.id if assignee is not None else None
    session.flush()
    _touch(session, thread)
    session.flush()
    return thread


def do_unreact(
    session: Session, *, post: Post, user: User, kind: ReactionKind = ReactionKind.HELPFUL
) -> None:
    """Take back a "helpful" mark (nothing happens when there is none)."""
    existing = session.exec(
        select(Reaction).where(
            Reaction.post_id == post.id, Reaction.user_id == user.id, Reaction.kind == kind
        )
    ).first()
    if existing is None:
        return
    thread = get_required(session, Thread, post.thread_id)
    check_can_post(session, community=_community_of(session, thread), user=user)
    session.delete(existing)
    session.flush()
    update_counters(session, post, helpful_count=Post.helpful_count - 1)
    _touch(session, thread)
    session.flush()


def do_edit_post(
    session: Session, *, post: Post, by: User, body: str, at: datetime | None = None
) -> Post:
    """The author rewrites their own post; it shows as edited."""
    at = when(at)
    thread = get_required(session, Thread, post.thread_id)
    if post.author_id != by.id:
        msg = "only the author can edit a post"
        raise NotYourPostError(msg)
    if post.deleted_at is not None:
        msg = "a deleted post cannot be edited"
        raise NotYourPostError(msg)
    body = _clean_body(body)
    check_can_reply(session, thread=thread, user=by)
    if body == post.body:
        return post
    post.body, post.edited_at = body, at
    session.add(post)
    session.flush()
    _touch(session, thread)
    session.flush()
    return post


def do_delete_post(session: Session, *, post: Post, by: User, at: datetime | None = None) -> None:
    """Soft-delete a reply (its author, or a moderator). The post stays as a
    tombstone; counters, the first response and the accepted answer are
    recomputed from the replies that remain."""
    at = when(at)
    thread = get_required(session, Thread, post.thread_id)
    community = _community_of(session, thread)
    if post.author_id == by.id:
        check_can_post(session, community=community, user=by)
    else:
        check_can_moderate(session, community=community, user=by)
    if post.position == 0:
        msg = "the opening post cannot be deleted; a lead can hide the whole thread"
        raise NotYourPostError(msg)
    if post.deleted_at is not None:
        return
    post.deleted_at = at
    session.add(post)
    session.flush()
    accepted = session.get(AcceptedAnswer, pk(thread))
    if accepted is not None and accepted.post_id == post.id:
        session.delete(accepted)
        thread.status = ThreadStatus.OPEN
        session.add(thread)
    first = session.exec(
        select(Post.created_at)
        .where(
            Post.thread_id == thread.id,
            Post.author_id != thread.author_id,
            col(Post.deleted_at).is_(None),
            Post.position > 0,
        )
        .order_by(col(Post.created_at))
        .limit(1)
    ).first()
    thread.first_response_at = first
    thread.first_response_seconds = (
        int((first - thread.created_at).total_seconds()) if first is not None else None
    )
    session.add(thread)
    session.flush()
    participants = (
        select(sa.func.count(sa.distinct(Post.author_id)))
        .where(Post.thread_id == thread.id, col(Post.deleted_at).is_(None))
        .scalar_subquery()
    )
    update_counters(
        session, thread, reply_count=Thread.reply_count - 1, participant_count=participants
    )
    _touch(session, thread)
    session.flush()


# --------------------------------------------------------------------------- the new-thread form


@dataclasses.dataclass(frozen=True)
class NewThreadForm:
    kind: str
    title: str
    body: str
    focus_area: str = ""  # a FocusAreaCode value, or "" for none
    knowledge_subtype: str = ""
    tags: str = ""  # comma-separated
    urgency: str = ""
    context_country: str = ""
    context_project: str = ""


def suggested_focus_area(session: Session, *, community: Community) -> str:
    """The community's first primary focus area (catalogue order), "" if none."""
    row = session.exec(
        select(CommunityFocusArea.focus_area)
        .join(FocusArea, col(FocusArea.code) == col(CommunityFocusArea.focus_area))
        .where(
            CommunityFocusArea.community_id == community.id,
            CommunityFocusArea.emphasis == FocusEmphasis.PRIMARY,
        )
        .order_by(col(FocusArea.sort_order))
    ).first()
    return FocusAreaCode(row).value if row is not None else ""


def do_start_thread(
    session: Session,
    *,
    community: Community,
    author: User,
    form: NewThreadForm,
    at: datetime | None = None,
) -> Thread:
    """Validate the new-thread form (messages keyed by field, nothing written on
    error) and start the thread. Authorisation and the rate limit are checked
    by :func:`do_create_thread`."""
    errors: dict[str, str] = {}
    kinds = {k.value for k in ThreadKind}
    if form.kind not in kinds:
        errors["kind"] = "Choose what kind of thread this is."
    title = clean_line_into(errors, "title", form.title, field_label="title")
    if "title" not in errors:
        if not title:
            errors["title"] = "Give the thread a title that says what it is about."
        elif len(title) > MAX_TITLE_LENGTH:
            errors["title"] = f"Keep the title under {MAX_TITLE_LENGTH} characters."
    body = clean_body(form.body)
    if not body:
        errors["body"] = "Write the question, request or item itself."
    elif len(body) > MAX_BODY_LENGTH:
        errors["body"] = (
            f"This is {len(body):,} characters; the most a post can hold is "
            f"{MAX_BODY_LENGTH:,}. Shorten it or split it into replies."
        )
    if form.focus_area and form.focus_area not in {c.value for c in FocusAreaCode}:
        errors["focus_area"] = "Choose a focus area from the list."
    subtype: KnowledgeSubtype | None = None
    if form.kind == ThreadKind.KNOWLEDGE:
        if form.knowledge_subtype not in {k.value for k in KnowledgeSubtype}:
            errors["knowledge_subtype"] = "Choose what type of knowledge item this is."
        else:
            subtype = KnowledgeSubtype(form.knowledge_subtype)
    urgency: Urgency | None = None
    if form.kind == ThreadKind.HELPDESK:
        if form.urgency not in {u.value for u in Urgency}:
            errors["urgency"] = "Choose how urgent the request is."
        else:
            urgency = Urgency(form.urgency)
        country = clean_line_into(
            errors, "context_country", form.context_country, field_label="country"
        )
        if len(country) > 80:
            errors["context_country"] = "Keep the country under 80 characters."
        project = clean_line_into(
            errors, "context_project", form.context_project, field_label="project"
        )
        if len(project) > 120:
            errors["context_project"] = "Keep the project under 120 characters."
    raw_tags = [tag for tag in form.tags.split(",") if tag.strip()]
    tags: list[str] = []
    if len(raw_tags) > 8:
        errors["tags"] = "Use at most 8 tags."
    else:
        try:
            tags = normalise_tags(raw_tags)
        except ServiceError as exc:
            message = str(exc)
            errors["tags"] = (
                message[:1].upper() + message[1:] + ("" if message[-1:] == "." else ".")
            )
    if errors:
        raise FormError(errors)
    return do_create_thread(
        session,
        community=community,
        author=author,
        kind=ThreadKind(form.kind),
        title=title,
        body=body,
        focus_area=FocusAreaCode(form.focus_area) if form.focus_area else None,
        knowledge_subtype=subtype,
        tags=tags,
        urgency=urgency,
        context_country=form.context_country if form.kind == ThreadKind.HELPDESK else "",
        context_project=form.context_project if form.kind == ThreadKind.HELPDESK else "",
        at=at,
    )


# --------------------------------------------------------------------------- lead's tools


def do_move_thread(session: Session, *, thread: Thread, to: Community, by: User) -> Thread:
    """Move a thread (with its posts) to another community the mover also
    moderates; both communities' counters follow."""
    source = _community_of(session, thread)
    check_can_moderate(session, community=source, user=by)
    check_can_moderate(session, community=to, user=by)
    if to.id == source.id:
        return thread
    if to.archived_at is not None:
        msg = f"{to.name} is archived; nothing can be moved into it"
        raise ThreadError(msg)
    thread.community_id = pk(to)
    session.add(thread)
    session.flush()
    update_counters(session, source, thread_count=Community.thread_count - 1)
    update_counters(
        session,
        to,
        thread_count=Community.thread_count + 1,
        last_activity_at=later_of(Community.last_activity_at, thread.last_activity_at),
    )
    _touch(session, thread)
    _touch(session, None, community_id=source.id)
    session.flush()
    return thread


def do_make_knowledge_item(
    session: Session,
    *,
    thread: Thread,
    by: User,
    subtype: KnowledgeSubtype,
    thread_url: str,
    at: datetime | None = None,
) -> Thread:
    """Turn a question's accepted answer into a knowledge item of the same
    community (leads, facilitators, site admins). The item credits the answer's
    author and links back to the question."""
    community = _community_of(session, thread)
    check_can_moderate(session, community=community, user=by)
    accepted = session.get(AcceptedAnswer, pk(thread))
    if accepted is None:
        msg = "accept an answer first; the knowledge item is made from it"
        raise NotAnswerableError(msg)
    answer = get_required(session, Post, accepted.post_id)
    answerer = get_required(session, User, answer.author_id)
    body = (
        f"{answer.body}\n\n---\n\n*From the accepted answer by {answerer.display_name} to "
        f"[{thread.title}]({thread_url}).*"
    )
    return do_create_thread(
        session,
        community=community,
        author=by,
        kind=ThreadKind.KNOWLEDGE,
        knowledge_subtype=KnowledgeSubtype(subtype),
        title=thread.title[:MAX_TITLE_LENGTH],
        body=body[:MAX_BODY_LENGTH],
        focus_area=thread.focus_area,
        tags=thread.tags,
        at=at,
    )

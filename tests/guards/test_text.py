"""The one text normaliser (cop_app/services/guards/text.py) and where the services use it.

Property tests (hypothesis) over a Unicode sample: a refused character anywhere
in a name is refused, the output is NFC and a fixed point; then examples of
the scripts whose joiners must survive; then the services: every single-line
field people type refuses the characters by name and saves nothing, bodies
lose them silently, and a display name that looks like another member's is
refused.
"""

from __future__ import annotations

import unicodedata
from datetime import UTC, datetime

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from sqlmodel import Session, func, select

from cop_app.models import (
    Community,
    FocusArea,
    FocusAreaCode,
    MemberExpertise,
    MemberProfile,
    Membership,
    Openness,
    Post,
    Thread,
    ThreadKind,
    User,
)
from cop_app.services.accounts import auth, profiles
from cop_app.services.communities import admin, communities, community_admin
from cop_app.services.guards.text import (
    MAX_MARKS_IN_A_BODY,
    FormError,
    TextError,
    are_confusable,
    clean_body,
    clean_line,
    clean_line_into,
    skeleton,
)
from cop_app.services.threads import threads
from tests.factories import make_community, make_membership, make_user

NOW = datetime(2026, 11, 22, 12, tzinfo=UTC)
PROPERTY = settings(
    max_examples=300, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow]
)

# --------------------------------------------------------------------------- samples

#: Letters and spaces of several scripts: a "normal name" is made of these.
NAME_ALPHABET = (
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 -.'"
    "éèçñøåäöüßłğış"  # Latin with accents (precomposed)
    "абвгдежзийклмнопрстуфхцчшщыэюяАБВГД"  # Cyrillic
    "αβγδεζηθικλμνξοπρστυφχψωΑΒΓΔ"  # Greek
    "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"  # Arabic
    "कखगघचछजझटठडढणतथदधनपफबभमयरलवशसह"  # Devanagari consonants
    "中文名字李王张刘陈"  # Han
    "ひらがなカタカナ"  # Kana
)
NAMES = st.text(alphabet=NAME_ALPHABET, min_size=1, max_size=30).filter(lambda s: s.strip())

#: Characters a one-line field must refuse wherever they stand.
REFUSED = (
    [chr(c) for c in range(0x00, 0x20) if chr(c) not in "\t\n\r"]  # C0 controls
    + [chr(c) for c in range(0x7F, 0xA0)]  # DEL and C1 controls (U+0085 included)
    + list("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")  # bidi embed/override/isolate
    + list("\u200e\u200f\u061c")  # bidi marks
    + list("\u200b\u2060\ufeff\u00ad\u180e\u2061\u2062\u2063\u2064\u206a\u206f")  # format
    + list("\u115f\u1160\u3164\uffa0")  # Hangul fillers
    + list("\u034f\u17b4\u17b5\u2800")  # CGJ, Khmer inherent vowels, Braille blank
    + list("\u2028\u2029")  # line and paragraph separators
    + ["\U000e0001", "\U000e0020", "\U000e0041", "\U000e007f"]  # tag characters
    + ["\ue000", "\uf8ff", "\U000f0000", "\U00100000"]  # private use
    + ["\ufdd0", "\ufffe", "\uffff", "\U0001fffe"]  # noncharacters
    + ["\u0378", "\u0530", "\U000e0080", "\U0010fff0"]  # unassigned
    + ["\ud800", "\udfff"]  # lone surrogates (a websocket message can carry them)
)


def _code(ch: str) -> str:
    return f"U+{ord(ch):04X}"


# --------------------------------------------------------------------------- clean_line: properties


@PROPERTY
@given(name=NAMES, bad=st.sampled_from(REFUSED), where=st.integers(min_value=0))
def test_a_refused_character_anywhere_in_a_name_is_refused_by_code_point(
    name: str, bad: str, where: int
) -> None:
    at = where % (len(name) + 1)
    with pytest.raises(TextError) as refused:
        clean_line(name[:at] + bad + name[at:], field_label="title")
    assert refused.value.message.startswith("The title contains")
    assert _code(bad) in refused.value.message


@PROPERTY
@given(name=NAMES, joiner=st.sampled_from(["\u200c", "\u200d"]), where=st.integers(min_value=0))
def test_a_joiner_in_a_latin_or_cyrillic_name_is_refused(
    name: str, joiner: str, where: int
) -> None:
    latin = "".join(ch for ch in name if ch.isascii() or "\u0400" <= ch <= "\u04ff") or "x"
    at = where % (len(latin) + 1)
    with pytest.raises(TextError):
        clean_line(latin[:at] + joiner + latin[at:], field_label="name")


@PROPERTY
@given(value=st.text(max_size=60))
@example("Cafe\u0301  au\u00a0lait")
@example("\u0020\u0301\u0301\u0301\u0301x")
@example("\U0001f3f4\U000e0067\U000e0062\U000e0073\U000e0063\U000e0074\U000e007f Scotland")
def test_any_accepted_line_is_nfc_single_spaced_and_a_fixed_point(value: str) -> None:
    try:
        line = clean_line(value, field_label="title")
    except TextError:
        return
    assert unicodedata.is_normalized("NFC", line)
    assert line == line.strip(" ")
    assert "  " not in line
    assert clean_line(line, field_label="title") == line
    for ch in line:
        if ch not in "\u200c\u200d" and not "\U000e0020" <= ch <= "\U000e007f":
            assert unicodedata.category(ch) not in ("Cc", "Cf", "Co", "Cs", "Zl", "Zp"), _code(ch)


@PROPERTY
@given(name=NAMES)
def test_a_normal_name_comes_back_as_its_nfc_single_spaced_self(name: str) -> None:
    expected = " ".join(unicodedata.normalize("NFC", name).split(" ")).strip()
    expected = " ".join(part for part in expected.split(" ") if part)
    assert clean_line(name, field_label="name") == expected


# --------------------------------------------------------------------------- clean_line: examples

ACCEPTED = {
    "Persian with ZWNJ": "می\u200cخواهم",
    "Persian compound": "نامه\u200cها",
    "Urdu ZWJ at a word's end": "ہ\u200d",
    "Devanagari half form (ZWJ)": "क्\u200dष",
    "Devanagari explicit virama (ZWNJ)": "क्\u200cष",
    "Marathi eyelash ra": "र्\u200dय",
    "Bengali ya-phala": "র\u200d্যাব",
    "Sinhala Sri": "ශ්\u200dරී ලංකා",
    "Sinhala touching letters": "ක\u200d්\u200dෂ",
    "Malayalam old chillu": "അവന്\u200d",
    "Malayalam atomic chillu": "അവൻ",
    "Vietnamese": "Nguyễn Thị Minh Khai",
    "emoji": "Ana 😀",
    "emoji with presentation selector": "I ❤️ maps",
    "emoji ZWJ sequence": "Ana 👩🏽\u200d💻",
    "rainbow flag": "🏳️\u200d🌈 Pride",
    "Scotland flag": "🏴\U000e0067\U000e0062\U000e0073\U000e0063\U000e0074\U000e007f Scotland",
    "keycap": "Step 1\ufe0f\u20e3",
    "Unicode 15 emoji": "shaking \U0001fae8",
    "Han with an ideographic variation selector": "葛\U000e0100西",
    "four stacked marks": "Z\u0300\u0301\u0302\u0303",
    "Hebrew with points": "שָׁלוֹם",
}


@pytest.mark.parametrize("value", ACCEPTED.values(), ids=ACCEPTED.keys())
def test_scripts_that_need_joiners_and_emoji_are_accepted_as_nfc(value: str) -> None:
    line = clean_line(value, field_label="name")
    assert line == unicodedata.normalize("NFC", value)


def test_a_decomposed_name_is_stored_composed() -> None:
    assert clean_line("Jose\u0301  Marti\u0301", field_label="name") == "José Martí"


def test_whitespace_of_every_kind_becomes_one_space() -> None:
    value = " \t Ana\u00a0\u00a0Lúcia\n\r\nda\u3000Silva\u2009 "
    assert clean_line(value, field_label="name") == "Ana Lúcia da Silva"


REFUSED_IN_CONTEXT = {
    "ZWJ between Latin letters": "Site\u200dAdmin",
    "ZWNJ between Latin letters": "Auf\u200clage",
    "ZWJ at the start": "\u200dक्ष",
    "two joiners": "क्\u200d\u200dष",
    "ZWNJ after an Arabic letter before a Latin one": "ب\u200cA",
    "ZWJ between a letter and an emoji": "a\u200d😀",
    "ZWJ after an emoji, before a letter": "😀\u200da",
    "presentation selector after a letter": "ok\ufe0f",
    "selector alone": "\ufe0f",
    "two selectors in a row": "😀\ufe0f\ufe0f",
    "selector after a space": "a \ufe0f",
    "ideographic selector after a Latin letter": "a\U000e0100",
    "tag letters outside a flag": "Admin\U000e0061\U000e0064",
    "a flag without its cancel tag": "🏴\U000e0067\U000e0062",
}


@pytest.mark.parametrize("value", REFUSED_IN_CONTEXT.values(), ids=REFUSED_IN_CONTEXT.keys())
def test_joiners_selectors_and_tags_out_of_place_are_refused(value: str) -> None:
    with pytest.raises(TextError) as refused:
        clean_line(value, field_label="name")
    assert "invisible or control character" in refused.value.message


def test_zalgo_more_than_four_marks_on_a_letter_is_refused() -> None:
    zalgo = "Z" + "\u0336\u0337\u0338\u0339\u033a"
    with pytest.raises(TextError) as refused:
        clean_line(f"Hello {zalgo}", field_label="title")
    assert refused.value.message == (
        "The title stacks too many accents or marks on one letter; remove some and try again."
    )


def test_the_message_names_the_field_and_up_to_three_characters() -> None:
    with pytest.raises(TextError) as refused:
        clean_line("A\u202eB", field_label="title", field="title")
    assert refused.value.message == (
        "The title contains an invisible or control character (U+202E); remove it and try again."
    )
    assert refused.value.errors == {"title": refused.value.message}
    assert str(refused.value) == refused.value.message
    assert isinstance(refused.value, FormError)
    with pytest.raises(TextError) as refused:
        clean_line("\x00A\u200b\x07\u202e\x00B", field_label="community name")
    assert refused.value.message == (
        "The community name contains invisible or control characters "
        "(U+0000, U+200B, U+0007); remove them and try again."
    )


def test_max_length_counts_the_cleaned_line() -> None:
    assert clean_line("  a   b  ", field_label="tag", max_length=3) == "a b"
    with pytest.raises(TextError, match="Keep the tag to 3 characters or fewer"):
        clean_line("abcd", field_label="tag", max_length=3)


def test_clean_line_into_collects_the_message_under_the_field() -> None:
    errors: dict[str, str] = {}
    assert clean_line_into(errors, "region", "Sahel\x07", field_label="region") == ""
    assert clean_line_into(errors, "discipline", " Water ", field_label="discipline") == "Water"
    assert list(errors) == ["region"]
    assert "The region contains" in errors["region"]


# --------------------------------------------------------------------------- clean_body

BODY_DROPPED = [
    *(chr(c) for c in range(0x00, 0x20) if chr(c) not in "\t\n\r"),
    "\x7f",
    "\x9b",
    *"\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069",
    "\ufeff",
    "\U000e0041",
    "\ufffe",
]
WORDS = st.lists(
    st.text(alphabet=NAME_ALPHABET + "\u0301\u0308", min_size=1, max_size=8), max_size=8
)


@PROPERTY
@given(
    words=WORDS,
    separators=st.lists(st.sampled_from(["\n", "\t", "\n\n", " ", "\r\n"]), min_size=8, max_size=8),
    noise=st.lists(st.tuples(st.integers(min_value=0), st.sampled_from(BODY_DROPPED)), max_size=6),
)
def test_a_body_keeps_line_breaks_and_tabs_and_loses_other_controls(
    words: list[str], separators: list[str], noise: list[tuple[int, str]]
) -> None:
    plain = "".join(word + sep for word, sep in zip(words, separators, strict=False))
    noisy = plain
    for where, ch in noise:
        at = where % (len(noisy) + 1)
        noisy = noisy[:at] + ch + noisy[at:]
    expected = unicodedata.normalize("NFC", plain.replace("\r\n", "\n")).strip()
    assert clean_body(noisy) == expected


@PROPERTY
@given(value=st.text(max_size=80))
@example("a\u202e\u0301b")
@example("e\x00\u0301\ufe0f")
@example("x" + "\u0301" * 12)
def test_any_body_comes_out_nfc_without_controls_and_is_a_fixed_point(value: str) -> None:
    body = clean_body(value)
    assert unicodedata.is_normalized("NFC", body)
    assert clean_body(body) == body
    assert not any(unicodedata.category(ch) == "Cc" and ch not in "\n\t" for ch in body)
    assert not any(ch in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069" for ch in body)


def test_a_body_keeps_what_running_text_needs() -> None:
    text = "שלום\u200f (RLM)\nสวัสดี\u200bครับ\tคุณ\nمی\u200cخواهم\n👩\u200d💻\nsoft\u00adhyphen"
    assert clean_body(text) == text


def test_a_body_turns_every_line_break_into_a_newline() -> None:
    assert clean_body("a\r\nb\rc\u2028d\u2029e\x85f") == "a\nb\nc\nd\ne\nf"


def test_a_body_caps_stacked_marks_and_drops_loose_selectors() -> None:
    assert clean_body("x" + "\u0300" * 20) == "x" + "\u0300" * MAX_MARKS_IN_A_BODY
    assert clean_body("hidden\ufe00\ufe01\ufe02 data") == "hidden\ufe00 data"
    assert clean_body("I ❤\ufe0f it") == "I ❤\ufe0f it"


# --------------------------------------------------------------------------- skeleton


def test_skeletons_meet_for_lookalike_names() -> None:
    assert skeleton("pаypal") == skeleton("paypal")  # Cyrillic а
    assert skeleton("Site Αdmin") == skeleton("Site Admin")  # Greek Alpha
    assert skeleton("site admin") == skeleton("Site Admin")
    assert skeleton("Site-Admin") == skeleton("Site Admin")
    assert skeleton("SITE ADMIN") == skeleton("Site Admin")
    assert skeleton("Site\u200bAdmin") == skeleton("Site Admin")
    assert skeleton("Amina Okafor") != skeleton("Ngozi Okafor")
    assert skeleton("...") == "..."  # only punctuation: kept as it is


def test_capital_i_and_small_l_are_confusable_as_typed() -> None:
    assert skeleton("Il Postino") != skeleton("ll Postino")  # i and l once folded...
    assert are_confusable("Il Postino", "ll Postino")  # ...but alike as typed
    assert are_confusable("SITE ADMIN", "SlTE ADMlN")
    assert are_confusable("SITE ADMIN", "site admin")
    assert not are_confusable("Amina", "Amira")


# ------------------------------------------------------------------ services: display names

PASSWORD = "correct horse battery staple 42"


def _sign_up(session: Session, email: str, display_name: str) -> str:
    return auth.do_sign_up(
        session,
        email=email,
        display_name=display_name,
        password=PASSWORD,
        client_ip="203.0.113.7",
        user_agent="pytest",
        now=NOW,
    )


LOOKALIKES = {
    "Greek Alpha": ("Site Αdmin", "looks the same as another member's name"),
    "lower case": ("site admin", "looks the same as another member's name"),
    "hyphen": ("Site-Admin", "looks the same as another member's name"),
    "zero-width space": ("Site\u200bAdmin", "invisible or control character (U+200B)"),
    "zero-width joiner": ("Site\u200dAdmin", "invisible or control character (U+200D)"),
    "right-to-left override": ("Site \u202enimdA", "invisible or control character (U+202E)"),
    "Cyrillic and marks": ("Sіtе Admin", "looks the same as another member's name"),
}


@pytest.mark.parametrize(("name", "message"), LOOKALIKES.values(), ids=LOOKALIKES.keys())
def test_a_sign_up_that_looks_like_an_existing_member_is_refused(
    session: Session, name: str, message: str
) -> None:
    make_user(session, display_name="Site Admin", is_site_admin=True)
    with pytest.raises(auth.SignUpError) as refused:
        _sign_up(session, "mallory@example.org", name)
    assert list(refused.value.errors) == ["display_name"]
    assert message in refused.value.errors["display_name"]
    assert session.exec(select(func.count()).select_from(User)).one() == 1


def test_a_sign_up_with_a_persian_name_is_stored_nfc(session: Session) -> None:
    make_user(session, display_name="Site Admin")
    _sign_up(session, "maryam@example.org", "  مریم\u200cالسادات  ")
    user = session.exec(select(User).where(User.email == "maryam@example.org")).one()
    assert user.display_name == "مریم\u200cالسادات"


def test_a_profile_cannot_take_a_lookalike_name_but_keeps_its_own(session: Session) -> None:
    make_user(session, display_name="Site Admin", is_site_admin=True)
    mallory = make_user(session, display_name="Mallory")
    form = profiles.get_profile_form(session, user=mallory)
    form.display_name = "Site Αdmin"
    with pytest.raises(profiles.ProfileError) as refused:
        profiles.do_update_profile(session, user=mallory, form=form, now=NOW)
    assert refused.value.errors == {"display_name": profiles.LOOKALIKE_NAME_MESSAGE}
    session.refresh(mallory)
    assert mallory.display_name == "Mallory"
    # Two accounts that already share a name (older data) can still save their profile.
    twin = make_user(session, display_name="Site Admin")
    form = profiles.get_profile_form(session, user=twin)
    form.region = "Sahel"
    profiles.do_update_profile(session, user=twin, form=form, now=NOW)
    # A member may change the case of their own name, unless it then looks like another.
    form.display_name = "SITE ADMIN"
    with pytest.raises(profiles.ProfileError):
        profiles.do_update_profile(session, user=twin, form=form, now=NOW)
    form = profiles.get_profile_form(session, user=mallory)
    form.display_name = "MALLORY"
    profiles.do_update_profile(session, user=mallory, form=form, now=NOW)
    assert mallory.display_name == "MALLORY"


PROFILE_LINES = {
    "display_name": ("Amina\u200b", "The name contains"),
    "organisation": ("UN\u202eDP", "The organisation contains"),
    "discipline": ("Hydro\x00logy", "The discipline contains"),
    "region": ("Sahel\x07", "The region contains"),
}


@pytest.mark.parametrize(("field", "change"), PROFILE_LINES.items(), ids=PROFILE_LINES.keys())
def test_profile_lines_refuse_invisible_characters_by_field(
    session: Session, field: str, change: tuple[str, str]
) -> None:
    user = make_user(session, display_name="Amina")
    form = profiles.get_profile_form(session, user=user)
    value, message = change
    setattr(form, field, value)
    with pytest.raises(profiles.ProfileError) as refused:
        profiles.do_update_profile(session, user=user, form=form, now=NOW)
    assert list(refused.value.errors) == [field]
    assert refused.value.errors[field].startswith(message)
    assert session.get(MemberProfile, user.id).organisation == ""  # type: ignore[union-attr]


def test_expertise_tags_refuse_invisible_characters(session: Session) -> None:
    user = make_user(session, display_name="Amina")
    form = profiles.get_profile_form(session, user=user)
    form.can_help = ["hydrology", "wat\u200ber"]
    with pytest.raises(profiles.ProfileError) as refused:
        profiles.do_update_profile(session, user=user, form=form, now=NOW)
    assert refused.value.errors["can_help"].startswith(
        "The “I can help with” tag contains an invisible or control character (U+200B)"
    )
    assert session.exec(select(func.count()).select_from(MemberExpertise)).one() == 0


def test_an_introduction_loses_controls_and_keeps_its_lines(session: Session) -> None:
    user = make_user(session, display_name="Amina")
    form = profiles.get_profile_form(session, user=user)
    form.bio = "Hydrologist.\u202e\r\n\tRivers\x00 and wells."
    profiles.do_update_profile(session, user=user, form=form, now=NOW)
    profile = session.get(MemberProfile, user.id)
    assert profile is not None and profile.bio == "Hydrologist.\n\tRivers and wells."


# --------------------------------------------------------------------------- services: threads

BAD_IN_A_LINE = {"RLO": "\u202e", "NUL": "\x00", "BEL": "\x07", "ZWSP": "\u200b"}


@pytest.fixture
def place(session: Session) -> tuple[Community, User]:
    community = make_community(session, name="Water", primary=(FocusAreaCode.LEARNING,))
    author = make_user(session, display_name="Author")
    make_membership(session, community=community, user=author)
    return community, author


def _thread_form(**overrides: str) -> threads.NewThreadForm:
    values = {"kind": "question", "title": "Pumps in dry season", "body": "How?", "tags": "water"}
    values.update(overrides)
    return threads.NewThreadForm(**values)


@pytest.mark.parametrize("bad", BAD_IN_A_LINE.values(), ids=BAD_IN_A_LINE.keys())
def test_a_thread_title_with_an_invisible_character_is_refused(
    session: Session, place: tuple[Community, User], bad: str
) -> None:
    community, author = place
    with pytest.raises(FormError) as refused:
        threads.do_start_thread(
            session,
            community=community,
            author=author,
            form=_thread_form(title=f"Pumps{bad} in dry season"),
            at=NOW,
        )
    assert list(refused.value.errors) == ["title"]
    assert refused.value.errors["title"].startswith("The title contains")
    assert _code(bad) in refused.value.errors["title"]
    with pytest.raises(TextError) as refused_below:  # the lower-level service too
        threads.do_create_thread(
            session,
            community=community,
            author=author,
            kind=ThreadKind.QUESTION,
            title=f"Pumps{bad}",
            body="How?",
            at=NOW,
        )
    assert refused_below.value.errors == {"title": refused_below.value.message}
    assert session.exec(select(func.count()).select_from(Thread)).one() == 0


@pytest.mark.parametrize("bad", BAD_IN_A_LINE.values(), ids=BAD_IN_A_LINE.keys())
def test_a_thread_tag_with_an_invisible_character_is_refused(
    session: Session, place: tuple[Community, User], bad: str
) -> None:
    community, author = place
    with pytest.raises(FormError) as refused:
        threads.do_start_thread(
            session,
            community=community,
            author=author,
            form=_thread_form(tags=f"water, pu{bad}mps"),
            at=NOW,
        )
    assert list(refused.value.errors) == ["tags"]
    assert refused.value.errors["tags"].startswith("The tag contains")
    assert refused.value.errors["tags"].endswith("try again.")
    with pytest.raises(communities.InvalidTagError):
        threads.do_create_thread(
            session,
            community=community,
            author=author,
            kind=ThreadKind.QUESTION,
            title="Pumps",
            body="How?",
            tags=[f"pu{bad}mps"],
            at=NOW,
        )
    assert session.exec(select(func.count()).select_from(Thread)).one() == 0


def test_a_help_desk_country_and_project_are_lines_too(
    session: Session, place: tuple[Community, User]
) -> None:
    community, author = place
    with pytest.raises(FormError) as refused:
        threads.do_start_thread(
            session,
            community=community,
            author=author,
            form=_thread_form(
                kind="helpdesk",
                urgency="normal",
                context_country="Ni\u202eger",
                context_project="P\x00-1",
            ),
            at=NOW,
        )
    assert set(refused.value.errors) == {"context_country", "context_project"}
    assert refused.value.errors["context_country"].startswith("The country contains")


def test_a_thread_is_stored_clean_and_its_body_loses_controls(
    session: Session, place: tuple[Community, User]
) -> None:
    community, author = place
    thread = threads.do_start_thread(
        session,
        community=community,
        author=author,
        form=_thread_form(
            title="  Pompes\u00a0a\u0300  eau ",
            body="Line one\u202e\x00\r\n\tindented\x07",
            tags="Eau, e\u0301te\u0301",
        ),
        at=NOW,
    )
    assert thread.title == "Pompes à eau"
    assert thread.tags == ["eau", "été"]
    post = session.exec(select(Post).where(Post.thread_id == thread.id)).one()
    assert post.body == "Line one\n\tindented"
    reply = threads.do_reply(session, thread=thread, author=author, body="ok\u2066\u2069!", at=NOW)
    assert reply.body == "ok!"


# --------------------------------------------------------------------------- services: communities


@pytest.mark.parametrize("bad", BAD_IN_A_LINE.values(), ids=BAD_IN_A_LINE.keys())
def test_a_community_name_with_an_invisible_character_is_refused(
    session: Session, bad: str
) -> None:
    boss = make_user(session, is_site_admin=True, display_name="Ada Admin")
    form = admin.NewCommunityForm(
        name=f"Water{bad} Security",
        slug="water",
        tagline="Taps",
        openness="open",
        primary=["learning"],
        lead_email="",
    )
    with pytest.raises(FormError) as refused:
        admin.do_create_community(session, by=boss, form=form, at=NOW)
    assert list(refused.value.errors) == ["new_name"]
    assert refused.value.errors["new_name"].startswith("The community name contains")
    with pytest.raises(TextError):
        communities.do_create_community(session, slug="water", name=f"Water{bad}")
    assert session.exec(select(func.count()).select_from(Community)).one() == 0

    community = make_community(session, name="Keep me")
    settings_form = community_admin.SettingsForm(
        name=f"Keep{bad} me",
        tagline=f"Tag{bad}line",
        description="Fine",
        openness="open",
        languages=["en"],
    )
    with pytest.raises(FormError) as refused:
        community_admin.do_save_settings(session, community=community, by=boss, form=settings_form)
    assert set(refused.value.errors) == {"name", "tagline"}
    assert refused.value.errors["tagline"].startswith("The tagline contains")
    session.refresh(community)
    assert community.name == "Keep me"


@pytest.mark.parametrize("bad", BAD_IN_A_LINE.values(), ids=BAD_IN_A_LINE.keys())
def test_a_focus_area_name_with_an_invisible_character_is_refused(
    session: Session, bad: str
) -> None:
    boss = make_user(session, is_site_admin=True, display_name="Ada Admin")
    make_community(session, primary=(FocusAreaCode.LEARNING,))
    before = session.get(FocusArea, FocusAreaCode.LEARNING)
    assert before is not None
    name, examples = before.name, list(before.examples)
    with pytest.raises(FormError) as refused:
        admin.do_update_focus_area(
            session,
            by=boss,
            code="learning",
            name=f"Learn{bad}ing",
            description="Members learn.",
            examples=f"Good practices\nLessons{bad} learned",
            signals="Items",
            at=NOW,
        )
    assert set(refused.value.errors) == {"name:learning", "examples:learning"}
    assert refused.value.errors["name:learning"].startswith("The focus area's name contains")
    session.refresh(before)
    assert (before.name, list(before.examples)) == (name, examples)


def test_a_join_request_message_loses_controls(session: Session) -> None:
    from cop_app.services.communities import join_requests

    community = make_community(session, openness=Openness.SELECTIVE)
    user = make_user(session, display_name="Applicant")
    join_requests.do_join_from_page(
        session,
        community=community,
        user=user,
        motivation="I run\u202e water\x00 pumps\r\nin Niger.",
    )
    membership = session.exec(select(Membership).where(Membership.user_id == user.id)).one()
    assert membership.motivation == "I run water pumps\nin Niger."

"""The one text normaliser: every single-line field people type, and every body.

Every title, tag, name, heading and other one-line field goes through
:func:`clean_line`; every multi-line text (post bodies, introductions, join
motivations, descriptions) through :func:`clean_body`; display names are
compared with :func:`skeleton`. The character data is ICU's (the Unicode
Consortium's library, through the ``pyicu-wheels`` package; Unicode 16), so a
character Python's own tables do not know yet (a new emoji) is judged right.

**A line** (:func:`clean_line`) is put in NFC; tabs, line breaks and every
Unicode space (no-break, ideographic, thin...) become one ordinary space, runs
of spaces one space, and the ends are trimmed. It is then *refused* (a
:class:`TextError` naming the field and the character) when it contains:

- a control character (Unicode category Cc), a line or paragraph separator
  (U+2028, U+2029), a surrogate, a private-use or an unassigned code point
  (Cs, Co, Cn, noncharacters included);
- a format character (Cf): bidirectional embeddings, overrides and isolates
  (U+202A-U+202E, U+2066-U+2069), the marks U+200E, U+200F, U+061C, U+FEFF,
  U+200B, U+2060, U+00AD, U+180E and the rest;
- any other default-ignorable (invisible) character: the Hangul fillers
  U+115F, U+1160, U+3164, U+FFA0, the combining grapheme joiner U+034F, the
  Khmer inherent vowels U+17B4, U+17B5; and U+2800 (Braille blank), a
  well-known "blank name";
- a variation selector not directly after a character it can vary (U+FE0E and
  U+FE0F after an emoji, U+FE00-U+FE0D after a letter, digit, symbol or
  punctuation, U+E0100-U+E01EF after an ideograph, U+180B-U+180D and U+180F
  after a Mongolian letter), or two of them in a row: hidden data rides on
  strings of them;
- more than :data:`MAX_MARKS_IN_A_LINE` combining marks in a row ("Zalgo").

With these exceptions, where the character is part of how a word is written:

- zero-width non-joiner U+200C and joiner U+200D right after a virama (the
  RFC 5892 CONTEXTJ rule: Devanagari "क्‍ष", Sinhala "ශ්‍රී", Malayalam chillus);
  ZWNJ between two letters of a joining script (Arabic, Syriac, N'Ko,
  Mongolian...: Persian "می‌خواهم"), marks in between allowed; ZWJ after a
  letter of a joining script that joins forward (an Arabic letter's joined form
  at a word's end) and ZWJ between a letter and the virama of its own script
  (Bengali "র‍্য", Sinhala "ක‍්‍ෂ"); never two joiners in a row, never a
  joiner after a letter of a script that does not use them (Latin, Greek,
  Cyrillic...);
- ZWJ between two emoji (an emoji ZWJ sequence such as 👩‍💻 or 🏳️‍🌈, a skin
  tone or U+FE0F allowed before the joiner): typed from emoji keyboards and
  shown as one visible picture; display names stay safe because their
  :func:`skeleton` ignores the joiner;
- tag characters only in a well-formed emoji flag sequence (🏴 + 2-6 tag
  letters or digits + U+E007F, the flags of England, Scotland and Wales).

**A body** (:func:`clean_body`) keeps line breaks (``\\r\\n`` and ``\\r``, U+0085,
U+2028 and U+2029 become ``\\n``) and tabs and *silently drops* what is never
shown meaningfully but can hide or reorder text: other control characters,
bidirectional embeddings, overrides and isolates (the marks LRM, RLM and ALM
stay: right-to-left writers need them), U+FEFF, surrogates, noncharacters,
tag characters outside a flag, and variation selectors not attached to a
character they can vary. Runs of more than :data:`MAX_MARKS_IN_A_BODY`
combining marks are cut to that many. Zero-width spaces and joiners, soft
hyphens and private-use characters stay: they are used in running text
(Thai and Khmer line breaks, custom symbols). The result is NFC and trimmed.

**Confusable names** (:func:`skeleton`, :func:`are_confusable`): ICU's UTS #39
skeleton (NFD, every character mapped to its prototype by Unicode's
confusables.txt, NFD, default ignorables removed) of the case-folded name,
without spaces and punctuation; a second key, the skeleton of the name as
typed, catches capital I against small l. Names sharing a key look alike.

:class:`FormError` (the form-error convention: a message per field, shown
beside the field) lives here, at the bottom of the services layer, so every
service module can use it; :mod:`cop_app.services.accounts.profiles` re-exports it.
"""

from __future__ import annotations

import functools
import re
from collections.abc import MutableMapping

import icu

from cop_app.services.guards.authz import ServiceError

#: A one-line field may stack at most this many combining marks on a character.
MAX_MARKS_IN_A_LINE = 4
#: A body keeps at most this many combining marks in a row (more are cut).
MAX_MARKS_IN_A_BODY = 8

ZWNJ, ZWJ = "\u200c", "\u200d"
_VS16 = "\ufe0f"
_BLACK_FLAG = "\U0001f3f4"


# --------------------------------------------------------------------------- errors


class FormError(ServiceError):
    """Some fields of a form are not right. ``errors`` maps each field name to
    one message; the exception's own message is a summary."""

    def __init__(self, errors: dict[str, str]) -> None:
        self.errors = dict(errors)
        count = len(self.errors)
        summary = (
            "Check the field marked below." if count == 1 else "Check the fields marked below."
        )
        super().__init__(summary)


class TextError(FormError):
    """A typed line was refused (an invisible or control character, stacked
    marks, too long). ``message`` says why, naming the field; ``errors`` holds
    it under ``field`` when the caller named the form field, so the page shows
    it beside that field. ``str()`` is the message itself."""

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__({field: message} if field else {})
        self.message = message
        self.field = field
        self.args = (message,)


# --------------------------------------------------------------------------- character data


def _uset(pattern: str) -> icu.UnicodeSet:
    uset = icu.UnicodeSet(pattern)
    uset.freeze()  # read-only from here: safe to share between threads
    return uset


def _regex_class(uset: icu.UnicodeSet) -> str:
    """The code points of an ICU set as the inside of a ``re`` character class."""
    parts = []
    for start, end in uset.ranges():
        parts.append(re.escape(start) if start == end else f"{re.escape(start)}-{re.escape(end)}")
    return "".join(parts)


_NFC = icu.Normalizer2.getNFCInstance()
_SPOOF = icu.SpoofChecker()

#: Everything a one-line field refuses outright, unless one of the exceptions
#: (joiners, flags' tag characters, attached variation selectors) applies.
_LINE_SUSPECT = _uset(
    r"[[[:Cc:][:Cf:][:Cs:][:Co:][:Cn:][:Zl:][:Zp:][:Default_Ignorable_Code_Point:]"
    r"[\u2800]]-[\t\n\r]-[:Variation_Selector:]]"
)
_VARIATION_SELECTORS = _uset(r"[[:Variation_Selector:]]")
_WHITESPACE = _uset(r"[[:Zs:]\t\n\r]")
_MARKS = _uset(r"[[:Mn:][:Me:]-[:Variation_Selector:]-[\u034f]]")
_JOINING_FORWARD = _uset(r"[[:Joining_Type=Dual_Joining:][:Joining_Type=Left_Joining:]]")
_JOINING_LETTER = _uset(
    r"[[:Joining_Type=Dual_Joining:][:Joining_Type=Left_Joining:]"
    r"[:Joining_Type=Right_Joining:]]"
)
_TRANSPARENT = _uset(r"[:Joining_Type=Transparent:]")
_VIRAMA = _uset(r"[:Canonical_Combining_Class=Virama:]")
_LETTERS = _uset(r"[:L:]")
_PICTOGRAPHIC = _uset(r"[:Extended_Pictographic:]")
_EMOJI = _uset(r"[:Emoji:]")
_EMOJI_MODIFIERS = _uset(r"[:Emoji_Modifier:]")
_IDEOGRAPHS = _uset(r"[:Ideographic:]")
_GRAPHIC = _uset(r"[[:L:][:N:][:S:][:P:]]")
_MONGOLIAN_LETTERS = _uset(r"[[:sc=Mongolian:]&[:L:]]")
_BODY_DROP = _uset(
    r"[[[:Cc:][:Cs:][:Noncharacter_Code_Point:][\u202a-\u202e\u2066-\u2069\ufeff]"
    r"[\U000e0000-\U000e007f]]-[\t\n\r\x85]]"
)
_SPACING = _uset(r"[[:Z:][:P:]]")

_LINE_SUSPECT_RE = re.compile(
    f"[{_regex_class(_LINE_SUSPECT)}{_regex_class(_VARIATION_SELECTORS)}]"
)
_WHITESPACE_RE = re.compile(f"[{_regex_class(_WHITESPACE)}]+")
_SURROGATE_RE = re.compile("[\ud800-\udfff]")
_LINE_BREAK_RE = re.compile("\r\n|[\r\x85\u2028\u2029]")
_MARK_RUN_LINE_RE = re.compile(f"[{_regex_class(_MARKS)}]{{{MAX_MARKS_IN_A_LINE + 1},}}")
_MARK_RUN_BODY_RE = re.compile(
    f"([{_regex_class(_MARKS)}]{{{MAX_MARKS_IN_A_BODY}}})[{_regex_class(_MARKS)}]+"
)
#: An emoji tag sequence (the subdivision flags): black flag, tag letters or
#: digits, cancel tag.
_FLAG_RE = re.compile(f"{_BLACK_FLAG}[\U000e0030-\U000e0039\U000e0061-\U000e007a]{{2,6}}\U000e007f")
_BODY_DROP_RE = re.compile(f"({_FLAG_RE.pattern})|[{_regex_class(_BODY_DROP)}]")
_VS_RE = re.compile(f"[{_regex_class(_VARIATION_SELECTORS)}]")
_SPACING_RE = re.compile(f"[{_regex_class(_SPACING)}]+")


# --------------------------------------------------------------------------- context rules


def _script(ch: str) -> int:
    return icu.Script.getScript(ch).getScriptCode()


def _joiner_allowed(text: str, i: int) -> bool:
    """Is the ZWJ or ZWNJ at ``text[i]`` part of how the word around it is written?"""
    joiner = text[i]
    before = text[i - 1] if i > 0 else ""
    after = text[i + 1] if i + 1 < len(text) else ""
    if not before or before in (ZWJ, ZWNJ) or after in (ZWJ, ZWNJ):
        return False
    if _VIRAMA.contains(before):  # RFC 5892 CONTEXTJ: after a virama
        return True
    if (
        joiner == ZWJ
        and after
        and _VIRAMA.contains(after)
        and _LETTERS.contains(before)
        and _script(before) == _script(after)
    ):
        return True  # a letter's special form before its virama (Bengali "র‍্য")
    left = i - 1
    while left >= 0 and _TRANSPARENT.contains(text[left]):
        left -= 1
    base = text[left] if left >= 0 else ""
    if joiner == ZWNJ:
        right = i + 1
        while right < len(text) and _TRANSPARENT.contains(text[right]):
            right += 1
        return bool(
            base
            and right < len(text)
            and _JOINING_LETTER.contains(base)
            and _JOINING_LETTER.contains(text[right])
        )
    if base and _JOINING_FORWARD.contains(base):
        return True  # ZWJ shows a joining letter's joined form (Arabic abbreviations)
    left = i - 1
    while left >= 0 and (text[left] == _VS16 or _EMOJI_MODIFIERS.contains(text[left])):
        left -= 1
    return bool(
        left >= 0 and after and _PICTOGRAPHIC.contains(text[left]) and _PICTOGRAPHIC.contains(after)
    )


def _selector_allowed(text: str, i: int) -> bool:
    """Is the variation selector at ``text[i]`` attached to a character it can vary?"""
    if i == 0:
        return False
    selector, before = text[i], text[i - 1]
    if _VARIATION_SELECTORS.contains(before):
        return False
    code = ord(selector)
    if code in (0xFE0E, 0xFE0F):
        return _EMOJI.contains(before)
    if 0xFE00 <= code <= 0xFE0D:
        return _GRAPHIC.contains(before)
    if code >= 0xE0100:
        return _IDEOGRAPHS.contains(before)
    return _MONGOLIAN_LETTERS.contains(before)


def _flag_positions(text: str) -> set[int]:
    if not any(0xE0000 <= ord(ch) <= 0xE007F for ch in text):
        return set()
    return {i for m in _FLAG_RE.finditer(text) for i in range(m.start() + 1, m.end())}


def _refused_characters(text: str) -> list[str]:
    """The characters of a (spaced, NFC) line that make it refused, in order."""
    refused: list[str] = []
    flags: set[int] | None = None
    for match in _LINE_SUSPECT_RE.finditer(text):
        i, ch = match.start(), match.group()
        if ch in (ZWJ, ZWNJ) and _joiner_allowed(text, i):
            continue
        if _VARIATION_SELECTORS.contains(ch) and _selector_allowed(text, i):
            continue
        if 0xE0000 <= ord(ch) <= 0xE007F:
            flags = _flag_positions(text) if flags is None else flags
            if i in flags:
                continue
        if ch not in refused:
            refused.append(ch)
    return refused


def _code(ch: str) -> str:
    return f"U+{ord(ch):04X}"


# --------------------------------------------------------------------------- the normalisers


def clean_line(
    value: str, *, field_label: str, max_length: int | None = None, field: str | None = None
) -> str:
    """The line as stored: NFC, spaces made single, trimmed (see the module's
    rules). :class:`TextError` naming ``field_label`` ("title", "display name")
    when it holds a character the rules refuse, stacks too many marks, or is
    longer than ``max_length`` characters; ``field`` keys the message for the
    form. An empty result is returned as "" (callers decide if it is allowed)."""
    if _SURROGATE_RE.search(value):
        bad = _SURROGATE_RE.findall(value)[:3]
        raise TextError(_invisible_message(field_label, bad), field=field)
    text = _NFC.normalize(value)
    text = _WHITESPACE_RE.sub(" ", text).strip(" ")
    if refused := _refused_characters(text):
        raise TextError(_invisible_message(field_label, refused[:3]), field=field)
    if _MARK_RUN_LINE_RE.search(text):
        msg = (
            f"The {field_label} stacks too many accents or marks on one letter; "
            "remove some and try again."
        )
        raise TextError(msg, field=field)
    if not _NFC.isNormalized(text):  # pragma: no cover - spacing never breaks NFC
        text = _NFC.normalize(text)
    if max_length is not None and len(text) > max_length:
        msg = f"Keep the {field_label} to {max_length} characters or fewer."
        raise TextError(msg, field=field)
    return text


def _invisible_message(field_label: str, characters: list[str]) -> str:
    codes = ", ".join(_code(ch) for ch in characters)
    if len(characters) == 1:
        return (
            f"The {field_label} contains an invisible or control character ({codes}); "
            "remove it and try again."
        )
    return (
        f"The {field_label} contains invisible or control characters ({codes}); "
        "remove them and try again."
    )


def clean_line_into(
    errors: MutableMapping[str, str],
    field: str,
    value: str,
    *,
    field_label: str,
    max_length: int | None = None,
) -> str:
    """:func:`clean_line` for a form that reports every field at once: on refusal
    the message goes to ``errors[field]`` and "" is returned."""
    try:
        return clean_line(value, field_label=field_label, max_length=max_length, field=field)
    except TextError as exc:
        errors[field] = exc.message
        return ""


def _drop_in_body(match: re.Match[str]) -> str:
    return match.group(1) or ""


def clean_body(value: str) -> str:
    """A multi-line text as stored: line breaks as ``\\n``, tabs kept, the
    characters the module's rules drop removed, marks capped, NFC, trimmed.
    Never refuses: what it drops is never shown meaningfully."""
    text = _SURROGATE_RE.sub("", value)
    text = _BODY_DROP_RE.sub(_drop_in_body, _NFC.normalize(text))
    text = _LINE_BREAK_RE.sub("\n", text)
    if _VS_RE.search(text):
        text = "".join(
            ch
            for i, ch in enumerate(text)
            if not _VARIATION_SELECTORS.contains(ch) or _selector_allowed(text, i)
        )
    text = _MARK_RUN_BODY_RE.sub(r"\1", _NFC.normalize(text))
    return _NFC.normalize(text).strip()


def _fold(text: str) -> str:
    return str(icu.UnicodeString(text).foldCase())


def _shape(text: str) -> str:
    return _SPOOF.getSkeleton(0, text)


def _bare(shape: str) -> str:
    return _SPACING_RE.sub("", shape) or shape


@functools.lru_cache(maxsize=65_536)
def skeleton(value: str) -> str:
    """What a name looks like whatever its case, for comparing names: two names
    with the same skeleton are confusable. UTS #39's skeleton (ICU) of the
    case-folded name, folded and mapped once more (so "M" meets "rn" as "m"
    does), then without spaces and punctuation (unless nothing else is left)."""
    text = _SURROGATE_RE.sub("", value)
    return _bare(_shape(_fold(_shape(_fold(text)))))


@functools.lru_cache(maxsize=65_536)
def skeletons(value: str) -> frozenset[str]:
    """The keys under which a name is compared: :func:`skeleton`, and the
    skeleton of the name as typed, then folded. The second catches look-alikes
    that case folding would separate: capital I and small l ("SITE ADMIN" and
    "SlTE ADMlN") fold to i and l, yet look the same as typed. Two names are
    confusable when they share a key."""
    text = _SURROGATE_RE.sub("", value)
    return frozenset({skeleton(text), _bare(_shape(_fold(_shape(text))))})


def are_confusable(first: str, second: str) -> bool:
    """Do two names look alike to a reader (see :func:`skeletons`)?"""
    return not skeletons(first).isdisjoint(skeletons(second))

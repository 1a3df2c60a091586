"""Voices: the person through whom a quote reached the reporter when no relay cue says so.

An attribution fronted over another subject's words (`Kata Bima, Presiden Prabowo telah
memberi arahan ...`, `Menurut Rosan, Prabowo berulang kali mengingatkan ...`): the words
are the subject's, passed on by the one named first."""

from __future__ import annotations

import re

from ...lang.id import words

OPENERS = "|".join(re.escape(w).replace(r"\ ", r"[ \t]+") for w in words("speakers_fronted"))
FRONTED = re.compile(rf"[\W_]*(?:{OPENERS})[ \t]+(?P<np>[^,.;:\n“”\"]{{2,90}}?)[ \t]*,[ \t]+")


def fronted(text: str, start: int, end: int) -> tuple[int, int, int] | None:
    """(phrase start, phrase end, clause start) of a fronted attribution opening text[start:end]."""
    m = FRONTED.match(text, start, end)
    return (m.start("np"), m.end("np"), m.end()) if m else None

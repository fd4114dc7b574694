"""Telling calls, events, courses, news and extensions apart."""

from __future__ import annotations

import re

_EXTENSION = re.compile(
    r"\bextend(?:ed|s|ing)?\b|\bextension\b|\bprorog\w*|\bproroga\b|verlänger\w*|prolong\w*"
    r"|\breport(?:ée|é)\b|prórroga|ampliaci[óo]n\s+del\s+plazo|postponed\s+deadline",
    re.IGNORECASE,
)
# A report of something that already happened.
_PAST = re.compile(
    r"\bgathered\b|\btook\s+(?:place|part)\b|\b(?:was|were)\s+held\b|\battended\s+by\b"
    r"|\bwas\s+present\b|\bwere\s+submitted\b|\brecords\s+higher\b|\borgani[sz]ed\s+an?\s"
    r"|\bfand\b[^.]{0,120}\bstatt\b|\bhat\s+stattgefunden\b|\bbildete\b"
    r"|s'est\s+(?:tenu|déroulé)e?s?\b|\ba\s+eu\s+lieu\b|\bont\s+participé\b"
    r"|\bse\s+celebr[óo]\b|\btuvo\s+lugar\b|\bsi\s+è\s+(?:svolt|tenut)[oa]\b",
    re.IGNORECASE,
)
_CALL = re.compile(
    r"\bcall\b|\bcfp\b|\bappels?\s+(?:à|a)\b|convocatoria|\bbando\b|ausschreibung|antrag"
    r"|submission|\bsubmit\b|applica(?:tion|nt)s?|proposals?\b|abstracts?\b|\bpapers\b"
    r"|reviewers|tender|\bgrants?\b|fellowship|funding|förder|subvenci|deadline"
    r"|dates?\s+limites?|scadenz|\bplazo\b|bewerbung|solicitud|\bbourses?\b|riassunti",
    re.IGNORECASE,
)
_INFO_SESSION = re.compile(
    r"info\s*days?|information\s+(?:days?|sessions?)|webinar|jornadas?\s+informativas?"
    r"|journées?\s+d'information|infotag|informationsveranstaltung|giornat[ae]\s+informativ[ae]",
    re.IGNORECASE,
)
_COURSE = re.compile(
    r"\bcourse\b|\bmooc\b|summer\s+(?:school|college|academy)|sommerakademie|sommerschule"
    r"|école\s+d'été|scuola\s+estiva|\bcurso\b|\bcorso\b|\bkurs\b|\btraining\b|\bformation\b",
    re.IGNORECASE,
)
_EVENT = re.compile(
    r"conference|workshop|webinar|info\s*days?|information\s+days?|hackathon|summit|forum"
    r"|symposium|\bmeeting|\bevent\b|\bevento|seminar|kongress|tagung|konferenz|veranstaltung"
    r"|colloque|congrès|conférence|journées?|jornadas?|congreso|convegno|conferenza|entretiens"
    r"|save\s+the\s+date|matchmaking",
    re.IGNORECASE,
)


def classify(title: str, text: str) -> str:
    """The kind of an announcement: extension, news, call, course or event.

    The title says what a page is about; the body decides only when the title is silent.
    """
    if _EXTENSION.search(title) and re.search(
        r"deadline|frist|date|plazo|scadenz|call|bando|proroga|prorog", title, re.IGNORECASE
    ):
        return "extension"
    if _PAST.search(title) or _PAST.search(text):
        return "news"
    if _INFO_SESSION.search(title):
        return "event"  # an info day or webinar about a call is an event, not the call
    if _COURSE.search(title):
        return "course"
    if _CALL.search(title):
        return "call"
    if _EVENT.search(title):
        return "event"
    calls = len(_CALL.findall(text))
    events = len(_EVENT.findall(text))
    if _COURSE.search(text) and not calls:
        return "course"
    if calls and calls > events:
        return "call"
    if events:
        return "event"
    return "news"

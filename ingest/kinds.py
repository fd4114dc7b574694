"""Telling calls, events, courses, news and extensions apart.

The title says what a page is about, but not always: a conference page titled by the
conference may ask for papers, a report of last week's workshop is titled like the workshop.
So the kind is decided in order of what the text itself says it does: moves a deadline
(extension), reports something past (news), teaches (course), asks for submissions (call),
announces something ahead (event).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from ingest.fastre import Either, fast_compile, folded_compile
from ingest.lexicon import FAIR_WORDS, HISTORY_OPENERS, INFO_SESSION_WORDS, PUT_OFF_VERBS

_I = re.IGNORECASE

# The time allowed rather than its end: 'the submission period has been extended to'.
_PERIOD = r"\bperiod\b|\bwindow\b|\bpériode\b|\bperiodo\b|zeitraum"
# A deadline, in words a notice moving one would use.
_DEADLINE_NOUN = (
    r"deadlines?|cut-?offs?|closing\s+date|due\s+date|submission\s+date"
    r"|stichtag(?:e|en|s)?|date\s+limite|délai|clôture|cierre|chiusura|plazos?|fecha\s+l[íi]mite|scadenz[ae]"
    r"|termine"
    r"|term\b|invoice\s+deadlines?"
)
# A deadline word, German compounds included ('Einreichungsfrist', 'Anmeldeschluss'): the
# compound's end is looked for where it is, not from every letter before it.
_DEADLINE_WORD = rf"(?:\b(?:{_DEADLINE_NOUN})\b|(?:frist|schluss)\w*)"
_EXTEND_VERB = (
    r"extend(?:s|ed|ing)?|extensions?|prolong\w*|prorog\w*|proroga|verlänger\w*|ampliad[oa]s?"
    r"|amplía|ampliaci[óo]n|prorrog\w*|prórroga|postpone[ds]?|moved|changed|push(?:ed)?\s+back"
    r"|report(?:ée|é|ées)|verschoben|rinviat[oa]|differit[oa]|riapert\w*|re-?open\w*|réouvert\w*"
    r"|reabiert\w*|wiedereröffn\w*|repouss\w*|décal\w*|posticipat\w*|aplazad\w*"
    r"|pospuest\w*|verlegt|ampliar|prorrogar|prolonger|prorogare|verlängern"
    # ('Se extiende la convocatoria', 'la fecha límite se extiende al')
    r"|extiende[n]?|extendid[oa]s?"
    # a date set anew: 'Neuer Termin: Einreichfrist', 'nouvelle date limite', 'nuova scadenza'
    r"|neue[rn]?\s+(?:termin|frist|einreichfrist|stichtag)|nouvelle\s+date|nuova\s+scadenza"
    r"|nueva\s+fecha|nuevo\s+plazo|new\s+(?:deadline|closing\s+date|cut-?off(?:\s+date)?)"
    r"|nuovi\s+termini|nuevos\s+plazos|neue\s+fristen|nouveaux\s+délais|new\s+deadlines"
    # a timeline set anew: 'amended timeline', 'revised timetable', 'Rectificatif n°1 –
    # calendrier', 'cronoprogramma aggiornato', 'geänderter Zeitplan'
    r"|(?:amended|revised|updated)\s+(?:timeline|timetable|schedule|calendar)|rectificatif"
    r"|cronoprogramma\s+aggiornato|calendario\s+(?:aggiornato|modificado)|geänderter\s+zeitplan"
)
_EXTEND_WORD = folded_compile(_EXTEND_VERB, _I)  # cheap first look for the slow pattern below
_EXTENSION_TITLE = folded_compile(rf"\b(?:{_EXTEND_VERB})\b", _I)
_EXTENSION_TITLE_OBJECT = folded_compile(
    rf"{_DEADLINE_WORD}|{_PERIOD}|date|call|bando|appel|aufruf|avviso|submi\w*|candidatur\w*|convocatoria|ausschreibung"
    r"|inscri\w*|iscrizion\w*|anmeld\w*|bewerb\w*|presentazione|presentaci[óo]n|registration"
    r"|abstracts?|papers?|applications?|proposals?|nominations?|postulaci\w*",
    _I,
)
# In the body: the deadline and the verb that moves it within a few words of each other.
_EXTENSION_BODY = folded_compile(
    rf"{_DEADLINE_WORD}(?:[^\w.()]+\w+){{0,8}}?[^\w.()]+(?:has\s+been\s+|is\s+|was\s+|wurde\s+|a\s+été\s+"
    rf"|è\s+stat[oa]\s+|e'\s+|ha\s+sido\s+)?(?:{_EXTEND_VERB})\b(?:[^\w.()]+\w+){{0,6}}?[^\w.()]+(?:to|until"
    r"|jusqu|bis|al|hasta|fino|au|from|von|du|del|dal|de)\b"
    rf"|\b(?:extends?|extended|extending|prolonge|prolongé|proroga|verlängert|amplía|prorroga|ampliar|prorrogar"
    r"|prolonger|prorogare|verlängern|extend)\b"
    rf"(?:[^\w.()]+\w+){{0,6}}?[^\w.()]+{_DEADLINE_WORD}"
    rf"|(?:{_DEADLINE_WORD}|{_PERIOD})[^.(]{{0,40}}\b(?:verlängert|prolongée?|prorogat[oa]|ampliad[oa]"
    r"|prorrogad[oa]|extended)\b(?!\s+(?:abstracts?|versions?|papers?))",
    _I,
)
# A sentence that moves a deadline: a verb that moves one with the deadline or the call it moves.
_MOVE_VERB = folded_compile(
    r"\b(?:extend(?:s|ed)?|prolong\w*|prorog\w*|verlänger\w*|ampli(?:ado|ada|ados|adas|a|ía|an)"
    r"|prorrog\w*|postpone[ds]?|moved|changed|push(?:ed)?\s+back|repouss\w*|report(?:ée?s?)"
    r"|décal\w*|verschoben|rinviat[oia]|differit[oia]|slitta\w*|posticipat\w*|extiende[n]?)\b"
    r"(?!\s+(?:abstracts?|versions?|papers?|stays?|network|family|team))",
    _I,
)
_MOVED_THING = folded_compile(
    rf"{_DEADLINE_WORD}|{_PERIOD}|\bcall\b|\bappel\b|\bbando\b|\bconvocatoria\b|\baufruf\b"
    r"|\bausschreibung\b|\bavviso\b",
    _I,
)
# A deadline said not to move: 'Keine Fristverlängerung', 'pas de prolongation', 'scadenza non
# prorogabile', 'no se ampliará', 'will not be extended'.
_NO_EXTENSION = folded_compile(
    r"\b(?:no|keine|pas\s+de|sin|nessuna)\s+(?:deadline\s+)?(?:extension|fristverlängerung"
    r"|verlängerung|prolongation|ampliaci[óo]n|prórroga|proroga)\b"
    r"|\bnon\s+(?:sarà\s+)?prorog(?:abile|ata|ato)\b|\bnicht\s+(?:\w+\s+)?verlängert\b"
    r"|\bne\s+sera\s+pas\s+(?:\w+\s+)?(?:prolongée?|repoussée?)\b|\bno\s+se\s+ampliará\b"
    r"|\b(?:will|shall)\s+not\s+be\s+extended\b|\bnot\s+extended\b",
    _I,
)
# An event put off, named in the title (by `_EVENT_WORDS`): 'Workshop …: NEW DATES', 'Webinar
# rescheduled', 'Neuer Termin: Workshop …', 'Se aplaza la jornada', 'Convegno …: rinvio'.
_PUT_OFF = folded_compile(
    rf"\b(?:(?:{PUT_OFF_VERBS})\w*|new\s+dates?|neuer\s+termin|terminänderung|aplaza\w*"
    r"|rinvi\w*|report(?:é|ée)?|nouvelles?\s+dates?|nueva\s+fecha|nuova\s+data|se\s+traslada"
    r"|changement\s+de\s+date)\b",
    _I,
)
_DEADLINE_IN_TITLE = folded_compile(
    rf"{_DEADLINE_WORD}|\bcall\b|\bappel\b|\bbando\b|\bconvocatoria\b|\baufruf\b|submission"
    r"|abstracts?|papers?|inscri\w*|registration|anmeld\w*|iscrizion\w*|einreich\w*"
    # ('NUEVA FECHA: envío de resúmenes para las Jornadas': the abstracts' date moves)
    r"|env[íi]o|resúmenes|comunicaciones|ponencias|riassunti|résumés|soumission|kurzfassung\w*",
    _I,
)
# A correction of a call's text that sets its deadline anew: 'Corrigendum: … corrected due time',
# 'Berichtigung der Bekanntmachung': an extension when what it corrects is the limit.
_CORRIGENDUM = folded_compile(
    r"\b(?:corrigend(?:um|a)|berichtigung|rectificatif|rettifica|correcci[óo]n\s+de\s+errores"
    r"|erratum)\b",
    _I,
)
_FIXES_A_LIMIT = folded_compile(
    rf"{_DEADLINE_WORD}|due\s+(?:time|date)|\buhrzeit\b|vorlagefrist|\bheure\s+limite\b|\borario\b"
    # ('The time limit for receipt of tenders remains 14/10/2016': corrected is something else)
    r"|\b(?:time\s+limit|closing\s+time)\b(?![^.]{0,60}?\bremain)"
    # the formula of a correction, of a limit: 'donde dice «hasta las 14:00 horas del 15 de junio'
    r"|donde\s+dice\s*:?\s*[«\"“]?\s*hasta\b"
    # ('Au lieu de : « au plus tard le jeudi 4 avril 2013 à 16h00 » Lire : « …')
    r"|au\s+lieu\s+de\s*:?\s*[«\"“]?\s*(?:au\s+plus\s+tard|avant|jusqu)",
    _I,
)
# A title saying the hour of a limit is changed or corrected: 'modification de l'heure limite',
# 'change of closing time', 'Geänderte Uhrzeit für das Fristende', 'Correction: submission
# time' (an event's new time is no extension: titles naming one are left out).
_HOUR_CHANGED_TITLE = folded_compile(
    r"(?:\b(?:chang\w*|modif\w*|geändert\w*|änderung\w*|cambi\w*|correct\w*|correcci\w*|corrig\w*"
    r"|berichtig\w*|rettific\w*|rectific\w*)\b[^|–—]{0,30}?|\bavis\s+modificatif\W{0,5})"
    r"(?<!-)\b(?:time|hour|heure|uhrzeit|orario|hora)\b",
    _I,
)
# A title saying the date of a limit is changed: 'Knowledge Transfer Partnerships – change to
# closing date', 'Änderung der Einreichungsfrist', 'Modification de la date limite'.
_DATE_CHANGED_TITLE = folded_compile(
    r"\b(?:changes?|change\s+to|modification|modifica|änderung|cambio)\b[^|–—]{0,20}?"
    r"\b(?:closing\s+date|deadline|date\s+limite|fecha\s+l[íi]mite|scadenza|\w*frist)\b"
    # a call's timetable changed: 'Appel … – calendrier modifié', 'Zeitplan geändert'
    r"|\bcalendrier\s+modifié|\bmodification\s+du\s+calendrier|\bzeitplan\s+geändert"
    r"|\bgeänderter\s+zeitplan|\bcalendario\s+modificad[oa]|\brevised\s+timeline",
    _I,
)
# A text opening with a correction: 'Correction (March 20, 2017): … The correct deadline is'.
_OPENS_CORRECTED = folded_compile(
    r"^\W*(?:correction|corrigendum|berichtigung|rettifica|rectificatif)\b", _I
)
# Nouns that say the deadline is a new one. Only ever asked whether it matches, so a word
# ending in 'frist' is looked for as 'frist' (the quick start of every branch lets the engine
# skip the places none can start at), and the one branch tied to the text's start is a pattern
# of its own, tried there only.
_NEW_DEADLINE = Either(
    folded_compile(
        r"extended\s+deadline|deadline\s+extension|new\s+deadline|revised\s+deadline|fristverlängerung"
        r"|verlängerung\s+der\s+\w{0,20}frist|neue\s+\w{0,20}frist|\bprolongation\b|nouvelle\s+date\s+limite"
        r"|report\s+de\s+la\s+date|ampliaci[óo]n\s+del?\s+plazo|\bwill\s+now\s+close\b|\bprórroga\b|nuevo\s+plazo"
        r"|nueva\s+fecha\s+l[íi]mite|nuevo\s+cierre|nouvelle\s+clôture|nuova\s+chiusura|new\s+closing\s+date|nuova\s+scadenza|riapertura\s+dei\s+termini"
        # a deadline brought forward moves it too: 'la date limite est avancée', 'scadenza
        # anticipata', 'anticipo della scadenza', 'Frist vorgezogen', 'deadline brought forward'
        # ('the closing date for the … opportunity has been brought forward from')
        r"|(?:date\s+limite|scadenza|termine|frist|schluss|deadline|closing\s+date|plazo"
        r"|fecha\s+l[íi]mite)\s+"
        r"(?:[\w-]+\s+){0,8}?(?:avancée|anticipat[oa]|vorgezogen|vorverlegt|brought\s+forward|adelantad[oa])"
        r"|anticipo\s+della\s+scadenza|avancer\s+la\s+date\s+limite|adelanto\s+del\s+plazo"
        r"|sono\s+riaperti\s+i\s+termini|réouverture\s+de\s+l'appel|reapertura\s+del\s+plazo"
        # the act of moving it, named: 'dispone il differimento del termine', 'Verschiebung der
        # Frist'
        r"|(?:proroga|differimento|slittamento|posticipo|spostamento)\s+(?:dei\s+termini|della"
        r"\s+scadenza|del\s+termine)|verschiebung\s+der\s+\w{0,20}frist|aplazamiento\s+del\s+plazo"
        r"|postponement\s+of\s+the\s+deadline|report\s+du\s+délai|report\s+du\s+calendrier"
        # a timetable changed: 'Se modifica el cronograma de la convocatoria', 'si modificano i
        # termini'
        r"|\bse\s+modifica(?:n)?\s+(?:el\s+cronograma|los\s+plazos|las\s+fechas|la\s+fecha|el\s+plazo)"
        # ('Agrupaciones Empresariales Innovadoras: modificación del plazo', 'Änderung der
        # Einreichfrist', 'modification de la date limite')
        r"|modificaci[óo]n\s+del\s+plazo|änderung\s+der\s+\w{0,20}frist"
        r"|modification\s+de\s+la\s+date\s+limite"
        r"|\bsi\s+modifica(?:no)?\s+(?:i\s+termini|il\s+termine|le\s+scadenze|la\s+scadenza)"
        r"|\b(?:timeline|timetable|calendar)\s+(?:has\s+been\s+|is\s+)?(?:changed|modified|amended)",
        _I,
    ),
    re.compile(r"^\W*proroga\b", _I),
)
# The old date named beside the new one.
_OLD_DATE = folded_compile(
    r"instead\s+of|\bpreviously\b|\boriginally\b|au\s+lieu\s+du|\binitialement\b"
    r"|\bursprünglich\b|en\s+lugar\s+del|\binicialmente\b|invece\s+del|\banzich[eé]\b"
    r"|\binizialmente\b",
    _I,
)
# The old date alone in brackets: '(previously 17 December 2027)', '(bisher: 7. März 2027)'.
_OLD_DATE_ASIDE = folded_compile(
    r"\(\s*(?:previously|formerly|originally|bisher|vorher|zuvor|auparavant|précédemment"
    r"|anciennement|anteriormente|in\s+precedenza|plazo\s+anterior|fecha\s+anterior"
    r"|ancienne\s+date|old\s+deadline"
    # (words that open other asides as well only where a date follows: not '(antes de 2020)',
    # '(prima edizione: 2019)', '(was founded in 2010)')
    r"|antes\s*[:,]|prima(?:\s*:|\s+(?:fissat|previst)\w*)"
    r"|was\s*[:,]?\s*(?:on\s+)?(?=\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan|feb|mar|apr"
    r"|may|jun|jul|aug|sep|oct|nov|dec))\s*[:,]?\s*[^()]{0,30}\d[^()]{0,40}\)",
    _I,
)
# The old date itself named as replaced: 'instead of 8 March', 'au lieu du 8 mars'.
_INSTEAD_OF_DATE = folded_compile(
    r"(?:instead\s+of|rather\s+than|au\s+lieu\s+du|en\s+lugar\s+del|en\s+vez\s+del"
    r"|invece\s+del|anziché\s+il|(?:an)?statt\s+(?:am|dem|des)?)\s+(?:the\s+)?\d{1,2}\b",
    _I,
)
# A line labelled as the new limit: 'New closing date:', 'Nouvelle date limite :', 'Neue Frist:'.
_NEW_DATE_LINE = re.compile(
    r"(?im)^[\W_]*(?:new|revised)\s+(?:closing\s+date|deadline|submission\s+deadline|due\s+date)"
    r"|^[\W_]*(?:nouvelle\s+date\s+limite|neue[rs]?\s+(?:\w*frist|\w*schluss|stichtag)"
    r"|nuova\s+scadenza|nuevo\s+plazo|nueva\s+fecha\s+l[íi]mite"
    # ('Nueva fecha de cierre:', 'Nouvelle date de clôture :', 'Nuova data di chiusura:')
    r"|nueva\s+fecha\s+de\s+cierre|nouvelle\s+date\s+de\s+clôture|nuova\s+data\s+di\s+chiusura)\s*:"
)
# An old date struck through right before the new one: '~~12 janvier~~ 26 janvier 2024'.
_STRUCK_FOR_NEW = re.compile(r"~~[^~\n]{0,40}\d[^~\n]{0,40}~~\s*(?:→|->|—|–)?\s*\**\s*\d")
_CLOSE_WORD = folded_compile(r"\bclose[sd]?\b|clôtur\w*|\bcierra\b|\bchiude\b|endet\b", _I)
# (a number's abbreviation, a single letter, ends no sentence: 'determinazione n. 47 del')
_SENTENCE = re.compile(r"(?<![\s(]\d)(?<![\s(]\d\d)(?<!\s[^\W\d_])[.!?;]\s+|\n")
_ASIDE = re.compile(r"\([^)]{0,24}\)")
_BRACKETS = re.compile(r"\([^)]*\)")


def _moves_a_deadline(head: str, sentences: int = 2) -> bool:
    """Whether a sentence of ``head`` moves a deadline: 'the deadline is extended to', 'die
    Frist wird bis zum 15. Mai verlängert', 'l'appel est prolongé', 'close on 15 May instead of
    30 April', 'Fristverlängerung'. An aside such as '(extended)' beside a date does not."""
    if not (_MOVE_VERB.search(head) or _NEW_DEADLINE.search(head) or _OLD_DATE.search(head)):
        return False
    # The notice says so at once; a call page that mentions a moved date further on, or in
    # brackets ('(This date has been extended from April 1 to April 3)'), is still the call.
    # But the old date alone in brackets beside the new one is the notice itself: 'now closes
    # on Friday 7 January 2028 (previously 17 December 2027)', '(bisher: 30. Juni 2027)'.
    if any(_OLD_DATE_ASIDE.search(sentence) for sentence in _SENTENCE.split(head)[:sentences]):
        return True
    for sentence in _SENTENCE.split(_BRACKETS.sub(" ", head))[:sentences]:
        if _NEW_DEADLINE.search(sentence):
            return True
        plain = _ASIDE.sub(" ", sentence)
        if _MOVE_VERB.search(plain) and _MOVED_THING.search(plain):
            return True
        if _OLD_DATE.search(sentence) and (_MOVED_THING.search(plain) or _CLOSE_WORD.search(plain)):
            return True
        if _INSTEAD_OF_DATE.search(sentence):
            return True  # 'until 22 March instead of 8 March': one date put for another
    return False


_OPENING_WORDS = 40  # characters: the label a notice opens with


def _opens_with_new_date(head: str) -> bool:
    """Whether a text opens with a new deadline: 'New deadline: 4 May', 'Proroga: ...'."""
    return bool(_NEW_DEADLINE.search(head[:_OPENING_WORDS]))


_MORE_TIME = folded_compile(
    r"additional\s+(?:\w+\s+)?(?:days?|weeks?|time)\s+to\s+(?:submit|apply)"
    r"|more\s+time\s+to\s+(?:submit|apply)"
    # 'Una semana más para presentar candidaturas', 'Une semaine de plus pour candidater',
    # 'Eine Woche mehr Zeit', 'Una settimana in più per'
    r"|\b(?:una\s+semana|un\s+mes|unos\s+días)\s+más\s+para\b|\bmás\s+tiempo\s+para\b"
    r"|\b(?:une\s+semaine|un\s+mois|quelques\s+jours)\s+de\s+plus\s+pour\b|\bplus\s+de\s+temps\s+pour\b"
    r"|\b(?:eine\s+woche|einen\s+monat)\s+mehr\b|\bmehr\s+zeit\s+für\b"
    r"|\b(?:una\s+settimana|un\s+mese)\s+in\s+più\b|\bpiù\s+tempo\s+per\b",
    _I,
)
# A report of something that already happened.
_PAST = folded_compile(
    r"\bgathered\b|\btook\s+(?:place|part)\b|\b(?:was|were)\s+held\b|\battended\s+by\b"
    # (people who attended it: 'More than 300 researchers, students and agency staff attended
    # the fifth symposium'; not 'Groups that attended the 2026 edition may register again')
    r"|\b(?:participants|researchers|scientists|students|people|delegates|visitors|attendees"
    r"|guests|members|staff|experts|managers)\b[^.]{0,40}?\battended\s+the\b"
    r"|\bwas\s+present\b|\b(?:is|that'?s)\s+a\s+wrap\b|\bwere\s+submitted\b|\brecords\s+higher\b|\borgani[sz]ed\s+an?\s"
    # 'hosted the conference', 'hosted 40 start-ups'; 'hosted by' is said of what is ahead too
    r"|\bwelcomed\b|(?<!be\s)\bhosted\s+(?:the|a|an|over|more|some|around|about|\d)\b|\bshared\s+their\b|\bwas\s+set\s+to\b|\bwas\s+made\b"
    r"|\bwere\s+(?:received|selected|funded)\b|\bhave\s+been\s+(?:selected|funded)\b"
    r"|\bbeat(?:en)?\s+(?:all\s+)?(?:the\s+)?records?\b"
    r"|\bfand\b(?:[^.]|(?<=\d)\.){0,120}\bstatt\b|\bhat\s+stattgefunden\b|\bbildete\b|\btrafen\s+sich\b"
    r"|\bwurden\s+\w+\s+eingereicht\b|\bnahmen\b[^.]{0,60}\bteil\b"
    r"|s'est\s+(?:tenu|déroulé)e?s?\b|\ba\s+eu\s+lieu\b|\bont\s+participé\b|\ba\s+pu\b"
    r"|\bont\s+répondu\b|\bont\s+été\s+(?:déposé|reçu|retenu|sélectionné)"
    r"|\bse\s+celebr[óo]\b|\btuvo\s+lugar\b|\bcelebraban\b|\bsirvió\b|\bfueron\s+presentad"
    r"|\bsi\s+è\s+(?:svolt|tenut|conclus)[oa]\b|\bsono\s+stat[ei]\s+presentat"
    # what a call drew, counted: 'attracted 117 proposals', 'has received 386 applications',
    # 'recibió 2.310 solicitudes', 'gingen 57 Bewerbungen … ein'
    r"|\b(?:attracted|drew|(?:has|have|had)\s+received|received|recibió|ha\s+recibido|a\s+reçu"
    r"|ont\s+été\s+reçues|ha\s+ricevuto|sono\s+pervenut[ei]|gingen|erhielt|hat\s+\w+\s+erhalten)"
    r"\s+(?:more\s+than\s+|over\s+|some\s+|más\s+de\s+|plus\s+de\s+|oltre\s+|über\s+|insgesamt\s+)?"
    r"\d[\d.,]*\s+(?:[^\W\d_][\w-]*\s+){0,2}?(?:applications|proposals|submissions|entries"
    r"|nominations|solicitudes|propuestas|candidaturas|candidatures|dossiers|demandes|domande"
    r"|proposte|candidature|anträge|bewerbungen|einreichungen|skizzen|projektskizzen)\b",
    _I,
)
# (The branch tied to the title's start is a pattern of its own, tried there only: in the
# alternation it had made the engine try every branch at every place. It comes first, so at
# the start it wins as it did.)
_PAST_TITLE = Either(
    folded_compile(
        r"^\s*(?:retour\s+sur|rückblick|review\s+of|recap|r[ée]sum[ée]\s+de|bilan)\b"
        # or opening the title, with what they did: '42 young researchers at the Summer School',
        # '38 cluster managers graduate from the 2019 programme'
        r"|^\s*\d[\d.,]*\s+(?:[^\W\d_][\w-]*\s+){1,3}?(?:at|attended|graduate[ds]?|gathered|met"
        r"|joined|took\s+part|participated)\b",
        _I,
    ),
    folded_compile(
        # something called off, or a call closed before its time: told, not announced
        r"\b(?:annulation|annulée?s?|cancel(?:l?ed|lation)|cancelad[oa]|cancelaci[óo]n|abgesagt"
        r"|absage|annullat[oa]|annullamento)\b"
        r"|vorzeitig\s+(?:beendet|geschlossen)|ausgeschöpft|cierre\s+anticipado|chiusura\s+anticipata"
        r"|\bclos(?:es|ed)\s+early\b|agotamiento\s+del\s+crédito"
        r"|esauriment\w*\s+(?:delle\s+)?risorse|budget\s+exhausted|clôture\s+anticipée"
        # or after the name it is of: 'Innov'Up : le bilan 2026', 'Förderprogramm X: Bilanz 2026'
        # ('Forum 2026 : un bilan', 'Feria 2027: un balance')
        r"|[:–—]\s*(?:le\s+|la\s+|il\s+|el\s+|die\s+|the\s+|une?\s+)?"
        # (a balance said to be good: 'Hannover Messe: positive Bilanz am Gemeinschaftsstand')
        r"(?:(?:positive|erfolgreiche|gute)\s+)?(?:bilan|bilanz|bilancio|resoconto|balance|recap)\b"
        # or anywhere in the title, with what it is of: 'What a weekend! Recap of HackTheHarbour'
        r"|\brecap\s+of\b|\bwhat\s+an?\s+(?:weekend|week|day|night|evening|year)\b"
        # 'Mission report: 22 European clusters explore …', 'Event report – …'; a balance drawn,
        # a year reviewed: 'zieht positive Bilanz', 'dresse un bilan', 'Annual Review 2026'
        r"|\bzieht\s+(?:\w+\s+)?bilanz|\bdresse\s+(?:un\s+)?(?:premier\s+)?bilan|\bhace\s+balance"
        r"|\btraccia\s+(?:un\s+)?bilancio|\bannual\s+review\b|\byear\s+in\s+review\b|\bjahresbericht\b"
        r"|\brapport\s+annuel\b|\bmemoria\s+anual\b|\brelazione\s+annuale\b|\bhonou?red\b"
        # a story told of what was done: 'Success story: how a cluster helped 40 SMEs …'
        r"|\bsuccess\s+stor(?:y|ies)\b|\berfolgsgeschichte\b|\bhistoire\s+de\s+(?:réussite|succès)\b"
        r"|\bcaso\s+de\s+éxito\b|\bstoria\s+di\s+successo\b"
        # an interview, a milestone passed: 'Interview with the manager of …', 'Platform milestone:'
        r"|(?:^|[:–—|]\s*)(?:interview\s+(?:with|mit|avec)|intervista\s+(?:a|con)"
        r"|entrevista\s+(?:a|con)|entretien\s+avec|im\s+gespräch\s+mit)\b"
        r"|\bmilestone\b|\bmeilenstein\b"
        # funding won or granted: 'Three teams win Horizon Europe funding', 'Dr Haddad awarded
        # UKRI Fellowship', 'Siete investigadores obtienen', 'DFG bewilligt neuen
        # Sonderforschungsbereich'
        r"|\b(?:wins?|earn|earns|secure|secures|receive|obtain|obtienen|erhalten|reçoivent|ricevono)\s+(?:[\w-]+\s+){0,3}?(?:funding|grants?|awards?|prizes?"
        r"|fellowships?)\b|\bawarded\b"
        # who was chosen, counted: 'Cluster Bridges call: 32 partnerships selected', 'Jury wählt
        # zwölf Netzwerke aus'; a call closed to newcomers: 'Fund closed to new applications'
        r"|\b\d[\d.,]*\s+(?:[^\W\d_][\w-]*\s+){1,3}(?:selected|shortlisted|chosen)\b"
        r"|\bwählt\b[^.:]{0,50}\baus\b|\bclosed\s+to\s+(?:new\s+)?(?:applications|submissions|entries)\b"
        # a jury's choice told: 'Jury empfiehlt zwölf Netzwerke', 'Jury nominiert', 'Jury
        # selects six projects', 'le jury retient', 'la giuria seleziona', 'el jurado elige'
        r"|\bjury\s+(?:empfiehlt|nominiert|benennt|kürt|recommends|selects|shortlists|nominates"
        r"|names|retient|sélectionne|désigne|distingue)\b|\bgiuria\s+(?:seleziona|sceglie|premia)\b"
        r"|\bjurado\s+(?:selecciona|elige|premia)\b"
        # who won, counted first: 'Three new UKRI Future Leaders Fellows', 'Drei ERC
        # Consolidator Grants für die Universität', 'Six spin-outs share the Innovation Prize'
        r"|^\W*(?:two|three|four|five|six|seven|eight|nine|ten|twelve|zwei|drei|vier|fünf|sechs"
        r"|sieben|acht|neun|zehn|zwölf|deux|trois|quatre|cinq|due|tre|quattro|cinque|dos|tres"
        r"|cuatro|cinco)\s+(?:new\s+|neue\s+|nouveaux\s+|nuovi\s+|nuevos\s+)?(?:[\w-]+\s+){0,3}?"
        r"(?:grants|fellows|fellowships|prizes|awards|stipendien|preise|bourses|borse|becas"
        r"|exzellenzcluster\w*)\b|\bshare\s+(?:this\s+year's\s+|the\s+)?(?:[\w'’-]+\s+){0,3}?prize\b"
        r"|\bobtienen?\b|\bottengono\b|\bottiene\b|\bobtiennent\b|\bobtient\b|\bbewilligt\b"
        # a publication put out: 'Report released: European Cluster Panorama 2027', 'Study
        # published'
        r"|\b(?:report|study|publication|guide|handbook|toolkit|white\s+paper|policy\s+brief)\s+"
        r"(?:is\s+)?(?:released|published|out\s+now)\b"
        # someone appointed: 'Nominato il nuovo presidente', 'New director appointed', 'ernannt'
        r"|\b(?:nominat[oa]|elett[oa]|appointed|elected|ernannt|gewählt|nommée?|élue?|nombrad[oa]"
        r"|elegid[oa])\b"
        # who will be funded, counted: '494 early-career researchers to receive funding'
        r"|\b\d[\d.,]*\s+(?:[^\W\d_][\w-]*\s+){1,3}(?:to|will)\s+receive\s+(?:funding|grants?|support"
        r"|awards?|€|eur\b|\$|£)"
        r"|\b(?:mission|event|conference|trip|visit|workshop|study\s+tour)\s+report\b"
        # who came, counted: 'Over 300 participants at the Cluster Excellence Conference 2016'
        # ('300 participants expected' is said ahead)
        r"|\b(?:over|more\s+than|nearly|almost|some|über|mehr\s+als|plus\s+de|près\s+de|más\s+de"
        r"|oltre|più\s+di)\s+\d[\d.,]*\s+(?:participants|attendees|delegates|visitors|teilnehmende"
        r"|teilnehmer(?:innen)?|participantes|partecipanti|personnes|personas|persone)\b"
        r"(?!\s+(?:are\s+|sont\s+|werden\s+|son\s+|sono\s+)?(?:expected|erwartet|attendus|esperad|attes))"
        # or opening the title, with what they did (the pattern of the title's start, above);
        # or what was sent, counted:
        # 'Großes Interesse an der Jahrestagung 2022: 143 Einreichungen', 'Record registrations'
        r"|[:,–—]\s*\d[\d.,]*\s+(?:submissions|applications|proposals|einreichungen|anträge"
        r"|bewerbungen|candidatures|dossiers|domande|solicitudes|propuestas)\b"
        r"|\brecord\s+(?:registrations|participation|attendance|number\s+of)\b"
        # applications counted as a record: 'Record 640 applications for the fourth cohort',
        # 'Rekord bei den Eingaben', 'Bewerbungsrekord', 'record de candidatures'
        r"|\brecord\s+(?:\d[\d.,]*\s+)?(?:applications|submissions|proposals|entries)\b"
        r"|rekord\b|\brecord\s+de\s+candidatures\b|\brécord\s+de\s+solicitudes\b"
        r"|\brecord\s+di\s+(?:domande|candidature)\b"
        r"|\bin\s+review\b|\b(?:a\s+)?look(?:ing)?\s+back\b|\bwrap-?up\b|\bnachlese\b"
        # counted up: 'Call 3 Step 1 in numbers', '2023 in figures', 'l'appel en chiffres'
        r"|\bin\s+(?:numbers|figures)\b|\bby\s+the\s+numbers\b|\ben\s+chiffres\b|\bin\s+zahlen\b"
        r"|\bin\s+cifre\b|\ben\s+cifras\b"
        # a digest of several items is a report of them: 'Innovation Office Newsletter – October'
        r"|\bnewsletter\b|\brundbrief\b|\blettre\s+d'information\b|\bbolet[íi]n\s+(?:de\s+noticias|informativo)"
        r"|\b(?:results?|outcomes?|statistics|statistik|ergebnisse|résultats|resultados|risultati|winners"
        r"|lauréats|gewinner|ganadores|vincitori|graduatoria|classement|rangliste|clasificaci[óo]n"
        r"|esiti|esito|beneficiari[oa]s|admitid[oa]s|ammess[iea])\b"
        # a call decided: 'Resuelta la convocatoria de ayudas', 'La AVI resuelve la convocatoria'
        r"|\bresuelt[ao]s?\b|\bresuelve\s+la\s+convocatoria\b"
        # the act granting what a call funds: 'Decreto di concessione dei contributi'
        r"|\bdecreto\s+di\s+concessione\b|\bresoluci[óo]n\s+de\s+concesi[óo]n\b|\bförderbescheide\b"
        # ('Resolución por la que se modifican los plazos' is an act that moves them)
        r"|\bresoluci[óo]n\s+(?:(?:definitiva|provisional)\s+)?de\s+(?:la\s+convocatoria|concesi[óo]n"
        r"|(?:(?:las|los)\s+)?(?:ayudas|becas|subvenciones|premios|incentivos))\b"
        # money or a count of projects granted: 'Foundation awards $2.4 million to twelve',
        # 'Stiftung fördert 14 Projekte', 'La Région finance 23 projets', 'finanzia 40 progetti'
        r"|\bawards\s+[$€£]\s?\d|\b(?:fördert|funds|finances?|financia|finanzia)\s+\d+\s+"
        r"(?:\w+\s+)?(?:projekte|vorhaben|projects|projets|proyectos|progetti)\b"
        # what was chosen: 'Accepted papers announced', 'Ausgewählte Projekte'
        r"|\baccepted\s+(?:papers|abstracts|posters|talks|proposals|projects)\b"
        # the call told closed: 'Applications closed', 'Abstract submission has closed', 'CFP is
        # now closed', 'Appel clôturé', 'Bando chiuso' ('closes on 5 May' is said ahead)
        r"|\b(?:applications?|submissions?|call|cfp|nominations?|proposals?|registrations?)\s+(?:(?:is|are|has|have)"
        r"\s+(?:now\s+)?|now\s+)?closed\b|\b(?:appel|candidatures)\s+(?:est\s+|sont\s+)?(?:clos|clôturée?s?)\b"
        r"|\b(?:bando|avviso|call)\s+(?:è\s+)?chius[oa]\b|\bconvocatoria\s+(?:está\s+)?cerrada\b"
        r"|\bchius[oa]\s+(?:la|il|l['’])\s*(?:call|bando|avviso)\b|\bcerrada\s+la\s+convocatoria\b"
        # prizes handed over: 'La Universidad entrega los Premios', 'consegnati i premi'
        r"|\bentrega(?:n)?\s+(?:los|las|el|la|sus)\s+(?:\w+\s+)?premios?\b|\bconsegna(?:ti)?\s+i\s+premi\b"
        r"|\bremet\s+(?:les|ses)\s+prix\b|\bpresents?\s+(?:the|its)\s+(?:\w+\s+)?awards\b|\büberreicht\b"
        # a programme put online: 'CASG 2026 Program Now Available', 'Online il programma del
        # convegno', 'Programm veröffentlicht'
        # (not a call a funding programme publishes: 'Frontiers Programme 2027 – Call document
        # published')
        r"|\b(?:program(?:me)?|programma|programm|programa)\b"
        r"(?:(?!\bcall\b|\bappels?\b|\bbando\b|\bconvocatoria\b|\bausschreibung\b)[^.:]){0,30}?"
        r"\b(?:(?:is\s+)?now\s+)?(?:available"
        r"|online|published|released|veröffentlicht|disponible|disponibile|en\s+ligne)\b"
        r"|\bonline\s+il\s+programma\b|\bdisponibile\s+il\s+programma\b"
        # money granted, by the headline's verb and its sum: 'El Gobierno concede 4,2 millones a 47
        # empresas', 'La Regione assegna 5 milioni' (English 'Awards 2027', 'Grants 2026' are names)
        r"|\b(?:concede|otorga|adjudica|assegna|attribue|vergibt)\s+(?:\w+\s+){0,2}?[\d€$£][\d.,]*\s*"
        r"(?:millones|milioni|millions?|mio\.?|€|euros?"
        # or counts what it gives: 'concede 48 ayudas', 'assegna 120 borse', 'vergibt 20 Stipendien'
        r"|ayudas|becas|subvenciones|contributi|borse|aides|bourses|grants|stipendien|förderungen)"
        # an outcome counted or celebrated: 'round closes with record number of applications',
        # 'MOOC dépasse les 50 000 inscrits', 'Congratulations to our Scholarship recipients',
        # 'Summer Institute wraps up in Hobart'
        r"|\b(?:closes|closed|ends|ended)\s+with\s+(?:a\s+)?(?:record|\d)|\brecord\s+number\s+of\b"
        # ('La Escuela … cierra su convocatoria con 380 solicitudes', 'chiude con 240 domande',
        # 'schließt mit 300 Bewerbungen', 'se clôt avec 120 dossiers')
        r"|\b(?:cierra|cerró|chiude|ha\s+chiuso|se\s+clôt|clôture|schließt|endet|endete)\s+"
        r"(?:[\w-]+\s+){0,3}?(?:con|avec|mit)\s+(?:un\s+|einem\s+)?(?:récord|record|rekord|\d)"
        r"|\brecord\s+numbers\b"
        # 'record attendance', 'Rekordbeteiligung', 'record de participation', 'récord de
        # asistencia'
        r"|\brecord\s+(?:attendance|participation|turnout|demand|interest)\b|\brekord(?:beteiligung|besuch)\w*"
        r"|\brecord\s+de\s+(?:participation|fréquentation)\b|\brécord\s+de\s+(?:asistencia|participación)\b"
        r"|\brecord\s+di\s+(?:presenze|partecipanti|partecipazione)\b"
        r"|\b(?:dépasse|franchit|surpasses|tops|supera|überschreitet|knackt)\b[^.]{0,30}?\d"
        r"|\brecipients\b|\bawardees\b|\bcongratulations\b|\bfélicitations\b|\bcomplimenti\b"
        r"|\benhorabuena\b|\bwraps?\s+up\b|\bwrapped\s+up\b|\bcomes\s+to\s+an\s+end\b|\bgeht\s+zu\s+ende\b"
        # a decision taken: 'Kabinett beschließt Innovationsstrategie', 'Commission adopts',
        # 'La Giunta approva', 'El Gobierno aprueba' (what it plans is told of, not asked for)
        # ('AICTE-approved Short Term Course', 'EU-approved': a compound says what kind, not what
        # was done)
        r"|(?<!-)\b(?:adopts|adopted|approves|approved|beschließt|beschlossen|verabschiedet|approva"
        r"|approvat[oa]|aprueba|aprobad[oa]|adopte|adopté|adoptée|endorsed|endorses)\b"
        # someone chosen for a post: 'Board elects Ingrid Solberg as new chair', 'appointed
        # director', 'nommée directrice', 'nominato presidente', 'zum Vorsitzenden gewählt'
        r"|\belects?\b|\belected\b|\bappoint(?:s|ed)\b|\bnommée?\b|\bnominat[oa]\s+(?:nuov[oa]\s+)?"
        r"(?:presidente|direttore|direttrice)\b|\bgewählt\b|\bernannt\b|\bnombrad[oa]\b|\belegid[oa]\b"
        # a prize given, a recording put online: after the fact
        # a report by its name or its headline verb: 'Conference report:', 'Forum draws 450
        # participants', 'networks sign cooperation agreement', 'Il Cluster entra nella partnership'
        r"|\b(?:conference|event|workshop|forum|meeting)\s+report\b"
        r"|\b(?:draws|attracts|gathers|welcomes|brings\s+together)\s+(?:over\s+|more\s+than\s+|some\s+)?"
        r"(?:(?:a\s+)?record\s+)?\d"
        r"|\bsign(?:s|ed)?\s+(?:an?\s+)?(?:\w+\s+)?(?:agreement|memorandum|mou|partnership|charter)\b"
        r"|\bsignent\b|\bunterzeichn\w*|\bfirman\b|\bfirmano\b|\bfirmat[oa]\s+(?:il|l['’]|un|una)\b"
        r"|\bsigné\b|\bfirmad[oa]\b|\bjoin(?:s|ed)\b|\bentra\s+nell[ao]?\b|\brejoint\b"
        r"|\b(?:members|clusters|partners|regions|countries|companies|organi[sz]ations)\s+join\b"
        # members who came: 'Sechs neue Mitglieder im Netzwerk' (not 'neue Mitglieder gesucht')
        r"|\bneue\s+mitglieder\b(?!\s+gesucht)|\bnouveaux\s+membres\b(?!\s+recherch)"
        r"|\bnuovi\s+soci\b(?!\s+cercasi)|\bnuevos\s+(?:miembros|socios)\b(?!\s+buscad)"
        # 'El clúster incorpora doce nuevas empresas', 'welcomes five new members'
        r"|\b(?:incorpora|welcomes|accoglie|accueille|begrüßt)\s+(?:\w+\s+){0,2}?(?:nuev[oa]s|new"
        r"|nuov[ie]|nouveaux|nouvelles|neue)\s+(?:empresas|socios|miembros|members|companies|imprese"
        r"|soci|associati|membres|adhérents|entreprises|mitglieder|unternehmen)\b"
        # ('Siete nuevas empresas se incorporan al Clúster', 'Welcome to our newest members')
        r"|\bse\s+incorpora[n]?\s+a(?:l|\s+la)\b|\bwelcome\s+(?:to\s+)?our\s+new(?:est)?\s+members\b"
        # a count of what was sent: '187 proposals submitted to', '142 Projektskizzen eingereicht'
        r"|\b\d[\d.,]*\s+(?:[^\W\d_]+\s+){1,2}(?:submitted|received|eingereicht|eingegangen|déposée?s"
        r"|reçue?s|presentad[oa]s|recibid[oa]s|presentat[ei]|pervenut[ei]"
        # or funded: '10.000 progetti finanziati', '63 projects funded', '43 projets bruxellois
        # soutenus'
        r"|finanziat[ei]|funded|gefördert|financés|financiad[oa]s|soutenus|supported|sostenut[ie]"
        r"|apoyad[oa]s)\b"
        # (or the participle first, as Italian and Spanish headlines put it: 'finanziati 32
        # progetti', 'ammesse 120 domande', 'aprobados 45 proyectos')
        r"|\b(?:finanziat[ie]|approvat[ie]|ammess[ie]|selezionat[ie]|premiat[ie]|financiad[oa]s"
        r"|aprobad[oa]s|seleccionad[oa]s)\s+\d[\d.,]*\s+(?:[^\W\d_]+\s+)?(?:progetti|imprese"
        r"|domande|startup|iniziative|proyectos|empresas|solicitudes|iniciativas)\b"
        # who was chosen: '52 SMEs selected for', '12 Projekte ausgewählt', 'lauréats sélectionnés'
        r"|\b(?:selected|shortlisted|chosen)\s+(?:for|in|under|by|to)\b|\bausgewählt\b"
        r"|\bsélectionnée?s\b|\bseleccionad[oa]s\b|\bselezionat[ie]\b|\bverliehen\b|\bvergeben\b"
        r"|\bretenue?s\b"
        r"|\b(?:goes\s+to|awarded\s+to|wins|won|receives|erhält|erhielt|gewinnt|gewann|remport(?:e|é|ée)"
        r"|reçoit|gana|ganó|recibe|recibió|vince|vinto|riceve|ricevuto)\b|\b(?:recordings?|replay|aufzeichnung|enregistrement|grabaci[óo]n"
        r"|registrazione)\b"
        # an event called off or turned into something else: news about it, not its announcement
        r"|\bcancel(?:l)?ed\b|\bcalled\s+off\b|\b(?:changed|moved|switched)\s+(?:to\s+(?:a\s+)?virtual|online)"
        r"|\bgoes\s+virtual\b|\babgesagt\b|\bannulée?s?\b|\bannullat[oai]\b|\bcancelad[oa]s?\b",
        _I,
    ),
)
# A call reported closed: 'the challenge, which closed on 15 January', 'il bando, chiuso il'
# (a registration closed is said on an event's page too; 'will be closed on' is said ahead).
# What a report of a call's outcome opens with: it weighs as two words of the past.
_CLOSED_CALL = folded_compile(
    # ('The call closed at 17:00 CEST on 14 October 2026': its hour may come first)
    r"\b(?:call|competition|challenge|contest|tender)\b[^.]{0,40}?(?<!be\s)(?<!is\s)\bclosed\s+"
    r"(?:at\s+\d[^.]{0,20}?\s+)?on\b"
    # the window to send work told over: 'Submissions for the main track closed on', 'Die
    # Einreichungsphase … endete am', 'le plazo de presentación finalizó el'
    r"|(?:^|[.!]\s|\n)(?:the\s+)?(?:submissions?|applications?|proposals?|nominations?)\b"
    r"[^.]{0,50}?(?<!be\s)(?<!is\s)(?<!will\s)\bclosed\s+(?:at\s+\d[^.]{0,20}?\s+)?on\b"
    r"|\b(?:submission|application)\s+(?:period|phase|window)\b[^.]{0,40}?\b(?:ended|closed)\b"
    r"|\b(?:einreichungs|bewerbungs|antrags)(?:phase|frist|zeitraum)\b[^.]{0,60}?\bendete\b"
    r"|\bpériode\s+de\s+(?:dépôt|candidature|soumission)\b[^.]{0,40}?"
    r"\b(?:s'est\s+(?:terminée|achevée)|a\s+pris\s+fin)\b"
    r"|\b(?:fase|periodo)\s+di\s+(?:presentazione|candidatura)\b[^.]{0,40}?"
    r"\bsi\s+è\s+(?:conclus[oa]|chius[oa])\b"
    r"|\bplazo\s+de\s+(?:presentación|solicitud(?:es)?)\b[^.]{0,40}?"
    r"\b(?:finalizó|terminó|concluyó|se\s+cerró)\b"
    r"|\b(?:bando|avviso|appel|convocatoria|aufruf|ausschreibung)\b[^.]{0,60}?(?:,\s*|\b(?:è|fue|wurde"
    r"|a\s+été)\s+(?:(?:[^.]|(?<=\d)\.){0,30}?\s)?)(?:chius[oa]|clos|clôturée?|cerrad[oa]|geschlossen|beendet)\b"
    r"|\b(?:convocatoria|bando)\b[^.]{0,60}?\b(?:se\s+cerró|si\s+è\s+chius[oa])\b"
    # ('La convocatoria, que cerró el 31 de marzo': the call itself; 'dos cortes: el primero
    # cerró el' is one cut-off of an open call)
    r"|\b(?:convocatoria|bando)\b,?\s+(?:que\s+)?(?:cerró\s+el|ha\s+cerrado)\b"
    # the desk a call's applications are filed at, told closed: 'Si è chiuso il 28 febbraio
    # lo sportello', 'Lo sportello … si era chiuso alle ore 12:00'
    r"|(?<!sarà\s)\bchius[oa]\b[^.]{0,50}?\bsportello\b"
    r"|\bsportello\b[^.]{0,50}?(?<!sarà\s)\bchius[oa]\b",
    _I,
)
_OPENING_CLOSED = 250  # characters: the opening where a report says the call has closed
# "the past 21 October", "le 3 mars dernier": a date said to be behind the writer.
_PAST_DATE = folded_compile(
    # ('will start in June and last 9 months', 'Fellowships last 4 years': the verb, not the
    # past)
    r"\b(?:el\s+pasado|lo\s+scorso|am\s+vergangenen|(?<!and\s)(?<!will\s)(?<!to\s)last)\s+\d"
    r"(?!\d*\s*(?:years?|months?|weeks?|days?|hours?|minutes?|mins?)\b)"
    r"|\d{4}?\s*(?:dernier|scorso)\b",
    _I,
)
# Something said to happen ahead.
_FUTURE = folded_compile(
    r"\bwill\s+(?:take\s+place|be\s+held|run|gather|bring|feature|open|host|welcome)\b"
    r"|\bjoin\s+us\b|\bcomes\s+to\b"
    r"|\bsave\s+the\s+date\b|\bfindet\b(?:[^.]|(?<=\d)\.){0,120}\bstatt\b|\bwird\b[^.]{0,80}\bstattfinden\b"
    r"|\baura\s+lieu\b|\bse\s+tiendra\b|\bmaintenues?\b|\bprochains?\b"
    r"|\btendrá\s+lugar\b|\bse\s+celebrará\b|\bsi\s+terr[àa]'?|\bsi\s+svolger[àa]'?"
    r"|\bal\s+via\b|\bda\s+domani\b",
    _I,
)
# Verb forms of a report, by their shape in each language: 'met', 'kamen ... zusammen',
# 'ont échangé', 'se reunieron', 'hanno partecipato'.
_PAST_FORMS = folded_compile(
    r"\b(?:met|discussed|brought|ended|presented|showcased|highlighted|celebrated|concluded"
    r"|joined|shared|attracted|featured|drew|saw|was|were|pitched|won|visited|signed|unveiled"
    # the verbs a report of a meeting is told in
    # ('focused on', 'addressed to', 'attended by' are said of what is ahead as well)
    r"|exchanged|debated|explored|stressed|emphasi[sz]ed|gave|took|spoke|explained)\b"
    r"|(?<!be\s)\bhosted\s+(?:the|a|an|over|more|some|around|about|\d)\b|\byesterday's\b"
    r"|\bthank(?:s|\s+you)\b[^.]{0,60}\b(?:joined|attended|participated|took\s+part)"
    r"|\b(?:slides|recordings?|presentations|photos)\b[^.]{0,30}\bnow\s+(?:available|online)"
    r"|\b(?:kamen|trafen|diskutierten|präsentierten|stellten|zeigten|nahmen|war|waren|wurde|wurden"
    r"|fand|gab|eröffnete|begrüßte|hatten)\b"
    r"|\b(?:a|ont)\s+(?:été\s+)?\w+(?:é|ée|és|ées|i|is|u|us)\b|\b(?:s'est|se\s+sont)\s+\w+\b"
    r"|\bétai(?:t|ent)\b"
    r"|(?<=\w\w\w)(?:aron|ieron|ó)\b|\bcelebrad[oa]s?\s+(?:el|los)\b"
    r"|\b(?:ha|hanno)\s+\w+(?:ato|uto|ito)\b"
    # ('è organizzato', 'è gratuito' are present; 'è stato presentato', 'si è svolto', 'sono
    # intervenuti' are past)
    r"|\bsi\s+(?:è|sono)\s+\w+(?:at[oaie]|ut[oaie]|it[oaie]|s[oaie])\b"
    r"|\b(?:è|sono)\s+stat[oaie]\s+\w+(?:at[oaie]|ut[oaie]|it[oaie])\b"
    r"|\b(?:è|sono)\s+(?:intervenut|arrivat|partit|tornat|terminat|conclus|finit|giunt|venut)[oaie]\b",
    _I,
)
# Verb forms of what is ahead: 'will', 'se tiendra', 'se reunirán', 'si incontreranno', 'wird'.
_FUTURE_FORMS = folded_compile(
    r"\b(?:will|shall|upcoming|register|join\s+us)\b|\bis\s+(?:scheduled|planned|set)\b"
    r"|\b(?:wird|werden|treffen\s+sich|laden|lädt|anmelden)\b"
    r"|\b(?:aura|sera|seront|auront)\b|(?<=\w\w\w)(?:eront|iront)\b|\bse\s+tiendra\b"
    r"|(?<=\w\w\w)(?:rá|rán|rà|ranno)(?![\w'])",
    _I,
)
_CALL = folded_compile(
    r"\bcall\b|(?<!\d\s)\bcfp\b|\bappels?\b|\baap\b|convocatoria|\bbando\b|\bavviso\b|ausschreibung"
    # ('Llamada a comunicaciones', 'Chiamata a contributi': a conference's call for papers)
    r"|\bllamada\s+a\b|\bchiamata\s+(?:a|per)\b"
    r"|antrag|submission|\bsubmit\b|applica(?:tion|nt)s?|proposals?\b|abstracts?\b|\bpapers\b"
    r"|reviewers|tender|\bgrants?\b|fellowship|funding|förder|subvenci|ayudas?\b|deadline"
    r"|appels?\s+d'offres|licitaci[óo]n|gara\s+d'appalto|angebotsabgabe|vergabeverfahren"
    r"|dates?\s+limites?|scadenz|\bplazo\b|bewerbung|solicitud|\bbourses?\b|riassunti"
    r"|propositions?\b|soumissions?\b|propuestas?\b|\bproposte\b|concorso|einreich\w*"
    r"|interessens?bekundung\w*|expressions?\s+of\s+interest|\bcut-?offs?\b"
    # ('Manifestazione di interesse – …', 'Expresión de interés', 'Chèque Export 2027', 'dépôt
    # des demandes du … au …')
    r"|manifestazion[ei]\s+d(?:i\s+|['’]\s*)interesse|(?:manifestaci|expresi)[óo]n(?:es)?\s+de\s+inter[ée]s"
    r"|\bchèques?\b|\bdépôt\s+des\s+(?:demandes|dossiers|candidatures|projets)\b"
    r"|accelerator|incubat\w+|acelerador\w*|incubadora|acceleratore|incubatore|inkubator"
    r"|accélérat(?:eur|ion)|programme\s+d'accompagnement"
    r"|consultation|konsultation|consulta\s+p[úu]blica|consultazione|\bcomments\s+on\b"
    r"|\bproponer\b|\bproposer\b|\bvorschlagen\b|\bproporre\b|selezione\s+pubblica|\bdomand[ae]\b|\bposti\s+di\b|\bplazas\s+de\b|oposici[óo]n|vacanc(?:y|ies)"
    r"|stellenausschreibung|offre\s+d'emploi|\bvouchers?\b|gutschein\w*|candidat(?:ure|ura|uras|ures)\b|\bpremios?\b|\bprix\b|\bawards?\b|nominations?\b"
    # a funder's page of an opportunity: 'Research Networking Scheme: opportunity open'
    r"|\bopportunity\s+(?:is\s+)?open\b|\bopportunity\s+status\b|\bfunding\s+opportunit(?:y|ies)\b"
    r"|\bprizes?\b|\bcompetitions?\b|\bcontests?\b|wettbewerb\w*|\bconcours\b|\bconcursos?\b"
    r"|\bausgeschrieben\b"
    # the file an applicant sends, the grant it asks for
    r"|\bdéposez\b|\bdéposer\s+(?:votre|un|leur|son)\s+dossier|\bsubventions?\b|manifestation\s+d['’]intérêt",
    _I,
)
# What an event offers rather than asks for, among the words of a call.
_OFFERED = re.compile(
    r"prizes?|premios?|prix|awards?|call|incubat\w+|incubadora|incubatore|inkubator|accelerator"
    r"|acelerador\w*|acceleratore|competitions?|contests?|wettbewerb\w*|concours|concursos?",
    _I,
)  # (matched whole against one word found, so not folded)
# The verb of applying, in each language ('Jetzt bewerben!', 'postulez', 'candidarsi'): in a
# title, the page asks for applications; in a text, an event's rules may say so in passing.
_APPLY_TITLE = folded_compile(
    r"\bapply\b|\bbewerb\w*|\bpostul(?:er|ez|ar)\b|\bcandidat(?:er|ez)\b|\bcandidarsi\b"
    # an invitation to join as someone: 'Devenez ambassadeur', 'Become a mentor', 'Diventa tutor'
    r"|\bdevenez\b|\bbecome\s+(?:a|an|our)\b|\bdiventa\b|\bconviértete\b|\bwerden\s+sie\b",
    _I,
)
# Asking someone to organise or host something (a school, a conference): a call, whatever it is.
# A page recruiting people for a role beside an event or a programme, not its participants:
# 'Become a Mentor', 'is recruiting experienced founders … to mentor', 'recrute 6 jeunes
# juré·es', 'Wir suchen Gutachterinnen', 'Cerchiamo volontari'.
_ASKS_FOR_PEOPLE = folded_compile(
    r"\bbecome\s+an?\s+(?:mentor|reviewer|volunteer|juror|jury\s+member|ambassador|evaluator)\b"
    r"|\bdevie(?:ns|nez)\s+(?:membre\s+du\s+jury|mentor|bénévole|évaluat\w+)"
    r"|\bcall\s+for\s+(?:mentors|volunteers|reviewers|jurors|evaluators|speakers|trainers"
    r"|lecturers|tutors|teachers|instructors)\b"
    # ('Call for expression of interest: trainers for the Cluster Manager Academy')
    r"|\b(?:interest|intérêt|interés|interesse)\W+(?:\w+\W+){0,2}?(?:trainers|lecturers|tutors"
    r"|formateurs|formateurs·rices|formadores|docenti|formatori|trainer(?:innen)?|dozent(?:en|innen))\b"
    r"|llamada\s+a\s+ponentes|convocatoria\s+de\s+(?:ponentes|voluntari[oa]s)|appel\s+à\s+intervenants"
    r"|\b(?:recruiting|looking\s+for|recrute|recluta|reclutamos|cerchiamo|sucht|suchen|buscamos"
    r"|se\s+buscan|recherchons)\b[^.:]{0,60}?"
    r"(?:\bto\s+mentor\b|\bmentors\b|\bvolunteers\b|\breviewers\b|\bjurors\b|\bjur[ée]\W?(?:e\W?)?s\b"
    r"|\bbénévoles\b|\bvoluntari[oa]s\b|\bvolontari\b|\bgutachter\w*|\bmentor(?:en|innen)\b"
    r"|\bponentes\b|\bspeakers\b|\brelatori\b|\bintervenants\b)",
    _I,
)
_ASKS_TO_ORGANISE = folded_compile(
    r"call\s+for\s+(?:schools|organi[sz]ers|hosts|host\s+\w+)"
    r"|(?:invited|invites?|proposals?|applications?|bids?|offers?|candidates?|interested)"
    r"\s+(?:\w+\s+){0,3}?to\s+(?:organi[sz]e|host)\s+(?:the|a|an)\b"
    r"|pour\s+(?:organiser|accueillir)|per\s+(?:organizzare|ospitare)|para\s+(?:organizar|acoger)"
    r"|(?:wishing|willing|interested\s+in)\s+(?:to\s+)?(?:organi[sz]e|organi[sz]ing|host|hosting)\s+(?:the|a|an)\b"
    # 'looking for a university ... to organise and host the fifth S3 Summer School'
    r"|looking\s+for\s+(?:a|an)\b[^.]{0,80}?\bto\s+(?:organi[sz]e|host)\b"
    r"|(?:call|expressions?\s+of\s+interest)\b[^.:]{0,20}:\s*(?:host|organi[sz]e)\s+(?:the|our|a)\b"
    r"|souhait(?:ant|ent)\s+(?:organiser|accueillir)|interessat[ie]\s+ad?\s+(?:organizzare|ospitare)"
    r"|interesad[oa]s\s+en\s+(?:organizar|acoger)"
    # asking to propose or organise the courses themselves: 'organisez une école d'été',
    # 'proposte di Summer School ... organizzate da atenei', 'para que ... propongan cursos'
    r"|\borganisez\b|\borganize\s+(?:a|an|your)\b|propos(?:er|ez)\s+l['’]organisation"
    r"|finanzia\w*\s+l['’]organizzazione|organizzate\s+da\b|propost[ae]\s+di\s+(?:summer|winter)\s+school"
    r"|propuestas?\s+(?:de|para)\s+(?:los\s+)?cursos|propongan\s+cursos|proposals?\s+for\s+(?:summer"
    r"|winter)\s+schools|call\s+for\s+(?:short\s+)?courses"
    # 'un avviso ... per l'organizzazione di Summer School', 'for the organisation of schools'
    r"|\b(?:avviso|bando|call|appel|convocatoria|aufruf)\b[^.]{0,120}?\b(?:per\s+l['’]organizzazione|pour\s+l['’]organisation"
    r"|para\s+la\s+organizaci[óo]n|for\s+the\s+organi[sz]ation|zur\s+ausrichtung)\s+(?:of|de|di|d['’]|der|des)\b"
    r"|auszurichten|ausrichten|ausrichter|ausrichtung"
    # hosts wanted: 'Gastgeber für die Winterschule 2028 gesucht', 'suchen wir eine
    # Gastgeberregion', 'Host institution wanted' (not 'Gastgeber ist das Haus der Wirtschaft')
    r"|gastgeber\w*\s+(?:[\w„“\"-]+\s+){0,6}?gesucht|\bsuchen\s+(?:wir\s+)?(?:\w+\s+){0,2}?gastgeber"
    r"|gastgebende\s+einrichtung|\bhosts?\s+(?:institutions?\s+)?wanted\b"
    r"|institution\s+d['’]accueil|ente\s+ospitante|entidad\s+anfitriona|\banfitri[óo]n",
    _I,
)
# Asking for papers or abstracts: a conference page that does is a call.
_ASKS_FOR_WORK = folded_compile(
    r"call\s+for\s+(?:papers|abstracts|proposals|contributions|submissions|participation)"
    r"|(?:submission|abstract|paper)s?\s+deadline|deadline\s+for\s+(?:\w+\s+){0,2}"
    r"(?:submissions?|abstracts?|papers?|proposals?)|llamad[ao]\s+a\s+(?:comunicaciones|ponencias|contribuciones|trabajos|resúmenes)"
    r"|(?:env[íi]o|presentaci[óo]n)\s+de\s+(?:resúmenes|comunicaciones|ponencias|p[óo]sters?)"
    r"|appel\s+(?:à|de)\s+(?:communications|contributions"
    r"|propositions|projets|candidatures)|convocatoria\s+de\s+(?:comunicaciones|ponencias)"
    r"|einreichung\s+von\s+(?:beiträgen|abstracts)"
    r"|invio\s+(?:dei\s+)?(?:contributi|abstract)|(?<!\d\s)\bcfp\b",
    _I,
)
_INFO_SESSION = folded_compile(INFO_SESSION_WORDS, _I)
# A title inviting to follow something as it happens ('follow live', 'suivez en direct'): what it
# follows is ahead, an event, whatever else the title names.
_LIVE_TITLE = folded_compile(
    r"\b(?:watch|follow|join)\s+(?:\S+\s+){0,4}?live\b|\blive\s*stream|\ben\s+direct\b"
    r"|\ben\s+directo\b|\bin\s+diretta\b|\blive\s+(?:verfolgen|dabei)\b",
    _I,
)
# Teaching: schools, MOOCs, degree admissions and training programmes.
_COURSE = folded_compile(
    r"\bcourses?\b|\bmooc\b"
    r"|(?:summer|winter|spring)\s+(?:school|college|academy|university|institute)|autumn\s+school"
    r"|\btraining\s+schools?\b"
    # a school or college of any season: 'Escuela de Invierno', 'école d'automne',
    # 'Herbstakademie', 'Sommerkolleg'
    r"|(?:sommer|winter|herbst|frühjahrs|frühlings)(?:akademie|schule|kolleg|uni\w*)"
    r"|école\s+d'(?:été|hiver|automne)|école\s+de\s+printemps|université\s+d'(?:été|hiver|automne)"
    r"|universidad\s+de\s+(?:verano|invierno|otoño)|escuela\s+de\s+(?:verano|invierno|otoño|primavera)"
    # ('curso 2027-2028', 'curso académico', 'curso escolar' are a school year, not a course)
    r"|scuola\s+(?:estiva|invernale|autunnale|primaverile)|\bcursos?\b(?!\s+(?:acad[ée]mico|escolar|\d{4}\s*[-/–]))"
    # ('Corso Castelfidardo 22', 'Corso Venezia 5': an Italian street, not a course)
    # ('progetti in corso', 'nel corso dell'anno': under way, during, no course)
    r"|(?<!\bin\s)(?<!\bnel\s)\bcors[oi]\b"
    r"(?!\s+(?!di\b|da\b|in\b|per\b|su\b|sul\b|del\w*\b|online\b)(?:[\w'’.-]+\s+){1,3}"
    r"\d{1,3}[a-z]?\s*(?:,|$|\n|[–-]\s))"
    r"|\bkurse?\b|\blehrgang\b|maestr[íi]a|kursreihe"
    # German compounds: 'Zertifikatskurs', 'Onlinekurse', 'Weiterbildungslehrgang'
    # (the word's end looked for first, and three letters before it: a quick start)
    r"|kurs(?<=\w\w\wkurs)e?\b|lehrg(?<=\w\w\wlehrg)(?:ang|änge)\b"
    r"|\bmáster\b|\bmaster(?:'s)?\s+(?:degree|programme|program|in|en|de|of|di)\b"
    # a degree by its name: 'MSc Innovation', 'Master 2 Management', 'Master Innovation und
    # Regionalentwicklung' (a term, 'Wintersemester', is also when scholarships are for)
    r"|\bm\.?sc\.?\b|\bmba\b|\bm\.?s\.?\s+in\s+(?!the\b)|\bmaster\s+(?:[12]|\w+\s+(?:und|and|et|e|y)\s+\w+)\b"
    r"|\bmasterstudiengang\b|laurea\s+magistrale"
    r"|\badmissions?\b|\badmisi[óo]n\b|\bzulassung\b|weiterbildung|\bformazione|\bdiplomados?\b"
    # (the contracts that train researchers, FPI and FPU, are calls for people, not courses)
    r"|\bformación(?!\s+de\s+(?:personal\s+investigador|profesorado\s+universitario|doctores))"
    r"|\bdiplomatura\b"
    r"|doctoral\s+(?:school|programme|program)|ph\.?d\.?\s+program\w*|graduate\s+school"
    r"|diplôme\s+universitaire|formation\s+diplômante|\brentrée\b|licence\s+professionnelle"
    r"|studiengang|grado\s+en|corso\s+di\s+laurea"
    r"|école\s+doctorale|graduiertenkolleg|escuela\s+de\s+doctorado|scuola\s+di\s+dottorato"
    r"|training\s+programme|bootcamp|\bcohort\b|\bkohorte\b|\bcoorte\b|masterclass"
    # training named so in German, a summer session, an academy that teaches (not an 'Academy
    # of Sciences'): 'Online-Schulung', 'Qualifizierungsreihe', 'Summer Session', 'Cluster
    # Manager Academy'; not a learned society that funds: 'British Academy Small Research Grants')
    r"|schulung|qualifizierung|\b(?:summer|winter)\s+sessions?\b"
    r"|\bpre-?sessional\b|(?<!british\s)(?<!royal\s)(?<!national\s)\bacademy\b"
    r"(?!\s+(?:of|projects?|research|fellowships?|professors?)\b)"
    # (a series of trainings: 'Trainingsreihe', 'training series', 'cycle de formation')
    r"|trainingsreihe|trainingsprogramm\w*"
    r"|\btraining\s+(?:series|cycle)\b|\bcycle\s+de\s+formations?\b"
    # ('Leading Research Organisations – Executive Programme', 'Summer Program in Japanese Society')
    r"|\bexecutive\s+(?:programme|program|education|course)s?\b|\bsummer\s+program(?:me)?s?\b"
    # a training counted in days: 'A three-day hands-on training for cluster managers'
    r"|\b(?:one|two|three|four|five|\d)[\s-]days?\s+(?:[\w-]+\s+){0,2}?training\b|\bhands-on\s+training\b"
    # a thematic school, a university's own title: 'École thématique CNRS', 'Experto
    # Universitario en Marketing Digital', 'título propio'
    r"|écoles?\s+thématiques?|thematic\s+schools?|experto\s+universitario|especialista\s+universitario"
    r"|t[íi]tulo\s+propio"
    # a certificate earned by a programme of study: 'Berufsbegleitendes Zertifikatsprogramm'
    r"|zertifikatsprogramm\w*|\bcertificate\s+program(?:me)?s?\b|\bprogrammes?\s+certifiants?\b"
    # a summer programme students spend in a lab, as a summer school: 'Undergraduate Summer
    # Research Placements', 'Summer Research Fellows program', 'summer internship programme'
    r"|summer\s+(?:undergraduate\s+)?research\s+(?:program(?:me)?s?|placements?|internships?"
    r"|fellows(?:hips?)?|scholars|experiences?|scholarships?\s+program(?:me)?)\b"
    r"|summer\s+(?:internship|scholars)\s+program|\bsummer\s+scholars\b|research\s+experiences?\s+for"
    r"\s+undergraduates|\breu\b|pre-?college\s+program"
    # a postgraduate certificate or diploma, as a degree
    r"|(?:postgraduate|graduate|professional)\s+(?:certificate|diploma)\b|\bpg\s?(?:cert|dip)\b"
    r"|certificate\s+program(?:me)?|(?:certificate|diploma|master)\s+of\s+advanced\s+studies"
    # French 'cours' ('cours en ligne ouvert à tous'), not 'en cours' (under way)
    r"|(?<!\ben\s)\bcours\b(?!\s+d'eau)"
    # a series people enrol in as a whole: 'a four-part workshop series', 'Workshopreihe'
    r"|workshop\s+series|(?:workshop|seminar)reihe|série\s+d'ateliers|ciclo\s+de\s+talleres"
    r"|ciclo\s+di\s+(?:workshop|seminari)|qualifizierungsprogramm|weiterbildungsprogramm"
    r"|programme\s+de\s+formation|programa\s+formativo|percorso\s+formativo"
    # a credential earned by study, a university's certificate, continuing education, a
    # programme that develops professionals: 'Micro-credential: Managing Innovation Ecosystems',
    # 'Certificat d'université', 'a part-time professional development
    # program'
    r"|\bmicro-?credentials?\b|\bmicrocredenziali?\b|\bmicro-?certifications?\b"
    r"|certificat\s+d['’]université|\bweiterbildungsstudium\b"
    r"|professional\s+development\s+program(?:me)?s?\b",
    _I,
)
# A call that funds projects by its name ('a bando di ammissione' admits students: a course's).
_FUNDING_CALL = folded_compile(
    r"appels?\s+à\s+projets|\baap\b|\bami\b|appels?\s+à\s+manifestation|calls?\s+for\s+(?:proposals"
    r"|projects)|funding\s+call"
    r"|förderaufruf|förderprogramm|förderrichtlinie|förderwettbewerb|\bausschreibung\b"
    r"|\bbando\b(?!\s+(?:di\s+concorso\s+per\s+l['’]|di|per\s+l['’])\s*ammissione)|avviso\s+pubblico"
    r"|convocatoria\s+de\s+(?:ayudas|subvenciones|proyectos)"
    # money for the people who attend: 'Call: travel grants for the … Summer School', 'Fee
    # waivers for the Professional Certificate', 'Stipendien für die Sommerschule'
    r"|travel\s+grants?|fee\s+waivers?|bursar(?:y|ies)|\bscholarships?\b|reisekosten\w*"
    r"|\bstipendi(?:en|um)\b|\bbecas?\b|\bbourses?\b|\bborse\s+di\s+studio\b",
    _I,
)
# The opening sentence saying what is offered is taught: 'The Academy is a blended training
# programme', 'This four-part training programme covers', 'Cette formation de deux jours'.
_SAYS_IT_TEACHES = folded_compile(
    r"^[^.!?]{0,80}?\b(?:is|est|ist|è|es)\s+(?:a|an|une?|ein[e]?|un[oa]?)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:training\s+programme|training\s+program|course|formation|kurs|lehrgang|corso|curso|mooc)\b"
    r"|^\W*(?:this|cette|dieser|diese|questo|questa|este|esta)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:training\s+programme|training\s+program|course|formation|kurs|lehrgang|corso|curso|mooc)\b",
    _I,
)
_COHORT = frozenset({"cohort", "kohorte", "coorte"})
_STARTUP_PROGRAMME = folded_compile(
    r"accelerat\w*|incubat\w*|accélérat\w*|acelera\w*|accelera\w*|inkubator|start-?ups?", _I
)
# A meeting named after funding: the noun that heads the name is the meeting.
_FUNDING_MEETING = folded_compile(
    # ('Research Management in a Changing Funding Landscape – National Conference 2014')
    r"\b(?:funding|grants?|förder\w*|financement|financiaci[óo]n|finanziament\w*)\s+"
    r"(?:\w+\s+){0,2}?(?:[–—-]\s+(?:\w+\s+)?(?=conference|forum|summit|symposium))?"
    r"(?:forum|info\s*days?|information\s+days?|days?|summit|fair|conference|workshop|webinar|week"
    r"|tag|tage|forum|messe|journée|jornadas?|giornata)\b(?!\s*[:–—-]\s*call)"
    # a meeting for those who apply: 'workshop for Research Council applicants'
    r"|\b(?:workshop|webinar|seminar|session|clinic|town\s+hall|briefing)\s+for\s+(?:[\w-]+\s+){0,3}?"
    r"(?:applicants|grant\s+seekers)\b",
    _I,
)
# A call for work said to be over: 'Der Call for Papers endete am', 'la call for papers è chiusa',
# 'the call for abstracts is now closed', 'l'appel à communications est clos'.
_WORK_CLOSED = folded_compile(
    r"(?:call\s+for\s+(?:papers|abstracts|proposals|contributions)|\bcfp\b|appel\s+à\s+communications"
    r"|convocatoria\s+de\s+(?:comunicaciones|ponencias))\s+(?:(?:is|was|has|ist|è|est|a)\s+(?:now\s+)?"
    r"(?:been\s+)?(?:été\s+)?)?(?:closed|ended|geschlossen|beendet|chius[oa]|clos|clôturée?|cerrad[oa])\b"
    r"|(?:call\s+for\s+(?:papers|abstracts)|\bcfp\b)\s+(?:endete|closed|ended)\s+(?:am|on)\b"
    # or said to be none this year, or its submission over: 'there is no open call for
    # contributions', 'non prevede una call for papers', 'Abstract submission is now closed',
    # 'The paper submission deadline (April 15, 2027) has passed'
    r"|\bno\s+(?:open\s+)?call\s+for\s+(?:papers|abstracts|contributions)"
    r"|\bnon\s+prevede\s+(?:una\s+)?call\s+for\s+(?:papers|abstracts)|\bkein(?:en)?\s+call\s+for\s+papers"
    r"|\bpas\s+d['’]appel\s+à\s+communications|\bno\s+hay\s+convocatoria\s+de\s+(?:ponencias|comunicaciones)"
    r"|\b(?:abstract|paper)s?\s+submission\s+(?:is|has)\s+(?:now\s+)?(?:been\s+)?closed"
    r"|\b(?:abstract|paper)s?\s+(?:submission\s+)?deadline\b[^.]{0,40}?\bhas\s+passed",
    _I,
)
# A visit to meet a programme: 'Open House', 'Info Evening', 'Tag der offenen Tür'.
_OPEN_DAY = folded_compile(
    r"\bopen\s+(?:day|house|evening|campus)s?\b|\binfo(?:rmation)?\s+evening\b|\binfoabend\b"
    r"|tag\s+der\s+offenen\s+tür|journées?\s+portes\s+ouvertes|\bportes\s+ouvertes\b"
    r"|puertas\s+abiertas|porte\s+aperte|\bopen\s+week\b",
    _I,
)
# A degree by its capitalised abbreviation opening a title: 'DU Numérique éducatif', 'CAS en
# gestion de projets', 'MAS in Cyber Security' (in lower case, 'du' and 'cas' are words).
_DEGREE_ABBREVIATION = re.compile(r"^\W*(?:DU|DIU|CAS|DAS|MAS|EMBA)\b(?=\s+\w)")
# The label a title opens with, before a colon or a dash: what the page is. Only labels that
# never ask for papers themselves (a 'Workshop:' or 'Conference:' page often does).
_LEAD_LABEL = folded_compile(
    r"^\W*(?:(?P<event>webinars?|webinaires?|webinari[oi]|web-?seminar|online-?seminar"
    r"|info(?:rmation)?\s*(?:days?|sessions?|webinar)|séance\s+d'information|infoveranstaltung)"
    r"|(?P<course>(?:professional\s+|online\s+)?(?:formations?|trainings?)|masterclass(?:es)?"
    r"|schulung(?:en)?|weiterbildung"
    r"|cours|course|corso|curso|kurs|mooc))(?:\s+(?:en\s+ligne|online|gratuite?|continue"
    r"|à\s+distance|in\s+linea|en\s+l[íi]nea))?(?:\s*[:–—|«“„\"]|\s+(?:de\s+présentation|d'information"
    r"|sur|about|on|zum|zur|di\s+presentazione|sul(?:la)?|de\s+presentaci[óo]n|sobre"
    # whom it is for: 'Formation des gestionnaires de grappes', 'Training for cluster managers'
    r"|des|du|pour|for|für|per|para)\b)",
    _I,
)
# A post advertised: its applicants are hired, not taught.
_JOB_TITLE = folded_compile(
    r"\bwissenschaftliche[rn]?\W{0,2}(?:r\W{0,2})?\s*mitarbeiter|\b(?:doktoranden|promotions|postdoc)stelle"
    r"|\b(?:phd|doctoral|postdoc(?:toral)?|research)\s+(?:positions?|posts?|vacanc(?:y|ies))\b"
    r"|\bposte\s+de\s+(?:doctorant|post-?doctorant|chercheur)|\bcontrat\s+doctoral\b"
    r"|\bposizion[ei]\s+di\s+(?:dottorato|ricerca)|\bplazas?\s+de\s+(?:investigador|doctorand|técnico)",
    _I,
)
# A workshop named as the label a title opens with: 'Workshop: …', 'Atelier – …'.
_WORKSHOP_LABEL = folded_compile(
    r"^\W*(workshops?|atelier|taller|seminar|séminaire|seminario|hands-on\s+session)\s*[:–—|]", _I
)
_CALL_FOR_WORK_TITLE = folded_compile(
    r"\bcall\s+for\b|\bcfp\b|\bappel\s+à|\baufruf\b|\bconvocatoria\b|\bbando\b|\babstracts?\b"
    r"|\bpapers?\b|\bsubmissions?\b|\bbeiträge\b|\bcontributions\b",
    _I,
)
# A master's degree named in a title ('Master Management de l'innovation – candidatures').
_DEGREE_TITLE = folded_compile(
    r"\bmaster(?:'s)?\b(?!\s*(?:class|plan|card|mind|thesis|theses))|\bmasterstudiengang\b"
    # a doctoral programme one is admitted to: 'Doktoratsprogramm', 'corsi di dottorato di
    # ricerca' (a text may name one that a call's contracts are for: read in titles only)
    r"|doktorats?programm\w*|promotionsprogramm\w*|cors[oi]\s+di\s+dottorato",
    _I,
)
# A prize's ceremony named in a title: 'Awards Ceremony', 'Gala de entrega de los Premios',
# 'Preisverleihung', 'remise des prix', 'cerimonia di premiazione'.
_CEREMONY_TITLE = folded_compile(
    r"\b(?:award|awards|prize|prizes)\s+(?:ceremony|gala|night|evening)\b|\bgala\s+de\s+entrega\b"
    r"|\bentrega\s+de\s+(?:los\s+)?premios\b|\w*verleihung\b|\bremise\s+des?\s+(?:prix|trophées)\b"
    r"|\bcérémonie\s+de\s+remise\b|\bcerimonia\s+di\s+premiazione\b|\bpremiazione\b"
    # ('Regional Innovation Awards 2027 – Ceremony and Gala Dinner')
    r"|\bceremony\b|\bgala\s+(?:dinner|evening|night)\b",
    _I,
)
# Words that mean a course only when nothing is asked for in return ('training and skills').
_WEAK_COURSE = folded_compile(r"\btraining\b|\bformation\b|\bschool\b", _I)
_EVENT_WORDS = Either(
    folded_compile(
        r"conference|workshop|webinar|webinaire|webinario|info\s*days?|information\s+days?"
        r"|hackathon|summit|forum"
        r"|symposium|\bmeeting|\bevent\b|\bevento|seminar|séminaire|kongress|tagung|konferenz|veranstaltung|gipfel"
        r"|colloque|congrès|(?<!visio)conférence|journées?|jornadas?|\bgiornat[ae]\b|congreso|convegno"
        r"|(?<!video)conferenza"
        r"|entretiens|treffen\b|\bencuentros?\b|\bincontr[oi]\b"
        r"|save\s+the\s+date|matchmaking|\bpartnering\b|\bbrokerage\b|rencontres?\b|\bnano-day\b|\bexpo\b|\bfair\b|"
        + FAIR_WORDS
        + r"|\btaller(?:es)?\b|\bateliers?\b|\bwerkstatt\b|\btalks?\b|\blecture\b|vortrag"
        r"|\bcharla\b"
        r"|ponencia|\bkeynote\b|round\s*table|table\s+ronde|mesa\s+redonda|tavola\s+rotonda"
        r"|podiumsdiskussion|networking|\bbreakfast\b|\blunch\b|\bdinner\b|\breception\b|aperitivo"
        r"|tag\s+der\s+offenen\s+tür|open\s+(?:day|house)|portes\s+ouvertes|puertas\s+abiertas"
        r"|porte\s+aperte|salon\b|feria\b|fiera\b|\btown\s+halls?\b",
        _I,
    ),
    # ('Netzwerkanlass': a compound, which can start anywhere, so a pattern of its own; the
    # words above win where both start, as in one alternation)
    folded_compile(r"\b\w*anlass\b(?<!\banlass)", _I),
)
# Capitalised, these name an event ('Open Science Days', 'Lange Nacht der Wissenschaften');
# lower-case, they are ordinary words.
_EVENT = Either(
    _EVENT_WORDS,
    fast_compile(
        r"\b(?:Weeks?|Days?|Tag|Tage|Fête|Noche|Notte|Nuit|Nacht|Night|Festa|Fiesta|Semaine|Semana"
        r"|Settimana|Woche)\b"
    ),
)
# A range of days with its year: what an event page gives first.
_DAY_RANGE = fast_compile(r"\b\d{1,2}\s*[-–]\s*\d{1,2}\.?\s+[^\W\d_]{3,}\.?,?\s+(?:19|20)\d{2}\b")


# A first line that only dates the page ('1 March 2027', '14/12/2027', 'Posted 3 May 2027'):
# the notice's opening sentence is the one after it.
_LEADING_STAMP = re.compile(r"^\s*(?:[^\W\d_]+\s+){0,2}[\w./,\s-]{0,20}\d{4}\s*\n+")


_WORD = re.compile(r"[^\W\d_]+")
_HEADING_WORDS = 6  # words at most of a line that heads a notice rather than opening it
_HEADINGS_READ = 4  # lines at most skipped as headings


def _skip_headings(head: str) -> str:
    """A notice from its first sentence: the short lines above it are headings that name the
    call, its code or the notice's date ('Bando Voucher Digitali I4.0 – anno 2022', 'Avviso
    del 10 febbraio 2022', 'Competition code: 1902_FS_AGRI_R4'), not what the notice says."""
    rest = head
    for _ in range(_HEADINGS_READ):
        line, newline, after = rest.lstrip().partition("\n")
        if not newline or line.rstrip().endswith((".", "!", "?", ":")):
            break
        if len(_WORD.findall(line)) > _HEADING_WORDS:
            break
        rest = after
    return rest.lstrip()


def is_extension(title: str, text: str) -> bool:
    """Whether the announcement moves a deadline it or another page set before."""
    if _PAST.search(title) or _PAST_TITLE.search(title):
        return False  # 'Results of the extended call': a report, not the notice
    end = _SENTENCE.search(text, 0, 600)
    if _NO_EXTENSION.search(title) or _NO_EXTENSION.search(text, 0, end.start() if end else 600):
        return False  # 'Keine Fristverlängerung', 'pas de prolongation': the deadline stands
    if (
        _EVENT_WORDS.search(title)
        and _PUT_OFF.search(title)
        and not _DEADLINE_IN_TITLE.search(title)
    ):
        return False  # 'Workshop …: NEW DATES', 'Webinar rescheduled': the event is moved
    if (_CORRIGENDUM.search(title) or _OPENS_CORRECTED.search(text)) and _FIXES_A_LIMIT.search(
        text[:600]
    ):
        return True  # 'Corrigendum: … corrected due time': the deadline is set anew
    if _DATE_CHANGED_TITLE.search(title) and not _EVENT_WORDS.search(title):
        return True  # 'Knowledge Transfer Partnerships – change to closing date
    if _HOUR_CHANGED_TITLE.search(title) and not _EVENT_WORDS.search(title):
        return True  # 'Geänderte Uhrzeit für das Fristende': the deadline moves by its hour
    if _EXTENSION_TITLE.search(title) and _EXTENSION_TITLE_OBJECT.search(title):
        return True
    if _MORE_TIME.search(title) or _NEW_DEADLINE.search(title):
        return True  # 'NEW DEADLINE: Call for nominations', 'Fristverlängerung: ...'
    if _NEW_DATE_LINE.search(text, 0, 600) or _STRUCK_FOR_NEW.search(text, 0, 600):
        # 'New closing date: Thursday 20 January 2028' on a line of its own, or the old date
        # struck through before the new one ('Candidatures : ~~12 janvier~~ 26 janvier')
        return not _past_outweighs(text, title)

    head = _skip_headings(_LEADING_STAMP.sub("", text[:600], count=1))
    # A page titled as the call that says its deadline moved is still the call's page.
    # A page titled as the call that says its deadline moved is still the call's page, unless
    # its text opens with the new deadline ('Nouvelle date limite : 22 mai 2026').
    moves = (
        _moves_a_deadline(head)
        if not _CALL.search(title)
        else _opens_with_new_date(head) or _moves_a_deadline(head, sentences=1)
    )
    # The body's wording anywhere in the head, unless the title names the call: then in the
    # opening sentence only ('The deadline was extended last year' further on is history).
    body = head if not _CALL.search(title) else _SENTENCE.split(head, maxsplit=1)[0]
    if not moves and not (_EXTEND_WORD.search(body) and _EXTENSION_BODY.search(body)):
        return False
    return not _past_outweighs(text, title)


def _all_behind(published: dt.date | None, dates: Sequence[dt.date]) -> bool:
    """Whether every date a page gives is before its publication."""
    return bool(published is not None and dates and max(dates) < published)


def _past_outweighs(text: str, title: str) -> bool:
    past, future = _tenses(text, title)
    return bool(past and past >= future)


# A sentence about an earlier edition: 'Last year 1,150 meetings took place', 'L'an dernier, 300
# participants ...': history an announcement gives of itself, no report.
_HISTORY_SENTENCE = re.compile(
    # (a paragraph's start is a sentence's: 'After a successful first edition …' under the title)
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:" + HISTORY_OPENERS + r")\b[^.!?]*[.!?]?"
    # or a section headed as a look back, to its blank line: 'Looking back' / 'The 2026 edition
    # gathered 420 participants …', 'Rückblick 2026', 'Retour sur l'édition 2026'
    r"|(?:^|(?<=\n))[ \t]*(?:looking\s+back|a\s+look\s+back|rückblick|retour\s+sur"
    r"|uno\s+sguardo\s+indietro|mirando\s+atrás|(?:last|previous)\s+edition|(?:letzte|vorige)"
    r"\s+ausgabe|édition\s+précédente|edizione\s+precedente|edición\s+anterior)"
    # (or a line labelled so: 'Rückblick: Das Clustertreffen 2026 fand am 11. März statt.')
    r"(?:\b[^\n]{0,40}\n(?:[^\n]+\n?)+|[ \t]*:[^\n]*)",
    _I,
)


@lru_cache(maxsize=64)
def _without_history(text: str) -> str:
    return _HISTORY_SENTENCE.sub(" ", text)


@lru_cache(maxsize=64)
def _tenses(text: str, title: str) -> tuple[int, int]:
    """How many times the text speaks of the past, and of what is ahead."""
    text = _without_history(text)
    past = len(_PAST.findall(text)) + len(_PAST_DATE.findall(text))
    # (a call closed named further on, in an event's page, is an aside: 'the 15 start-ups
    # selected by the call, closed on 15 October')
    past += 2 * len(_CLOSED_CALL.findall(text[:_OPENING_CLOSED]))
    future = len(_FUTURE.findall(text)) + len(_FUTURE.findall(title))
    return past, future


@lru_cache(maxsize=64)
def _tense_forms(text: str, title: str) -> int:
    """Past verb forms less future ones, by their shape: above 1, the text tells of the past;
    below 0, of what is ahead. Weaker than :func:`_tenses`: it only tells news from events."""
    past = len(_PAST_FORMS.findall(_without_history(text)))
    future = len(_FUTURE_FORMS.findall(text)) + len(_FUTURE_FORMS.findall(title))
    return past - future


def _all_ahead(published: dt.date | None, dates: Sequence[dt.date]) -> bool:
    """Whether every date a page gives is after its publication: what it tells of the past is
    in passing ('Caso práctico: cómo respondió una pyme a un ataque' in the programme of a day
    to come)."""
    return bool(published is not None and dates and min(dates) > published)


def _dated_ahead(published: dt.date | None, title_dates: Sequence[dt.date]) -> bool:
    """Whether the title gives a date after the publication: 'Workshop … – 30.9.–2.10.2027'
    published in July announces; what its text tells of the past ('first held in 2026') is
    background, not what it reports."""
    return published is not None and any(date > published for date in title_dates)


def is_past_report(
    title: str,
    text: str,
    published: dt.date | None = None,
    dates: Sequence[dt.date] = (),
    title_dates: Sequence[dt.date] = (),
) -> bool:
    """Whether the announcement reports something that already happened.

    The past a page tells is weighed against what it says is ahead: a date after its
    publication counts as much as a 'will', and a page titled as a call or a course (in no past
    tense) must tell of the past clearly more ('In 2025, 30 start-ups took part. Applications
    are open until 15 March') to be a report.
    """
    if (_PAST.search(title) or _PAST_TITLE.search(title)) and not _NOW_OPEN_TITLE.search(title):
        return True
    if _dated_ahead(published, title_dates):
        return False
    past, said_ahead = _tenses(text, title)
    if past and past >= said_ahead + _ahead(title, text, published, dates):
        return True
    # Published after every date it gives: whatever it tells has happened.
    return _all_behind(published, dates) and not said_ahead


# A title saying that a call is open now, beside what it tells of an earlier one: 'Open Call 3
# is live – and the Open Call 2 winners are…', 'Call 4 now open; results of Call 3'.
_NOW_OPEN_TITLE = folded_compile(
    r"\bnow\s+(?:open|live)\b|\b(?:is|are)\s+(?:now\s+)?(?:open|live)\b|\bgoes\s+live\b"
    r"|\best\s+ouvert\w*|\bsont\s+ouverte?s\b|\bè\s+apert[oa]\b|\bestá\s+abiert[oa]\b"
    r"|\bist\s+(?:jetzt\s+)?(?:geöffnet|offen)\b",
    _I,
)


# The present of happening: a report tells it in the past ('took place', 'a eu lieu'). Read
# only in a page that tells some past, to weigh it.
_HAPPENS_NOW = folded_compile(
    r"\btakes\s+place\b|\b(?:is|are)\s+held\b|\b(?:a|ont)\s+lieu\b|\bse\s+déroul(?:e|ent)\b"
    r"|\btienen?\s+lugar\b|\bse\s+celebran?\b|\bsi\s+(?:svolg|tien)(?:e|ono)\b",
    _I,
)


# A title saying something is open now: whatever it tells of the past, the page asks.
_OPEN_TITLE = folded_compile(
    r"\bnow\s+open\b|\b(?:is|are)\s+open\b|\bopens\b|\bouverte?s?\b|\babiert[oa]s?\b|\baperto\b"
    r"|\bapert[aei]\b|\bgeöffnet\b|\bstartet\b",
    _I,
)


# A title asking to register: the page's event is ahead, whatever its last edition did.
_REGISTRATION_TITLE = folded_compile(
    r"\bregist(?:er|ration)\b|\biscrizion[ei]\b|\binscriptions?\b|\binscripci[óo]n(?:es)?\b"
    r"|\banmeldung\b|\bregistro\b|\bregistrazion[ei]\b",
    _I,
)


def _ahead(title: str, text: str, published: dt.date | None, dates: Sequence[dt.date]) -> int:
    """What speaks of what is ahead besides the words of the future: the present of an event
    happening, a date after the page's publication, a title that asks for applications or
    names a course (in no past tense)."""
    ahead = len(_HAPPENS_NOW.findall(text))
    ahead += int(published is not None and any(date > published for date in dates))
    asks = (
        _CALL.search(title)
        or _APPLY_TITLE.search(title)
        or _COURSE.search(title)
        or _REGISTRATION_TITLE.search(title)  # 'Convegno 2027: aperte le iscrizioni'
    )
    ahead += 2 * int(bool(_OPEN_TITLE.search(title)))  # 'second cut-off now open'
    return ahead + int(bool(asks) and not _PAST_FORMS.search(title))


@dataclass(frozen=True)
class KindReading:
    """A kind, how sure the rule that chose it is (0..1), and the words it went by."""

    kind: str
    confidence: float
    evidence: str | None


def _first(pattern: re.Pattern[str], *texts: str) -> str | None:
    """The words of the first match in ``texts``, widened to whole words."""
    for text in texts:
        found = pattern.search(text)
        if found:
            start, end = found.start(), found.end()
            while start > 0 and text[start - 1].isalnum():
                start -= 1
            while end < len(text) and text[end].isalnum():
                end += 1
            return text[start:end].strip()
    return None


def classify(
    title: str,
    text: str,
    published: dt.date | None = None,
    dates: Sequence[dt.date] = (),
) -> str:
    """The kind of an announcement: extension, news, call, course or event.

    ``published`` and ``dates`` (every date the text gives) tell a report of something past
    from an announcement of something ahead, when the words alone do not.
    """
    return read_kind(title, text, published, dates).kind


def read_kind(
    title: str,
    text: str,
    published: dt.date | None = None,
    dates: Sequence[dt.date] = (),
    title_dates: Sequence[dt.date] = (),
) -> KindReading:
    """:func:`classify`, with the confidence of the rule that decided and its evidence.

    ``title_dates`` are those of ``dates`` the title gives."""
    if is_extension(title, text):
        words = _first(_EXTENSION_TITLE, title) or _first(_EXTENSION_BODY, text[:600])
        return KindReading("extension", 0.9 if _EXTENSION_TITLE.search(title) else 0.7, words)
    organise = _first(_ASKS_TO_ORGANISE, title, text[:300])
    if organise:
        return KindReading("call", 0.8, organise)
    people = _first(_ASKS_FOR_PEOPLE, title, text[:300])
    if people:
        return KindReading("call", 0.8, people)  # 'Become a Mentor – Cohort 7'

    asks = _first(_ASKS_FOR_WORK, title, text[:400])
    if asks and not _ASKS_FOR_WORK.search(title) and _WORK_CLOSED.search(text[:400]):
        # 'Der Call for Papers endete am 15. März', 'La call for papers è chiusa': the page
        # no longer asks for work; what it still offers (registration) says what it is
        asks = None
    if asks and _PAST_TITLE.search(title) and not _NOW_OPEN_TITLE.search(title):
        # 'the call: its winners' (but 'Open Call 3 is live – and the Open Call 2 winners are…'
        # asks for the call that is open, whatever it tells of the last one)
        return KindReading("news", 0.8, _first(_PAST_TITLE, title))
    ceremony = _CEREMONY_TITLE.search(title)
    if (
        ceremony
        and not _ASKS_FOR_WORK.search(title)
        and published is not None
        and any(date > published for date in dates)
    ):
        # 'Cérémonie de remise des Trophées de l'innovation 2026' over 'L'appel à candidatures
        # s'est clos le 15 septembre', with the ceremony's day ahead: the prize is given there,
        # and the call it had is told of
        return KindReading("event", 0.7, ceremony.group(0))
    # A report may name the call for papers it had ('the call had drawn 220 papers'): asked
    # for in the text only, by a page published after every date it gives, it is told of.
    told_of = asks and not _ASKS_FOR_WORK.search(title) and _all_behind(published, dates)
    if (not asks or told_of) and is_past_report(title, text, published, dates, title_dates):
        words = _first(_PAST_TITLE, title) or _first(_PAST, title, text)
        words = words or _first(_CLOSED_CALL, text)
        words = words or _first(_PAST_DATE, text)
        return KindReading("news", 0.8 if words else 0.6, words)
    meeting = _FUNDING_MEETING.search(title)
    if meeting:
        # 'Atlantic Research Funding Forum 2027', 'Horizon Europe Grants Info Day': a meeting
        # about funding, named by what it is; the funding is its topic
        return KindReading("event", 0.7, meeting.group(0))
    lead = _LEAD_LABEL.match(title)
    if lead:
        # 'Webinaire : tout savoir sur l'appel à projets', 'Formation : répondre à un appel à
        # projets': the label a title opens with says what the page is; the call is its topic.
        kind = "course" if lead.group("course") else "event"
        return KindReading(kind, 0.8, lead.group("course") or lead.group("event"))
    workshop = _WORKSHOP_LABEL.match(title)
    if workshop and not _CALL_FOR_WORK_TITLE.search(title):
        # 'Workshop: Writing a competitive ERC proposal', 'Workshop: Der erste eigene
        # DFG-Antrag': a workshop about applying (one asking for papers says so: 'Call for')
        return KindReading("event", 0.8, workshop.group(1))
    open_day = _OPEN_DAY.search(title)
    if open_day:
        # 'Master of Engineering Virtual Open House', 'Postgraduate Info Evening': a visit to
        # meet a programme is an event, whatever programme it shows
        return KindReading("event", 0.8, open_day.group(0))
    info = _first(_INFO_SESSION, title) or _first(_LIVE_TITLE, title)
    named_work = _ASKS_FOR_WORK.search(title)
    taught_word = _COURSE.search(title)
    if info and named_work and title.lower().find(info.lower()) < named_work.start():
        # 'Info Day 2026 – Call for proposals 2026': the session, named first, is what the page
        # is; the call is what it presents
        return KindReading("event", 0.8, info)
    if named_work and taught_word and named_work.start() < taught_word.start():
        # 'Appel à contributions – Numéro thématique « Dix ans de MOOC »': the call for work,
        # named first, is what the page is; the course is its topic
        return KindReading("call", 0.8, named_work.group(0))
    degree = _COURSE.search(title) or _DEGREE_TITLE.search(title)
    if asks and not degree and not (info and not _ASKS_FOR_WORK.search(title)):
        # (an info day titled so presents 'the 2028 call for proposals' its text names)
        return KindReading("call", 0.9, asks)
    if info:
        return KindReading("event", 0.85, info)  # an info day about a call is no call
    job = _JOB_TITLE.search(title)
    if job:
        # 'Wissenschaftliche*r Mitarbeiter*in (Doktorand*in) im Graduiertenkolleg', 'PhD position
        # in …': a post to apply for, whatever school it belongs to
        return KindReading("call", 0.8, job.group(0))
    course = _first(_COURSE, title) or _first(_DEGREE_TITLE, title)
    funds = _FUNDING_CALL.search(title)
    if course and course.lower() in _COHORT and _STARTUP_PROGRAMME.search(title):
        # 'AgriFood Scale Accelerator, Cohort 5': start-ups selected into a cohort are a
        # call's applicants, not students
        return KindReading("call", 0.7, _first(_STARTUP_PROGRAMME, title))
    if course and funds and funds.start() < title.find(course):
        # 'Appel à projets : création de MOOC', 'Ausschreibung: Sommerschulen für MINT-Talente':
        # a call that funds courses, named before them, selects proposals, not students.
        return KindReading("call", 0.7, funds.group(0))
    meeting_first = _EVENT_WORDS.search(title)
    if course and meeting_first and meeting_first.start() < title.find(course):
        # 'Les Rencontres de la formation professionnelle', 'Conference on Training Design':
        # the meeting, named first, is what the page is; teaching is its topic
        return KindReading("event", 0.7, meeting_first.group(0))
    if course or _DEGREE_ABBREVIATION.match(title):
        return KindReading("course", 0.85, course or _DEGREE_ABBREVIATION.match(title).group(0))
    taught = None if funds else _SAYS_IT_TEACHES.search(text[:300])
    if taught:
        # 'Academy – call for participants. The Academy is a blended training programme':
        # the text says what the page is where the title only says it takes applicants.
        return KindReading("course", 0.6, taught.group(0))
    if ceremony:
        # 'Invitation: Cluster Awards Ceremony 2009', 'Gala de entrega de los Premios': the
        # prize is given there, not applied for (a report of one is told in the past, above)
        return KindReading("event", 0.7, ceremony.group(0))
    call = _first(_CALL, title) or _first(_APPLY_TITLE, title) or (funds and funds.group(0))
    if call:
        return KindReading("call", 0.85, call)
    calls = len(_CALL.findall(text))
    weak = _first(_WEAK_COURSE, title)
    if weak and meeting_first and meeting_first.start() < title.find(weak):
        weak = None  # 'Les Rencontres de la formation professionnelle': the meeting is named first
    if weak and calls < 2:
        return KindReading("course", 0.6, weak)
    event = _first(_EVENT, title)
    if event:
        # (prizes, an incubation place or a 'matchmaking call' are what a hackathon or a
        # fair offers; only asking for work or applications makes the page a call)
        asked = sum(1 for word in _CALL.findall(text) if not _OFFERED.fullmatch(word))
        if asked >= 3 and calls > len(_EVENT.findall(text)) + 1:
            return KindReading("call", 0.5, _first(_CALL, text))
        if (
            _tense_forms(text, title) > 1
            and not _dated_ahead(published, title_dates)
            and not _all_ahead(published, dates)
            # ('Simposio 2027: aperte le iscrizioni' tells of its last edition in passing)
            and not _REGISTRATION_TITLE.search(title)
        ):
            return KindReading("news", 0.5, _first(_PAST_FORMS, text))  # told as past
        return KindReading("event", 0.8, event)
    events = len(_EVENT.findall(text)) + len(_FUTURE.findall(text))
    if _COURSE.search(text) and calls <= 1:
        return KindReading("course", 0.5, _first(_COURSE, text))
    if calls and calls > events:
        return KindReading("call", 0.6 if calls > events + 1 else 0.4, _first(_CALL, text))
    if events:
        sure = 0.6 if events > calls + 1 else 0.4
        return KindReading("event", sure, _first(_EVENT, text) or _first(_FUTURE, text))
    tense = _tense_forms(text, title)
    if tense > 0 and not _dated_ahead(published, title_dates) and not _all_ahead(published, dates):
        return KindReading("news", 0.5, _first(_PAST_FORMS, text))
    if tense < 0 or _tenses(text, title)[1]:
        return KindReading("event", 0.4, _first(_FUTURE_FORMS, text) or _first(_FUTURE, text))
    day_range = _first(_DAY_RANGE, text[:300])
    if day_range:
        return KindReading("event", 0.4, day_range)  # 'Paris, 1-3 juillet 2026' alone
    if published is not None and dates and min(dates) > published:
        # 'Cluster managers to meet in Lisbon': no word says what it is, but every date it
        # gives is ahead of its publication, and nothing is asked for: something to come.
        return KindReading("event", 0.4, None)
    return KindReading("news", 0.3, None)

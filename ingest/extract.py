"""The extractor: kind, deadline (with its zone), event dates and location of one announcement."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from ingest.cues import CueTable
from ingest.dates import (
    Mention,
    TimeMark,
    attach_times,
    era_years,
    find_mentions,
    find_times,
    find_zone,
    fit_weekdays,
    monthly_mentions,
    name_years,
    period_mentions,
    relative_mentions,
    resolve_years,
    shadow,
    years_in,
)
from ingest.fastre import _Lowered, fast_compile, folded_compile
from ingest.kinds import (
    _ASKS_TO_ORGANISE,
    _CEREMONY_TITLE,
    _DEADLINE_WORD,
    _EXTEND_VERB,
    _FUTURE_FORMS,
    _PAST_FORMS,
    _WORK_CLOSED,
    KindReading,
    read_kind,
)
from ingest.kinds import (
    _CALL as _CALL_WORDS,
)
from ingest.kinds import _EVENT as _EVENT_TITLE
from ingest.lexicon import (
    COURSE_START_WORDS,
    DEADLINE_CUES,
    EARLY_RATE_WORDS,
    EET_COUNTRIES,
    EVENT_CUES,
    FROM_WORDS,
    HISTORY_OPENERS,
    INFO_SESSION_WORDS,
    LANGUAGE_COUNTRIES,
    LANGUAGE_ZONES,
    MISSION_WORDS,
    MONTHS,
    NUMBER_WORDS,
    OPENING_CUES,
    OPTIONAL_WORDS,
    PUT_OFF_VERBS,
    REQUIRED_FIRST_STAGE,
    RUN_ON_WORDS,
    STAYS_AVAILABLE_WORDS,
    STEP_WORDS,
    STOPWORDS,
    WEEKDAY_NAMES,
    WEEKDAYS,
    WINDOW_CUES,
    hours_in,
)
from ingest.model import Deadline
from ingest.places import find_location
from ingest.zones import zone_for

Cues = list[tuple[re.Pattern[str] | _Lowered, float]]
_DEADLINE_CUES = CueTable.of(DEADLINE_CUES)
_RANGE_DEADLINE_CUES = CueTable.of([cue for cue in DEADLINE_CUES if cue[0] != FROM_WORDS])
# (or the applications for what it crowns: 'Le candidature, chiuse il 30 settembre, sono state
# oltre 400', 'Applications, which closed on 30 September')
_APPLYING_CLOSED = fast_compile(
    r"\b(?:applications|submissions|entries|nominations|candidatures?|candidaturas|bewerbungen"
    r"|einreichungen|domande|solicitudes|postulaciones)\W{0,3}(?:which\s+|die\s+)?"
    r"(?:closed|ended|chius[ei]|closes|clôturées|cerradas|geschlossen|endeten)\s+"
    r"(?:on\s+|il\s+|le\s+|el\s+|am\s+)?$",
    re.IGNORECASE,
)
_CLOSED_CALL_READ = 80  # characters before a date read for a call said to be over
# that of a limit's preposition right before a date ('entro', 'until')
_CLOSES_WEIGHT = 3.0
_REGISTER_FOR_SESSION_WEIGHT = 2.0
_OPENING_CUES = CueTable.of(OPENING_CUES)
_WINDOW_CUES = CueTable.of(WINDOW_CUES)
_EVENT_CUES = CueTable.of(EVENT_CUES)
_MISSION = folded_compile(MISSION_WORDS, re.IGNORECASE)
_HAPPENS_CUES = CueTable(_EVENT_CUES[:6])  # the words of an event happening, not the others
# (an emoji ends one too, where posts use it as a full stop: 'Results are in 🎉 312 proposals')
_SENTENCE_END = fast_compile(
    r"[.!?](?:\s+|$)(?=[A-ZÀ-Ý\d(«“\"]|$)|\n|[\U0001F300-\U0001FAFF\u2600-\u27BF]\ufe0f?\s+"
)
_STRONG = fast_compile(
    r"deadline|due\s+date|frist|date\s+limite|clôture|plazo|scadenza|fecha\s+l[íi]mite",
    re.IGNORECASE,
)
# Sessions held for those who apply: 'seminar for lead applicants', 'lead-applicant seminar'.
_FOR_APPLICANTS = (
    r"(?:seminars?|webinars?|trainings?|workshops?|sessions?)\s+for\s+(?:\w+\s+)?applicants"
    r"|applicants?'?\s+(?:seminars?|webinars?|workshops?|trainings?)|briefings?"
)
_INFO_SESSION = fast_compile(
    INFO_SESSION_WORDS
    + "|"
    + _FOR_APPLICANTS
    # the selection's interviews and tests are not an event the call is for
    + r"|interviews?|entretiens?|entrevistas?|colloqui|vorstellungsgespräche?|auswahlgespräche?"
    r"|\bexams?\b|examinations?|épreuves|exámen(?:es)?|\bexamen\b|pruebas|\bprove\b|\besami\b"
    r"|prüfung(?:en)?\b|auditions?\b"
    # nor are the meetings of its jury or committee
    r"|\bjury\w*|committees?\b|comités?\b|comitato|commissione|comisi[óo]n|ausschuss"
    r"|lenkungskreis|gremium|auswahlsitzung",
    re.IGNORECASE,
)
_SUBMIT = fast_compile(
    r"submi|einreich|eingereicht|einzureichen|soumettre|soumission|déposer|dépôt|presentar|presentaci[óo]n"
    r"|presentare|presentazione|proposals?|abstracts?|papers?|beiträge|propositions|propuestas"
    r"|proposte",
    re.IGNORECASE,
)
# What a conference's programme is made of: the work its call asks for, not a project.
_WORK = fast_compile(
    r"abstract|paper|poster|manuscript|beitr[äa]g|einreichung|résumés|communications|contribution"
    r"|ponencias|comunicaciones|contributi|riassunti"
    # or what it asks its participants to propose: 'proponer actividades hasta el 30'
    r"|\bpropos(?:e[rz]?|ing)\b|\bpropon(?:er|ga|gan)\b|\bproporre\b|vorschlag|vorzuschlagen"
    # or an expression of interest in organising or joining it: asking to apply, not to register
    r"|expressions?\s+of\s+interest|interessensbekundung|manifestations?\s+d'intérêt"
    r"|manifestazion[ei]\s+d[i']\s*interesse|(?:manifestaci|expresi)[óo]n(?:es)?\s+de\s+inter[ée]s",
    re.IGNORECASE,
)
# A title saying a call is yet to open.
_CALL_TO_OPEN_TITLE = fast_compile(
    r"\b(?:call|calls|appel|bando|convocatoria|ausschreibung)\b(?:[^.:;!?\n]|(?<=\d)\.(?=\d)){0,50}?"
    r"(?:\bto\s+open\b|\bwill\s+open\b|\bse\s+abrir[áa]n?\b|\bsi\s+aprir(?:à|anno)\b|\bouvrira\b"
    r"|\bwird\s+(?:am\s+\S+\s+)?geöffnet\b)",
    re.IGNORECASE,
)
_CALL_YET_TO_OPEN = fast_compile(
    r"(?:\b(?:the|this|our|la|le|il|die|el)\s+|\bl['’])(?:call|appel|bando|convocatoria|ausschreibung)"
    r"\s+(?:will|wird|sera|sarà|se)\s+(?:open|öffnen|ouvr|ouvert|apr|abrir"
    r"|be\s+(?:launched|opened|published))",
    re.IGNORECASE,
)
_SENDS_PROPOSALS = fast_compile(
    r"\b(?:proposals?|applications?|proposte|domande|candidature|propositions|dossiers|solicitudes"
    r"|propuestas|anträge|projektskizzen)\b[^.;]{0,40}?\b(?:must|should|shall|devono|dovranno"
    r"|doivent|deben|müssen)\b",
    re.IGNORECASE,
)
# A call announced before it opens: 'Coming soon', 'Vorankündigung', 'prochainement'.
_FORTHCOMING = fast_compile(
    r"coming\s+soon|pre-?announcement|forthcoming|vorankündigung|demnächst|prochainement"
    r"|bientôt|à\s+venir|in\s+arrivo|prossima\s+apertura|di\s+prossima\s+pubblicazione"
    r"|próximamente|pr[óo]xima\s+convocatoria|expected\s+to\s+open|will\s+open\s+(?:in|on|soon)"
    # a call announced, not yet published: 'un nouvel appel à projets … annoncé'
    r"|\bannoncée?\b|\bannounced\b|\bangekündigt\b|\bannunciat[oa]\b|\banunciad[oa]\b"
    r"|lancement\s+prochain"
    # a call said to open on a day ahead: 'La Agencia abrirá el 2 de marzo la convocatoria'
    r"|\babrirá\b|\bouvrira\b|\baprirà\b"
    # a call to be published later: 'sera publié au printemps', 'sarà pubblicato entro l'estate'
    r"|will\s+be\s+(?:published|launched|opened)|sera\s+(?:publiée?|lancée?|ouverte?)"
    r"|sarà\s+(?:pubblicat|lanciat|apert)[oa]|se\s+publicará|se\s+abrirá|wird\s+(?:\w+\s+){0,4}?"
    r"(?:veröffentlicht|gestartet)|ist\s+für\s+\w+\s+\d{4}\s+geplant",
    re.IGNORECASE,
)
_SEVERAL = re.compile(r"\b(?:and|und|et|e|y|plus)\b|[,&+;]", re.IGNORECASE)
# A digest of several items: 'Innovation Office Newsletter – October 2026', 'Rundbrief 3/2027'.
_DIGEST_WORDS = r"\b(?:newsletter|rundbrief|lettre\s+d'information|bolet[íi]n|notiziario)\b"
_DIGEST = fast_compile(_DIGEST_WORDS, re.IGNORECASE)
# The issue of a newsletter before the title of one of its items: 'Newsletter Spring 2023: '.
_DIGEST_ISSUE = re.compile(r"^[^:]{0,30}" + _DIGEST_WORDS + r"[^:]{0,30}:\s+(?=\S)", re.IGNORECASE)
# Other parts of a conference's programme a call asks for: 'submit proposals for talks'.
_PROGRAMME = fast_compile(
    r"\btalks?\b|\btutorials?\b|\bpanels?\b|\bspeakers?\b|\bpresentations?\b|\bponentes\b"
    r"|\brelatori\b|\bintervenants\b|\bvorträge\b|\breferent(?:en|innen)\b"
    # or a part in it: 'apply to run a session', 'einen Stand auf der Messe', 'el laboratorio'
    r"|\bsessions?\b|\bdemos?\b|\bstand\b|\bbooths?\b|exhibitors?|aussteller|laborator"
    r"|\bfestivals?\b"
    # (or a place in a contest held on its days, or a talk: 'Hack the Olive 2027: aperte le
    # candidature' for a hackathon, 'appel à orateurs')
    r"|hackat(?:h)?on\w*|\borateurs?\b",
    re.IGNORECASE,
)
# Words asking someone to do something by a date: apply, submit, register, nominate.
_ASKS_TO_ACT = fast_compile(
    r"appl|candida|bewerb|solicit|domand|nominat|antr[aä]g|submi|einreich|soum|dépôt|déposer"
    r"|presenta|propos|regist|inscri|anmeld|iscri|sign\s+up|enrol"
    # or a call said to stay open: 'The call remains open until 27 January' (not a platform:
    # 'the partner-search platform stays open until')
    r"|\b(?:call|appel|bando|avviso|convocatoria|aufruf|ausschreibung)\s+(?:remains|stays|is\s+still"
    r"|bleibt|reste|resta|rimane|sigue|permanece)\s+(?:open|ouvert|apert|abiert|geöffnet|offen)",
    re.IGNORECASE,
)
_REGISTER = fast_compile(
    r"regist|inscri|anmeld|\bmelden\b|iscri|teilnahme|participa|attend|ticket", re.IGNORECASE
)
_WEEK = re.compile(r"\b(?:Weeks?|Semana|Settimana|Woche|Semaine|Nuit|Noche|Notte|Nacht)\b")
# ('Congresso di Ingegneria Costiera (Genova, 20-22 maggio 2027)', 'Jahrestagung 2027 (24.–26.
# März 2027, Universität Münster)': the place may come first, the name may end with its year)
_APPOSITION = re.compile(
    r"(?:(?:[A-ZÀ-Ý][\w'’-]*|\b(?:19|20)\d\d)\s*\(\s*|\(\s*(?=[A-ZÀ-Ý][\w'’. -]{1,30},))"
    r"(?:[A-ZÀ-Ý][\w'’. -]{1,30},\s*)?$"
)
# (after a name, 'Bootcamp (Nairobi, ', 'RSCC 2024 (Manchester, '; not 'The 2027 school (Grenoble,')
_PLACED_APPOSITION = re.compile(
    r"(?:[A-ZÀ-Ý][\w'’-]*|\b(?:19|20)\d\d)\s*\(\s*[A-ZÀ-Ý][\w'’. -]{1,30},\s*$"
)
# A date set after an event's name, as its apposition: 'the European Cluster Conference,
# 20–22 October 2026', 'Jornadas Técnicas 2026 – 4 de mayo'. The name is capitalised.
_AFTER_EVENT_NAME = re.compile(
    r"(?:Conference|Workshop|Summit|Forum|Symposium|Congress|Week|Days|Fair"
    r"|Festival|Konferenz|Tagung|Kongress|Forum|Conférence|Colloque|Congrès|Rencontres|Congreso"
    r"|Conferencia|Jornadas|Foro|Convegno|Conferenza|Congresso|Giornate"
    # a school or a hackathon by its name: 'the 2019 Data Science Summer School, 8–19 July'
    r"|School|Academy|Hackathon|Bootcamp|Sommerschule|Akademie|École|Scuola|Escuela)"
    r"(?:\s+[A-ZÀ-Ý][\w'’-]*){0,3}(?:\s+(?:19|20)\d{2})?"
    r"\s*[,–—]\s*$"
)


# A bracket opened right after a word: the days in it are those of what the word names.
# (or after the name it quotes: 'zur Jahrestagung „Bildung im digitalen Wandel“ (27.–29.')
_BRACKETED_AFTER_NOUN = re.compile(
    r"(?:[^\W\d]{3,}|[“”\"»])\s+\(\s*(?:(?:du|from|vom|dal|del|desde\s+el)\s+)?$", re.IGNORECASE
)


def _in_apposition(before: str) -> bool:
    """Whether a date opens a bracket after a name: 'Citizen Science Week (4–10 May 2026)'."""
    return before.rstrip().endswith(("(", ",")) and bool(_APPOSITION.search(before))


def _after_event_name(before: str) -> bool:
    """Whether a date follows an event's name as its apposition (see _AFTER_EVENT_NAME)."""
    # most dates follow no comma or dash at all: the pattern is asked only after one
    return before.rstrip().endswith((",", "–", "—")) and bool(
        _AFTER_EVENT_NAME.search(before[-40:])
    )


# What happens beside an event, not the event, in the words right before a date. Read there
# rather than as a cue of every clause, which would try it at every 's', 'f' and 'e'.
_BESIDE = fast_compile(
    r"side[\s-]events?|satellite\s+events?|field\s+trip|study\s+visit|excursion|pre-conference"
    r"|preparatory|vorbereitende|préparatoire|preparatori[ao]|preparatori[ao]s?"
    r"|post-event|begleitveranstaltung|rahmenprogramm|événements?\s+parallèles?"
    r"|eventi\s+collaterali|evento\s+collaterale|actividad(?:es)?\s+paralelas?"
    # the same in each language: 'escursione post-congresso', 'Exkursion', 'excursión'
    r"|escursion[ei]|exkursion|excursión|post-?(?:congress|conference|congresso|congrès|kongress"
    r"|congreso|convegno|evento|tagung)"
    # the next webinar of a series: 'Das nächste Webinar der Reihe … findet am 26. November
    # statt' (a course's 'prochaine session' is its next run, the one the page offers)
    r"|\bnext\s+webinar|nächste[ns]?\s+webinar|prochain\s+webinaire|prossimo\s+webinar"
    r"|próximo\s+(?:seminario\s+web|webinar)"
    # a meeting before the event: 'Prima dell'evento, mercoledì 6 ottobre', 'Warm-up webinar:'
    r"|warm-?up|pre-?event|(?:before|ahead\s+of)\s+the\s+event|prima\s+dell'evento"
    r"|vor\s+der\s+veranstaltung|avant\s+l'événement|antes\s+del\s+evento"
    # the evening before it: 'Am Vorabend der Tagung (20. Oktober 2027)', 'on the eve of the
    # conference', 'la veille du colloque', 'la vigilia del convegno', 'la víspera'
    r"|vorabend|the\s+eve\s+of|la\s+veille|la\s+vigilia|la\s+v[íi]spera"
    # an edition before this one: 'Past edition: WWCS 2018/19 was held January 3–6, 2019'
    r"|(?:past|previous|last)\s+edition|last\s+year's|(?:letzte|vorige)\s+ausgabe"
    r"|édition\s+précédente|edizione\s+precedente|edición\s+anterior"
)
_BESIDE_WORDS = 50
# A verb of making known right after a day: the day something was announced, not held.
_ANNOUNCED_THEN = fast_compile(
    r"^\W{0,3}(?:announced|published|released|unveiled|revealed|bekanntgegeben|gab\s+\w+\s+bekannt"
    r"|a\s+annoncé|annonce\b|a\s+publié|ha\s+annunciato|annuncia\b|ha\s+pubblicato|anunció"
    r"|ha\s+anunciado|publicó|ha\s+publicado)",
    re.IGNORECASE,
)
_CEREMONY = fast_compile(
    r"preisverleihung|verleihung|award\s+ceremony|awards?\s+(?:night|gala)|prize[\s-]giving"
    r"|remise\s+des\s+prix|cérémonie|cerimonia|premiazione|entrega\s+de\s+(?:los\s+)?premios"
    r"|ceremonia|ceremony",
    re.IGNORECASE,
)
# A survey or a consultation runs for a while; its days are no event.
_SURVEY = fast_compile(
    r"\b(?:surveys?|consultations?|questionnaires?|umfrage|befragung|enquêtes?|encuestas?"
    r"|sondaggi[oi]|indagine|questionari[oi]|consulta\s+pública)\b",
    re.IGNORECASE,
)
# What a call selects people or projects for, beginning or running: 'the programme starts on
# 2 February', 'la résidence se déroulera du', 'la residenza inizierà il', 'the campaign will
# take place between': its run, not the call's event.
_WHAT_IT_FUNDS = fast_compile(
    r"programm?e?|programa|programma|fellows(?:hips?)?\b|residenc\w+|résidences?|residenz\w*"
    r"|contra[ct]\w*|vertr[aä]g\w*|incubat\w+|inkubat\w+|accelerat\w+|placements?"
    r"|internships?|interns\b|trainees|stages?|tirocini\w*|prácticas|praktik\w*|becas?|becari[oa]s"
    r"|pilots?\b|projects?\b|experiments?\b|projets\b|proyectos\b|progetti\b|projekte\b"
    r"|partnerships?\b|partenariats?\b|partnerschaften\b"
    r"|borse|borsisti|stipendi\w*|grants?|grantees|lauréats"
    # the campaign in which the activities it asks for are held: 'the campaign runs from'
    r"|campaigns?|kampagnen?|campagnes?|campañas?|campagn[ae]|aktionszeitr(?:aum|äume)",
    re.IGNORECASE,
)
# ... and the verb of its beginning or running, right before the date.
_RUN_END = re.compile(
    r"^\W*(?:and|und|et|e|y)\s+(?:ends?|finishes|concludes|endet|se\s+termine|termine|termina"
    r"|finisce|finaliza|si\s+conclude)\s+(?:on\s+|am\s+|le\s+|il\s+|el\s+)?$",
    re.IGNORECASE,
)
_BEGINS = fast_compile(
    r"(?:starts?|begins?|start|begin|commences?|beginn\w*|start\w*|début\w*|commencer\w*"
    r"|comenzar\w*|comienza\w*|empieza\w*|empezar\w*|arranca\w*|inizi\w*|partir\w*|avvi\w*"
    r"|runs?|run|take[sn]?\s+place|déroul\w*|läuft|laufen|svolg\w*|desarrollar\w*|lugar|lieu"
    r"|luogo)\b[^.;:\d]{0,14}$",
    re.IGNORECASE,
)
_HEAD_READ = 200  # characters after the title where a page names what it heads, and when
_OPENING = 24  # characters after the title in which a date opens the text ('Wednesday, 4 ...')
_BEFORE = 110  # characters of the clause before a date that are read for cues
_NEAREST = 35  # the words right before a date govern it: they count twice
_TAIL_READ = 80  # characters before a date read for the weekday, time or session beside it
# A weekday and a time of day with their little words, as they stand right before a date.
_CLOCK_WORDS = "on am le el il di del de du alle ore at à a las um uhr h horas heures hrs".split()
_TIME_AND_WEEKDAY = re.compile(
    r"(?:\s*(?:,|\b(?:" + "|".join(_CLOCK_WORDS) + r")\b"
    r"|\b(?:" + WEEKDAY_NAMES + r")\b\.?"
    r"|\d{1,2}(?:[:.h]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)?))+\s*$",
    re.IGNORECASE,
)
# The words it can end with: a clause ending in any other is not searched.
_ENDS_OF_TIME_AND_WEEKDAY = frozenset(_CLOCK_WORDS) | frozenset(WEEKDAYS)
_TIME_OR_WEEKDAY_TOKEN = re.compile(r"\b(?:" + WEEKDAY_NAMES + r")\b|\d", re.IGNORECASE)
_OPENING_NEAR = 60  # characters before a date read for the words of an opening
_AFTER = 80  # characters after it, for timelines written 'DATE: what'

# How sure the text must be before a date counts as the deadline: an event page mentions many
# dates in passing, so only a clear cue (register, apply, deadline) makes one its deadline.
_CUED = 1.5  # the least score of a date read as a deadline (a call's threshold)
_RIVAL_SHARE = 0.5  # a deadline said half as strongly as the strongest is no rival of it
_DEADLINE_THRESHOLD = {"call": 1.5, "extension": 1.5, "course": 1.5, "event": 3.0, "news": 3.0}


@dataclass(frozen=True)
class Extraction:
    """What the extractor read in one announcement."""

    kind: str
    deadline: Deadline | None
    event_start: dt.date | None
    event_end: dt.date | None
    location: str | None
    language: str
    # How sure each reading is (0..1) and the words of the text it came from; None where
    # there is nothing to be sure of (no deadline found).
    kind_confidence: float = 1.0
    kind_evidence: str | None = None
    deadline_confidence: float | None = None
    deadline_evidence: str | None = None


UNSURE_BELOW = 0.5


def is_unsure(found: Extraction) -> bool:
    """Whether an extraction should go to an admin before it is published.

    Unsure: the kind or the deadline was read with a confidence below ``UNSURE_BELOW``, or
    a call or an extension came without a deadline.
    """
    if found.kind_confidence < UNSURE_BELOW:
        return True
    if found.deadline_confidence is not None and found.deadline_confidence < UNSURE_BELOW:
        return True
    return found.deadline is None and found.kind in ("call", "extension")


# Only the function words are counted; one pattern finds them all.
_STOPWORD = fast_compile(
    r"(?<![^\W\d_])(?:"
    + "|".join(
        sorted({re.escape(w) for stop in STOPWORDS.values() for w in stop}, key=len, reverse=True)
    )
    + r")(?![^\W\d_])"
)


# Each function word and the languages it belongs to ('de' is German and French and Spanish).
_LANGUAGES_OF: dict[str, list[str]] = {}
for _lang, _stop in STOPWORDS.items():
    for _word in _stop:
        _LANGUAGES_OF.setdefault(_word, []).append(_lang)


def detect_language(text: str) -> str:
    """The most likely of en, de, fr, es, it, by counting frequent function words."""
    scores = dict.fromkeys(STOPWORDS, 0)
    # Each word found counts once for each of its languages: the same sums as counting each
    # language's words, without looking up every word of every language in every text.
    for word in _STOPWORD.findall(text.lower()):
        for lang in _LANGUAGES_OF[word]:
            scores[lang] += 1
    return max(scores, key=lambda lang: (scores[lang], lang == "en"))


def extract(title: str, text: str, published: dt.date | None = None) -> Extraction:
    """Read one announcement: its kind, deadline, event dates and location."""
    title = title or ""
    text = _unwrapped(text or "")
    doc = f"{title}\n{text}"
    language = detect_language(doc)
    found = find_mentions(doc)
    shift = len(title) + 1
    spans = (
        [(m.start, m.end) for m in found if m.end <= len(title)],
        [(m.start - shift, m.end - shift) for m in found if m.start >= shift],
    )
    dateline = _dateline(doc, found, published) or _signature(doc, found, published)
    if dateline is not None:
        # 'BRUSSELS, 3 March 2026 – ...': the date the piece was written, nothing it announces.
        found = [m for m in found if m is not dateline]
        published = published or dateline.first()
    if published is not None:
        taken = [(m.start, m.end) for m in found]
        found += [
            m
            for m in relative_mentions(doc, published) + monthly_mentions(doc, published)
            if not any(s < m.end and m.start < e for s, e in taken)
        ]
        found.sort(key=lambda m: m.start)
    periods = period_mentions(doc, found, published)
    if periods:
        # 'on the 30th calendar day following … publication … in the Official Journal'
        taken = [(m.start, m.end) for m in found]
        found += [m for m in periods if not any(s < m.end and m.start < e for s, e in taken)]
        found.sort(key=lambda m: m.start)
    times = find_times(doc)
    mentions = attach_times(doc, found, times)
    title_years, text_years = years_in(title), years_in(text)
    if not (title_years or text_years or published) and any(m.year is None for m in mentions):
        # No year written anywhere: '#Eusew16' in the title names the year of its dates.
        title_years = name_years(title) or era_years(doc, mentions)
    mentions = resolve_years(
        mentions, published=published, title_years=title_years, text_years=text_years
    )
    mentions = fit_weekdays(doc, mentions)
    mentions = [m for m in mentions if m.first() is not None]
    # 'Newsletter Spring 2023: Call for poster abstracts': one item of a newsletter, titled
    # after its issue; what it is, the words after the colon say.
    # (one item: 'Newsletter March 2026: a webinar and a call' lists several, a digest)
    issue = _DIGEST_ISSUE.match(title)
    item = title[issue.end() :] if issue else ""
    item_title = item if item and not _SEVERAL.search(item) else title
    reading = read_kind(
        item_title,
        text,
        published,
        [d for m in mentions if (d := m.last()) is not None],
        [d for m in mentions if m.end <= len(title) and (d := m.first()) is not None],
    )
    kind = reading.kind
    # A title that names an event ('Science Week 2026') owns the range that opens the text.
    names_event = bool(_EVENT_TITLE.search(title) or _WEEK.search(title))
    names = frozenset(_NAME.findall(title))
    # Each date's surrounding words, read once and scored against every table of cues.
    contexts = [_context(doc, mentions, index) for index in range(len(mentions))]
    if "|" in doc or "\t" in doc:
        # a row's status ('| open |', '| closed |') says where a step stands today, not what
        # its date is, beside the date as well as in the row's label
        contexts = [(_STATUS_CELL.sub("", b), _STATUS_CELL.sub("", a)) for b, a in contexts]
    if "|" in doc or "\t" in doc or _WIDE_GAP.search(doc):
        for index, (row_label, header) in _table_headers(doc, mentions).items():
            # a row's status ('open', 'closed', 'ouvert', 'clôturé') says where the step
            # stands today, not what its date is: its day is read by its other words
            row_label = _STATUS_CELL.sub("", row_label)
            # the row's own words stay before the date, as in prose ('Launch event | 6 July')
            contexts[index] = (row_label, f": {row_label} {header}".replace(":  ", ": "))
    lines_of_dates = _lines_of_dates(doc, mentions)
    for index, (header, where) in _list_headers(doc, mentions, lines_of_dates).items():
        # the header line is the label of each of its items, and its time theirs
        contexts[index] = ("", f": {header}")
        mention = mentions[index]
        said = [mark for mark in times if where <= mark.start < where + len(header)]
        if mention.time is None and len(said) == 1:
            mentions[index] = replace(mention, time=said[0].time, zone=said[0].zone)
    for index, heading in _label_lines(doc, mentions, lines_of_dates).items():
        # 'Submission period' over 'Oct 3, 2022 (9:00 am EDT) – Nov 14, 2022 (5:00 pm EST)':
        # the line above a line of dates alone is their label
        contexts[index] = ("", f": {heading}")
    for index, header in _headed_rows(doc, mentions, contexts).items():
        # 'Application rounds' above 'Round 2 – 31 March 2027': the heading says what they are
        contexts[index] = (f"{header}: {contexts[index][0]}", contexts[index][1])
    scores = [_deadline_score(c, m) for m, c in zip(mentions, contexts, strict=True)]
    if any(score >= _CUED for score in scores) and _INTERNAL_STEP.search(doc):
        # an institution's own step before the funder's deadline is the applicant's first
        # limit, however its row is worded ('Intent-to-submit form to the European Office:')
        scores = [
            max(score, _CUED) if _internal_step(doc, m) else score
            for m, score in zip(mentions, scores, strict=True)
        ]
    if kind in ("course", "event"):
        # 'The course starts on 5 March 2018 and ends on 15 April 2018': the end of its run
        for index in range(1, len(mentions)):
            if _RUN_END.match(contexts[index][0]) and _BEGINS.search(contexts[index - 1][0]):
                scores[index] = min(scores[index], -6.0)
    # A date by which too few registrations cancel something is neither deadline nor event;
    # nor is a date struck through ('~~Paper submission: March 3, 2023~~ → March 12, 2023').
    struck = _struck(doc, mentions)
    for index in struck:
        # ('Submission deadline: ~~March 1, 2027~~ March 8, 2027': the date written after a
        # struck one replaces it, and is what its label now says)
        after = index + 1
        if (
            after < len(mentions)
            and after not in struck
            and not scores[after]
            and _REPLACES_STRUCK.fullmatch(doc, mentions[index].end, mentions[after].start)
        ):
            scores[after] = scores[index]
    cancelled = (
        frozenset(i for i, score in enumerate(scores) if score > 0 and _cancelled(doc, mentions[i]))
        | struck
    )
    scored = _inherit_in_lists(
        doc,
        [
            (m, 0.0 if i in cancelled else s)
            for i, (m, s) in enumerate(zip(mentions, scores, strict=True))
        ],
    )
    scored = _call_opening(contexts, scored)
    if kind == "event":
        # 'Der Call for Papers endete am 15. März': on an event's page, the call it had is
        # over; its date is no limit still to meet (registration is)
        scored = [
            (
                m,
                min(s, 0.0)
                if _WORK_CLOSED.search(before := contexts[i][0][-_CLOSED_CALL_READ:])
                or _APPLYING_CLOSED.search(before)
                else s,
            )
            for i, (m, s) in enumerate(scored)
        ]
    scored = _moved_dates(doc, scored, kind)
    chosen = _choose_deadline(doc, scored, kind, title, published)
    deadline = _deadline(doc, chosen, mentions, language, times) if chosen else None
    start, end = _event_dates(
        mentions, contexts, chosen, kind, title, names_event, names, published, cancelled
    )
    last_day = end or start
    if (
        kind == "event"
        and deadline
        and last_day
        and deadline.date > last_day
        and reading.evidence
        # read as an event for an info day, or for the words of its text alone ('networking')
        and (_INFO_SESSION.fullmatch(reading.evidence) or reading.confidence < _TITLE_SURE)
        and not _INFO_SESSION.search(title)
        # (or it asks to send proposals by it: 'Le proposte devono essere trasmesse … entro')
        and (
            _STRONG.search(clause_of_chosen := " ".join(contexts[mentions.index(chosen)]))  # type: ignore[arg-type]
            or _SENDS_PROPOSALS.search(clause_of_chosen)
        )
    ):
        # 'Deadline: 28 October 2026. Information day: 3 June 2026': read as an event for its
        # info day alone, a page whose deadline is named so and comes after it is the call
        # the info day is about.
        kind = "call"
        reading = KindReading("call", 0.5, reading.evidence)
        start, end = _event_dates(
            mentions, contexts, chosen, kind, title, names_event, names, published, cancelled
        )
        last_day = end or start
    # A course known only by its start may run on past it (a MOOC open for enrolment after).
    open_ended = kind == "course" and end is None
    if (
        deadline
        and last_day
        and kind in ("event", "course")
        and deadline.date > last_day
        and (not open_ended)
    ):
        # An event's deadline comes before it ends; a later date is another's: the next
        # candidate before the event may be the one.
        scored = [(m, s) for m, s in scored if (m.last() or last_day) <= last_day]
        chosen = _choose_deadline(doc, scored, kind, title, published)
        deadline = _deadline(doc, chosen, mentions, language, times) if chosen else None
        if chosen is not None:
            start, end = _event_dates(
                mentions, contexts, chosen, kind, title, names_event, names, skip=cancelled
            )
    sure, evidence = _deadline_confidence(doc, chosen, scored, kind) if deadline else (None, None)
    if kind in ("event", "course") and start is not None:
        eve = _EVE.search(doc)
        if deadline is not None and eve is not None:
            # another date may hold a weaker cue ('shared with registered participants from 1
            # November'): registration said to close the day before the event is the limit
            clause = doc[max(0, doc.rfind(".", 0, eve.start()) + 1) : eve.start()]
            eve = eve if _REGISTER.search(clause) else None
        if eve is not None and eve.group("count"):
            # a stretch before the event is a registration's limit only where its clause says
            # so, and not a refund's ('Cancellation is free until 7 days before the event')
            clause = doc[max(0, doc.rfind(".", 0, eve.start()) + 1) : eve.end()]
            if not _REGISTER.search(clause) or _REFUND.search(clause):
                eve = None
        before = None
        if eve is not None:
            # 'Anmeldung bis zum Vortag, 12 Uhr': registration closes the day before it
            first = next((m for m in mentions if m.first() == start and m.time), None)
            before = _day_before(doc, eve, start, times, language, first and first.time)
        if before is not None and not (
            # (of two limits said as such, the first still ahead: 'on-site registration closes
            # on 2 February … online participants can register until the day before the event')
            deadline is not None
            and chosen in mentions
            and deadline.date < before.date
            and _LIMIT_NOUN.search(contexts[mentions.index(chosen)][0][-_NEAREST:])
        ):
            deadline = before
            sure, evidence = 0.6, eve.group(0)  # type: ignore[union-attr]
    if kind == "event" and start is not None and published is None:
        # The clause of the event's date tells whether it is ahead or behind the writer.
        index = next((i for i, m in enumerate(mentions) if m.first() == start), None)
        if index is not None and _told_as_past(contexts[index]):
            kind = "news"
            reading = KindReading("news", 0.5, " ".join(contexts[index]).strip())
    opening = _opening_told_as_past(mentions, contexts, len(title), published)
    if (
        kind == "event"
        and opening is not None
        # (a ceremony the title names, held after the page: the call it closed is background)
        and not (_CEREMONY_TITLE.search(title) and start and published and start > published)
    ):
        # 'On 21 June 2027 the project brought together 65 regions': a page that opens with a
        # day behind its publication, told in the past, reports it, whatever comes next.
        kind = "news"
        reading = KindReading("news", 0.6, " ".join(contexts[opening]).strip())
        start, end = _event_dates(
            mentions, contexts, chosen, kind, title, names_event, names, published, cancelled
        )
    if deadline is not None and _said_nothing(reading, kind, contexts, mentions, chosen, published):
        # Nothing else said what the page is, but it names a date to send something by: a
        # call, whose deadline is the first still ahead when it was published.
        kind = "call"
        chosen = _choose_deadline(doc, scored, kind, title, published) or chosen
        deadline = _deadline(doc, chosen, mentions, language, times)
        sure, evidence = _deadline_confidence(doc, chosen, scored, kind)
        reading = KindReading("call", 0.4, evidence)
    clause = " ".join(contexts[mentions.index(chosen)]) if chosen in mentions else ""
    clause = f"{evidence} {clause}" if evidence else clause
    if (
        kind == "event"
        and deadline
        and (
            (reading.confidence < 0.7 and _SUBMIT.search(clause))
            # a page titled by its conference asks for the work its programme is made of
            or (reading.confidence <= 0.8 and _WORK.search(clause))
        )
        and not _REGISTER.search(clause)
    ):
        # An event page whose deadline asks to submit work (not to register) is a call, and
        # has event dates only where it says its conference happens then.
        kind = "call"
        reading = KindReading("call", 0.5, evidence)
        start, end = _event_dates(
            mentions, contexts, chosen, kind, title, names_event, names, published, cancelled
        )
    if (
        kind == "call"
        and deadline is None
        and (
            forthcoming := _FORTHCOMING.search(title)
            # in the text, when the title names no call: 'La CCI renforce son accompagnement
            # … un appel à candidatures sera publié au printemps'
            or (not _CALL_WORDS.search(title) and _FORTHCOMING.search(text))
            # or where the text says the call itself is yet to open: 'The call will open in
            # January 2019', 'La convocatoria se abrirá en marzo'
            or _CALL_YET_TO_OPEN.search(text)
        )
    ):
        # 'Coming soon: Circular Regions call 2026', 'In arrivo il nuovo bando': news of a call
        # not yet open, which states no deadline
        kind = "news"
        reading = KindReading("news", 0.5, forthcoming.group(0))
    if kind in ("call", "course") and (to_open := _CALL_TO_OPEN_TITLE.search(title)):
        # 'New Interreg call for cluster cooperation to open in September 2023', 'La
        # convocatoria Cluster Go Global se abrirá en marzo': news of a call ahead, which may
        # say when it will close
        kind = "news"
        reading = KindReading("news", 0.6, to_open.group(0))
    if deadline is None and kind in ("call", "extension"):
        sure = 0.2  # a call whose deadline could not be read
    if (
        kind == "news"
        and deadline
        and published
        and deadline.date > published
        # (a limit read from 'the day before' has no date of its own: its words are the clause)
        and not _ASKS_TO_ACT.search(
            " ".join(contexts[mentions.index(chosen)]) if chosen in mentions else evidence or ""
        )
    ):
        # A report keeps the closing date of the call it tells of, which is behind it; a
        # date still ahead is its deadline only where someone is asked to apply, submit or
        # register by it ('the partner-search platform stays open until 31 January' is not).
        deadline, sure, evidence = None, None, None
    if kind == "news" and _DIGEST.search(item_title):
        # A newsletter's items each have their dates: none is the page's deadline, and only
        # what it reports as past (before its publication) is its event.
        deadline, sure, evidence = None, None, None
        if published is None or start is None or start > published:
            start = end = None
    if (
        kind == "call"
        and deadline is not None
        and start is not None
        and reading.confidence < _TITLE_SURE
        and _REGISTER.search(clause)
        and not _SUBMIT.search(clause)
        and not _WORK.search(doc)
    ):
        # 'Registration closes Friday, September 30' on a page whose days are its own ('Sat Oct
        # 1 – Sun Oct 2, 2016 · Betamore, Baltimore'): an event whose only limit is to register
        kind = "event"
        reading = KindReading("event", 0.5, evidence)
    if kind == "news" and not names_event and _NEWS_OF_NO_EVENT.search(title):
        start = end = None
    if kind == "call" and not (
        names_event
        or _WORK.search(doc)
        or _PROGRAMME.search(doc)
        # (asking someone to host a school or an event, not to propose its courses: the
        # edition named is the one to be hosted, or the last one)
        or (_ASKS_TO_ORGANISE.search(doc) and not _TO_HOST.search(title))
        # (or for companies to join a trip or a stand: 'Mission économique au Japon – appel à
        # candidatures', 'Aufruf: Mitaussteller für den Landesgemeinschaftsstand')
        or _MISSION.search(title)
    ):
        # A call has event dates only when it asks for what an event's programme is made of,
        # or for someone to organise it: the ceremony of a prize, a job's start, a funded
        # project's kick-off or a webinar about a grant are not the event it is for. (Said
        # here, of the final kind: several steps above turn a page into a call.)
        start = end = None
    return Extraction(
        kind,
        deadline,
        start,
        end,
        find_location(title, text, kind=kind, dates=spans),
        language,
        kind_confidence=reading.confidence,
        kind_evidence=reading.evidence,
        deadline_confidence=sure,
        deadline_evidence=evidence,
    )


# Text copied out of a PDF breaks its lines inside sentences and words: 'entro il\n10.11.2014',
# 'clos le 30 septem-\nbre 2014'. A line as long as a printed one that stops on a letter or a
# comma, before one that starts in lower case or with a digit, runs on.
# (Not a row of a table or a timeline: a line opening with a date, a time, a bullet or holding
# a bar is one of several, and a line opening with a digit continues one only where the
# words before it wait for a date: 'entro il', 'bis zum 30. Juni' before its year.)
# (the rest of the word may be indented under its column: 'Wed-\n      nesday 6 November')
_HYPHENATED = re.compile(r"(?<=[a-zà-ÿß])-\n[ \t]*(?=[a-zà-ÿß])")
_WRAPPED = re.compile(r"(?m)^(?![ \t]*[\d•·*–—-])([^\n|]{45,}[a-zà-ÿß,])\n(?=[a-zà-ÿß«(])")
_WRAPPED_BEFORE_DATE = re.compile(
    r"(?m)^(?![ \t]*[\d•·*–—-])([^\n|]{45,}\b(?:il|le|la|du|del|dal|al|zum|bis|am|vom|au|the|on|by"
    r"|of|until|before|avant|entro|hasta|el|de|den|dem|ab|from|to|à|"
    + "|".join(sorted({name for name in MONTHS if len(name) > 2}, key=len, reverse=True))
    + r"))\n(?=\d)",
    re.IGNORECASE,
)

# (a line ending on a date's year, the next opening with its hour: 'Fecha límite …: 26 de marzo
# de 2010' over 'a las 18:00 horas, tiempo del centro de México')
_WRAPPED_BEFORE_TIME = re.compile(
    r"(?m)^([^\n|]{20,}\b(?:19|20)\d{2})\n(?=(?:a\s+las|alle(?:\s+ore)?|ore|à|at|um|hasta\s+las"
    r"|entro\s+le\s+ore)\s+\d{1,2}(?:[:.h]\d{2}|\s*(?:h\b|uhr|horas|heures|[ap]\.?m)))",
    re.IGNORECASE,
)
# A time whose day the next line gives: 'alle ore 17:00' / 'del 31 ottobre 2019', '5:00 p.m.' /
# 'on March 3'.
_WRAPPED_AFTER_TIME = re.compile(
    r"(?m)(\b\d{1,2}[:.]\d{2}(?:\s*(?:[ap]\.?m\.?|uhr|h|horas|heures))?)[ \t]*\n[ \t]*"
    r"(?=(?:del|di|on|le|am|el|du|de)\s+\d)",
    re.IGNORECASE,
)


def _unwrapped(text: str) -> str:
    """``text`` with the lines a PDF's print broke inside a sentence joined again."""
    if "\n" not in text:
        return text
    text = _HYPHENATED.sub("", text)
    text = _WRAPPED_BEFORE_DATE.sub(r"\1 ", _WRAPPED.sub(r"\1 ", text))
    text = _WRAPPED_BEFORE_TIME.sub(r"\1 ", text)
    return _WRAPPED_AFTER_TIME.sub(r"\1 ", text)


_WEAK_NEWS = 0.5  # the confidence of news read from the shape of verbs alone
_TITLE_SURE = 0.7  # a kind read from the title's words is at least this sure


def _said_nothing(
    reading: KindReading,
    kind: str,
    contexts: list[tuple[str, str]],
    mentions: list[Mention],
    chosen: Mention | None,
    published: dt.date | None,
) -> bool:
    """Whether the kind was read from no words: news for want of anything, or an event only
    because its dates are ahead of its publication and its deadline is not to register."""
    if kind == "news" and reading.confidence <= 0.3:
        return True
    if kind == "news" and reading.confidence <= _WEAK_NEWS and chosen in mentions:
        # told in the past by verb forms alone ('La Région a lancé un dispositif'), but
        # naming a date ahead to send something by: news of a call that is open, a call
        return (
            published is not None
            and (chosen.last() or published) > published
            and not _REGISTER.search(" ".join(contexts[mentions.index(chosen)]))
        )
    if kind != "event" or reading.evidence is not None or chosen not in mentions:
        return False
    return not _REGISTER.search(" ".join(contexts[mentions.index(chosen)]))


_DATELINE_BEFORE = re.compile(r"(?:^|\n)\W*[A-ZÀ-Ý][\w .'’-]{1,30},\s*$")
_DATELINE_AFTER = re.compile(r"^\s*[–—-]\s|^\.\s+(?-i:[A-ZÀ-Ý])")
# A page's stamp: 'NEWS · 20 April 2027 · 3 min read', 'Posted 12 January 2027' on its own line.
_STAMP_BEFORE = re.compile(
    r"(?:^|\n)\s*(?:[A-ZÀ-Ý][\w'’-]*\s*(?:[·•]\s*)?){1,3}[·•]\s*$"
    r"|(?:^|\n)\s*(?:posted|published|last\s+updated|updated|publié\s+le|mis\s+à\s+jour\s+le"
    r"|mis\s+en\s+ligne\s+le|online\s+seit|publicado\s+el\s+d[íi]a"
    r"|zuletzt\s+aktualisiert(?:\s+am)?|aktualisiert\s+am|aggiornato\s+(?:il|al)|ultimo\s+aggiornamento"
    r"|actualizado\s+el|última\s+actualización|dernière\s+mise\s+à\s+jour(?:\s+le)?"
    r"|press\s+release\s*[-–—]?|pressemitteilung\s+vom|communiqué\s+de\s+presse\s+du"
    r"|page\s+(?:last\s+)?updated(?:\s+on)?"
    # a funder's notice: 'Issue Date: 02/01/2012', 'Release Date: November 1, 2012'
    r"|issue\s+date|issued(?:\s+on)?|release\s+date|posting\s+date|date\s+of\s+issue"
    r"|comunicato\s+stampa\s+del|nota\s+de\s+prensa\s+del"
    r"|veröffentlicht(?:\s+am)?|stand|pubblicato\s+il|publicado\s+el)\s*:?\s*$",
    re.IGNORECASE,
)
# An e-mail's header line, 'Date: Tue, 2 Mar 2027 08:03:17 +0000': the day it was sent, its time
# written with its seconds and its offset as mail writes them (an event's 'Date:' line is not).
_MAIL_HEADER = re.compile(
    r"(?:^|\n)[ \t]*(?:date|sent|envoyé|gesendet|inviato|enviado)[ \t]*:[ \t]*"
    r"(?:(?:" + WEEKDAY_NAMES + r")\.?,?[ \t]+)?$",
    re.IGNORECASE,
)
_MAIL_TIME = re.compile(r"[ \t]+\d{1,2}:\d{2}:\d{2}[ \t]*(?:[+-]\d{4}|gmt|utc)\b", re.IGNORECASE)
# ('October 25, 2011 | Research News': the section's name after it)
_STAMP_AFTER = re.compile(r"^\s*[·•|]\s|^[ \t]*(?:\n|$)")
_LINE_START = re.compile(r"(?:^|\n)[ \t]*$")
# A line that opens with the day it was written, after a weekday, an article or 'Update,'.
# (or after the section's name: 'News | 22.05.2013', 'Notizie – 21 giugno 2023')
_LINE_OPENING = re.compile(
    r"(?:^|\n)[ \t]*(?:(?:le|el|il|am|on|the|update[ds]?,?|mise\s+à\s+jour\s*:?)\s+"
    r"|(?:news|notizie|actualités?|aktuelles|noticias|nachrichten|blog)\s*[|·•:–—-]\s*)?"
    r"(?:(?:" + WEEKDAY_NAMES + r")\.?,?\s+)?$",
    re.IGNORECASE,
)
_STAMP_CLOSE = re.compile(r"^(?:\.\s+(?-i:[A-ZÀ-Ý])|:\s)")  # '20/05/2027. El …', '…2027: the
_LEADS = re.compile(r"\s[–—-]\s(?-i:[A-ZÀ-Ý])")  # matched at the end of a date


def _place_before(before: str) -> bool:
    """Whether a line opens with a place and a comma before a date ('Lisbon, ', 'Frankfurt am
    Main, '), not with a sentence ('The portal closes on Thursday, ')."""
    found = _DATELINE_BEFORE.search(before)
    if found is None:
        return False
    words = re.findall(r"[^\W\d_]+", found.group(0))
    return not any(len(word) > 3 and word.islower() for word in words) and not (
        _WEEKDAY_ONLY.search(found.group(0)) or _SHORT_WEEKDAY.fullmatch(found.group(0))
    )


_WEEKDAY_ONLY = re.compile(r"\b(?:" + WEEKDAY_NAMES + r")\W*$", re.IGNORECASE)
# A weekday shortened as a schedule's rows write it: 'Di, 18.02.2025', 'jeu. 4 avril'.
_SHORT_WEEKDAY = re.compile(
    r"\W*(?:Mo|Di|Mi|Do|Fr|Sa|So|Lun|Mar|Mer|Jeu|Ven|Sam|Dim|Gio|Sab|Dom|Mié|Jue|Vie|Sáb)"
    r"\.?,\s*",
    re.IGNORECASE,
)


_SIGNATURE_LINE = 80  # characters: a closing line that signs and dates the page


def _line_start(doc: str, at: int) -> int:
    """Where the line holding position ``at`` starts."""
    return doc.rfind("\n", 0, at) + 1


def _signature(doc: str, found: list[Mention], published: dt.date | None) -> Mention | None:
    """The date of a line closing the text that signs it: 'Valencia, 1 de julio de 2027',
    'L'équipe du laboratoire CERHIS – 8 mars 2027' (the day it was written, no event)."""
    if not found:
        return None
    last = found[-1]
    line_start = _line_start(doc, last.start)
    rest = doc[last.end :].strip(" .\t")
    if rest or last.is_range or not last.year_given or last.end - line_start > _SIGNATURE_LINE:
        return None
    if published is not None and last.first() != published:
        return None
    before = doc[line_start : last.start]
    if doc.count("\n", 0, line_start) < 2 or _cue_score(before, _DEADLINE_CUES) != 0:
        # a line that closes a text of one line, or says what its date is, signs nothing
        return None
    return last if _place_before(before) or _SIGNED_BY.search(before) else None


_SIGNED_BY = re.compile(r"^\W*[A-ZÀ-Ý][^\n]{0,60}\s[–—-]\s*$")


def _dateline(doc: str, found: list[Mention], published: dt.date | None) -> Mention | None:
    """The date of a dateline opening the title or the text: 'Lisbon, 14 May 2026 – ...'."""
    for mention in found[:3]:
        before = doc[max(0, mention.start - 34) : mention.start]
        after = doc[mention.end : mention.end + 3]
        if mention.is_range:
            continue  # 'Liège, 2 et 3 décembre 2026.': a place and its days are an event's
        if (
            mention.year_given
            and (
                (_place_before(before) and _DATELINE_AFTER.match(after))
                or (_STAMP_BEFORE.search(before) and _STAMP_AFTER.match(after))
                # an e-mail's header: 'Date: Tue, 2 Mar 2027 08:03:17 +0000'
                or (_MAIL_HEADER.search(before) and _MAIL_TIME.match(doc, mention.end))
                # the day it was published, leading a line: 'February 17, 2027' on its own,
                # '05/05/2027 – Con la firma del 3 maggio ...' before the story
                or (
                    published is not None
                    and mention.first() == published
                    and not mention.is_range
                    # ('Monday 8 March 2027', 'Le 10 décembre 2027 —', 'Update, 17 February 2027:')
                    and (_LINE_START.search(before) or _LINE_OPENING.search(before))
                    and (
                        _STAMP_AFTER.match(after)
                        or _LEADS.match(doc, mention.end)
                        or _STAMP_CLOSE.match(after)
                    )
                )
                # or ending a line after a place: 'Valladolid, 12/06/2013' over the story
                or (
                    published is not None
                    and mention.first() == published
                    and _place_before(before)
                    and not after.strip(" \t")[:1].isalnum()
                )
            )
        ):
            return mention
    return None


_OPENING_READ = 160  # characters of the text in which a report names the day it tells of


def _opening_told_as_past(
    mentions: list[Mention],
    contexts: list[tuple[str, str]],
    title_length: int,
    published: dt.date | None,
) -> int | None:
    """The index of the text's first date when it opens the text, is behind the publication
    and is told in the past; else None."""
    if published is None:
        return None
    for index, mention in enumerate(mentions):
        if mention.start <= title_length:
            continue  # the title's own dates
        day = mention.last()
        if mention.start > title_length + _OPENING_READ or day is None or day >= published:
            return None
        if _HISTORY_OPENED.search(contexts[index][0]):
            return None  # 'After a successful first edition in Graz last year (10-11 June 2026)'
        return index if _told_as_past(contexts[index]) else None
    return None


# A sentence about an earlier edition, up to the date it gives: history, not what is reported.
_HISTORY_OPENED = fast_compile(
    r"(?:^|[.!?\n]\s*)(?:" + HISTORY_OPENERS + r")\b[^.!?]*$", re.IGNORECASE
)


def _told_as_past(context: tuple[str, str]) -> bool:
    """'80 managers met in Lyon on 12 March', 'la rencontre du 12 mars a réuni': the verb beside
    the date is past, and none beside it is future."""
    before, after = context
    near = f"{before[-60:]} {after}"
    return bool(_PAST_FORMS.search(near)) and not _FUTURE_FORMS.search(near)


def _deadline_confidence(
    doc: str, chosen: Mention | None, scored: list[tuple[Mention, float]], kind: str
) -> tuple[float, str | None]:
    """How sure the choice of deadline is (0..1), and the words of the text it came from.

    Sure: a strong cue, a year written, no rival date as strongly cued. Unsure: a bare cue,
    a year guessed, or another date with as good a claim.
    """
    if chosen is None:
        return 0.0, None
    score = next(s for m, s in scored if m is chosen)
    threshold = _DEADLINE_THRESHOLD[kind]
    rivals = [
        m
        for m, s in scored
        if m is not chosen
        and s >= max(threshold, score - 1)
        and m.last() != chosen.last()
        and m.last() is not None
    ]
    sure = min(1.0, 0.45 + 0.08 * (score - threshold))
    sure -= 0.0 if chosen.year_given else 0.15
    sure -= 0.15 * min(2, len(rivals))
    return round(max(0.05, min(0.95, sure)), 2), _evidence(doc, chosen)


# Where a clause starts: after a sentence's full stop (not that of 'p.m.', '31.', 'J.'), a
# semicolon, a line, a table cell, or a label's colon.
_CLAUSE_START = fast_compile(
    r"[;!?\n|]\s*|(?<![ap]\.m)(?<!\s\d)(?<!\s\d\d)(?<!\b[A-Z])\.\s+(?=[A-ZÀ-Ý])|:\s+(?=[^\d\s])"
)
_CLAUSE_END = fast_compile(r"[;!?\n|]|(?<![ap]\.m)(?<!\s\d)(?<!\s\d\d)(?<!\b[A-Z])\.(?:\s|$)")
_TIME_WRITTEN = fast_compile(r"\d{1,2}\s*(?:[:.h]\s*\d{2}|[ap]\.?m\b)|noon|midi|midnight", re.I)


def _evidence(doc: str, mention: Mention) -> str:
    """The words a date was read from: its clause up to the date, the date, its time."""
    before = doc[max(0, mention.start - 80) : mention.start]
    starts = list(_CLAUSE_START.finditer(before))
    if starts:
        before = before[starts[-1].end() :]
    elif mention.start > 80:
        before = before.split(" ", 1)[-1]
    after = doc[mention.end : mention.end + 40]
    stop = _CLAUSE_END.search(after)
    if stop:
        after = after[: stop.start()]
    elif mention.end + 40 < len(doc):
        after = after.rsplit(" ", 1)[0]
    date = doc[mention.start : mention.end]
    span = before + date + (after if _TIME_WRITTEN.search(after) else "")
    span = " ".join(span.split())
    return span.rstrip(".,;: ") if not span.endswith(("a.m.", "p.m.")) else span


def _context(doc: str, mentions: list[Mention], index: int) -> tuple[str, str]:
    mention = mentions[index]
    lower_bound = mentions[index - 1].end if index else 0
    start = max(lower_bound, mention.start - _BEFORE)
    before = doc[start : mention.start]
    ends = [
        end
        for end in _SENTENCE_END.finditer(shadow(before))
        if end.group() != "\n"
        or not _RUNS_ON.search(before, 0, end.start())
        or _LIST_ITEM.match(before, end.end())
    ]
    if ends:
        before = before[ends[-1].end() :]
    upper_bound = mentions[index + 1].start if index + 1 < len(mentions) else len(doc)
    after = doc[mention.end : min(upper_bound, mention.end + _AFTER)]
    if doc[mention.end - 1] == "." and _NEXT_SENTENCE.match(after):
        return before, ""  # 'Friday 8 August. Early registration ...': its full stop is its own
    stop = _SENTENCE_END.search(shadow(after))
    if stop:
        after = after[: stop.start()]
    return before, after


_NEXT_SENTENCE = re.compile(r"\s+[A-ZÀ-Ý]")
# A line that ends in a word no sentence ends with runs on to the next: text copied from a PDF
# or a feed breaks lines where the page was narrow ('must be submitted no later than' / '12
# March 2027', 'bis spätestens' / '15.01.2028', 'fino alle' / 'h. 12:00 del 15 genn. 2027').
_RUNS_ON = folded_compile(
    # ('Q&A', 'R&D' end with no preposition)
    r"(?:(?<![&'’])\b(?:" + "|".join(RUN_ON_WORDS) + r")|:)[ \t]*\Z",
    re.IGNORECASE,
)
# (but an item of a list, after a bullet or a number, is a clause of its own: '… dalle 14:30
# alle 18:30:' / '– lunedì 5 ottobre')
_LIST_ITEM = re.compile(r"[ \t]*(?:[-–—•*·▪►▸▹➢➤→]|\d{1,2}[.)]\s)")


_CELL = re.compile(r"\s*(?:\||\t)\s*")
_STATUS_CELL = re.compile(
    r"(?:^|(?<=\|)|(?<=\t))\s*(?:open|closed|upcoming|passed|ouvert|clôturé|à\s+venir|offen"
    r"|geschlossen|abgelaufen|abierto|cerrado|aperto|chiuso|in\s+corso|done|completed|ongoing"
    r"|erledigt|terminé|concluso|concluido)[ \t]*(?=\||\t|$)",
    # (a row's last cell ends at its line's end: 'Research projects\t2 Nov 2026\t19 Jan 2027\topen')
    re.IGNORECASE | re.MULTILINE,
)


_BRACKETS = re.compile(r"\([^)]*\)")
_NAMES_ITSELF = re.compile(r"[^\W\d_]{3,}")
# A table copied as text with its columns lined up by spaces: 'Cycle   Application deadline
# Decision' over '2       June 4, 2025           September 2025'. Its cells are parted by two
# spaces or more; a page with two words so far apart may hold one, so its headers are looked
# for (a page without such a gap, bars or tabs is spared the search).
_SPACED_CELL = re.compile(r"[ \t]{2,}")
_WIDE_GAP = re.compile(r"\S {2,}\S")


def _cells_of(line: str) -> re.Pattern[str]:
    """What parts a table line's cells: bars or tabs where it has them, else wide spaces."""
    return _CELL if "|" in line or "\t" in line else _SPACED_CELL


def _own_cell(doc: str, mention: Mention, cell: re.Pattern[str]) -> str:
    """The words of a date's table cell beside the date, asides in brackets left out; ``cell``
    is what parts the line's cells (bars or tabs, or wide spaces)."""
    line_start = doc.rfind("\n", 0, mention.start) + 1
    line_end = doc.find("\n", mention.end)
    line_end = len(doc) if line_end == -1 else line_end
    gaps_before = list(cell.finditer(doc, line_start, mention.start))
    start = gaps_before[-1].end() if gaps_before else line_start
    gap_after = cell.search(doc, mention.end, line_end)
    words = (
        doc[start : mention.start]
        + " "
        + doc[mention.end : gap_after.start() if gap_after else line_end]
    )
    return _BRACKETS.sub(" ", words)


# A time of day in a date's cell, with its clock: '15.09.2018, 23:59:59 Uhr', '12:00 CET'
# say when on the day, not what the date is.
_CELL_CLOCK = re.compile(
    r"\d{1,2}(?:(?:[:.h]\d{2}){1,2}\s*(?:uhr\b|h\b|hrs\b|horas\b|heures\b|[ap]\.?m\.?)?"
    # (a whole hour with its word: '31.01.2018, 15 Uhr', '4 p.m.', '17 h')
    r"|\s*(?:uhr|h|hrs|horas|heures)\b|\s*[ap]\.?m\b\.?)"
    r"(?:\s*(?-i:[A-Z]{2,5})\b)?",
    re.IGNORECASE,
)


_RULE_ROW = re.compile(r"\s*\|?(?:\s*:?-{3,}:?\s*\|)+\s*(?::?-{3,}:?\s*)?")


def _table_headers(doc: str, mentions: list[Mention]) -> dict[int, tuple[str, str]]:
    """Dates in a table row of dates, with the header cell of their column as their label.

    'Abstracts | Full papers | Notification' over '15 March 2026 | 30 April 2026 | 1 June 2026':
    each date is what its column's header says. A row that labels its own dates ('20 Feb 2026 |
    Paper submission deadline') is left to the label beside the date.
    """
    lines: list[tuple[int, int]] = []
    position = 0
    for line in doc.split("\n"):
        lines.append((position, position + len(line)))
        position += len(line) + 1
    on_line: dict[int, list[int]] = {}
    number = 0
    for index, mention in enumerate(mentions):
        while number < len(lines) and lines[number][1] < mention.start:
            number += 1
        on_line.setdefault(number, []).append(index)
    found: dict[int, str] = {}
    for number, indexes in on_line.items():
        above = number - 1
        while above in on_line and _cells_of(line := doc[lines[above][0] : lines[above][1]]).search(
            line.strip()
        ):
            above -= 1  # rows of dates one under another share the header over the first
        if above >= 0 and _RULE_ROW.fullmatch(doc[lines[above][0] : lines[above][1]]):
            above -= 1  # '|---|---|' under a Markdown table's header
        if number == 0 or number >= len(lines) or above < 0 or above in on_line:
            continue  # no row above, or the row above holds dates: no header
        start, end = lines[number]
        row = doc[start:end]
        cell = _cells_of(row)
        cells = cell.split(row.strip(" |"))
        if row.rstrip().endswith("|") and not row.lstrip().startswith("|"):
            cells.append("")  # ('2 | 12 April 2028 |': its last cell is empty, not missing)
        if len(cells) < 2:
            continue
        pieces, last = [], start
        for index in indexes:
            pieces.append(doc[last : mentions[index].start])
            last = mentions[index].end
        pieces.append(doc[last:end])
        # ('(closed)' beside a date is an aside; a row's status cell, '\topen', says where the
        # step stands today, not what its dates are)
        words = _BRACKETS.sub(" ", _STATUS_CELL.sub("", " ".join(pieces)))
        heads = cell.split(doc[lines[above][0] : lines[above][1]].strip(" |"))
        if above > 0 and above - 1 not in on_line:
            # a header in two rows, its first group over the first columns: 'Application Due
            # Dates | Review and Award Cycles' over 'New | Renewal | … | Earliest Start Date'
            groups = _CELL.split(doc[lines[above - 1][0] : lines[above - 1][1]].strip(" |"))
            if 1 < len(groups) < len(heads) and _cue_score(groups[0], _DEADLINE_CUES) > 0:
                heads[0] = f"{groups[0].strip()} {heads[0].strip()}"
        labelled = _cue_score(words, _DEADLINE_CUES) or _cue_score(words, _EVENT_CUES)
        if len(heads) != len(cells):
            continue  # (a row that says what its dates are keeps its words beside them)
        # A row that names what its dates are ('Presentación de solicitudes | 01/02 | 02/03'
        # under 'Fase | Fecha inicio | Fecha fin') reads each with its column's header.
        row_label = " ".join(words.split()) + " " if labelled else ""
        if not labelled and _ORDINAL_CELL.fullmatch(cells[0]) and heads[0].strip():
            # a row numbered under a header naming what it counts ('Cut-off | Date' over '2 |
            # 12 April 2028'): the row is 'Cut-off 2'
            row_label = f"{heads[0].strip()} {cells[0].strip()} "
        lead = len(row) - len(row.lstrip(" |"))
        for index in indexes:
            offset = mentions[index].start - start - lead
            column = len(cell.findall(row[lead : lead + max(0, offset)]))
            own = _CELL_CLOCK.sub(" ", _own_cell(doc, mentions[index], cell))
            if column >= len(heads) or _NAMES_ITSELF.search(own):
                continue  # the cell says what its date is; 'Round 1' in its own labels the row
            found[index] = (row_label.strip(), heads[column].strip())
    return found


_ORDINAL_CELL = re.compile(
    r"\s*(?:\d{1,2}(?:st|nd|rd|th|\.|ª|º|°|e|er)?|[IVX]{1,4})\s*", re.IGNORECASE
)


# A line that is an item of a list and nothing else: '• 16 September 2026', '- 20 January'.
# (the marks of a list: dots, dashes, triangles and arrows, '1)', '2.')
_BULLET = re.compile(r"^[ \t]*(?:[•·▪‣◦*–—▸►▹➢➤→-]|\d{1,2}[.)])?[ \t]*$")  # (or indented alone)
_ITEM_REST = re.compile(r"^[\s,;.]*$")
_QUALIFIED_ITEM = re.compile(r"[ \t]*[—–-][ \t]+(?:for|pour|für|per|para)\b", re.IGNORECASE)
_DATE_OPENS = re.compile(
    r"[ \t]*(?:[•·▪‣◦*▸►▹➢➤→–—-][ \t]*)?\d{1,2}(?:st|nd|rd|th|er)?\.?\s+[^\W\d_]"
)
_WINDOW_NOUN = re.compile(
    r"\bwindows?\b|\bfenêtres?\b|\bfinestr[ae]\b|\bsportell[oi]\b|\bventanillas?\b|fenster\b"
    r"|\bperiods?\b|\bpériodes?\b|\bperiod[oi]\b|\bperiodos?\b|zeitr(?:a|ä)ume?\b",
    re.IGNORECASE,
)
_HEADER_END = re.compile(r":\s*$")
_ITEM = re.compile(r"^[ \t]*(?:[•·▪‣◦*–—▸►▹➢➤→-]|\d{1,2}[.)])\s")


# A row's own label before its date: 'Round 2 – ', 'Intern: ', 'Runde 1: ', 'Fase 2 - '.
# (or a table's first cell, '| Non-EU/EEA students | ', or a step by its ordinal, '1ª finestra: ')
_ROW_LABEL = re.compile(
    r"[ \t]*(?:[•·▪*|–—-]\s*)?(?:\d{1,2}(?:ª|º|°|st|nd|rd|th|\.)\s*)?"
    # (or dot leaders: 'Batch 2 ....... 31 January 2027')
    r"[^\W\d_][\w .()/-]{0,28}?\s*(?:[:|–—-]|\.{3,})\s*"
    r"(?:(?i:del|du|from|vom|dal)\s+)?"  # ('Primera fase: del 3 al 24 de mayo')
)
_HEADING = 60  # characters: a heading line over rows
_HEADING_ANNOUNCING = 120  # characters: a line ending with a colon over rows
_ROW_LABEL_LENGTH = 40  # characters: the most a row's own label before its date can be


def _heading_over(doc: str, mentions: list[Mention], line_start: int) -> tuple[int, int]:
    """Where the heading over a block of dated lines is: the first line above the line that
    starts at ``line_start`` holding no date, blank lines skipped; an end of 0 or less when
    the block reaches the top."""
    end = line_start - 1
    while end > 0:
        start = _line_start(doc, end)
        if not any(start <= m.start < end for m in mentions):
            break  # the first line above that is no row
        if doc[start:end].rstrip().endswith(":"):
            # a line announcing its rows with a colon heads them, whatever date it names
            # ('Application deadlines for the programme starting on 2 September 2024:')
            break
        end = start - 1
    heading_start = _line_start(doc, end)
    while end > 0 and _RULE_LINE.fullmatch(doc, heading_start, end):
        # (a blank line may stand between the heading and its rows, or the heading's underline:
        # 'Important dates (23:59 UTC-12)' over '-----')
        end = heading_start - 1
        heading_start = _line_start(doc, end)
    return heading_start, end


_RULE_LINE = re.compile(r"[ \t]*(?:[-=_*~#][ \t]*)*")


def _headed_rows(
    doc: str, mentions: list[Mention], contexts: list[tuple[str, str]]
) -> dict[int, str]:
    """Rows labelled by a word that says nothing of a limit ('Round 2 – 31 March 2027') under a
    heading that does ('Application rounds', 'Fristen'): each row's index, with the heading."""
    found: dict[int, str] = {}
    for index, mention in enumerate(mentions):
        line_start = _line_start(doc, mention.start)
        if not 0 < mention.start - line_start <= _ROW_LABEL_LENGTH:
            continue
        label = doc[line_start : mention.start]
        line_end = doc.find("\n", mention.end)
        rest = doc[mention.end : len(doc) if line_end == -1 else line_end]
        # (or a bullet alone, its item going on after the date: '• 1 March, 12:00 UTC — for
        # Semester A' under 'Proposal cut-offs'; a bare item is its header's, see _list_headers)
        bulleted = bool(label.strip() and _BULLET.match(label) and not _ITEM_REST.match(rest))
        if not label.strip() or not (bulleted or _ROW_LABEL.fullmatch(label)):
            continue
        if _cue_score(label, _DEADLINE_CUES) < 0:
            continue  # 'Notification: …': the row says what its date is
        # ('Full and short papers: 24 January' under 'Tracks and deadlines (all 23:59 AoE)' is
        # as much one of its deadlines as 'Posters and demos: 6 March' is)
        heading_start, end = _heading_over(doc, mentions, line_start)
        heading = doc[heading_start:end] if end > 0 else ""
        if (
            heading_start > 0  # (the title is no heading of rows: 'Actualité – 24 février')
            and heading.strip()
            # (a sentence that announces its rows with a colon may be longer: 'Le domande
            # possono essere presentate nelle seguenti finestre temporali:')
            and len(heading)
            <= (_HEADING_ANNOUNCING if heading.rstrip().endswith(":") else _HEADING)
            and not _SENTENCE_END.search(heading.rstrip(" :"))
            and _cue_score(heading, _DEADLINE_CUES) > 0
        ):
            found[index] = heading.strip().rstrip(":")
    return found


_LABEL_LINE = re.compile(r"[^\W\d][^\d\n.!?:;|]{2,38}")
# (with the little words of a window: 'Del 9 al 27 de enero de 2023, ambos inclusive.')
_DATES_ALONE = re.compile(
    r"[\s,;|–—•·▪‣◦*▸►▹➢➤→-]*(?:(?:del|du|from|vom|dal|de|desde(?:\s+el)?)\s+)?"
    r"(?:ambos\s+inclusive|inclus(?:e|es)?|inclusive|included|incluso|compresi)?[\s.,;]*",
    re.IGNORECASE,
)


def _lines_of_dates(doc: str, mentions: list[Mention]) -> frozenset[int]:
    """Where the lines start that hold dates and nothing else but separators, the little
    words of a window and asides in brackets ('15 January | 15 April', 'Del 9 al 27 de enero
    de 2023, ambos inclusive.'). Read once a page, line by line."""
    lines: dict[int, list[Mention]] = {}
    for mention in mentions:
        lines.setdefault(_line_start(doc, mention.start), []).append(mention)
    found = []
    for line_start, on_line in lines.items():
        line_end = doc.find("\n", on_line[-1].end)
        line_end = len(doc) if line_end == -1 else line_end
        pieces, last = [], line_start
        for other in on_line:
            pieces.append(doc[last : other.start])
            last = other.end
        # (a clause after a semicolon says more of the same dates: 'Del 2 al 23 de febrero de
        # 2028, ambos inclusive; el último día el plazo finalizará a las 14:00 horas.')
        pieces.append(doc[last:line_end].split(";", 1)[0])
        if all(_DATES_ALONE.fullmatch(_BRACKETS.sub("", piece)) for piece in pieces):
            found.append(line_start)
    return frozenset(found)


def _label_lines(
    doc: str, mentions: list[Mention], lines_of_dates: frozenset[int]
) -> dict[int, str]:
    """Lines of nothing but dates (and their times in brackets) under a short line of words
    with no colon, as pages set a label over its value ('Submission period', 'Winners
    announced'): each date by its index, with that line."""
    found: dict[int, str] = {}
    for index, mention in enumerate(mentions):
        line_start = _line_start(doc, mention.start)
        if line_start == 0:
            continue  # (the title has no line above)
        if line_start not in lines_of_dates:
            continue
        above_start = _line_start(doc, line_start - 1)
        above = doc[above_start : line_start - 1].strip()
        if above_start > 0 and _LABEL_LINE.fullmatch(above):
            found[index] = above
    return found


def _list_headers(
    doc: str, mentions: list[Mention], lines_of_dates: frozenset[int]
) -> dict[int, tuple[str, int]]:
    """Dates that are bare items of a list under a header line ending with a colon ('The
    proposals are assessed at three cut-offs, at 17:00 CET:' then '• 20 May 2026' ...): each
    item, by the index of its date, with the header's text and where the header starts."""
    found: dict[int, tuple[str, int]] = {}
    for index, mention in enumerate(mentions):
        line_start = _line_start(doc, mention.start)
        line_end = doc.find("\n", mention.end)
        line_end = len(doc) if line_end == -1 else line_end
        bare = _BULLET.match(doc[line_start : mention.start]) and _ITEM_REST.match(
            doc[mention.end : line_end]
        )
        # (or a row of dates and nothing else: '15 January | 15 April | 15 July | 15 October')
        row = not bare and line_start in lines_of_dates
        # (or a line the date opens, its words after a dash saying whom it is for: '1 April —
        # for residencies starting in June', under 'Application deadlines')
        qualified = (
            not (bare or row)
            and _BULLET.match(doc[line_start : mention.start])
            and _QUALIFIED_ITEM.match(doc, mention.end, line_end)
        )
        if not (bare or row or qualified):
            continue  # the item says what its date is: its own words speak
        # the header is the first line above that is no item of the list, nor blank: a blank
        # line may stand between the header and its row or first item ('Full Proposal
        # Deadline(s):', a blank line, then '     July 21, 2010'), or between items, marked or
        # bare ('   January 15, 2027' over '   April 15, 2027')
        end = line_start - 1
        start = _line_start(doc, end)
        while end > 0 and (
            not doc[start:end].strip()
            or _ITEM.match(doc[start:end])
            or (bare and start in lines_of_dates)
            or (qualified and _DATE_OPENS.match(doc, start, end))
        ):
            end = start - 1
            start = _line_start(doc, end)
        header = doc[start:end] if end > 0 else ""
        if qualified:
            # (only under a short heading that names a limit)
            if (
                start > 0
                and header.strip()
                and len(header) <= _HEADING
                and not _SENTENCE_END.search(header.rstrip(" :"))
                and _LIMIT_NOUN.search(header)
            ):
                found[index] = (header, start)
            continue
        if (
            _HEADER_END.search(header)
            or (
                # (or a heading with no colon that names a limit, over a list whose items are marked
                # as such: 'Cut-off dates (17:00:00 Brussels time)' over '• 6 March 2029')
                start > 0
                # (or over a line of dates alone, under a label of a few words: 'Plazo de
                # presentación' over 'Del 2 al 23 de febrero de 2028, ambos inclusive')
                and (
                    _ITEM.match(doc[line_start : mention.end])
                    or (row and _LABEL_LINE.fullmatch(header.strip()))
                )
                and header.strip()
                and len(header) <= _HEADING
                and not _SENTENCE_END.search(header.rstrip())
                # (or a window's, over windows: 'Fenêtres de dépôt 2027' over '▸ du 1er au 31
                # mars 2027')
                and (
                    _LIMIT_NOUN.search(header) or (mention.is_range and _WINDOW_NOUN.search(header))
                )
            )
        ):
            found[index] = (header, start)
    return found


def _found(text: str, cues: Cues) -> list[tuple[object, float]]:
    """The cues of a table present in ``text``: case-insensitive ones looked for in its lower
    case, once lowered, which is faster than asking the engine to ignore case."""
    if isinstance(cues, CueTable):
        return cues.present(text)  # a whole table: one scan finds where its cues are
    low = text.lower()
    if len(low) != len(text):
        return [(pattern, weight) for pattern, weight in cues if pattern.search(text)]
    return [
        (pattern, weight)
        for pattern, weight in cues
        if (pattern.folded.search(low) if isinstance(pattern, _Lowered) else pattern.search(text))
    ]


def _cue_score(text: str, cues: Cues) -> float:
    return sum(weight for _, weight in _found(text, cues))


# 'DATE: what', 'DATE | what' (a table row), 'DATE - what' (a timeline line).
_LABEL = fast_compile(
    # (a time, and its zone in brackets, may stand between the date and its label: '15.09.2026,
    # 12h00 (heure suisse) : dépôt des esquisses')
    # ('17:00:00 Brussels time': the seconds' colon is no label's)
    # (or after a preposition of the hour: 'mardi 12 octobre 2027 à 12h (heure de Paris) :')
    # (and a weekday in brackets, a clock of twelve hours: '30 Sep 2027 (Thu), 3pm SGT –')
    r"^\s*(?:\([^)\d]{0,12}\)\s*)?"
    r"(?:(?:[-–]|,|(?<=\s)(?:à|at|um|alle|a\s+las))\s*"
    r"\d{1,2}(?:(?:[:.h]\d{2}(?::\d{2})?|h)(?:\s*[ap]\.?m\.?)?|\s*[ap]\.?m\.?)"
    # (the hours of a session, or a clock named by its place: '10:00–11:30:', '17:00 Brussels
    # time:')
    r"(?:\s*[-–]\s*\d{1,2}[:.h]\d{2})?"
    r"(?:\s*[A-Za-z]{2,5}|\s+[A-Z][a-z]+(?:\s+local)?\s+time)?\s*"
    r"(?:\([^)]{0,30}\)\s*)?)?"
    r"(?::(?!\d)|\||\t|\s[-–—]{1,2}\s+(?=[^\W\d]))"
)


# Where the date opens a line or an item of a list run on in one line ('10 February – call
# opens; 10 March – deadline for applications'): nothing before it but the previous item's end.
_OPENS_ITEM = re.compile(r"(?:^|[;|])\s*$")


def _without_time_and_weekday(before: str) -> str:
    """``before`` cut where a weekday or a time of day starts the words that end it."""
    # (only the end of the clause is read: a pattern anchored at the end, searched from every
    # place of a long clause, was a twentieth of extraction)
    if not _may_end_with_time_or_weekday(before):
        return before
    start = max(0, len(before) - _TAIL_READ)
    tail = _TIME_AND_WEEKDAY.search(before, start)
    if tail is None:
        return before
    token = _TIME_OR_WEEKDAY_TOKEN.search(before, tail.start())
    return before[: token.start()] if token else before


def _may_end_with_time_or_weekday(before: str) -> bool:
    """Whether ``before``, but for its last spaces, ends as ``_TIME_AND_WEEKDAY`` can: in a
    comma, a point, a digit, 'am'/'pm', or one of its words whole. (Most clauses end in
    other words, 'deadline:', 'until'; the pattern, anchored at the end, is tried from every
    place of the clause before it can tell.)"""
    end = len(before.rstrip())
    if end == 0:
        return False
    last = before[end - 1]
    if last in ",.mM" or last.isdigit():
        return True
    start = end
    while start and (before[start - 1].isalnum() or before[start - 1] == "_"):
        start -= 1  # (the word characters of the engine's '\b')
    word = before[start:end]
    # (a word of other scripts or with digits is left to the pattern: its case rules differ)
    return bool(word) and (
        not (word.isascii() and word.isalpha()) or word.lower() in _ENDS_OF_TIME_AND_WEEKDAY
    )


def _score(context: tuple[str, str], cues: Cues) -> float:
    before, after = context
    # In a timeline ('DATE: what happens') the label after a date is all that speaks of it, and
    # the text before it is the previous line's label; in prose, the words before a date govern
    # it and what follows belongs to the next date.
    label = _LABEL.match(after)
    # A label after a dash or a bar speaks of the date only where the date opens its line.
    if label and (label.group(0).endswith(":") or _OPENS_ITEM.search(before)):
        labelled = 2 * _cue_score(after, cues)
        if labelled or not before.strip():
            return labelled
        # 'chiuso il 30 settembre: 28 progetti ammessi': prose with a colon, the label silent.
    found = _found(before, cues)
    if not found:
        return 0.0
    # The words right before the date count twice; only a cue of the clause can be among them.
    # (A weekday or a time of day between them and the date does not put them further away:
    # 'entro le ore 12:00 di giovedì 15 aprile', 'jusqu'au jeudi 28 janvier'.)
    nearest = _without_time_and_weekday(_BRACKETS.sub("", before))[-_NEAREST:]
    return sum(w for _, w in found) + sum(w for _, w in _found(nearest, found))


# The words of an event happening, right before its date: 'which will take place on'.
_HAPPENING = fast_compile(
    r"take[sn]?\s+place|will\s+be\s+held|held\s+(?:in|on|at)|findet|stattfind|se\s+tiendr(?:a|ont)"
    r"|se\s+dérouleront"
    r"|aur(?:a|ont)\s+lieu|se\s+déroulera|se\s+celebrar|se\s+desarrollar|tendr[áa]n?\s+lugar|si\s+svolger"
    r"|si\s+terr[àa]|avr(?:à|anno)\s+luogo"
)


# What the organisers cancel when too few have registered by a date: 'Workshops with fewer than
# eight participants by 15 May will be cancelled', 'Seminare, die bis zum 29. April nicht mehr als
# sechs Anmeldungen haben, werden abgesagt'. The verb closes the sentence after the date.
_CANCELLED = fast_compile(
    r"cancel(?:l?ed|led)\b|abgesagt|annul(?:é|e)e?s?\b|annullat[oaie]\b|cancelad[oa]s?\b"
    r"|anulad[oa]s?\b|storniert|entfall(?:en|t)\b"
)
_CANCEL_READ = 140  # characters after a date read for the verb that cancels
_CANCEL_STEMS = ("cancel", "abgesagt", "annul", "anulad", "storniert", "entfall")


_STRUCK = re.compile(r"~~[^~\n]+~~")
# What stands between a struck date and the one replacing it: the strike's end, an arrow.
_REPLACES_STRUCK = re.compile(r"[^~\n\d]{0,6}~~[ \t]*(?:→|->|=>|⇒)?[ \t]*(?:\*\*)?")


def _struck(doc: str, mentions: list[Mention]) -> frozenset[int]:
    """The dates a Markdown page has struck through: no longer what they were."""
    if "~~" not in doc:
        return frozenset()
    spans = [(m.start(), m.end()) for m in _STRUCK.finditer(doc)]
    return frozenset(
        i for i, m in enumerate(mentions) if any(s < m.start and m.end < e for s, e in spans)
    )


def _cancelled(doc: str, mention: Mention) -> bool:
    """Whether the sentence a date sits in cancels something by it: a threshold, no deadline.
    (The verb comes after the date, in lower case, so the text is read as written.)"""
    after = doc[mention.end : mention.end + _CANCEL_READ]
    if not any(stem in after for stem in _CANCEL_STEMS):
        return False  # (a few plain searches are cheaper than the pattern on every date)
    verb = _CANCELLED.search(after)
    if verb is None:
        return False
    stop = _SENTENCE_END.search(shadow(after))
    return stop is None or verb.start() < stop.start()


# German puts the verb last: 'Die Ausschreibung wurde am 31. Januar geschlossen'.
_CLOSED_AFTER = fast_compile(
    r"^\s*(?:,?\s*\d{1,2}[:.]\d{2}\s*uhr\s*)?(?:geschlossen|beendet|abgelaufen"
    # the verb in the past, closing a clause: 'die Ausschreibung, die am 15. September endete'
    r"|endete|ablief|auslief|zu\s+ende\s+ging|zu\s+ende\s+gegangen)\b",
    re.I,
)
_CLOSED_AFTER_WEIGHT = 4.0
_INFO_LABEL = 40  # characters before a date read for the name of an info session
# (The patterns read for every date that only tell whether they match run on the lower-cased
# clause: asked to ignore case, the engine was ten times slower on them.)
# An info session named right before its date: 'due incontri di presentazione online, il'.
_INFO_NEAR = folded_compile(
    r"(?:" + INFO_SESSION_WORDS + "|" + _FOR_APPLICANTS + r")(?:[\s,]*(?:[^\s,]+[\s,]+){0,2}?"
    r"(?:il|le|la|on|am|el|du|del|the|dal|vom)?\s*$"
    # or said to be held then: 'A briefing webinar for potential applicants will be held on'
    r"|[^.;]{0,40}?\b(?:will\s+be\s+held|is\s+held|takes\s+place|will\s+take\s+place"
    # ('Un webinar di presentazione si terrà il', 'une réunion d'information aura lieu le')
    r"|si\s+terr[àa]|si\s+svolger[àa]|avr[àa]\s+luogo|aura\s+lieu|se\s+tiendra|se\s+déroulera"
    r"|tendr[áa]\s+lugar|se\s+celebrar[áa]|se\s+realizar[áa])"
    r"\s+(?:on\s+|il\s+|le\s+|el\s+)?$)",
    re.IGNORECASE,
)
# (but what closes right before the date is no session's: 'the topics presented at the info day
# close on 18 February', 'die beim Infotag vorgestellten Ausschreibungen enden am')
_CLOSES_RIGHT_BEFORE = fast_compile(
    r"\b(?:close[sd]?|closing|ends?|endet|enden|schließt|schließen|clôtur\w*|ferme(?:nt|ra)?"
    r"|chiud\w*|cierra[n]?|cerrará[n]?)\s+(?:on\s+|am\s+|le\s+|il\s+|el\s+)?$",
    re.IGNORECASE,
)
# Registering for the session by a date: its limit, not its day ('Register for the webinar by').
_REGISTER_FOR_SESSION = folded_compile(
    r"(?:regist\w*|sign\s+up|inscri\w*|anmeld\w*|iscri\w*)\s+(?:\w+\s+){0,3}?(?:"
    + INFO_SESSION_WORDS
    + r")\w*\s+(?:by|until|before|bis|avant|entro|hasta|antes)\b",
    re.IGNORECASE,
)
# An optional step said after its date, in the same clause: 'Entro il 10 marzo ... una
# pre-registrazione facoltativa', 'bis zum 1. März ist eine freiwillige Skizze möglich'.
_OPTIONAL_AFTER = folded_compile(OPTIONAL_WORDS + "|" + EARLY_RATE_WORDS, re.IGNORECASE)
# An info session's own label: the session named, a colon, perhaps a weekday, the date.
_INFO_LABELLED = folded_compile(
    # (or a table's row: '| Webinar di presentazione | lunedì 11 gennaio')
    r"(?:" + _INFO_SESSION.pattern + r")[^.;:|]{0,25}\s*[:|\t]\s*(?:[^\W\d_]+,?\s*)?$",
    re.IGNORECASE,
)  # that of a word for the deadline


def _in_brackets(context: tuple[str, str]) -> bool:
    """Whether a date stands inside brackets: '(deadline for matchmaking requests: 29 Jan)'."""
    before, after = context
    return before.rfind("(") > before.rfind(")") and after.lstrip().startswith(")")


def _deadline_score(context: tuple[str, str], mention: Mention) -> float:
    score = _deadline_score_of(context, mention)
    # an aside in brackets says less than the text around it: a side step's limit
    return score / 2 if score > 0 and _in_brackets(context) else score


# The day a page was updated, right before its date: 'UPDATE, February 12:', 'Last updated on
# 3 March', 'Mise à jour du 4 mai', 'Aktualisierung vom', 'Aggiornamento del'.
_UPDATE_STAMP = fast_compile(
    r"(?:^|\n)\W*(?:update[ds]?|last\s+updated|updated\s+on|mise\s+à\s+jour|aktualisiert"
    r"|aktualisierung|aggiornamento|aggiornato|actualización|actualizado"
    # or a correction's: 'Correction, 12 May 2027:', 'RETTIFICA del 6/9/2027:'
    r"|correction|corrigendum|berichtigung|rettifica|rectificatif|erratum|corrección)\W{0,3}"
    r"(?:(?:on|le|du|am|vom|del|el|al)\s+)?$",
    re.IGNORECASE,
)
_UPDATE_READ = 30  # characters before a date read for the word that stamps an update


def _deadline_score_of(context: tuple[str, str], mention: Mention) -> float:
    if _UPDATE_STAMP.search(context[0][-_UPDATE_READ:]):
        return 0.0  # 'UPDATE, February 12: abstract registration is now closed': the page's day
    near = context[0][-_TAIL_READ:]
    for_session = _REGISTER_FOR_SESSION.search(near) is not None
    if (
        not for_session
        and _INFO_NEAR.search(near)
        and not _STRONG.search(context[0][-_NEAREST:])
        and not _CLOSES_RIGHT_BEFORE.search(near)
    ):
        return 0.0  # 'due incontri di presentazione online, il 28 gennaio': the meeting's day
    if _OPTIONAL_AFTER.search(re.split(r"[,;.]", context[1], maxsplit=1)[0]):
        return min(0.0, _score(context, _DEADLINE_CUES))  # 'Entro il 10 marzo ... facoltativa'
    label = context[0][-_INFO_LABEL:]
    if (
        (":" in label or "|" in label or "\t" in label)
        and _INFO_LABELLED.search(label)
        and not (_STRONG.search(context[0]))
    ):
        return 0.0  # 'Webinar di presentazione: mercoledì 20 gennaio': the session's day
    closing = _CLOSING_CLAUSE.search(context[0], max(0, len(context[0]) - _CLOSING_CLAUSE_READ))
    until = None if closing else _UNTIL_CLAUSE.search(context[0])
    if until and _OPENED_BEFORE.search(context[0], 0, until.start()):
        # ('desde la publicación de estas bases hasta las 23:59 del'): a window opened before,
        # its end said right before the date. (Spanish only: 'from … until' and 'vom … bis' in
        # the probes as often tell the hours of a day or a platform's run.)
        closing = until
    if closing:
        # 'the system will be open from the publication of this call and will close on 26
        # March': the clause that closes is the date's, not the opening before it
        context = (context[0][closing.start() :], context[1])
    # before a range, words of opening open the window whose end is the limit: a table without
    # them ('a partire dalle ore 9:00 del 6 settembre ed entro le ore 12:00 del 30 settembre')
    score = _score(context, _RANGE_DEADLINE_CUES if mention.is_range else _DEADLINE_CUES)
    if for_session:
        score += _REGISTER_FOR_SESSION_WEIGHT  # 'Register for the webinar by': its limit
    stage = context[0][-_STAGE_READ:] if score > 0 else ""
    if stage and _FIRST_STAGE.search(stage):
        stage = _SENTENCE_START.split(stage)[-1]
        if _FIRST_STAGE.search(stage) and not _OPTIONAL_AFTER.search(stage):
            # ('Pre-proposals (recommended, not required) by 15 January': an optional step)
            score += _FIRST_STAGE_WEIGHT
    if _CLOSED_AFTER.match(context[1]):
        score += _CLOSED_AFTER_WEIGHT
    if mention.is_range:
        score += _score(context, _WINDOW_CUES)
        if mention.closes:
            score += _CLOSES_WEIGHT  # its end is said as a limit: 'ed entro le ore 12:00 del'
    else:
        # An opening speaks of the date it stands beside, not of one a clause later: 'template
        # available below) must reach the secretariat by 12:00 on 15 December'.
        # A limit named after the opening word is what the date is: 'the call is open with
        # three cut-off dates: 30 June, 31 October', 'ouvert ... date limite : 4 mars'.
        near = context[0][-_OPENING_NEAR:]
        limits = [m.end() for m in _LIMIT_NOUN.finditer(near)]
        score += _score((near[limits[-1] :] if limits else near, context[1]), _OPENING_CUES)
    if score > 0:
        # 'apply to organise a workshop during the Week, which will take place on 12–15
        # October': the clause nearest the date says what happens then, and no cue of a limit
        # in it makes it one; the cue further back is that of another date.
        near = context[0][-_NEAREST:].lower()
        if _HAPPENING.search(near) and not any(w > 0 for _, w in _found(near, _DEADLINE_CUES)):
            return 0.0
    return score


# The clause closing a window that the same sentence opened, right before its date: 'and will
# close on', 'et fermera le', 'e chiuderà il', 'y cerrará el', 'und schließt am'.
_CLOSING_CLAUSE = re.compile(
    r"\b(?:and|et|e|ed|y|und)\s+(?:will\s+(?:close|end)|closes|ends|(?:se\s+)?(?:fermera|clôturera"
    r"|terminera)|(?:si\s+)?(?:chiuderà|concluderà)|(?:se\s+)?(?:cerrará|finalizará)|schließt|endet)"
    r"\s+(?:on\s+(?:the\s+)?|le\s+|il\s+|el\s+|am\s+)?$"
    # ('desde el día siguiente a la publicación … y hasta las 14:00 horas del', 'from the
    # opening of the portal and until 17:00 CET on', 'e fino alle ore 12:00 del')
    r"|\b(?:and|et|e|ed|y|und)\s+(?:until|till|jusqu['’]\w*|fino\s+a\w*|hasta|bis)\b[^.;\n]{0,50}$"
    # (or a clause after a comma that says the call closed then: 'les résultats de l'appel
    # HORIZON-MSCA-2026-PF-01, clos le', 'the results of the call, which closed on')
    r"|,\s*(?:which\s+|that\s+)?(?:clos|close[sd]|chius[oa]|cerrad[oa]|geschlossen|closing)"
    r"\s+(?:on\s+(?:the\s+)?|le\s+|il\s+|el\s+|am\s+)?$",
    re.IGNORECASE,
)
_CLOSING_CLAUSE_READ = 70  # characters before a date read for the clause that closes
_UNTIL_CLAUSE = re.compile(r"\bhasta\b[^.;\n]{0,50}$", re.IGNORECASE)
# (opened by a time named in words: not 'desde el 1 hasta el 20 de marzo', one range, nor
# 'desde la web del clúster hasta el', a place)
_OPENED_BEFORE = re.compile(
    r"\bdesde\s+(?:el\s+día|la\s+(?:publicación|fecha|apertura)|el\s+momento|hoy|su\s+publicación)"
    r"[^\d]*$",
    re.IGNORECASE,
)
# The nouns of a limit: where one comes after a word of opening, the date is the limit.
_LIMIT_NOUN = fast_compile(
    _DEADLINE_WORD
    # or the verbs of one: 'the second open call, which closed on 30 June'
    + r"|\bclos(?:es|ed|ing)\b|geschlossen|\bendet\b|chius[oa]\b|\bcerr(?:ó|ad[oa])\b|clôtur\w+"
    # 'Applications: open now; the last date to apply is 31 August'
    r"|\blast\s+(?:date|day)\b",
    re.IGNORECASE,
)
# The first stage of a two-stage call, named before its date: the deadline, whichever stage is
# named more strongly ('Stage 1 (short proposals): 4 September', 'In der ersten Stufe sind
# Projektskizzen bis zum 15. Juli vorzulegen').
_FIRST_STAGE = fast_compile(
    r"\b(?:first|1st)[\s-](?:stage|step|phase)|\b(?:stage|step|phase)\s*(?:1|one|i)\b"
    r"|\berste[nrs]?\s+(?:stufe|phase|verfahrensstufe)|\bstufe\s*1\b"
    r"|première\s+(?:étape|phase)|\bétape\s*1\b|\bprima\s+fase|\bprimera\s+fase|\bfase\s*(?:1|i)\b"
    # or by what it asks for: 'Concept notes: 3 September', 'Outline proposals:'
    r"|\bconcept\s+notes?\b|\boutline\s+proposals?\b|\bpre-?proposals?\b|\bprojektskizzen?\b"
    r"|\bpré-?propositions?\b|\bpre-?propuestas?\b|\bpre-?propost[ae]\b",
    re.IGNORECASE,
)
_STAGE_READ = 120  # characters before a date read for the stage it closes, in its sentence
_SESSION_READ = 90  # characters before a date read for the session it is the day of
_SESSION_AFTER = 60  # characters after it, read for a session named right after the date
_SENTENCE_START = re.compile(r"(?<=[.!?])\s+(?=[A-ZÀ-Ý])")
_FIRST_STAGE_WEIGHT = 4.0


# A timeline's label that is the call's own name, with no word of a limit: 'Call for proposals
# (talks, posters): July 1st, 2013', 'Convocatoria de ponencias: 2 de marzo'. The call is
# published then; the date its proposals are due is another line's.
_CALL_LABEL = fast_compile(
    r"(?:\bcall\s+for|\bappel\s+à|\bconvocatoria\s+de|\bbando\s+per|\baufruf\s+(?:zur|für|zu))"
    r"\b[^:.;]{0,50}:\s*$"
)


def _call_opening(
    contexts: list[tuple[str, str]], scored: list[tuple[Mention, float]]
) -> list[tuple[Mention, float]]:
    """Dates labelled by the call's name alone are its opening, where another date is cued."""
    named = [
        i
        for i, (before, _) in enumerate(contexts)
        if scored[i][1] > 0
        and before.endswith((": ", ":"))
        and (label := _CALL_LABEL.search(before[-70:].lower()))
        and not _STRONG.search(label.group(0))
    ]
    if not named or not any(s >= _CUED for i, (_, s) in enumerate(scored) if i not in named):
        return scored
    return [(m, 0.0) if i in named else (m, s) for i, (m, s) in enumerate(scored)]


_LIST_GAP = re.compile(r"\s*(?:[,;|/]|and|or|et|und|oder|y|o|e|ou)\s*(?:[,;|]\s*)?", re.IGNORECASE)


def _inherit_in_lists(doc: str, scored: list[tuple[Mention, float]]) -> list[tuple[Mention, float]]:
    """Dates listed after a cued date ('Cut-offs: 10 Jan, 12 Mar and 14 May') share its cue."""
    result: list[tuple[Mention, float]] = []
    for mention, score in scored:
        if result:
            previous, previous_score = result[-1]
            gap = doc[previous.end : mention.start]
            # (a date its own words or its column call something else keeps what they say:
            # '| 1 December 2022 | 27 January 2023 |' under '| Deadline | Decisions by |')
            other_column = score < 0 and "|" in gap
            if score <= 0 < previous_score and _LIST_GAP.fullmatch(gap) and not other_column:
                score = previous_score
        result.append((mention, score))
    return result


_FROM = fast_compile(
    r"(?:\bfrom|\bvom|\bvon|\bdu|\bdal|\bdel|\bde|\bda)\s+(?:the\s+|le\s+|il\s+)?$", re.I
)
# A time of day, its zone in brackets, a weekday and 'on' between 'to' and the date it governs.
_SAID_WHEN = re.compile(
    r"\s+(?:\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?|h\b|uhr\b)|\([^)]{0,30}\)|on|am|le|el|il"
    r"|" + WEEKDAY_NAMES + r")(?=\s|,|$),?",
    re.IGNORECASE,
)
# The words between a date left and the one it is moved to, in one clause, with no 'from'
# before the first: 'The deadline of Friday 12 March 2027, 17:00 CET has been extended to
# Friday 2 April', 'the 15 March deadline has been postponed to', 'è stata prorogata al'.
_LEFT_FOR = re.compile(r"(?:[^.;:\n]|(?<=\d)[:.](?=\d)){0,60}")
_TO = fast_compile(
    r"^\s*(?:,?\s*\(?\d{1,2}[:.]\d{2}\s*[A-Za-z]{0,5}\)?,?\s*)?(?:to|auf(?:\s+den)?|au|à|al|a|hasta(?:\s+el)?"
    r"|until|till|jusqu'au|→|->)\s*(?:the\s+|le\s+|il\s+)?$",
    re.I,
)


# The noun of a line labelled as a limit, old or new: 'Neue Frist:', 'Previous closing date:'
# (its hour may come before its day: 'New closing date: 16:00 SAST, Friday, 9 October 2020').
_LIMIT_LABEL = (
    r"(?:frist|deadline|abgabefrist|einreichungsfrist|date(?:\s+limite|\s+de\s+clôture)?|scadenza"
    r"|fecha(?:\s+l[íi]mite)?|plazo|closing\s+date|stichtag|termine|clôture|chiusura|cierre)\s*:"
    # (its hour and clock before the day, a comma after them or not: '5pm AEDT Monday 15 March')
    r"(?:\s*\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?\s*(?:[a-z]{2,5}\b)?,?"
    # (or its hour first, as Italian says it: 'Nuovo termine: ore 18:00 del 16/01/2023')
    r"|\s*(?:ore|h\.?)\s*\d{1,2}(?:[:.]\d{2})?\s+del)?"
)


# A deadline moved to the date that follows: 'prorogata al', 'reportée au', 'verschoben auf'.
# Read in the few words before each date, not as a cue of every clause: the table's scan of
# each clause would try it at every 'a', 'p' and 'r'.
_MOVED_TO = re.compile(
    # ('has been pushed back one week, to Friday, September 20')
    r"(?:(?:moved|postponed|pushed\s+back|deferred|rescheduled|extended)"
    r"(?:\s+(?:by\s+)?(?:one|two|three|four|a|an|\d+)\s+(?:days?|weeks?|months?))?,?\s+(?:to|until)"
    r"|(?:prolong|report|repouss|décal|déplac)ée?s?\s+(?:au|jusqu'au)"
    r"|(?:verlängert|verschoben|verlegt)\s+(?:auf|bis)"
    r"|(?:prorogat|rinviat|posticipat|differit|spostat|slittat|prolungat)[oaie]\s+(?:al|fino\s+al)"
    r"|(?:ampliad|prorrogad|aplazad|trasladad|pospuest)[oa]s?\s+(?:al|hasta(?:\s+el)?)"
    r"|se\s+(?:amplía|prorroga)\s+hasta(?:\s+el)?|slitta\s+(?:al|fino\s+al)|si\s+sposta\s+al"
    r"|differit[oa]\s+a|posticipat[oa]\s+a|rinviat[oa]\s+a"
    r"|[;,]\s*(?:ahora|désormais|maintenant|jetzt|neu|ora|now)\s*:?"
    # an amendment's line of the new limit, under its 'FROM:' line: 'TO: Tuesday, December 4'
    r"|(?:^|\n)[ \t]*to\s*:"
    # a line labelled as the new limit: 'Neue Frist: 28.02.2027', 'New deadline:'
    r"|(?:^|\n)\W*(?:neue[rn]?|new|nouvelle|nouveau|nuova|nuovo|nueva|nuevo|revised|geänderte)"
    r"\s+(?:\w+\s+)?" + _LIMIT_LABEL +
    # the hour said before the day: 'è prorogato alle h. 18 di giovedì', 'differito alle ore
    # 17 di lunedì', 'ampliado hasta las 14:00 horas del día', 'extended to 5 p.m. CET on'
    r"|(?:prorogat|rinviat|posticipat|differit|spostat|slittat|prolungat)[oaie]\s+(?:fino\s+)?"
    # (an aside on the clock may follow the hour: 'alle ore 15:00 (ora italiana) del')
    r"alle\s+(?:ore\s+|h\.?\s*)?\d{1,2}(?:[:.]\d{2})?(?:\s*\([^)]{0,30}\))?\s+(?:di|del)"
    r"|(?:(?:ampliad|prorrogad|aplazad|trasladad|pospuest)[oa]s?|se\s+(?:prolonga|amplía|extiende"
    r"|prorroga))\s+hasta\s+las\s+\d{1,2}(?:[:.]\d{2})?"
    r"\s*(?:h|horas)?(?:\s*\([^)]{0,30}\))?\s+del(?:\s+día)?"
    r"|(?:moved|postponed|pushed\s+back|deferred|rescheduled|extended)\s+(?:to|until)\s+\d{1,2}"
    # ('moved to 16:00 Irish time on Friday 18 September')
    r"(?:[:.]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)?\s*(?:\([^)]{0,30}\)|[a-z]{2,5}(?:\s+(?:local\s+)?time)?"
    r"|(?:[a-z]+\s+){1,2}time)?(?:,?\s+on)?)"
    # (a colon may end the words, the new date set on a line of its own: 'is moved to:')
    r":?\s+(?:the\s+|den\s+|le\s+|il\s+|el\s+)?(?:(?:" + WEEKDAY_NAMES + r"),?\s+)?$",
)
# A date marked as gone, right after it: 'June 30, 2025 AoE (passed)'. (One struck through,
# '~~June 30, 2025 AoE~~', counts for nothing already: see `_struck`.)
_PASSED_AFTER = re.compile(
    r"\W{0,3}(?:aoe|[A-Z]{2,4})?\W{0,3}\((?:passed|closed|expired|abgelaufen|vorbei"
    r"|clôturée?|passée?|scadut[oa]|cerrad[oa]|vencid[oa])\)",
    re.IGNORECASE,
)


# The date it was to end on, told in the past: 'que finalizaba el 20 de abril', 'che scadeva
# il', 'qui expirait le', 'which was due on': in a notice that moves it, the old date.
_WAS_ENDING = re.compile(
    r"(?:finalizaba|terminaba|vencía|expiraba|concluía|acababa|scadeva|terminava|expirait"
    r"|se\s+terminait"
    r"|(?:was|were)\s+(?:due(?:\s+to\s+close)?|set\s+for|to\s+close)|endete|enden\s+sollte"
    # or the date first set: 'inizialmente fissata al', 'originally scheduled for'
    r"|(?:initially|originally|previously|first)\s+(?:set|scheduled|planned|due)(?:\s+(?:for|on))?"
    r"|(?:initialement|précédemment)\s+(?:fixée?s?|prévue?s?)\s+(?:au|le|pour\s+le)"
    r"|(?:inicialmente|originalmente|previamente)\s+(?:fijad|previst|establecid)[oa]s?\s+(?:para\s+)?(?:el)?"
    r"|(?:inizialmente|originariamente|precedentemente)\s+(?:fissat|previst)[oaie]\s+(?:al|per\s+il)"
    r"|ursprünglich\s+(?:für\s+den|am|bis(?:\s+zum)?)|(?:bisher|zunächst)\s+(?:für\s+den|am)"
    r"|previst[oa]\s+per\s+il|prévue?\s+(?:le|pour\s+le)|previst[oa]\s+para\s+el"
    r"|vorgesehen\s+für\s+den"
    # the date it is moved from, its hour and weekday between: 'has been extended from 12 noon
    # UK time on Thursday 16 April 2015 to: …'
    r"|(?:extended|moved|postponed|deferred)\s+from\s+[^.;\n]{0,40}?"
    # what a correction replaces: 'donde dice «hasta las 14:00 horas del 15 de junio», debe decir'
    # (the quoted rule may be a long sentence: '«El plazo de presentación de solicitudes será de
    # un mes, hasta el 30 de junio»')
    r"|donde\s+dice\s*:?\s*[«\"“]?[^»\"”]{0,90}?\b(?:del|de|el)"
    r"|au\s+lieu\s+de\s*:?\s*[«\"“]?[^»\"”\n]{0,35}?"
    # a line labelled as the old limit: 'Alte Frist: 31.01.2027', 'Old deadline:'
    r"|(?:^|\n|\()\W*(?:alte[rn]?|bisherige[rn]?|old|previous|former|ancienne|vecchia|antigua"
    r"|precedente|précédente"
    # ('Current application due date: March 3, 2027' above 'New application due date:')
    r"|original[e]?|initial[e]?|current|existing|actuelle|attuale|actual|aktuelle[rn]?)\s+"
    r"(?:[\w-]+\s+){0,2}?" + _LIMIT_LABEL + r"(?:\s*(?:" + WEEKDAY_NAMES + r"),?)?"
    # the first limit named by what it was: 'la scadenza originaria del 30 giugno', 'the
    # original deadline of 31 March', 'la date limite initiale du', 'la fecha inicial del'
    r"|(?:scadenza|termine|data|deadline|date(?:\s+limite)?|fecha(?:\s+l[íi]mite)?|frist|plazo)"
    r"\s+(?:originari[oa]|original[e]?|iniziale|initiale|inicial|ursprüngliche|previst[oa])"
    r"\s+(?:del|dell'|al|el|du|de|of|vom|on)\s*"
    # or said first, as English says it: 'The previous deadline of 28 September', 'the original
    # closing date of', 'l'ancienne date limite du'
    r"|(?:previous|former|old|original|initial|ancienne|alte[rn]?|bisherige[rn]?|vecchia|antigua)"
    r"\s+(?:submission\s+|application\s+)?(?:deadline|closing\s+date|cut-?off(?:\s+date)?"
    r"|date\s+limite|frist|scadenza|fecha\s+l[íi]mite)\s+(?:of|on|du|vom|del|de)\s*"
    # 'La fecha límite inicial era el', 'the original deadline was', 'die ursprüngliche Frist war'
    r"|(?:inicial|initiale|iniziale|original[e]?|originari[oa]|ursprüngliche|previous|former"
    r"|old|ancienne|vecchia|antigua|alte|precedente|précédente|anterior)\s+(?:\w+\s+){0,2}?"
    r"(?:era|était|war|was)"
    # the date it replaces: 'statt bis zum 15. Januar', 'instead of 15 January', 'au lieu du'
    r"|(?:an)?statt(?:\s+(?:bis|am))?(?:\s+zum|\s+dem)?|instead\s+of(?:\s+(?:on|by|until))?"
    r"|au\s+lieu\s+du|invece\s+del|en\s+(?:lugar|vez)\s+del"
    # the date it was to close, or closed, on: 'qui devait se clôturer le', 'premier appel, clos
    # le', 'chiuso lo scorso', 'which closed on' (a reopening gives the new one after)
    r"|devait\s+(?:se\s+)?(?:clôturer|clore|fermer|terminer|prendre\s+fin)(?:\s+le)?"
    r"|(?:clos|close|clôturée?)\s+le|chius[oa]\s+(?:lo\s+scorso|il)|(?:which\s+)?closed\s+on"
    r"|cerrad[oa]\s+el|que\s+cerró\s+el|geschlossen\s+am"
    # the old date in brackets: '(plazo anterior: 26 de abril)', '(bisher: 17. November)',
    # '(in precedenza 8 gennaio)', '(previously: 30 April)'
    # ('Plazo anterior: 1 de diciembre', 'Termine precedente:', 'Date limite initiale :')
    r"|(?:^|\n)\W*(?:plazo|fecha(?:\s+l[íi]mite)?|termine|scadenza|date\s+limite)\s+(?:anterior"
    r"|precedente|original|originale|originari[oa]|iniziale|initiale|inicial)\s*:\s*"
    r"(?:(?:ore|h\.?)\s*\d{1,2}(?:[:.]\d{2})?\s+del)?"
    r"|\((?:(?:plazo|fecha)\s+anterior|bisher|vorher|previously|ancienne\s+date|précédemment"
    r"|in\s+precedenza|prima|old\s+deadline|was)\s*:?"
    # 'Cierre: antes 14 de agosto; ahora 28 de agosto', 'avant : 14 août ; désormais'
    r"|[:;,]\s*(?:antes|avant|vorher|bisher|prima|before|previously|formerly)\s*:?"
    # a date given by mistake, which a correction replaces: 'war als Eingabeschluss irrtümlich
    # der', 'the closing date was erroneously given as', 'la chiusura era indicata al', 'an
    # earlier version of this page gave the closing date as'
    r"|(?:erroneously|wrongly|mistakenly|incorrectly|irrtümlich(?:erweise)?|fälschlich(?:erweise)?"
    r"|par\s+erreur|por\s+error|erroneamente|per\s+errore)\b[^.;:\n\d]{0,40}?"
    r"\b(?:as|on|for|der|den|am|le|au|el|il|al|come)"
    r"|era\s+indicat[oa]\s+(?:al|come|il|per\s+il)"
    r"|(?:earlier|previous|first|original)\s+version\b[^.;:\n\d]{0,60}?\bas"
    # the first plan said by its adverb earlier in the clause: 'Ursprünglich endete die
    # Einreichungsfrist am', 'Initially, applications were to close on'
    r"|(?:ursprünglich|originally|initially|initialement|inizialmente|originariamente"
    r"|inicialmente|originalmente)\b[^.;:\n\d]{0,50}?"
    r"\b(?:am|on|le|il|el|by|bis(?:\s+zum)?|für(?:\s+den)?|for|per\s+il|pour\s+le|para\s+el)"
    # the limit a notice first set, told in the past: 'The notice established a deadline date
    # of September 22, 2017'; or an amendment's line of the old one: 'FROM: Tuesday, November
    # 27, 2012' (over 'TO: Tuesday, December 4, 2012')
    r"|\bestablished\s+(?:a|the)\s+deadline(?:\s+date)?\s+of"
    r"|(?:^|\n)[ \t]*from\s*:(?:\s*(?:" + WEEKDAY_NAMES + r"),?)?)"
    # (its weekday may come between: 'El plazo inicial terminaba el martes 30 de junio')
    r"\s+(?:on\s+|el\s+|il\s+|le\s+|am\s+)?(?:(?:" + WEEKDAY_NAMES + r"),?\s+)?$"
)
# A date inside the quoted wording a correction replaces: 'donde dice: «El plazo … será de un
# mes, hasta el 30 de junio de 2027», debe decir: «…»', 'where it reads "…"'.
# The words introducing the wording a correction replaces, and the one it gives instead.
_OLD_WORDING_WORDS = (
    r"donde\s+dice|where\s+it\s+(?:says|reads)|là\s+où\s+(?:il\s+est\s+écrit|on\s+lit)"
    r"|anstelle\s+von|dove\s+(?:si\s+legge|è\s+scritto)|au\s+lieu\s+de|instead\s+of|anzich[ée]"
    r"|invece\s+di|en\s+lugar\s+de"
    # (a corrigendum's pair of lines, as the EU words it: "For: '…'" over "Read: '…'")
    r"|(?:^|\n)[ \t]*for(?=\s*:)"
)
_NEW_WORDING_WORDS = (
    r"\blire|\bleggasi|\bsi\s+legga|\bléase|\bdebe\s+decir|\bshould\s+read|\bnow\s+reads"
    r"|\bsoll\s+lauten|\bmuss\s+es\s+heißen|\bva\s+lett[oa]|(?:^|\n)[ \t]*read(?=\s*:)"
)
_IN_QUOTE = r"\s*:?\s*[«\"“„‘'][^»\"”“’'\n]*$"
_IN_OLD_WORDING = re.compile(r"(?:" + _OLD_WORDING_WORDS + r")" + _IN_QUOTE, re.IGNORECASE)
# The new wording a correction gives, the date inside its quote: 'Lire : « … avant le 19 mars »',
# 'leggasi "entro le ore 13:00 del 15 marzo"', 'debe decir: «hasta el 30 de junio»'.
_IN_NEW_WORDING = re.compile(r"(?:" + _NEW_WORDING_WORDS + r")" + _IN_QUOTE, re.IGNORECASE)
# Either, looked for once a page before each date's window is read.
_CORRECTION_WORDS = fast_compile(_OLD_WORDING_WORDS + "|" + _NEW_WORDING_WORDS, re.IGNORECASE)
_OLD_WORDING_READ = 300  # characters before a date read for the quote it stands in
_MOVED_FROM = re.compile(
    r"(?:moved|postponed|extended|deferred|prorogat[oaie]|differit[oaie]|spostat[oaie]|posticipat[oaie]"
    r"|rinviat[oaie]|verlängert|verschoben|verlegt|prolongée?s?|reportée?s?|repoussée?s?|décalée?s?"
    r"|ampliad[oa]s?|prorrogad[oa]s?|aplazad[oa]s?|trasladad[oa]s?)\s+(?:from|dal|dall'|vom|von|du|del|de)\s*$"
)
_UNTIL_END = re.compile(r"(?:\bbis(?:\s+zum)?|\bauf(?:\s+den)?)\s+$")
_MOVED_AFTER = re.compile(r"^\s*(?:verlängert|verschoben|vertagt)\b")
_MOVED_WEIGHT = 3.0  # that of a limit's preposition right before the date ('until', 'entro')


# The header cells of a table's old and new limit: 'Old', 'Old deadline', 'bisher', 'Ancienne
# date', 'Scadenza precedente', 'Plazo anterior'; 'New', 'neu', 'Nouvelle date', 'Nuevo plazo'.
_OLD_FIRST = (
    r"old|previous|former|original|alte[rn]?|bisherige[rn]?|bisher|ancienne|vecchia|antigua"
    r"|anterior"
)
_OLD_AFTER = (
    r"anterior|precedente|précédente|initiale?|original[e]?|originari[oa]|iniziale|inicial|bisher"
)
_OLD_CELL = re.compile(
    r"^\W*(?:(?:" + _OLD_FIRST + r")\b.{0,25}|.{0,25}\b(?:" + _OLD_AFTER + r")\W*)$",
    re.IGNORECASE,
)
_NEW_CELL = re.compile(
    r"^\W*(?:(?:new|revised|neue[rn]?|neu|nouvelle|nuova|nuovo|nueva|nuevo)\b.{0,25}"
    r"|.{0,25}\b(?:neu|nouvelle|nuova|nueva|revised)\W*)$",
    re.IGNORECASE,
)
# A page that may hold a table of old and new limits: it names an old one somewhere.
_OLD_AND_NEW = fast_compile(r"\b(?:" + _OLD_FIRST + "|" + _OLD_AFTER + r")\b", re.IGNORECASE)
_SEPARATOR_ROW = re.compile(r"^[\s|:\-–]*$")


def _old_new_columns(doc: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The spans of a change table's cells under its 'old' and 'new' headers: in its first
    row, and in any row labelled by a word of a limit ('Full proposal deadline')."""
    left: list[tuple[int, int]] = []
    moved: list[tuple[int, int]] = []
    lines = doc.split("\n")
    offset = 0
    starts = []
    for line in lines:
        starts.append(offset)
        offset += len(line) + 1
    for number, line in enumerate(lines):
        cells = _cells(line, starts[number])
        old = next((i for i, (text, _, _) in enumerate(cells) if _OLD_CELL.match(text)), None)
        new = next((i for i, (text, _, _) in enumerate(cells) if _NEW_CELL.match(text)), None)
        if old is None or new is None or old == new:
            continue
        first = True
        for row_number in range(number + 1, len(lines)):
            row = lines[row_number]
            if _SEPARATOR_ROW.match(row) and row.strip():
                continue
            row_cells = _cells(row, starts[row_number])
            if len(row_cells) != len(cells):
                break
            label = row_cells[0][0] if min(old, new) > 0 else ""
            # (every row's old date is left behind; only a limit's new one is the deadline:
            # '| Richiesta di chiarimenti | 20/05/2027 | 10/06/2027 |' moves a side step)
            left.append(row_cells[old][1:])
            if first or _STRONG.search(label) or _LIMIT_NOUN.search(label):
                moved.append(row_cells[new][1:])
            first = False
    return left, moved


def _cells(line: str, at: int) -> list[tuple[str, int, int]]:
    """A table row's cells: their text and span in the document (pipes or tabs between)."""
    if "|" not in line and "\t" not in line:
        return []
    sep = "|" if "|" in line else "\t"
    cells = []
    position = 0
    for part in line.split(sep):
        cells.append((part.strip(), at + position, at + position + len(part)))
        position += len(part) + 1
    if sep == "|" and line.strip().startswith("|"):
        cells = cells[1:]
    if sep == "|" and line.strip().endswith("|"):
        cells = cells[:-1]
    return cells


_SAME_DAY_MOVED = fast_compile(
    r"[^.;\n]{0,30}?\b(?:posticipat\w*|prorogat\w*|spostat\w*|moved|postponed|extended|pushed\s+back"
    r"|verschoben|verlängert|report(?:ée|é)|prolong(?:ée|é)|décalée?|ampliad[oa]|prorrogad[oa]"
    r"|aplazad[oa])\b[^.;\n]{0,40}?\b(?:stesso\s+giorno|same\s+day|même\s+jour|mismo\s+d[íi]a"
    r"|selben\s+tag|gleichen\s+tag)\b",
    re.IGNORECASE,
)
_MOVED_READ = 60  # characters before a date read for the words that move a deadline to it


_UNCHANGED_WORDS = (
    r"unchanged|unverändert|inchangée?s?|invariat[oaie]|sin\s+cambios|sin\s+modificaci[óo]n"
    r"|inalterad[oa]s?|invariables?"
)
_UNCHANGED_BEFORE = re.compile(
    r"\b(?:restano|rimangono|remains?|stay|stays|bleiben|bleibt|restent|reste|se\s+mantienen"
    r"|permanecen|siguen|are|is)\s+(?:\w+\s+)?(?:" + _UNCHANGED_WORDS + r")\b[^.]{0,70}$"
)
_UNCHANGED_READ = 120  # characters before a date read for the words that leave it as it was
_UNCHANGED_AFTER = re.compile(r"\s*[(,–—-]?\s*(?:" + _UNCHANGED_WORDS + r")\b")


def _moved_or_left(doc: str, mention: Mention, score: float) -> tuple[Mention, float]:
    """A date of an extension notice, scored as the one moved to, the one left, or as it is."""
    before = doc[max(0, mention.start - _MOVED_READ) : mention.start].lower()
    if score < _MOVED_WEIGHT and _MOVED_TO.search(before):
        return mention, _MOVED_WEIGHT
    after = doc[mention.end : mention.end + 30].lower()
    if score < _MOVED_WEIGHT and _UNTIL_END.search(before) and _MOVED_AFTER.match(after):
        return mention, _MOVED_WEIGHT  # German puts the verb last: 'bis Ende Oktober verlängert'
    if score < _MOVED_WEIGHT and _SAME_DAY_MOVED.match(doc, mention.end):
        # '… fissata per le ore 12:00 di giovedì 26 ottobre 2023, è posticipata alle ore 14:00
        # dello stesso giorno': the day stays, its hour moves
        return mention, _MOVED_WEIGHT
    if mention.is_range and score < _MOVED_WEIGHT and _MOVED_FROM.search(before):
        # 'è differito dal 28/02/2027 al 31/03/2027', 'verschoben vom 3. auf den 17. Mai': the
        # range runs from the date left to the one it is moved to
        return mention, _MOVED_WEIGHT
    if _UNCHANGED_BEFORE.search(
        doc[max(0, mention.start - _UNCHANGED_READ) : mention.start].lower()
    ) or _UNCHANGED_AFTER.match(after):
        # 'Restano invariate: la terza finestra (… chiusura 30 giugno 2027)', 'Notification:
        # 30 July (unchanged)': a date the notice leaves as it was is not the one it moves to
        return mention, min(score, -6.0)
    if _PASSED_AFTER.match(doc, mention.end) and not mention.is_range:
        return mention, min(score, -6.0)  # 'Submission deadline: June 30 (passed)'
    if _WAS_ENDING.search(before) and not mention.is_range:
        # (a range 'que finalizaba el 28 de febrero, hasta el 14 de marzo' ends at the new one)
        return mention, min(score, -6.0)
    return mention, score


def _moved_to(doc: str, mention: Mention) -> bool:
    """Whether the words right before a date move a deadline to it."""
    return bool(_MOVED_TO.search(doc[max(0, mention.start - _MOVED_READ) : mention.start].lower()))


def _corrected(doc: str, mention: Mention, score: float) -> tuple[Mention, float]:
    """A date inside the wording a correction replaces, or the one it gives instead, whatever
    the page is called: 'Au lieu de : « … avant le 12 mars » Lire : « … avant le 19 mars »'."""
    if _IN_OLD_WORDING.search(doc, max(0, mention.start - _OLD_WORDING_READ), mention.start):
        return mention, min(score, -6.0)
    if _IN_NEW_WORDING.search(doc, max(0, mention.start - _OLD_WORDING_READ), mention.start):
        # (the rule a correction rewrites is the page's point: more than a date moved beside it,
        # 'la sessione di chiarimenti … è spostata dal 5 febbraio al 2 marzo')
        return mention, max(score, _MOVED_WEIGHT + 1.0)
    return mention, score


def _moved_dates(
    doc: str, scored: list[tuple[Mention, float]], kind: str
) -> list[tuple[Mention, float]]:
    """'moved from 4 October to 19 October', 'vom 31. Mai auf den 14. Juni': the first date is
    the one left behind; the second takes the deadline's cue. In a notice that moves a
    deadline, 'è prorogata al 31 marzo': the date it is moved to is the deadline."""
    # (a correction's words are looked for once a page, its quotes only where they stand)
    corrects = _CORRECTION_WORDS.search(doc) is not None
    result = [_corrected(doc, m, s) for m, s in scored] if corrects else list(scored)
    if kind == "extension":
        result = [_moved_or_left(doc, m, s) for m, s in result]
    if ("|" in doc or "\t" in doc) and _OLD_AND_NEW.search(doc):
        # '| Old | New |' above '| Deadline | 4 February 2027 | 25 February 2027 |': the columns
        # say which is which, whatever the page is called ('cronoprogramma aggiornato')
        left, moved = _old_new_columns(doc)
        for i, (mention, score) in enumerate(result):
            if any(a <= mention.start < b for a, b in left):
                result[i] = (mention, min(score, -6.0))
            elif any(a <= mention.start < b for a, b in moved):
                result[i] = (mention, max(score, _MOVED_WEIGHT))
    for index in range(len(result) - 1):
        (first, first_score), (second, second_score) = result[index], result[index + 1]
        if first.is_range or second.is_range:
            continue
        before = doc[max(0, first.start - 12) : first.start]
        gap = doc[first.end : second.start]
        a, b = first.last(), second.last()
        # the verb may stand between them: 'del 28 febbraio è spostata al 20 marzo'
        moved = (
            _TO.match(gap)
            or _TO.match(_SAID_WHEN.sub(" ", gap))  # 'from 29 March to 5 pm (Irish time) on'
            # (an aside on the clock counts for nothing: 'è stato differito alle ore 16:00 (ora
            # italiana) del')
            or (len(_BRACKETS.sub("", gap)) < 48 and _MOVED_TO.search(gap.lower()))
        )
        if a and b and b > a and (_FROM.search(before) or _LEFT_FOR.fullmatch(gap)) and moved:
            result[index] = (first, min(first_score, -6.0))
            # (in a notice that moves a deadline, the day it is moved to is the new one
            # however the old was worded: 'vom 30. April auf den 15. Mai 2017')
            weight = _MOVED_WEIGHT if kind == "extension" else 0.0
            result[index + 1] = (second, max(second_score, first_score, weight))
    return result


# A line labelled by its session: 'Webinar "How to write a proposal": 17 September 2025'.
_SESSION_LABEL = fast_compile(r"^\W*(?:" + INFO_SESSION_WORDS + r")\b", re.IGNORECASE)


def _line_before(doc: str, mention: Mention) -> str:
    """The words of a date's line before it."""
    return doc[_line_start(doc, mention.start) : mention.start]


_INVITED_ONLY = fast_compile(
    r"\bby\s+invitation\b|\binvited\s+(?:applicants|proposals|candidates|only)\b"
    r"|\b(?:sur|on|upon)\s+invitation\b|\bauf\s+einladung\b|\bsu\s+invito\b"
    r"|\bpor\s+invitaci[óo]n\b|\bprevia\s+invitaci[óo]n\b"
    # (or those kept after the first step: 'Shortlisted candidates submit a full proposal by')
    r"|\bshortlisted\b|\bpre-?selected\b|\bprésélectionné\w*|\bpreseleccionad\w*"
    r"|\bpreselezionat\w*|\bvorausgewählt\w*"
    # (or those who will be asked, after the first step: 'I soggetti ammessi saranno invitati a
    # presentare la domanda completa entro', 'Successful applicants will be invited to submit';
    # not 'You are invited to submit', which asks everyone)
    r"|\bwill\s+be\s+invited\s+to\b|\bseront\s+invité\w*|\bsaranno\s+invitat\w*"
    r"|\bserán\s+invitad\w*|\bwerden\s+(?:\w+\s+){0,3}aufgefordert\b",
    re.IGNORECASE,
)
_OPTIONAL_LABEL = fast_compile(
    rf"\b(?:{OPTIONAL_WORDS})|\(recommended\)|\(empfohlen\)|\(recommandée?\)|\(consigliat[oa]\)"
    r"|\(recomendad[oa]\)",
    re.IGNORECASE,
)
_INVITED_READ = 80  # characters before a date, on its line, read for a stage's invitation


def _optional_label(doc: str, mention: Mention) -> bool:
    """Whether the label a date's line gives it, up to its colon, calls the step optional."""
    start = _line_start(doc, mention.start)
    colon = doc.rfind(":", start, mention.start)
    return colon > 0 and bool(_OPTIONAL_LABEL.search(doc, start, colon))


def _choose_deadline(
    doc: str,
    scored: list[tuple[Mention, float]],
    kind: str,
    title: str,
    published: dt.date | None,
) -> Mention | None:
    threshold = _DEADLINE_THRESHOLD[kind]
    title_years = years_in(title)
    candidates = []
    scores: dict[int, float] = {}
    for mention, score in scored:
        date = mention.last()
        if date is None or score < threshold:
            continue
        first = mention.first()
        before = doc[max(0, mention.start - 40) : mention.start]
        if (
            mention.is_range and (_in_apposition(before) or _BRACKETED_AFTER_NOUN.search(before))
        ) or _after_event_name(before):
            # 'Citizen Science Week (4–10 May 2026)', 'à l'école d'été en humanités numériques
            # (5-9 juillet 2021, Lyon)': the dates of what it names
            continue
        if kind != "extension" and mention.is_range and first and (date - first).days > 183:
            continue  # half a year or more is a contract or a project's run, not a window
        if title_years and date.year > max(title_years) + 1:
            continue  # a year far past the one the title names is a typo or another event's
        if published and kind != "news" and date < published:
            continue  # several deadlines: the first one still ahead when it was published
        candidates.append(mention)
        scores[id(mention)] = score
    if not candidates and kind in ("call", "extension"):
        # 'Key action 1: 19 February 2026, 12:00 (midday Brussels time)': a call that names no
        # cue for its dates gives a time of day only for a deadline.
        candidates = [
            m
            for m, score in scored
            if m.time is not None
            and score >= 0
            and (m.last() is not None)
            and not (published and (m.last() or published) < published)
        ]
    if kind == "call" and len(candidates) > 1:
        # a call's info webinar is no limit of it: 'Information webinar: 2026-05-28', 'February
        # 10, 2027 – Applicant webinar (optional)', 'Jornada informativa: 3 de diciembre'
        candidates = [
            m
            for m in candidates
            if not _of_a_session(
                (
                    doc[max(0, m.start - _SESSION_READ) : m.start],
                    doc[m.end : m.end + _SESSION_AFTER],
                )
            )
            or (scores.get(id(m), 0.0) > 0 and not _SESSION_LABEL.match(_line_before(doc, m)))
        ] or candidates
    if len(candidates) > 1:
        # a step its own line calls optional or only recommended: 'Optional internal review:
        # full drafts by 24 March', 'Release for certification (recommended): 2 April'
        candidates = [m for m in candidates if not _optional_label(doc, m)] or candidates
    if len(candidates) > 1:
        # a stage open to those invited only follows one everybody must meet: 'Full application
        # (by invitation only) – due 4 July' is not the limit of an open call's applicants
        candidates = [
            m for m in candidates if not _named_before(doc, m, _INVITED_ONLY, _INVITED_READ)
        ] or candidates
    internal = len(candidates) > 1 and _names_internal(doc, title, candidates)
    if not published and internal:
        # An institution's internal deadline comes before the funder's it serves, whichever
        # the text names first and however it writes the year: the applicant's is the earlier.
        return min(candidates, key=lambda m: m.last() or dt.date.max)
    if any(m.year_given for m in candidates):
        # A date written with its year is more specific than a recurring 'every 1 April', or
        # one said more weakly; a yearless date said most strongly ('date limite repoussée au
        # 14 décembre') stays.
        strongest = max(scores.get(id(m), 0.0) for m in candidates if m.year_given)
        candidates = [
            m
            for m in candidates
            if m.year_given or (scores.get(id(m), 0.0) > strongest and not _recurs(doc, m))
        ]
    if kind == "news" and published and len(candidates) > 1:
        # a report tells of a call that has closed: its closing date is behind it, and a date
        # ahead ('Die Auswahl folgt bis zum 30. Juni') is the next step's
        behind = [m for m in candidates if (m.last() or published) <= published]
        candidates = behind or candidates
    if len(candidates) > 1:
        candidates = _before_notification(doc, scored, candidates)
    if len(candidates) > 1 and _OPTIONAL_STEP.search(doc):
        # 'Although a letter of intent is not required …': the date labelled by that step
        # is no deadline, wherever the page says so
        candidates = [m for m in candidates if not _of_intent_step(doc, m)] or candidates
    if len(candidates) > 1:
        # 'Early-booking fee £6,700 for applications received by 31 May', 'Sconto del 10% per
        # le iscrizioni pervenute entro il 15 dicembre': a cheaper rate's limit, not the last
        candidates = [
            m for m in candidates if not _said_before_in_sentence(doc, m, _EARLY_RATE)
        ] or candidates
    if kind == "course" and len(candidates) > 1:
        # 'To apply for a scholarship, submit your registration … by 30 November', 'Priority
        # deadline (for merit scholarship consideration)': the date of those who also ask
        # for money, not of everyone who enrols
        candidates = [m for m in candidates if not _for_scholarship(doc, m)] or candidates
    if len(candidates) > 1 and scores and not internal:
        # (an internal deadline is said more weakly than the funder's, and is still the first)
        # Several deadlines are the first of them still ahead, but only among those said as
        # strongly: 'the helpdesk answers until 23 June' is no rival of 'Submission deadline:
        # 30 June', nor 'who applies by 15 June hears early' of 'Bewerbungsschluss: 31 July'.
        strongest = max(candidates, key=lambda m: scores.get(id(m), 0.0))
        best = scores.get(id(strongest), 0.0)
        candidates = [
            m
            for m in candidates
            if scores.get(id(m), 0.0) > best * _RIVAL_SHARE
            # a first stage said to be required is one, however briefly it is named
            or _REQUIRED_STAGE.search(doc, max(0, m.start - _REQUIRED_READ), m.start)
            or (_of_intent_step(doc, m) and _REQUIRED_INTENT.search(doc))
            # (and in a notice that moves a deadline, the date it is moved to, however a window
            # left as it was is said: 'La seconda finestra resta aperta dal … al …')
            or (kind == "extension" and strongest.is_range and _moved_to(doc, m))
        ]
    if published and candidates:
        return min(candidates, key=lambda m: m.last() or published)
    return candidates[0] if candidates else None


_SCHOLARSHIP = fast_compile(
    r"scholarships?|fee\s+waivers?|bourses?\b|becas?\b|borse?\s+di\s+studio|stipendi(?:um|en)\b",
    re.IGNORECASE,
)


def _said_before_in_sentence(doc: str, mention: Mention, pattern: re.Pattern[str]) -> bool:
    """Whether ``pattern`` is found in the sentence a date ends, before the date."""
    start = max(doc.rfind(". ", 0, mention.start), doc.rfind("\n", 0, mention.start)) + 1
    return bool(pattern.search(doc, start, mention.start))


def _for_scholarship(doc: str, mention: Mention) -> bool:
    """Whether the sentence a date ends speaks of a scholarship, beside a course's other dates."""
    return _said_before_in_sentence(doc, mention, _SCHOLARSHIP)


_EARLY_RATE = fast_compile(EARLY_RATE_WORDS, re.IGNORECASE)


# The words of applicants hearing back: 'Notification of acceptance', 'Comunicazione
# dell'accettazione', 'Benachrichtigung', 'résultats', 'decisions'.
_NOTIFIED = fast_compile(
    r"notif(?!\w*\s+of\s+intent)\w*|acceptance|accettazione|acceptation|aceptaci[óo]n|benachrichtigung|zusage"
    r"|decisions?\b|results?\b|outcomes?\b|résultats|resultados|esit[oi]\b|ergebnis",
    re.IGNORECASE,
)
_NOTIFIED_READ = 50  # characters before a date (and after, on its line) read for the words


def _notified(doc: str, mention: Mention) -> bool:
    """Whether a date is the day applicants hear back: words of it stand before it, or after
    it on its line ('20 July: notification')."""
    line_end = doc.find("\n", mention.end)
    after = doc[mention.end : min(line_end if line_end >= 0 else len(doc), mention.end + 40)]
    return bool(
        _NOTIFIED.search(doc, max(0, mention.start - _NOTIFIED_READ), mention.start)
        or _NOTIFIED.search(after)
    )


def _before_notification(
    doc: str, scored: list[tuple[Mention, float]], candidates: list[Mention]
) -> list[Mention]:
    """Of several deadlines, those before the day applicants hear back, where there are any:
    'Abstracts by 30 June; notification 20 July; full paper 31 October' asks everyone for the
    first and only those accepted for the last."""
    told = [
        day
        for mention, score in scored
        if score < 0 and (day := mention.first()) is not None and _notified(doc, mention)
    ]
    if not told:
        return candidates
    heard = min(told)
    before = [m for m in candidates if (m.last() or heard) < heard]
    return before or candidates


def _named_before(doc: str, mention: Mention, pattern: re.Pattern[str], reach: int) -> bool:
    """Whether ``pattern`` is found on a date's own line before it, within ``reach``
    characters: the label the line gives the date."""
    start = max(_line_start(doc, mention.start), mention.start - reach)
    return bool(pattern.search(doc, start, mention.start))


def _internal_step(doc: str, mention: Mention) -> bool:
    """Whether a date's own line names a step of the applicant's institution before it."""
    return _named_before(doc, mention, _INTERNAL_STEP, mention.start)


_REQUIRED_STAGE = fast_compile(REQUIRED_FIRST_STAGE, re.IGNORECASE)
# A first step announcing the application to come: 'Letter of Intent Due Date(s):', 'NOI:'.
_INTENT_STEP_WORDS = (
    r"letters?\s+of\s+intent|\blois?\b|(?:notifications?|notices?)\s+of\s+intent|\bnois?\b"
    r"|(?:lettres?|avis)\s+d['’]intention|absichtserklärung\w*|letter[ae]\s+di\s+intenti"
    r"|cartas?\s+de\s+intención"
    # ('submit a non-binding intention to submit via ISAAC before 1 December')
    r"|(?:intention|intent)\s+to\s+(?:submit|apply)|expressions?\s+of\s+intent"
)
_INTENT_STEP = fast_compile(_INTENT_STEP_WORDS, re.IGNORECASE)
# ... said to be optional anywhere on the page: 'Although a letter of intent is not required',
# 'an optional letter of intent', 'Letters of intent are encouraged'
_OPTIONAL_STEP = fast_compile(
    rf"(?:{_INTENT_STEP_WORDS})[^.;]{{0,30}}?\b(?:{OPTIONAL_WORDS}|encouraged|recommended)"
    rf"|\b(?:{OPTIONAL_WORDS})\s+(?:{_INTENT_STEP_WORDS})",
    re.IGNORECASE,
)
# ... or said to be required: 'Letters of Intent due: February 9, 2018, 5:00 p.m. Eastern
# Time (required)', 'Avis d'intention (obligatoire) :', 'A mandatory letter of intent'
_REQUIRED_INTENT = fast_compile(
    rf"(?:{_INTENT_STEP_WORDS})[^;\n]{{0,80}}?(?<!not\s)(?<!non\s)(?<!pas\s)(?<!nicht\s)"
    r"\b(?:required|mandatory|compulsory|obligatoires?|verpflichtend|obbligatori\w*"
    r"|obligatori\w*)\b"
    rf"|\b(?:required|mandatory|compulsory)\s+(?:{_INTENT_STEP_WORDS})",
    re.IGNORECASE,
)
_INTENT_READ = 60  # characters before a date, on its line, read for the step it is the day of


def _of_intent_step(doc: str, mention: Mention) -> bool:
    """Whether a date's own label names a letter or notice of intent."""
    return _named_before(doc, mention, _INTENT_STEP, _INTENT_READ)


_REQUIRED_READ = 60  # characters before a date read for a required first stage


# A date said to come back: 'every 1 April', 'am 15. Mai eines jeden Jahres', 'chaque année'.
_RECURS = fast_compile(
    r"\b(?:every|each|jeden|jedes|jeweils|chaque|cada|ogni)\b|eines\s+jeden|jährlich|annually"
    r"|tous\s+les\s+ans|todos\s+los\s+años|ogni\s+anno",
    re.IGNORECASE,
)


def _recurs(doc: str, mention: Mention) -> bool:
    """Whether the words around a date say it comes back every year."""
    return bool(_RECURS.search(doc[max(0, mention.start - 20) : mention.end + 30]))


# An institution's own deadline ahead of a funder's: 'internal deadline', 'interne Frist',
# 'date limite interne', 'scadenza interna', 'plazo interno', '(intern) vorliegen'.
# (or the institution's review before the funder's: 'for institutional review no later than')
_INTERNAL = fast_compile(
    r"\b[Ii]ntern(?:al|e|o|a|en|er|es)?\b|\binstitutional\s+(?:review|deadline|approval|sign-?off)"
)
_INTERNAL_NEAR = 100  # characters around a candidate date read for the word
# A row of an institution's own procedure, named by where its form goes or what it is for:
# 'Expression of interest … to your College Research Office:', 'Intent-to-submit form to the
# European Office:', 'Institutional Approval Form and draft budget to UCD Research:'.
_INTERNAL_STEP = fast_compile(
    r"\bto\s+(?:your|the)\s+(?:[\w-]+\s+){0,2}(?:research|european|grants?|funding)\s+office\b"
    r"|\bto\s+[A-Z]{2,6}\s+research\b|\bintent[\s-]to[\s-]submit\b|\binstitutional\s+approval\b",
    re.IGNORECASE,
)


def _names_internal(doc: str, title: str, candidates: list[Mention]) -> bool:
    """Whether the title, or the words around a candidate date, speak of an internal deadline."""
    if _INTERNAL_STEP.search(doc) and any(_internal_step(doc, m) for m in candidates):
        return True
    if "ntern" not in doc and "institutional" not in doc:
        return False
    return bool(_INTERNAL.search(title)) or any(
        _INTERNAL.search(doc, max(0, m.start - _INTERNAL_NEAR), m.end + _INTERNAL_NEAR)
        for m in candidates
    )


def _deadline(
    doc: str, chosen: Mention, mentions: list[Mention], language: str, times: list[TimeMark]
) -> Deadline:
    date = chosen.last()
    assert date is not None
    same_day = [m for m in mentions if m.last() == date]
    time = next((m.time for m in [chosen, *same_day] if m.time is not None), None)
    zone = next((m.zone for m in [chosen, *same_day] if m.zone is not None), None)
    if time is None:
        # (the day may be named twice, in the title and in the list its time is said for)
        for named in [chosen, *same_day]:
            time, zone_of_time = _time_for_all(doc, named, mentions, times)
            zone = zone or zone_of_time
            if time is not None:
                break
    if time is None:
        time, zone_of_time = _footnote_time(doc, chosen, times)
        zone = zone or zone_of_time
    if time is None:
        time, zone_of_time = _time_stated_apart(doc, chosen, mentions, times)
        zone = zone or zone_of_time
    if time is None:
        time, zone_of_time = _heading_time(doc, chosen, mentions, times)
        zone = zone or zone_of_time
    if time is None:
        time, zone_of_time = _hour_corrected(doc, times)
        zone = zone or zone_of_time
    moved = _hour_moved(doc, times)
    if moved is not None:
        # 'l'heure limite est repoussée de 12 h à 16 h': the day keeps its date, not its hour
        time, zone = moved[0], moved[1] or zone
    if time is not None and zone is None and not _OWN_LOCAL_TIME.search(doc):
        # ('due by 5 p.m. submitter's local time' is every applicant's own clock: no zone)
        zone = (
            _zone_of_text(_not_of_sessions(doc, times) if language == "en" else times)
            or _zone_said_for_all(doc)
            or _home_zone(doc, language)
        )
    if time is None and zone is None and _AOE.search(doc) and _zone_said_for_all(doc) == "AoE":
        zone = "AoE"  # 'All deadlines are AoE': a date alone is the end of that day
    if (
        zone == "Europe/Brussels"
        and _CENTRAL_EUROPEAN.search(doc)
        and not _SAYS_BRUSSELS.search(doc)
    ):
        # 'MEZ' on a Swiss page is Zurich's clock, 'MESZ' on an Austrian one Vienna's, and on a
        # German one Germany's: the German words name the clock of the country writing them
        german = language == "de" and _GERMAN_CLOCK.search(doc)
        zone = _home_zone(doc, language) if german else _named_country_zone(doc, language) or zone
    if zone == "Europe/Athens" and _EASTERN_EUROPEAN.search(doc) and not _SAYS_ATHENS.search(doc):
        # 'EET' is the clock of nine countries: a page naming one of them is on its zone
        # ('23:59 EET … University of Tartu, Estonia')
        named = {country for words, country in _EET_COUNTRIES if words.search(doc)}
        zone = named.pop() if len(named) == 1 else zone
    if (
        zone == "UTC"
        and time is not None
        and _GMT.search(doc)
        and _UK.search(doc)
        and not zone_for("Europe/London").utcoffset(dt.datetime.combine(date, time))
    ):
        # 'noon Greenwich Mean Time' from a British funder is the clock of the UK in winter
        zone = "Europe/London"
    if time is None and zone == "AoE":
        time = dt.time(23, 59)  # 'July 8 AoE' is the end of that day anywhere on Earth
    if time is None:
        zone = zone if zone == "AoE" else None
    return Deadline(date=date, time=time, tz=zone)


# Every limit of a page named together in the other four languages, for the hour or the clock
# said once for all of them: 'toutes les dates limites', 'tutte le scadenze', 'alle Fristen',
# 'todos los plazos'.
_EVERY_DEADLINE = (
    r"\btoutes\s+les\s+(?:échéances|dates(?:\s+limites)?)\b|\btutte\s+le\s+scadenze\b"
    r"|\balle\s+(?:termine|fristen)\b|\btodos\s+los\s+plazos\b"
)

# A heading's aside for all the dates under it: 'Cut-off dates (all at 17:00 CET):',
# 'Stichtage (alle 12:00 Uhr MEZ)'.
_FOR_ALL_ASIDE = r"\(\s*(?:all|alle|tous|toutes|tutt[ei]|tod[oa]s)\b[^()\n]{1,40}\)"
_HEADING_ASIDE = re.compile(_FOR_ALL_ASIDE, re.IGNORECASE)
# (or any aside, in a heading that announces its rows: 'Dates de relève (12h00, heure de
# Paris) :' over its bullets, not in a paragraph above another)
_ANNOUNCING_ASIDE = re.compile(r"\([^()\n]{1,40}\)\s*:\s*$")
# (or a heading that is a short label and its aside alone: 'Important dates (23:59 SGT)',
# 'Fechas importantes (hora límite: 23:59 AoE)')
_LABEL_AND_ASIDE = re.compile(r"^\W*[^\W\d][^()\n:.]{0,40}(\([^()\n]{1,40}\))\s*:?\s*$")


def _heading_time(
    doc: str, chosen: Mention, mentions: list[Mention], times: list[TimeMark]
) -> tuple[dt.time | None, str | None]:
    """The time the heading over a block of dated lines gives them all in an aside:
    'Cut-off dates (all at 17:00 CET):' over '2nd cut-off – 14 June 2019', or 'Dates de
    relève (12h00, heure de Paris) :' over '• Vague 9 : 18/01/2022'."""
    start, end = _heading_over(doc, mentions, _line_start(doc, chosen.start))
    if end <= 0:
        return None, None
    aside = _HEADING_ASIDE.search(doc, start, end) or _ANNOUNCING_ASIDE.search(
        doc[:end].rstrip(), start
    )
    if aside is None and (labelled := _LABEL_AND_ASIDE.match(doc[start:end])):
        span = (start + labelled.start(1), start + labelled.end(1))
    else:
        span = aside.span() if aside else (0, 0)
    said = [mark for mark in times if span[0] <= mark.start < span[1]]
    if len(said) != 1:
        return None, None
    return said[0].time, said[0].zone or find_zone(doc[span[0] : span[1]])


# The word that gives a time to every date of a list before it: 'first-stage deadline 15 January,
# second-stage deadline 9 September, both at 17:00 CET', 'cut-offs: 9 May, 10 October and 30
# January, always at 17:00', 'jeweils um 12 Uhr', 'toujours à midi', 'sempre alle ore 12'.
# Or after it: '15 March, 15 June and 15 October 2027, at 17:00 CET each'.
_EACH_AFTER = fast_compile(
    r"^\s*(?:\([^)]{0,30}\)\s*)?,?\s*(?:each|jeweils|chacune|chaque\s+fois|ciascuna|cada\s+una)\b",
    re.IGNORECASE,
)
_FOR_ALL = fast_compile(
    r"\b(?:both|all|each|always|jeweils|beide|alle|toutes?|tous|chacune|toujours|entramb[ei]"
    r"|tutt[ei]|sempre|ambas|ambos|todas|todos|siempre)\b[\s,]*(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
_LIST_READ = 200  # characters from a date to the time its list is given


def _time_for_all(
    doc: str, chosen: Mention, mentions: list[Mention], times: list[TimeMark]
) -> tuple[dt.time | None, str | None]:
    """The time a list gives to all its dates after the last of them, in the same sentence:
    said so ('both at 17:00'), or closing a list of nothing but dates ('15 March, 15 June and
    15 October 2022, 12:00 noon Brussels time')."""
    for mark in times:
        if not chosen.end <= mark.start <= chosen.end + _LIST_READ:
            continue
        pieces, last = [], chosen.end  # the words between, the dates of the list left out
        for mention in mentions:
            if chosen.end <= mention.start and mention.end <= mark.start:
                pieces.append(doc[last : mention.start])
                last = mention.end
        pieces.append(doc[last : mark.start])
        # (a line that opens a bracket continues the one before: '• 6 October 2021\n(17:00')
        if any(_SENTENCE_END.search(_BRACKET_LINE.sub(" ", piece)) for piece in pieces):
            # (or a list of one date a line whose time the line after it gives them all: '- 31.
            # Mai 2027' / '- 30. September 2027' / 'jeweils 24 Uhr.')
            listed = [_NEXT_ITEM.sub(" ", piece) for piece in pieces[:-1]]
            if not _EACH_LINE.match(pieces[-1]) or any(
                _SENTENCE_END.search(piece) for piece in listed
            ):
                return None, None
            return mark.time, mark.zone or find_zone(doc[mark.end : mark.end + 40])
        only_dates = all(_LIST_REST.fullmatch(piece) for piece in pieces)
        if (
            only_dates
            or _FOR_ALL.search(doc[max(0, mark.start - 24) : mark.start])
            or _EACH_AFTER.match(doc, mark.end)
        ):
            return mark.time, mark.zone or find_zone(doc[mark.end : mark.end + 40])
    return None, None


_BRACKET_LINE = re.compile(r"\n(?=[ \t]*\()")
_NEXT_ITEM = re.compile(r"\s*\n[ \t]*(?:[•·▪‣◦*–—-]|\d{1,2}[.)])[ \t]+")
# The line after a list that gives all its dates one time: 'jeweils 24 Uhr', 'each at 17:00'.
_EACH_LINE = re.compile(
    r"[ \t]*\n[ \t]*(?:jeweils|each|all\s+at|always|chacune|toutes\s+à|ciascuna|tutte\s+alle"
    r"|sempre|cada\s+una|todas\s+a|siempre)\b[^\n\d]{0,12}$",
    re.IGNORECASE,
)
# What may stand between the dates of a list and the time after them: separators, 'and', 'at'.
_LIST_REST = re.compile(
    # (a list's bullets too, and the bracket its time opens: '• 6 October 2021\n(17:00 CET)';
    # a row's bars: '2 February | 4 May | 3 August'
    r"(?:[\s,;|•·▪(]|\band\b|\bund\b|\bet\b|\be\b|\by\b|\bor\b|\boder\b|\bou\b|\bo\b|\bat\b|\bum\b"
    r"|\bà\b|\balle\b|\ba\s+las\b|\bore\b)*",
    re.IGNORECASE,
)


# A limit set the day before the event: 'Anmeldung bis zum Vortag', 'register by the day
# before', 'inscription jusqu'à la veille', 'entro il giorno precedente', 'hasta el día anterior'.
_EVE = fast_compile(
    r"(?:\bbis\s+(?:zum\s+|spätestens\s+(?:zum\s+|am\s+)?)?|\buntil\s+|\bby\s+|jusqu'(?:à|au)\s+"
    r"|\bavant\s+|\bentro\s+|\bhasta\s+|\bau\s+plus\s+tard\s+"
    # or the limit said to close then: 'Registration closes the day before the webinar'
    # ('The platform closes for registration and meeting requests 72 hours before')
    r"|\bcloses?\s+(?:for\s+[^.;\n\d]{1,40}?\s+)?(?:on\s+)?|\bschließt\s+(?:am\s+)?|\bferme\s+"
    r"|\bchiud(?:e|ono)\s+|\bcierra\s+)"
    # an hour may come first: 'closes at 5 p.m. ET the day before', 'se cierra a las 14:00
    # horas del día anterior', 'si chiudono alle ore 12.00 del lunedì precedente'
    r"(?P<hour>(?:at|a\s+las|alle(?:\s+ore)?|le\s+ore|um|à)\s+(?:\d[.:]\d|[ap]\.\s?m\.|[^.;\n]){1,25}?\s+"
    r"(?:on\s+)?"
    # (or named: 'entro mezzogiorno del giorno precedente', 'by noon the day before')
    r"|(?:mezzogiorno|mezzanotte|midi|minuit|noon|midnight|mediod[íi]a|medianoche|mittag"
    r"|mitternacht)\s+(?:on\s+)?)?"
    r"(?:jeweils\s+)?(?:the\s+|la\s+|il\s+|el\s+|le\s+|del\s+)?"
    r"(?:vortag\b|(?P<working>working\s+|business\s+)?day\s+before\b|veille\b"
    r"|giorno\s+(?:prima|precedente)\b|d[íi]a\s+anterior\b"
    # or a stretch before it: '48 Stunden vor Beginn', 'one week before each stop', '72 hours
    # before the event opens'
    r"|(?P<count>\d{1,3}|one|two|three|four|seven|ten|fourteen|eine[nr]?|zwei|drei|vier|sieben"
    r"|zehn|vierzehn|une|deux|trois|quatre|sept|dix|quinze|una?|due|tre|quattro|sette|dieci"
    r"|quindici|dos|cuatro|siete|diez|quince)\s+(?P<unit>hours?|days?|weeks?|stunden|tagen?"
    r"|wochen?|heures|jours|semaines?|ore|giorni|settimane?|horas|d[íi]as|semanas?)\s+"
    r"(?:before|vor|avant|prima|antes)\b"
    # or a weekday before it: 'entro il martedì precedente', 'hasta el viernes anterior al
    # inicio', 'by the Friday before the event', 'bis zum Freitag vor der Veranstaltung'
    r"|(?P<weekday>"
    + WEEKDAY_NAMES
    + r")\s+(?:precedente|anterior|before|précédent|précédant|vor\b|prima\b))",
    re.IGNORECASE,
)
# A refund or a cancellation's terms, counted before an event: no registration's limit.
_REFUND = fast_compile(
    r"cancel|refund|storn|annul|rembours|rimbors|reembols|devoluci[óo]n|rückerstatt",
    re.IGNORECASE,
)
_EVE_TIME = 40  # characters after 'the day before' read for its time


def _day_before(
    doc: str,
    eve: re.Match[str],
    start: dt.date,
    times: list[TimeMark],
    language: str,
    start_time: dt.time | None = None,
) -> Deadline | None:
    """The limit a page sets before its event's first day: 'the day before', 'the Tuesday
    before', '48 Stunden vor Beginn', 'the working day before', with its hour when one is said
    (or, counted in hours, the event's own)."""
    day = start - dt.timedelta(days=1)
    hour_of_event = None
    if eve.group("count"):
        count = eve.group("count").lower()
        number = int(count) if count.isdigit() else NUMBER_WORDS.get(count, 0)
        hours = number * hours_in(eve.group("unit"))
        if not hours or hours % 24:
            return None  # ('36 hours before'): no day a reader counts without the hour
        day = start - dt.timedelta(days=hours // 24)
        hour_of_event = start_time if hours_in(eve.group("unit")) == 1 else None
    elif eve.group("weekday"):
        # the last such weekday before the first day
        wanted = WEEKDAYS[eve.group("weekday").lower()]
        day -= dt.timedelta(days=(day.weekday() - wanted) % 7)
    elif eve.group("working"):
        while day.weekday() >= 5:  # the working day before a Monday is the Friday
            day -= dt.timedelta(days=1)
    mark = next(
        (
            m
            for m in times
            if eve.start() <= m.start < eve.end() or eve.end() <= m.start <= eve.end() + _EVE_TIME
        ),
        None,
    )
    time = mark.time if mark is not None else hour_of_event
    if time is None:
        return Deadline(date=day)
    zone = (
        (mark.zone if mark is not None else None)
        or _zone_of_text(times)
        or _zone_said_for_all(doc)
        or _home_zone(doc, language)
    )
    return Deadline(date=day, time=time, tz=zone)


# A time said for the deadline's day in a sentence of its own: 'Einreichungen sind an diesem
# Tag bis 14:00 Uhr möglich', 'on that day until 5 pm', 'ce jour-là jusqu'à 12 h'.
_THAT_DAY = fast_compile(
    # (or the hour of the limit named so: 'L'heure limite reste inchangée : 17h00')
    r"heure\s+limite|hora\s+l[íi]mite|orario\s+(?:di\s+)?(?:scadenza|limite)|an\s+diesem\s+tag|on\s+(?:that|the\s+deadline)\s+day|ce\s+jour(?:-là)?|le\s+jour\s+même"
    # 'Das Gesuch muss am Stichtag bis 23:59 Uhr eingereicht sein', 'on the cut-off date by'
    r"|(?:am|zum)\s+stichtag|on\s+(?:the|each|a)\s+cut-?off\s+(?:date|day)|le\s+jour\s+de\s+la\s+clôture"
    r"|on\s+the\s+(?:closing|deadline|due)\s+(?:date|day)|à\s+la\s+date\s+limite"
    # ('Die Uhrzeit bleibt unverändert: … bis 12:00 Uhr', 'the time remains 17:00')
    r"|\b(?:uhrzeit|time|orario|hora|heure)\s+(?:bleibt|remains|reste|resta|rimane|se\s+mantiene)\b"
    # ('The closing time is unchanged: 12:00 noon UK time': the hour of the limit named so)
    r"|\bclosing\s+time\b|\b(?:time|uhrzeit|heure|orario|hora)\s+(?:is\s+)?(?:unchanged|unverändert"
    r"|inchangée|invariat[oa]|sin\s+cambios)\b"
    r"|(?:quel|tale)\s+giorno|ese\s+(?:mismo\s+)?día|dicho\s+día|d[íi]a\s+indicado|fecha\s+fin"
    # 'hasta las 23:59 (hora peninsular) del día de cierre de cada fase'
    r"|d[íi]a\s+de\s+cierre|fecha\s+de\s+cierre|giorno\s+di\s+(?:chiusura|scadenza)"
    r"|jour\s+de\s+(?:clôture|fermeture)",
    re.IGNORECASE,
)


# The cut-offs of a call named together, their time said once: 'at each cut-off (midday,
# Brussels time)', 'an jedem Stichtag um 12 Uhr', 'à chaque date de clôture'.
_EACH_CUT_OFF = fast_compile(
    r"\b(?:each|every|all)\s+(?:of\s+the\s+)?cut-?offs?\b|\bcut-?offs?\s+(?:are|is)\s+(?:at|always)\b"
    r"|\b(?:jede[mnrs]?|alle)\s+stichtag\w*|\bchaque\s+(?:date\s+de\s+)?(?:clôture|relève|relevé|échéance)\b"
    # ('Anträge müssen jeweils bis 12:00 Uhr eingegangen sein', 'All closing times are 17:00')
    r"|\bjeweils\s+bis\b|\ball\s+closing\s+times\b"
    r"|\bogni\s+scadenza\b|\bcada\s+(?:fecha\s+de\s+)?corte\b"
    # every stage, round or window of a call closing at one hour: 'Both stages close at 17:00',
    # 'until 13:00 Irish time on each closing date', 'An allen Stichtagen endet die Einreichung
    # um 12:00 Uhr', 'Le finestre si chiudono alle ore 12:00 dell'ultimo giorno'
    r"|\b(?:both|all|each)\s+(?:stages|rounds|windows|deadlines)\b|\beach\s+closing\s+date\b"
    r"|\ballen\s+stichtagen\b|\bfinestre\s+si\s+chiudono\b|\btodas\s+las\s+(?:fases|convocatorias)\b"
    # or every time of the page said to be one hour: 'All times are 23:59 UTC', 'Toutes les
    # échéances sont fixées à 12h00', 'Tutte le scadenze sono alle ore 12:00', 'Alle Termine
    # jeweils 23:59 Uhr' (not 'All times are CET', which names a clock and no hour)
    r"|\ball\s+times\s+(?:are\s+)?(?:at\s+)?(?=\d)|"
    + _EVERY_DEADLINE
    + r"|\bles\s+deux\s+(?:étapes|phases|échéances)\b"
    # ('Dans les deux cas, le dépôt doit être effectué avant 16 h', 'in both cases by 17:00')
    r"|\bdans\s+les\s+deux\s+cas\b|\bin\s+both\s+cases\b|\bin\s+beiden\s+fällen\b"
    r"|\bin\s+entrambi\s+i\s+casi\b|\ben\s+ambos\s+casos\b",
    re.IGNORECASE,
)


# A limit's word right before a time: 'until 5 p.m.', 'bis 23:59 Uhr', 'jusqu'à 12h',
# 'entro le ore 12', 'hasta las 14:00', 'no later than 16:00'.
_UNTIL_TIME = fast_compile(
    r"(?:\buntil|\bby|\bbefore|no\s+later\s+than|\bbis(?:\s+spätestens)?(?:\s+um)?|jusqu'(?:à|a)"
    r"|\bavant|\bentro(?:\s+e\s+non\s+oltre)?(?:\s+le)?|\bfino\s+alle|\bhasta(?:\s+las)?"
    r"|\bantes\s+de\s+las)"
    r"\s+(?:ore\s+|h\.?\s*)?$",
    re.IGNORECASE,
)
_NEXT_SENTENCE_READ = 160  # characters from a deadline's date to the time a next sentence gives it
# A sentence that speaks of the submission closing, stopping or no longer being accepted: the
# time it gives, right after the deadline's sentence, is the deadline's hour ('The portal
# closes at 17:00:00 Brussels time', 'the closing time is 16:15 Helsinki time', 'La
# plateforme fermera à 17h00', 'Le portail cessera d'accepter les dépôts à 15 h', 'Passé
# 12h30, la plateforme n'acceptera plus de dépôts', 'La piattaforma si chiuderà alle ore 17').
_CLOSING_SENTENCE = fast_compile(
    r"\bclos(?:e|es|ed|ing)\b|\blocks?\b|\bferm(?:e|ent|era|eront|ée?s?)\b|\bclôtur\w*|\bcess\w*"
    r"|\bn'accept\w*\s+plus\b|\bno\s+longer\s+(?:be\s+)?accept|\bschließ(?:t|en)\b|\bgeschlossen\b"
    r"|\bnicht\s+mehr\s+(?:angenommen|möglich|berücksichtigt)|\bchiud(?:e|ono|erà|eranno)\b"
    r"|\bchius[oa]\b|\bcierr(?:a|an)\b|\bcerrar(?:á|án)\b|\bcerrad[oa]\b",
    re.IGNORECASE,
)
# A word of opening right before a time: that hour opens the window ('aprirà alle ore 10').
_OPENS_AT = fast_compile(
    r"(?:\bopens?|\bouvr\w*|\böffnet|\bapr(?:e|irà|ono|iranno)|\babr(?:e|irá|en|irán)|\bfrom|\bdès"
    r"|\bab|\bdalle|\bdesde)\b[^.;:\d]{0,12}$",
    re.IGNORECASE,
)


# A footnote's mark right after a date, and the note it calls: 'Einreichungsschluss: 8. Oktober
# 2027¹' with '¹ jeweils 15:00 Uhr Berliner Ortszeit', '22 ottobre 2027 (*)' with '(*) entro le
# ore 12:00, ora italiana'.
_NOTE_MARK = re.compile(r"[ \t]*(\(\*{1,3}\)|\*{1,3}|[¹²³⁴†‡]+)")


def _footnote_time(
    doc: str, chosen: Mention, times: list[TimeMark]
) -> tuple[dt.time | None, str | None]:
    """The time a footnote gives the deadline, where a mark after its date calls the note."""
    mark = _NOTE_MARK.match(doc, chosen.end)
    if mark is None:
        return None, None
    note = re.compile(r"(?:^|\n)[ \t]*" + re.escape(mark.group(1)) + r"[ \t]*([^\n]*)")
    for found in note.finditer(doc, mark.end()):
        said = [t for t in times if found.start(1) <= t.start < found.end(1)]
        if said:
            return said[0].time, said[0].zone or find_zone(found.group(1))
    return None, None


def _time_stated_apart(
    doc: str, chosen: Mention, mentions: list[Mention], times: list[TimeMark]
) -> tuple[dt.time | None, str | None]:
    """A time given in a sentence of its own: 'no later than 4:30 p.m. on the deadline date',
    or one right after the deadline's, its time a limit ('The call closes on 14 December.
    Submissions are accepted until 5 p.m. Brussels time.')."""
    for mark in times:
        start, sentence = _sentence_of(doc, mark)
        has_date = any(start <= m.start < start + len(sentence) for m in mentions)
        last_day = (
            chosen.is_range
            and start <= chosen.start < start + len(sentence)
            and _LAST_DAY.search(doc, max(0, mark.start - _LAST_DAY_READ), mark.start)
        )
        if last_day:
            # ('Del 2 al 23 de febrero, ambos inclusive; el último día el plazo finalizará a
            # las 14:00 horas': the hour the window's last day closes at)
            return mark.time, mark.zone or find_zone(doc[mark.end : mark.end + 40])
        if has_date:
            continue
        if not doc[_line_start(doc, mark.start) : mark.start].strip():
            continue  # '10:10 Überblick über die Ausschreibungen mit Frist …': a programme's row
        if _STRONG.search(sentence) or _THAT_DAY.search(sentence) or _EACH_CUT_OFF.search(sentence):
            return mark.time, mark.zone or find_zone(sentence)
        if (
            chosen.end <= start <= mark.start <= chosen.end + _NEXT_SENTENCE_READ
            # (the date's sentence may end with its paragraph: a blank line is no sentence)
            and len(_SENTENCE_END.findall(doc[chosen.end : start].rstrip())) <= 1
            and not any(chosen.end <= m.start < mark.start for m in mentions)
            and (
                _UNTIL_TIME.search(doc[max(0, mark.start - 30) : mark.start])
                or (
                    _CLOSING_SENTENCE.search(sentence)
                    and not _OPENS_AT.search(doc[max(0, mark.start - 30) : mark.start])
                )
            )
        ):
            return mark.time, mark.zone or find_zone(doc[mark.end : mark.end + 40])
    return _closing_hour_anywhere(doc, mentions, times)


# What is submitted, or where: the subject of a sentence giving the hour submissions close.
_SUBMITTED = fast_compile(
    r"\b(?:applications?|submissions?|proposals?|portal|platform|e-?environment|candidatures?"
    r"|dossiers?|propositions?|anträge|einreichung\w*|domande|candidature|proposte|solicitudes"
    r"|propuestas|plataforma|piattaforma|plateforme)\b",
    re.IGNORECASE,
)


def _closing_hour_anywhere(
    doc: str, mentions: list[Mention], times: list[TimeMark]
) -> tuple[dt.time | None, str | None]:
    """The hour submissions close at, in the one sentence of the page that says so without a
    date, wherever it stands: 'Applications are due by 5:00 p.m. Eastern Time. The application
    deadline is Thursday, March 18, 2027.', 'Submissions close at 12:00 UTC.'"""
    found = []
    for mark in times:
        start, sentence = _sentence_of(doc, mark)
        before = doc[max(0, mark.start - 30) : mark.start]
        if (
            not any(start <= m.start < start + len(sentence) for m in mentions)
            and doc[_line_start(doc, mark.start) : mark.start].strip()
            and _SUBMITTED.search(sentence)
            and not _INFO_SESSION.search(sentence)
            and not _OPENS_AT.search(before)
            and (_UNTIL_TIME.search(before) or _CLOSING_SENTENCE.search(sentence))
        ):
            found.append(mark)
    if len(found) != 1:
        return None, None
    return found[0].time, found[0].zone or find_zone(doc[found[0].end : found[0].end + 40])


def _sentence_of(doc: str, mark: TimeMark) -> tuple[int, str]:
    """Where the sentence holding a time starts, and its words (a paragraph's end closes it)."""
    start = max(0, doc.rfind(".", 0, mark.start - 6) + 1, _line_start(doc, mark.start))
    stop = _SENTENCE_END.search(doc, mark.end)
    return start, doc[start : stop.start() if stop else len(doc)]


# The last day of a window, named before the hour it closes at.
_LAST_DAY = fast_compile(
    r"\b(?:el\s+)?último\s+día\b|\bl['’]ultimo\s+giorno\b|\ble\s+dernier\s+jour\b"
    r"|\bam\s+letzten\s+tag\b|\bon\s+the\s+(?:last|final)\s+day\b",
    re.IGNORECASE,
)
_LAST_DAY_READ = 60  # characters before an hour read for the last day it closes

_CENTRAL_EUROPEAN = re.compile(r"\b(?:CET|CEST|MEZ|MESZ)\b")
_AOE = re.compile(r"\baoe\b|anywhere\s+on\s+earth", re.IGNORECASE)
_GERMAN_CLOCK = re.compile(r"\b(?:MEZ|MESZ)\b")
_SAYS_BRUSSELS = re.compile(r"brussels|bruxelles|brüssel|bruselas|bruxelas|belgian|belge", re.I)
_COUNTRIES = {
    language: [(fast_compile(words, re.IGNORECASE), zone) for words, zone in countries]
    for language, countries in LANGUAGE_COUNTRIES.items()
}


_OWN_LOCAL_TIME = re.compile(
    r"\b(?:submitter|applicant|proposer|sender)(?:'s|s'|’s)?\s+(?:own\s+)?local\s+time"
    r"|\byour\s+(?:own\s+)?local\s+time|\blocal\s+time\s+of\s+the\s+(?:submitter|applicant"
    r"|submitting\s+organi[sz]ation)",
    re.IGNORECASE,
)
_GMT = re.compile(r"\bGMT\b(?!\s*[+\-−]\s*\d)|greenwich\s+mean\s+time", re.IGNORECASE)
_UK = re.compile(
    r"\bUK\b|\bU\.K\.|\bUKRI\b|british|£|\bGBP\b|united\s+kingdom|england|scotland|wales"
    r"|northern\s+ireland|london|\.ac\.uk\b",
    re.IGNORECASE,
)
_EASTERN_EUROPEAN = re.compile(r"\b(?:EET|EEST)\b")
_SAYS_ATHENS = re.compile(
    r"athens|athènes|atene|atenas|athen\b|greece|greek|grèce|grecia|griechen", re.I
)
_EET_COUNTRIES = [(re.compile(words, re.IGNORECASE), zone) for words, zone in EET_COUNTRIES]


# A correction of the hour of a deadline whose day stays: 'die Uhrzeit wird auf 12:00 Uhr MESZ
# korrigiert', 'l'orario è rettificato dalle ore 12:00 alle ore 14:00', 'the closing time was
# erroneously given as '12:00 UTC'. It should read '12:00 CEST''.
_HOUR_CORRECTED = re.compile(
    r"\b(?:uhrzeit|orario|heure|hora|closing\s+time|due\s+time)\b[^\n]{0,100}?"
    r"\b(?:korrigiert|berichtigt|rettificat[oa]|corrett[oa]|corrigée?|rectifiée?|corregid[oa]"
    r"|corrected|should\s+read|debe\s+decir|doit\s+se\s+lire|va\s+lett[oa])\b",
    re.IGNORECASE,
)
# The word before the corrected hour: 'auf 12:00 Uhr', 'alle ore 14:00', 'should read '12:00'.
_TO_HOUR = re.compile(
    r"(?:\bauf|\balle(?:\s+ore)?|\bto|\bà|\ba\s+las|\bread|\bdecir|\blire|\blett[oa])\s*['\"«“‘]?\s*$",
    re.IGNORECASE,
)
_CORRECTION_READ = 120  # characters after the correction's verb where the new hour may stand


# The hour of a deadline named as such: 'the closing time', 'l'heure limite', 'die Uhrzeit'.
_DEADLINE_HOUR = fast_compile(
    r"\b(?:closing|submission|deadline|due)\s+time\b|\bheure\s+(?:limite|de\s+clôture)\b"
    r"|\buhrzeit\b|\borario\b|\bhora\s+(?:l[íi]mite|de\s+cierre)\b",
    re.IGNORECASE,
)
# What leads from an old hour to a new one: 'from 12:00 noon to 17:00', 'de 12 h à 16 h', 'nicht
# um 12:00 Uhr, sondern erst um 17:00 Uhr', 'de las 16:00 a las 23:59', 'dalle 12 alle 14'.
_TO_NEW_HOUR = re.compile(
    r"\s*(?:\([^)]{0,30}\)\s*)?,?\s*(?:to|à|a|auf|alle(?:\s+ore)?|a\s+las|sondern(?:\s+erst)?"
    r"\s+um)\s*(?:ore\s+)?",
    re.IGNORECASE,
)


_MOVED_VERB = fast_compile(_EXTEND_VERB, re.IGNORECASE)


def _hour_moved(doc: str, times: list[TimeMark]) -> tuple[dt.time, str | None] | None:
    """The new hour of a deadline whose hour a notice moves from one to another, with its zone:
    in a sentence naming the deadline's hour, or on a page whose title does ('Geänderte
    Uhrzeit für das Fristende')."""
    title = doc[: doc.find("\n")] if "\n" in doc else doc
    for old, new in itertools.pairwise(times):
        if not _TO_NEW_HOUR.fullmatch(doc, old.end, new.start):
            continue
        start = max(doc.rfind(".", 0, old.start) + 1, _line_start(doc, old.start))
        sentence = doc[start : old.start]
        if (
            _DEADLINE_HOUR.search(sentence)
            or _DEADLINE_HOUR.search(title)
            # ('il termine … è posticipato dalle ore 12.00 alle ore 17.00 di mercoledì 30
            # settembre': the limit, moved from one hour to another)
            or (_LIMIT_NOUN.search(sentence) and _MOVED_VERB.search(sentence))
        ):
            return new.time, new.zone or find_zone(doc[new.end : new.end + 40])
    return None


def _hour_corrected(doc: str, times: list[TimeMark]) -> tuple[dt.time | None, str | None]:
    """The hour a correction gives the deadline, and its zone, if the text corrects one."""
    found = _HOUR_CORRECTED.search(doc)
    if found is None:
        return None, None
    for mark in times:
        if found.start() <= mark.start <= found.end() + _CORRECTION_READ and _TO_HOUR.search(
            doc[max(0, mark.start - 20) : mark.start]
        ):
            return mark.time, mark.zone
    return None, None


def _named_country_zone(doc: str, language: str) -> str | None:
    """The zone of another country of the text's language that it names as its own."""
    for words, zone in _COUNTRIES.get(language, ()):
        if any(
            not _ACROSS_AFTER.match(doc, found.end())
            and not _ACROSS_BEFORE.search(doc, max(0, found.start() - _ACROSS_READ), found.start())
            for found in words.finditer(doc)
        ):
            return zone
    return None


# A country joined by a dash to a neighbour names a programme across their border, not the
# page's own country: 'Interreg Bayern – Österreich', 'Interreg VI-A Italia-Svizzera',
# 'France-Suisse' (not 'Wallonie-Bruxelles', one country's).
_NEIGHBOUR = (
    r"(?:deutschland|bayern|sachsen|österreich|schweiz|italien|frankreich|tschechien|polen"
    r"|liechtenstein|italia|svizzera|austria|francia|slovenia|croazia|france|suisse|allemagne"
    r"|italie|espagne|españa|portugal|luxembourg|luxemburg|belgique|belgien)"
)
_ACROSS_AFTER = re.compile(r"\s?[-–]\s?" + _NEIGHBOUR + r"\b", re.IGNORECASE)
_ACROSS_BEFORE = re.compile(r"\b" + _NEIGHBOUR + r"\s?[-–]\s?$", re.IGNORECASE)
_ACROSS_READ = 20


def _home_zone(doc: str, language: str) -> str | None:
    """The zone of the country a text with no zone comes from: the one its language is
    spoken in, unless it names another country of that language as its own."""
    named = _named_country_zone(doc, language)
    if named == "":
        return None  # a country of several zones: its time alone names none
    return named or LANGUAGE_ZONES.get(language)


# A sentence saying which clock all the times of a page are on: 'all times indicated in this
# call refer to Central European Time (CET)', 'toutes les heures sont données en heure de Paris',
# 'alle Zeitangaben in MEZ', 'tutti gli orari si intendono ora italiana'.
_ALL_TIMES = fast_compile(
    r"\b(?:all\s+)?times\b[^.]{0,60}?\b(?:refer\s+to|are\s+(?:given\s+|expressed\s+|indicated\s+)?in"
    r"|are\s+in|in|are)\b[^.]{0,50}|\b(?:toutes\s+les\s+)?heures\b[^.]{0,50}?\ben\b[^.]{0,40}"
    r"|\bheures\s+(?:sont\s+)?(?:indiquées|données|exprimées)\b[^.]{0,50}"
    r"|\b(?:alle\s+)?(?:zeitangaben|uhrzeiten)\b[^.]{0,50}|\b(?:tutti\s+gli\s+)?orari\b[^.]{0,50}"
    r"|\b(?:todas\s+las\s+)?horas\b[^.]{0,50}?\b(?:son|se\s+refieren)\b[^.]{0,40}"
    # 'All deadlines are AoE', 'alle Fristen enden um 12 Uhr MEZ'
    r"|\ball\s+(?:deadlines|dates)\b(?:\s+(?:are|refer))?[^.]{0,50}|(?:"
    + _EVERY_DEADLINE
    + r")[^.]{0,50}"
    # 'As before, the deadline is Anywhere on Earth (AoE).'
    r"|\bthe\s+deadlines?\s+(?:is|are)\b[^.]{0,50}"
    # a table's column of times headed by its clock, 'Time (CET)', 'Uhrzeit (MEZ)', or a
    # footnote to it: '| Time* |' … '* Brussels local time.'
    r"|\b(?:time|uhrzeit|heure|ora|hora)\s*\((?P<clock>[^()\n]{2,30})\)|(?:^|\n)\s*\*\s[^\n]{0,40}"
    # a heading's aside for every date under it: 'Important dates (all AoE)', 'Cut-off dates
    # (all at 17:00 CET):', 'Stichtage (alle 12:00 Uhr MEZ)', 'Dates (toutes à 12h, heure de Paris)'
    r"|"
    + _FOR_ALL_ASIDE
    # or any aside closing a short heading over its rows: 'Deadlines (Brasília time, BRT –
    # UTC−3)', 'Key dates (Pacific Time):'
    + r"|(?:^|\n)[^\n\d()]{1,40}\([^()\n]{1,40}\)\s*:?[ \t]*(?=\n)",
    re.IGNORECASE,
)


def _zone_said_for_all(doc: str) -> str | None:
    """The zone a sentence of the page names for all its times, if one does."""
    # ('Time (Brussels)': the place alone in the header's brackets)
    said = (
        find_zone(found.group(0)) or (found.group("clock") and find_zone(found.group("clock")))
        for found in _ALL_TIMES.finditer(doc)
    )
    return next((zone for zone in said if zone), None)


_SESSION_TIME = re.compile(r"^\W*(?:time|hours?|schedule)\s*:", re.IGNORECASE)


def _not_of_sessions(doc: str, times: list[TimeMark]) -> list[TimeMark]:
    """The times that are not a session's: 'an applicant webinar on 14 December at 11:00 GMT',
    'Time: 10:00–12:30 CEST' under an info day's date. An English page gives no clock for its
    limit by giving one for its webinar (the README: a time with no zone is a date alone)."""
    kept = []
    for mark in times:
        line = doc[_line_start(doc, mark.start) : mark.start]
        if not (_INFO_SESSION.search(line) or _SESSION_TIME.match(line)):
            kept.append(mark)
    return kept


def _zone_of_text(times: list[TimeMark]) -> str | None:
    """The zone a text names for its times, when it names exactly one."""
    zones = {mark.zone for mark in times if mark.zone}
    return zones.pop() if len(zones) == 1 else None


# The next edition of an event, announced on its page: 'the dates of the next edition: 21 to 23
# November 2028', 'la date des 10es Rencontres : 13 et 14 juin 2028', 'Cluster Day 2028 will be
# held on'. Its days are not those of the event the page is about.
_NEXT_EDITION = fast_compile(
    r"\bnext\s+(?:year'?s?\s+)?(?:edition|event|conference|meeting|forum|summit|day)"
    r"|\bpróxim[oa]s?\s+(?:edición|jornadas?|encuentro|congreso|feria|foro)"
    r"|\bprochaine?s?\s+(?:édition|rencontres|journées?|salon|forum|congrès|colloque)"
    r"|\bnächste[nrs]?\s+(?:ausgabe|veranstaltung|tagung|konferenz|kongress|messe|forum)"
    r"|\bprossim[oa]\s+(?:edizione|convegno|evento|fiera|forum|giornata)"
    r"|\bnotez\s+(?:dès\s+à\s+présent\s+)?la\s+date\s+des?\s+\d+"
    # or the next of a series by its own name: 'Das nächste Netzwerkfrühstück findet am',
    # 'The next Innovation Breakfast will take place on'
    r"|\b(?:das|der|die)\s+nächste[nrs]?\s+(?-i:[A-ZÄÖÜ])\w+\s+(?:findet|wird|ist)\b"
    r"|\bthe\s+next\s+(?-i:[A-Z])\w+(?:\s+(?-i:[A-Z])\w+){0,2}\s+(?:will|is|takes)\b",
    re.IGNORECASE,
)

# Offices closed for a holiday: 'Our offices are closed from 24 December to 2 January'.
_OFFICE_CLOSED = fast_compile(
    r"\b(?:offices?|oficinas?|bureaux|büros?|geschäftsstelle|uffici|secretar[íi]a|helpdesk)\b"
    r"[^.]{0,50}?\b(?:closed|close|cerrad[oa]s?|fermée?s?|geschlossen|chius[oi])\b",
    re.IGNORECASE,
)

# An act done on a day, which is no event: 'Le Gouvernement a adopté, lors de sa séance du',
# 'Con delibera n. 742 del 31 maggio la Giunta ha approvato', 'Das Zertifikat wurde am 2. Juni
# ausgestellt', 'the Council adopted the strategy on'. Read in the words right before the date
# and right after it.
_ACT_DONE = folded_compile(
    r"\b(?:adopted|approved|a\s+adopté|a\s+approuvé|adoptée?|approuvée?|ha\s+approvato|approvat[oa]"
    r"|delibera|decreto|aprob(?:ó|ado|ada)|beschlossen|verabschiedet|ausgestellt|issued)\b"
    r"|\blors\s+de\s+sa\s+séance\b|\bin\s+seiner\s+sitzung\b|\bat\s+its\s+meeting\b"
    r"|\ben\s+su\s+sesión\b|\bnella\s+seduta\b",
    re.IGNORECASE,
)
_ACT_READ = 45  # characters read on either side of a date for the act done on it


# A date's own label right before it: 'Workshop date: Tuesday,', 'Datum:', 'Fecha:'.
_DATE_LABEL = re.compile(
    r"\b(?:dates?|datum|termin|fechas?|data|date\s+de\s+l['’]\w+)\s*:\s*(?:[^\W\d_]+,?\s*)?$",
    re.IGNORECASE,
)


# A title asking for a host or an organiser: 'Call for Hosts: Summer School 2028', 'Aufruf:
# Ausrichtung der Winterschule', 'Manifestazione di interesse per ospitare', 'organiser l'école'.
_TO_HOST = folded_compile(
    r"\bhosts?\b|\bhosting\b|\bospitare\b|\baccueillir\b|\bacoger\b|gastgeber|ausricht"
    r"|\borgani[sz]ers?\b|\borganiser\b|\borganizzare\b|\borganizar\b",
    re.IGNORECASE,
)


# A report whose title tells of a call's outcome, a decision or a publication, not of an event:
# the dates it gives are of projects, ceremonies or meetings beside it.
_NEWS_OF_NO_EVENT = folded_compile(
    r"\b(?:results?|résultats|resultados|risultati|ergebnisse?"
    r"|selected|retenus|ausgewählt|seleccionad[oa]s|selezionat[ie]"
    r"|proposals|applications|candidatures|candidaturas|candidature|anträge|gesuche|eingaben"
    r"|demandes|solicitudes|domande|proposte|received|reçues?|eingegangen|pervenute|recibid[oa]s"
    r"|adopts?|adopted|adopte|adopta|approva|approves|beschließt|published|publié|veröffentlicht"
    r"|grants|bewilligt|finanzia|members|membres|mitglieder|soci)\b",
    re.IGNORECASE,
)


def _event_dates(
    mentions: list[Mention],
    contexts: list[tuple[str, str]],
    deadline: Mention | None,
    kind: str,
    title: str,
    title_names_event: bool = False,
    title_names: frozenset[str] = frozenset(),
    published: dt.date | None = None,
    skip: frozenset[int] = frozenset(),
) -> tuple[dt.date | None, dt.date | None]:
    if kind == "extension":
        return None, None
    title_length = len(title)
    ranked: list[tuple[float, int, Mention]] = []
    for index, mention in enumerate(mentions):
        if (deadline is not None and mention.last() == deadline.last()) or index in skip:
            continue
        if mention.month_end:
            continue  # 'bis Ende Februar', 'entro fine mese': the end of a period, no event's day
        if (
            index
            and mentions[index - 1].is_range
            and _LIST_GOES_ON.fullmatch(contexts[index][0])
            and _LIST_GOES_ON.fullmatch(contexts[index - 1][1])
        ):
            continue  # '… et 27 février, 6 et 13 mars': the list's next month, read with it
        score = _score(contexts[index], _EVENT_CUES)
        score += 2 if mention.start < title_length else 0
        if title_names_event and mention.start <= title_length + _OPENING:
            score += 2  # 'Tag der Forschung' over 'Am 18. Juni 2026 öffnen ...': the day it names
        score += 1 if mention.is_range else 0
        score += 1 if mention.year_given else 0
        if _in_apposition(contexts[index][0][-40:]) or _after_event_name(contexts[index][0]):
            score += 4  # 'Citizen Science Week (4–10 May 2026)': the dates of what it names
        elif _place_line(
            contexts[index],
            mention,
            _heads_ahead(mention, title_length, published),
            _in_rows(mentions, contexts, index),
        ):
            score += 4  # 'Lyon, Campus de la Doua – du 23 au 25 juin 2027': where and when
        if _when_line(contexts[index]):
            score += 4  # 'Tuesday 9 March 2027, 10:00–12:30 CET · online (Zoom)': when it is
        elif _SESSION_HOURS.match(contexts[index][1]):
            score += 3  # '… on 9 March, 10:00–12:30': the hours something lasts
        if _BESIDE.search(contexts[index][0][-_BESIDE_WORDS:].lower()):
            score -= 8  # 'Side event: study visit to the port on 5 November': not the event
        if _NEXT_EDITION.search(_SENTENCE_START.split(contexts[index][0][-_BESIDE_WORDS:])[-1]):
            score -= 8  # 'La próxima jornada está prevista para el 17 de mayo de 2029'
        if _OFFICE_CLOSED.search(contexts[index][0][-_BESIDE_WORDS * 2 :]):
            score -= 8  # 'Las oficinas permanecerán cerradas del 24 de diciembre al 2 de enero'

        if _ANNOUNCED_THEN.match(contexts[index][1]):
            score -= 8  # 'The ERC today announced the winners': the day of the news, no event
        if _old_plan(contexts[index]):
            score -= 8  # 'le colloque prévu les 19 et 20 novembre est reporté aux': the old days
        if _SURVEY.search(contexts[index][0][-_BESIDE_WORDS:]):
            score -= 8  # 'answered the survey between 12 January and 27 February': its run
        if (
            _ACT_DONE.search(contexts[index][0][-_ACT_READ:])
            or _ACT_DONE.search(contexts[index][1][:_ACT_READ])
        ) and not _HAPPENING.search(contexts[index][0][-_ACT_READ:]):
            # 'la Giunta ha approvato', 'wurde am … ausgestellt': an act's day (but 'the
            # Assembly, held in Vienna on 7 December, approved' is the day of the Assembly)
            score -= 8
        ranked.append((score, -index, mention))
    floor = 0.5 if kind in ("call", "extension") else -1.5
    ranked = [r for r in ranked if r[0] > floor]
    if kind == "news" and published is not None:
        # A report's event is behind its publication: 'Das nächste Forum findet am 11. März
        # 2027 statt' is the next one, not the one it reports.
        behind = [r for r in ranked if (r[2].first() or published) <= published]
        # with none behind, a day ahead is the event told of ('the Day planned for 12 May has
        # been cancelled') unless words say it is something else ('projects may start on')
        ranked = behind or [
            r
            for r in ranked
            if _score(contexts[-r[1]], _EVENT_CUES) >= 0
            # 'Funded partnerships are expected to start on 1 September': what it funds
            and not _of_something_else(contexts, -r[1])
        ]
    # (a report's date ahead is no closing date of a call: 'refunds before 31 July')
    reports_call = (
        kind == "news"
        and deadline is not None
        and (published is None or (deadline.last() or published) <= published)
    )
    if kind == "course" or (kind == "event" and not _INFO_SESSION.search(title)):
        # a course's info session or open evening is not its run: 'Online info session: 2 July';
        # nor is an event's preparatory webinar its day: 'Webinaire de préparation : 18 mai'
        ranked = [r for r in ranked if not _of_a_listed_session(contexts, -r[1])] or ranked
    if kind in ("event", "course") and published is not None:
        # An event announced ahead happens after its page: 'The 2026 conference in Kraków
        # (10-12 June 2026) attracted 720 participants' is the last edition.
        ahead = [r for r in ranked if (r[2].last() or published) >= published]
        ranked = ahead or ranked
    if kind in ("call", "extension") or reports_call:
        # A call has event dates only where the text says its conference happens then; an
        # info day or webinar about the call is not that.
        ranked = [
            r
            for r in ranked
            if (
                _cue_score(" ".join(contexts[-r[1]]), _HAPPENS_CUES) > 0
                or (title_names_event and r[2].start <= title_length + _OPENING)
                or (title_names_event and _in_apposition(contexts[-r[1]][0][-40:]))
                # 'RSCC 2024 (Manchester, 9–11 September 2024)': a place and days in brackets
                # after a name are when and where it happens, whatever the title names
                or (r[2].is_range and _PLACED_APPOSITION.search(contexts[-r[1]][0][-40:]))
                or _place_line(
                    contexts[-r[1]],
                    r[2],
                    _heads_ahead(r[2], title_length, published),
                    _in_rows(mentions, contexts, -r[1]),
                )
                # 'Kyoto International Conference Center, Kyoto, Japan' over 'May 10–14, 2028'
                # at the head of a page: the days of what the page heads
                or (
                    r[2].is_range
                    and r[2].start <= title_length + _HEAD_READ
                    and _alone(contexts[-r[1]])
                )
                # 'Place-Based Innovation Forum 2028' over 'Friday 3 March 2028, 09:30–17:00':
                # a day with its hours alone at the head of an event's call is its day
                or (
                    title_names_event
                    and r[2].start <= title_length + _HEAD_READ
                    and _day_with_hours_alone(contexts[-r[1]])
                )
                or _labelled_by_name(contexts[-r[1]][0], title_names)
                # 'Dates: 8th–10th June' in a conference's call: when it happens
                or (title_names_event and _WHEN_LABELLED.search(contexts[-r[1]][0]))
            )
            and not _of_something_else(contexts, -r[1])
            # a prize's ceremony is not what its call is for: 'Die Preisverleihung findet …
            # am 12. Juli statt', 'the awards will be presented at a ceremony on'
            and not _CEREMONY.search(contexts[-r[1]][0][-_BESIDE_WORDS:])
            # what a call is for is ahead of it: 'the 2027 edition was held in July' is not
            and not (
                not reports_call
                and published is not None
                and (r[2].last() or published) < published
            )
        ]
    if not ranked:
        return None, None
    best = max(ranked)[2]
    if not best.is_range:
        # 'al via domani' in the title, 'da domani a domenica' in the text: the same start, and
        # the range says how long it lasts.
        # A day of its programme inside a range also read ('Dates of the mission: 7–10 June',
        # then '8 June: Smart Mobility Expo'; 'The conference dinner on 24 June') is part of
        # that range; a day labelled as a date is its own ('Workshop date: Tuesday, 7
        # September' within its host conference's 6–10 September), as is one said to happen
        # right after the range ('the main conference, held 14-16 July, and takes place on 15
        # July').
        at = mentions.index(best)
        inside = not _DATE_LABEL.search(contexts[at][0][-_BESIDE_WORDS:]) and not (
            at
            and mentions[at - 1].is_range
            and "\n" not in contexts[at][0]
            and _HAPPENING.search(contexts[at][0])
        )
        best = next(
            (
                m
                for _, _, m in ranked
                if m.is_range
                and m.first() is not None
                and m.last() is not None
                and best.first() is not None
                and (
                    m.first() == best.first() or (inside and m.first() <= best.first() <= m.last())
                )
            ),
            best,
        )
    start, end = best.first(), best.last() if best.is_range else None
    at = mentions.index(best)
    # A list of days that runs on into the next month: 'les jeudis 3, 10, 17 et 24 février, 2
    # et 9 mars 2028' ends on the last day of the list.
    index = at
    while (
        end is not None
        and index + 1 < len(mentions)
        and _LIST_GOES_ON.fullmatch(contexts[index][1])
        and (later := mentions[index + 1].last()) is not None
        and later > end
    ):
        end, index = later, index + 1
    if start is not None and end is not None and end < start:
        end = None  # a range written backwards is no range
    one_session = _SESSION_HOURS.match(contexts[at][1])
    if (
        end is None
        and kind in ("event", "course", "news")
        and start is not None
        and not one_session
    ):
        # (a day given with its hours, '11:00 a.m.–12:15 p.m.', is all of a one-day event)
        end = _last_day_written(ranked, start)
    if kind == "course" and start is not None:
        start, end = _course_span(mentions, contexts, deadline, best, start, end)
    return start, end


# The parts of a course and the words of its end, in the words before their dates: 'Module 3:',
# 'On-site session in Vienna:', 'et se termine le', 'Abschlusskolloquium:', '(until'.
_COURSE_PART = fast_compile(
    r"modul\w*|\bsessions?\b|\bphase\b|\bblock\b|präsenz\w*|on-site|séminaires?|seminar\w*"
    r"|\bweeks?\b|semaine|settimana|semana|woche|residential|residenziale|presencial",
    re.IGNORECASE,
)
_COURSE_END = fast_compile(
    r"se\s+termine|termine\s+le|\bends?\s+on|\bendet\b|\buntil\b|\bbis\b|jusqu|fino\s+al|hasta"
    r"|letzte[rn]?\s+\w*tag|abschluss\w*|final\s+(?:session|exam|presentations?)|closing\s+session"
    # 'e si concluderanno il 30 ottobre 2025', 'et se concluront le', 'y concluirán el'
    r"|conclud\w*|se\s+conclu\w*|concluir\w*|\bend\s+on\b"
    r"|examen\s+final|session\s+finale|esame\s+finale|finaliza|termina"
    # a line labelled as the end: 'Fin du cours :', 'Fin de la formation :', 'Ende:'
    r"|\bfin\s+(?:du\s+cours|de\s+la\s+formation|des\s+cours|del\s+curso|de\s+las\s+clases)"
    r"|\bfine\s+(?:del\s+corso|(?:delle\s+)?lezioni)|(?:^|\n)\s*(?:ende|end|fin|fine)\s*:\s*$"
    r"|\b(?:kurs|lehrgangs|seminar|programm|schulungs|studien|semester)ende\b|\bsemester\s+ends\b"
    r"|\bende\s+des\s+(?:kurses|lehrgangs|programms|seminars)\b"
    r"|\bend\s+of\s+(?:the\s+)?(?:course|programme|program)"
    # the teaching's end in a degree's calendar: 'Fin del periodo lectivo:', 'Ende der
    # Vorlesungszeit', 'fin des enseignements', 'fine delle attività didattiche', 'end of classes'
    r"|\bfin\s+del\s+periodo\s+lectivo|\bfin\s+de\s+(?:la\s+)?docencia|ende\s+der\s+vorlesungszeit"
    r"|\bvorlesungsende\b|\bfin\s+des\s+enseignements|\bfine\s+(?:(?:delle\s+)?attività\s+didattiche"
    r"|del\s+periodo\s+didattico)|\bend\s+of\s+(?:classes|teaching|lectures)"
    # a line naming it: 'Programme ends: Friday 8 September 2028', 'Course closes (final quiz)'
    r"|\b(?:course|programme|program|mooc)\s+(?:ends|closes)\b"
    # ('Starts: Monday, January 18' over 'Runs until: Friday, February 26')
    r"|\bruns\s+(?:until|through)\b",
    re.IGNORECASE,
)
_COURSE_READ = 60  # characters before a date read for the part of a course it dates
_NUMBERED_MODULE = fast_compile(
    r"\b(?:modul[eo]?s?|block|unit|unité|unidad|unità)\s*(?:\d{1,2}|[ivx]{1,4})\b\W{0,3}$",
    re.IGNORECASE,
)
# A line naming a course's start: 'Semester begins:', 'Lehrgangsstart:', 'Début de la formation'.
_COURSE_START = fast_compile(COURSE_START_WORDS, re.IGNORECASE)
_START_LABEL_READ = 30  # characters before a date read for the label of a course's start
# What stays open to see after a course, until a date: not the course's end.
_STAYS_AVAILABLE = fast_compile(STAYS_AVAILABLE_WORDS, re.IGNORECASE)
_COURSE_LENGTH = 366  # days: a course's parts lie within a year of its start


def _course_span(
    mentions: list[Mention],
    contexts: list[tuple[str, str]],
    deadline: Mention | None,
    best: Mention,
    start: dt.date,
    end: dt.date | None,
) -> tuple[dt.date, dt.date | None]:
    """A course runs from its first part to its last: modules listed one by one ('Module 1:
    13–15 September', 'Module 3: 22–24 November'), an end said apart ('et se termine le 25
    mai', 'Abschlusskolloquium: 28.01.2028'). A deadline is no part of it."""
    first, last = start, end or start
    best_is_part = bool(_COURSE_PART.search(contexts[mentions.index(best)][0][-_COURSE_READ:]))
    for index, mention in enumerate(mentions):
        if mention is best or (deadline is not None and mention.last() == deadline.last()):
            continue
        day, final = mention.first(), mention.last()
        if day is None or final is None:
            continue
        near = contexts[index][0][-_COURSE_READ:]
        # 'three modules: 12-14 September, 10-12 October and 7-9 November'
        *_, listed = _listed_back(contexts, index)
        if listed != index:
            near = contexts[listed][0][-_COURSE_READ:]
        if _STAYS_AVAILABLE.search(near):
            continue  # 'Certificate upgrade: available until', 'restent accessibles jusqu'au'
        if _of_a_listed_session(contexts, index) and not _COURSE_END.search(near):
            # 'An online information session will take place on': no part of it (its final
            # exam is: 'endet mit der Abschlussprüfung am')
            continue
        if _COURSE_START.search(near[-_START_LABEL_READ:]) and day < first:
            if (start - day).days <= _COURSE_LENGTH:
                # 'Semester begins: 20 September' above a workshop 'held on Saturday 16
                # October': the course starts when it says it does
                first = day
        elif _COURSE_END.search(near) and start < final <= start + dt.timedelta(_COURSE_LENGTH):
            last = max(last, final)
        elif _COURSE_PART.search(near) and abs((day - start).days) <= _COURSE_LENGTH:
            # (or where the part is a numbered module: 'Modul 1: 13.–15.09.2027' above the
            # project's presentation 'Termin: 24.11.2027' starts the course)
            if day < first and (best_is_part or _NUMBERED_MODULE.search(near)):
                first = day  # the course starts with its first part, where its best date is one
            if final > start:
                last = max(last, final)
    return first, (last if last > first else end)


# The hours a session runs, right after its day: '10:00–12:30 CET', '· 11:00 a.m.–12:15 p.m.',
# '14:00–15:30 Uhr', 'dalle ore 10.00 alle 13.00', 'de 9:30 a 13:45 h', '13:00 bis 19:00 Uhr'.
_SESSION_HOURS = fast_compile(
    # ('martedì 19 gennaio 2027, ore 11:00-12:30', 'jueves 4 de marzo, de 10:00 a 12:00 h')
    r"^\s*[,·|(–—-]?\s*(?:from\s+|de\s+|des\s+|von\s+|dalle\s+(?:ore\s+)?|dès\s+|ore\s+)?"
    # ('de 8 h 30 à 15 h 30': a French hour may be spaced)
    r"\d{1,2}(?:[:.h]\d{2}|\s?h\s?\d{2})?\s*(?:a\.?m\.?|p\.?m\.?|h|uhr)?\s*"
    r"(?:[-–—]|to|until|bis|a|à|alle(?:\s+ore)?)\s*\d{1,2}(?:[:.h]\d{2}|\s?h\s?\d{2})?",
    re.IGNORECASE,
)
# What a line giving when something happens holds besides its day: a label ('When:', 'Wann?',
# 'Cuándo:', 'Termin:'), a weekday, the hours and the words of hours, where it is.
_WHEN_WORDS = (
    r"when|dates?|wann|termine?|datum|quand|cuándo|fechas?|quando|data|date\s+et\s+(?:heure|lieu)"
    r"|dates\s+and\s+venue"
)
_WHEN_LABEL = fast_compile(
    r"^\W*(?:(?:" + _WHEN_WORDS + r")\s*[:?]\s*)?(?:(?:" + WEEKDAY_NAMES + r")\.?,?\s*)?$",
    re.IGNORECASE,
)
_WHEN_LABELLED = fast_compile(r"(?:^|\n)\W*(?:" + _WHEN_WORDS + r")\s*[:?]\s*$", re.IGNORECASE)
_HOUR_WORDS = frozenset(
    "from to until till bis von vom uhr dalle alle fino ore dès des jusqu jusqu'à heure heures"
    " de del las los horas online hybrid virtual live and und et".split()
)


def _when_line(context: tuple[str, str]) -> bool:
    """Whether a date stands in a line of its own that says when something happens: the day
    (a weekday, a label before it) and only its hours, its place or 'online' after it
    ('Thursday, November 4 · 11:00 a.m.–12:15 p.m. ET · Zoom', 'sabato 16 ottobre 2027, dalle
    9:00', 'Friday 3 – Sunday 5 December 2027')."""
    before, after = context
    if len(before) + len(after) > _PLACE_LINE or not _WHEN_LABEL.match(before):
        return False
    if not (before.strip() or _SESSION_HOURS.match(after)):
        return False  # '16.08.2027 | Wirtschaft & Technologie': a date alone may be a dateline
    # (an aside in brackets says how: '(online, a través de Zoom)', '(en ligne, sur Teams)')
    words = re.findall(r"[^\W\d_]+", _BRACKETS.sub(" ", after))
    return _cue_score(after, _DEADLINE_CUES) == 0 and all(
        word[0].isupper() or word.lower() in _HOUR_WORDS or len(word) <= 2 for word in words
    )


_HOW_HELD = frozenset(
    "hybrid hybride híbrido ibrido online virtual virtuel virtuale presencial présentiel fully"
    " presenza präsenz format formato modalità modalidad modalité línea ligne".split()
)
_STEP_LABEL = re.compile(r"\b(?:" + STEP_WORDS + r")\s*\w{0,3}\s*[:–—-]?\s*$", re.IGNORECASE)
_PLACE_LINE = 100  # characters: a line giving where and when, and nothing else
# (or the line opens with the range: 'Du 21 au 23 octobre 2020 – Montpellier', 'Du lundi 30
# août au mercredi 1er septembre 2021 – Genève': its first day's name may stand before it)
_AFTER_SEPARATOR = re.compile(
    r"(?:^|[–—\-,·|])\s*(?:du|del|dal|from|vom|von|le|les|el|il|on)?\s*"
    r"(?:(?:" + WEEKDAY_NAMES + r")\.?,?\s*)?$",
    re.I,
)


# The days an event was planned for, told where it is put off: 'der für den 12. Mai 2022
# geplante Netzwerktag … wird … verschoben', 'originariamente previsto per il 5 novembre'.
_PLANNED_BEFORE = fast_compile(
    r"(?:planned|scheduled|originally|initially|prévue?s?|initialement|previst[oa]|originariamente"
    r"|inizialmente|programad[oa]|inicialmente|ursprünglich)\b[^.;\n]{0,24}$",
    re.IGNORECASE,
)
_PLANNED_AFTER = fast_compile(r"^\W{0,3}(?:geplante[nr]?|vorgesehene[nr]?)\b", re.IGNORECASE)
_PUT_OFF_VERB = fast_compile(PUT_OFF_VERBS, re.IGNORECASE)


def _old_plan(context: tuple[str, str]) -> bool:
    """Whether a date is the one an event was planned for, in a sentence that puts it off."""
    before, after = context
    return bool(
        (_PLANNED_BEFORE.search(before[-40:]) or _PLANNED_AFTER.match(after))
        and _PUT_OFF_VERB.search(f"{before} {after}")
    ) or bool(_DENIED_DAY_BEFORE.search(before[-40:]) and _RATHER_AFTER.match(after))


# A day denied for the one that follows: 'beginnt nicht wie angekündigt am 20. September,
# sondern am 4. Oktober', 'not on 12 May but on 19 May', 'non plus le 3 mais le 10 juin'.
_DENIED_DAY_BEFORE = fast_compile(r"\b(?:nicht|not|non|no)\b[^.;\n\d]{0,30}$", re.IGNORECASE)
_RATHER_AFTER = fast_compile(
    r"^[^.;\n\d]{0,20}?,?\s*(?:sondern|but|mais|ma|bensì|sino)\b", re.IGNORECASE
)


_WEEKDAY_ALONE = re.compile(rf"^\W*(?:(?:{WEEKDAY_NAMES})\.?,?\s*)?$", re.IGNORECASE)
_HOURS_ALONE = re.compile(
    r"^\s*[,·|–-]?\s*(?:from\s+|de\s+|dalle\s+|von\s+)?\d{1,2}(?:[:.h]\d{2})?\s*(?:[ap]\.?m\.?)?\s*"
    r"(?:[-–]|to|à|a|alle|bis)\s*\d{1,2}(?:[:.h]\d{2})?\s*(?:[ap]\.?m\.?|uhr|h)?\s*(?:[A-Z]{2,5})?\s*$",
    re.IGNORECASE,
)


def _day_with_hours_alone(context: tuple[str, str]) -> bool:
    """Whether a day stands on a line of its own with its weekday and its hours only: 'Friday
    3 March 2028, 09:30–17:00'."""
    before, after = context
    line_before = before.rsplit("\n", 1)[-1]
    line_after = after.split("\n", 1)[0]
    return bool(_WEEKDAY_ALONE.match(line_before) and _HOURS_ALONE.match(line_after))


def _alone(context: tuple[str, str]) -> bool:
    """Whether a date stands on a line of its own (a context ends at its line's ends)."""
    before, after = context
    return not before.strip() and not after.strip(" .,")


_PLACE_AFTER = re.compile(r"\s*[|·–—-]\s*[^\W\d_]")
_PLACE_BEFORE = re.compile(r"\s*[^\W\d_][^\d\n:;]{1,60}?\s*[,|·–—-]\s*")


def _heads_ahead(mention: Mention, title_length: int, published: dt.date | None) -> bool:
    """Whether a day stands at the head of the page and after its publication: a place and a
    day there are what the page announces ('Lyon, 27 January 2028'), not its dateline
    ('Québec, le 1er décembre 2027' on the day it was published)."""
    day = mention.first()
    return (
        mention.start <= title_length + _HEAD_READ
        and day is not None
        and (published is None or day > published)
    )


def _in_rows(mentions: list[Mention], contexts: list[tuple[str, str]], index: int) -> bool:
    """Whether a day opens a line next to another line opened by a day: a row of a list ('8.
    Juni 2027 – Kassel' over '15. Juni 2027 – Fulda': stations of a roadshow, sessions)."""
    mention = mentions[index]
    return (
        index + 1 < len(mentions)
        and mentions[index + 1].start - mention.end < _ROW_GAP
        and _WEEKDAY_ALONE.match(contexts[index + 1][0]) is not None
    ) or (
        index > 0
        and mention.start - mentions[index - 1].end < _ROW_GAP
        and _WEEKDAY_ALONE.match(contexts[index][0]) is not None
    )


_ROW_GAP = 80  # characters from a day to the next one that opens the line after it


def _place_line(
    context: tuple[str, str], mention: Mention, at_head: bool = False, in_rows: bool = False
) -> bool:
    """Whether a range of days stands in a short line of its own beside a place and no word of
    a limit: 'Lyon, Campus de la Doua – du 23 au 25 juin 2027', 'June 30 – July 2, 2027 ·
    University of Groningen'. A conference page gives its days so; at the head of the page,
    under its title, one day too ('Lyon, 27 January 2028')."""
    before, after = context
    words = f"{before} {after}"
    if not mention.is_range and not (
        at_head
        and (
            # (one day: a place and a separator before it, nothing but an aside after it; or
            # nothing but its weekday before it and a separator and a place after it: '27
            # maggio 2027 – Torino, OGR', 'Jueves, 21 de octubre de 2027 – Bilbao')
            (_PLACE_BEFORE.fullmatch(before) and not _BRACKETS.sub("", after).strip())
            or (_WEEKDAY_ALONE.match(before) and _PLACE_AFTER.match(after) and not in_rows)
        )
    ):
        return False
    if len(words) > _PLACE_LINE or "\n" in words.strip():
        return False
    if after.lstrip().startswith(":"):
        return False  # 'April 9 - April 10, 2014: Tutorials': a timeline's label says what
    if before.strip() and not _AFTER_SEPARATOR.search(before):
        return False  # 'Phase 1 ...', 'im Zeitraum ...': a label that says what the days are
    if _STEP_LABEL.search(before):
        return False  # 'Phase 2 – 1 January until 1 March': a step's window, not a place's days
    # (an aside in brackets, '(format hybride)', '(hybrid)', says how, not what)
    names = re.findall(r"[^\W\d_]+", _BRACKETS.sub(" ", words))
    # names and little words only ('Campus de la Doua – du'): a sentence has longer words in
    # lower case ('Los contratos tendrán una duración de cuatro años, del'), beside the words
    # of how it is held ('24-26 de noviembre de 2021 · Formato híbrido')
    # (or the words of how it is held alone: '27 June – 1 July 2022 · fully online')
    held_so = bool(names) and all(name in _HOW_HELD for name in names)
    return (
        (any(name[0].isupper() for name in names) or held_so)
        and not any(
            name.islower() and len(name) > 3 and name not in _HOW_HELD and name not in WEEKDAYS
            for name in names
        )
        and _cue_score(words, _DEADLINE_CUES) == 0
    )


_LISTED_AFTER = re.compile(
    r"\s*(?:,|;|and|or|und|oder|et|ou|y|o|e)\s*(?:(?:on|am|le|el|il|the)\s+)?", re.IGNORECASE
)


# An info session by its own words (not the selection's exams or juries): the label of a
# timeline's row, '30 March 2027, 10:00–11:30: online info session on the call'.
_INFO_SESSION_NAMED = fast_compile(INFO_SESSION_WORDS, re.IGNORECASE)


def _of_a_session(context: tuple[str, str]) -> bool:
    """Whether a date is that of an info session named before it or right after it."""
    before, after = context
    return bool(
        # (in its sentence: 'An online information session for prospective applicants takes
        # place on 9 June')
        (
            _INFO_SESSION.search(before[-_SESSION_READ:]) is not None
            and _INFO_SESSION.search(_SENTENCE_START.split(before[-_SESSION_READ:])[-1])
        )
        or _INFO_SESSION.search(re.split(r"[,;]|:\s", after[:_SESSION_AFTER], maxsplit=1)[0])
        # (or in its label after its hours: '30 March 2027, 10:00–11:30: online info session')
        or (
            (label := _LABEL.match(after)) is not None
            and _INFO_SESSION_NAMED.search(after, label.end(), label.end() + _SESSION_AFTER)
            is not None
        )
    )


def _listed_back(contexts: list[tuple[str, str]], index: int) -> Iterator[int]:
    """A date's index, then those of the dates before it in the same list, nearest first: what
    '19 October, 2 and 16 November' says of its first date it says of them all."""
    yield index
    while index > 0 and _LISTED_AFTER.fullmatch(contexts[index][0]):
        index -= 1
        yield index


def _of_a_listed_session(contexts: list[tuple[str, str]], index: int) -> bool:
    """Whether a date is an info session's, or follows one in a list of its dates: 'Live Q&A
    sessions (19 October, 2 and 16 November)'."""
    return any(_of_a_session(contexts[i]) for i in _listed_back(contexts, index))


def _of_something_else(contexts: list[tuple[str, str]], index: int) -> bool:
    """Whether a call's date is that of its info session, its selection or what it funds
    ('Die Jurysitzungen finden am 15.04. und am 14.10. statt': both dates are the jury's)."""
    return any(_of_something(contexts[i]) for i in _listed_back(contexts, index))


def _of_something(context: tuple[str, str]) -> bool:
    """Whether a date is named as an info session's, or as the start of what a call funds."""
    before = context[0]
    clause = re.split(r"[;,:]", before[-70:])[-1]  # the subject of the verb is in its clause
    return bool(
        # 'El 10 de marzo a las 12:00 se celebrará una sesión informativa': named after it
        _of_a_session(context) or (_BEGINS.search(before[-30:]) and _WHAT_IT_FUNDS.search(clause))
    )


# The name of an event as a conference writes it: 'EuroVis', 'ICML', 'RSECon26' (a capital or a
# digit inside the word), and a date labelled with it in a timeline: 'EuroVis 2026: June 8-12'.
_NAME = re.compile(r"\b[A-Z][a-z]*[A-Z0-9][\w-]*")
_NAME_LABEL = re.compile(r"\b([A-Z][a-z]*[A-Z0-9][\w-]*)(?:\s+(?:19|20)\d{2})?\s*:\s*$")


def _labelled_by_name(before: str, title_names: frozenset[str]) -> bool:
    """Whether the label right before a date is the name of the event the title names."""
    label = _NAME_LABEL.search(before[-30:]) if title_names else None
    return label is not None and label.group(1) in title_names


_LIST_GOES_ON = re.compile(r"\s*(?:,|;|et|and|und|e|y)\s*", re.IGNORECASE)
_SESSION_GAP = 14  # days between an event's or a course's sessions read as one run


def _last_day_written(ranked: list[tuple[float, int, Mention]], start: dt.date) -> dt.date | None:
    """The last of several single days an event page gives for itself ('day 1 ... day 3'), as
    of a course's or a webinar series' sessions, each within two weeks of the one before
    ('Tuesday 11 January', 'Tuesday 18 January', … 'Tuesday 8 February')."""
    days = sorted(
        {m.first() for _, _, m in ranked if not m.is_range and m.first() and m.first() > start}  # type: ignore[operator]
    )
    last = None
    for day in days:
        if (day - (last or start)).days > _SESSION_GAP:  # type: ignore[operator]
            break
        last = day
    return last

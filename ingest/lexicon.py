"""Words announcements use, in English, German, French, Spanish and Italian.

Data only: the extractor's rules read these tables, so improving a language is editing a list.
"""

from __future__ import annotations

MONTHS: dict[str, int] = {}
for number, names in enumerate(
    [
        "january jan januar jänner janvier janv enero ene gennaio genn",
        "february feb februar février fevrier févr fevr febrero febbraio febbr",
        "march mar märz mär maerz mars marzo",
        "april apr avril avr abril abr aprile",
        "may mai mayo maggio",
        "june jun juni juin junio giugno giu",
        "july jul juli juillet juil julio luglio lug",
        "august aug août aout agosto",
        "september sep sept septembre septiembre setiembre settembre sett",
        "october oct oktober okt octobre octubre ottobre ott",
        "november nov novembre noviembre",
        "december dec dezember dez décembre déc decembre diciembre dicembre dic",
    ],
    start=1,
):
    for name in names.split():
        MONTHS[name] = number

WEEKDAYS: dict[str, int] = {}
for number, names in enumerate(
    [
        "monday mon montag lundi lunes lunedì lunedi",
        "tuesday tue tues dienstag mardi martes martedì martedi",
        "wednesday wed mittwoch mercredi miércoles miercoles mercoledì mercoledi",
        "thursday thu thurs donnerstag jeudi jueves giovedì giovedi",
        "friday fri freitag vendredi viernes venerdì venerdi",
        "saturday sat samstag sonnabend samedi sábado sabado sabato",
        "sunday sun sonntag dimanche domingo domenica",
    ]
):
    for name in names.split():
        WEEKDAYS[name] = number

# Numbers written as words, as periods and stretches are counted ('sechs Wochen nach', 'one week
# before', 'soixante jours', 'quindici giorni').
NUMBER_WORDS: dict[str, int] = {
    **dict.fromkeys("one eine einen einer une un una".split(), 1),
    **dict.fromkeys("two zwei deux due dos".split(), 2),
    **dict.fromkeys("three drei trois tre tres".split(), 3),
    **dict.fromkeys("four vier quatre quattro cuatro".split(), 4),
    **dict.fromkeys("six sechs sei seis".split(), 6),
    **dict.fromkeys("seven sieben sept sette siete".split(), 7),
    **dict.fromkeys("eight acht huit otto ocho".split(), 8),
    **dict.fromkeys("ten zehn dix dieci diez".split(), 10),
    **dict.fromkeys("fourteen vierzehn".split(), 14),
    **dict.fromkeys("fifteen fünfzehn quinze quindici quince".split(), 15),
    **dict.fromkeys("twenty zwanzig vingt venti veinte".split(), 20),
    **dict.fromkeys("thirty dreißig trente trenta treinta".split(), 30),
    **dict.fromkeys("forty-five quarante-cinq quarantacinque".split(), 45),
    **dict.fromkeys("sixty sechzig soixante sessanta sesenta".split(), 60),
    **dict.fromkeys("ninety neunzig quatre-vingt-dix novanta noventa".split(), 90),
}
# The words for weeks and hours among the units periods are counted in (any other is a day).
WEEK_UNITS = ("week", "woch", "sem", "sett")
HOUR_UNITS = ("hour", "stund", "heure", "ore", "hora")


def hours_in(unit: str) -> int:
    """How many hours one of a period's units counts: 'Wochen' 168, 'heures' 1, 'giorni' 24."""
    unit = unit.lower()
    return 168 if unit.startswith(WEEK_UNITS) else 1 if unit.startswith(HOUR_UNITS) else 24


# Every weekday name, longest first, as an alternation for patterns ('mercredi|mercoledi|...').
WEEKDAY_NAMES = "|".join(sorted(WEEKDAYS, key=len, reverse=True))
# Long weekday names only ('mon', 'sun' are words of their own in English).
LONG_WEEKDAY_NAMES = "|".join(sorted((w for w in WEEKDAYS if len(w) > 3), key=len, reverse=True))

# Words that name a numbered step of a procedure: 'Round 1', 'Stage 2', 'Fase 1', 'Runde 3'
# (the number after them is the step's, never a day).
STEP_WORDS = (
    r"round|stage|phase|step|cohort|batch|wave|intake|cut-?off|runde|stufe|étape|fase|ronda|tappa"
    r"|turno"
)

# An optional or voluntary step, and a reduced early rate: words that make a date no deadline,
# before it ('optional letter of intent:') or after it ('... facoltativa', '... gilt ein
# Frühbucherpreis').
# A first step said to be required: 'A letter of intent is required', 'Expression of Interest
# (mandatory)', 'Prerregistro obligatorio' (the full proposals it leads to come later).
REQUIRED_FIRST_STAGE = (
    r"(?:letter\s+of\s+intent|\bloi\b|(?:notifications?|notices?)\s+of\s+intent|\bnoi\b"
    r"|pre-?proposals?|pre-?applications?|lettre\s+d['’]intention|avis\s+d['’]intention"
    r"|absichtserklärung|lettera\s+di\s+intenti|carta\s+de\s+intención"
    # ('Expression of Interest (mandatory)', 'Prerregistro obligatorio de la agrupación')
    r"|expressions?\s+of\s+interest|\beois?\b|pre-?registration|prerregistro|preinscripci[óo]n"
    r"|pré-?inscription|preiscrizione|vorregistrierung)[^.;]{0,30}?"
    r"(?<!not\s)(?<!nicht\s)(?<!non\s)(?<!pas\s)(?<!no\s)"
    r"\b(?:required|mandatory|compulsory|obligatoire|verpflichtend|obbligatori\w*|obligatori\w*)"
    # (or said first: 'Mandatory pre-registration of consortia', 'Verpflichtende Registrierung')
    r"|\b(?:mandatory|compulsory|required|verpflichtende?|obligatoires?|obligatori[oa]s?"
    r"|obbligatori[oa])\s+(?:pre-?)?(?:registration|registrierung|inscription|registro|registrazione"
    r"|letters?\s+of\s+intent|expressions?\s+of\s+interest|pre-?proposals?|absichtserklärung"
    r"|lettres?\s+d['’]intention)"
)
OPTIONAL_WORDS = (
    # (the Romance words in the singular only: 'voluntarios', 'volontari' are volunteers)
    r"optional|voluntary|voluntari[oa]\b|volontari[oa]\b|volontaire\b"
    r"|facultati\w*|freiwillig\w*|opcional\w*|facoltativ\w*|non\s+obligatoire"
    r"|not\s+(?:required|mandatory|compulsory|binding)|nicht\s+verpflichtend|no\s+obligatori\w*"
    r"|non\s+obbligatori\w*|pas\s+obligatoire|non\s+vincolante|no\s+vinculante|non\s+contraignante"
    # ('a non-binding intention to submit … it is not a condition for submitting')
    r"|non-binding|unverbindlich\w*|not\s+a\s+(?:condition|requirement|prerequisite)\b"
)
EARLY_RATE_WORDS = (
    r"early[\s-]?bird|early[\s-]+(?:registration|rate|fee|booking)|frühbucher\w*|inscription\s+anticipée"
    r"|inscripción\s+anticipada|iscrizione\s+anticipata|reduced\s+(?:rate|fee|price)s?|discount\w*"
    # (in the plural as well: 'les tarifs préférentiels s'appliquent jusqu'au')
    r"|tarifas?\s+reducidas?|cuotas?\s+reducidas?|quot[ae]\s+ridott[ae]|descuento|tarifs?\s+réduits?|tariff[ae]\s+ridott[ae]|\bsconto\b"
    r"|ermäßig\w*|rabatt|\brabais\b|tarifs?\s+préférentiels?|tarifas?\s+preferentes?"
    r"|tariff[ae]\s+agevolat[ae]|preferential\s+rates?"
    r"|vorzugspreis|tarif\s+hâtif|inscription\s+hâtive"
    # a reduced price: 'precio reducido', 'prezzo ridotto', 'prix réduit', 'reduzierter Preis'
    r"|precios?\s+reducidos?|prezz[oi]\s+ridott[oi]|prix\s+réduits?|reduziert\w*\s+preis\w*"
    # a price of its own for those who register by a date: '700 € per iscrizioni entro il 28
    # febbraio', 'EUR 450 for registrations before 1 May'
    r"|(?:€\s*\d[\d.,]*|\d[\d.,]*\s*(?:€|eur(?:o|os)?\b))\s+(?:per|for|pour|para|für)\s+"
    r"(?:les\s+|las\s+)?(?:iscrizioni|registrations?|inscriptions?|inscripciones|anmeldungen)\b"
)
# The words naming a course's start: 'Semester begins:', 'Lehrgangsstart:', 'Erster Termin:',
# 'Début de la formation', 'inizio del corso', 'inicio del curso'.
COURSE_START_WORDS = (
    r"\b(?:semester|course|programme|program|classes)\s+(?:begins|starts)\b"
    r"|\b(?:kurs|lehrgangs|seminar|programm|schulungs|studien|semester)(?:beginn|start)\b"
    r"|\berster\s+(?:termin|kurstag|kursabend|seminartag)\b"
    r"|\bdébut\s+(?:de\s+la\s+formation|des\s+cours)\b|\binizio\s+(?:del\s+corso|delle\s+lezioni)\b"
    r"|\binicio\s+(?:del\s+curso|de\s+(?:las\s+)?clases)\b"
)
# The words a sentence about an earlier edition opens with: 'Last year 1,150 meetings took place',
# 'L'an dernier, 300 participants …', 'After a successful first edition in Graz last year (10-11
# June 2026), the Forum returns', 'Dopo il successo dell'edizione 2026, svoltasi a Bari'.
HISTORY_OPENERS = (
    r"last\s+year|(?:in\s+)?the\s+(?:previous|last)\s+edition|letztes\s+jahr"
    r"|im\s+vorjahr|im\s+letzten\s+jahr|l'an(?:née)?\s+derni[eè]re?|lors\s+de\s+la\s+(?:précédente"
    r"|dernière)\s+édition|l'anno\s+scorso|nella\s+(?:scorsa|precedente)\s+edizione"
    r"|el\s+año\s+pasado|en\s+la\s+(?:pasada|anterior)\s+edición"
    r"|after\s+(?:a|the)\s+successful\s+(?:\w+\s+)?edition|dopo\s+il\s+successo\s+dell['’]edizione"
    r"|nach\s+de[mr]\s+erfolg(?:reichen)?\s+(?:der\s+)?(?:\w+\s+)?(?:ausgabe|auflage)"
    r"|après\s+le\s+succès\s+de\s+la\s+(?:\w+\s+)?édition"
    r"|tras\s+el\s+éxito\s+de\s+la\s+(?:\w+\s+)?edición"
)
# What stays to be seen for a while: 'course material stays available until', 'die Aufzeichnung
# ist bis ... abrufbar', 'restent accessibles jusqu'au', 'disponibile fino al'.
STAYS_AVAILABLE_WORDS = (
    r"available|accessible|verfügbar|abrufbar|zugänglich|disponibles?|disponibil[ei]"
    r"|consultables?|consultabil[ei]"
)
# Words of downloading something: what can be downloaded until a date stays available, like
# 'available until' (no deadline, and no day of the event a report tells of).
DOWNLOAD_WORDS = (
    r"download(?:ed|able)?|descarga(?:r|rse|bles?)|herunterlad\w*|heruntergeladen"
    r"|télécharge(?:r|ables?|ments?)|scarica(?:re|bil[ei])"
)
# Verbs that put something off to a later day: 'postponed', 'verschoben', 'reporté', 'rinviato'
# (stems: the endings vary with gender and number).
PUT_OFF_VERBS = (
    r"postponed|rescheduled|verschoben|verlegt|reporté|repoussé|rinviat|posticipat|aplazad|pospuest"
)
# Sessions that inform about a call or help to apply to it: its info day, webinar, Q&A, launch.
INFO_SESSION_WORDS = (
    r"info(?:rmation)?[\s-]*(?:days?|sessions?|meetings?|events?)|webinar\w*|webinaires?|q\s*&\s*a"
    # ('Une matinée d'information aura lieu le 11 février', 'Serata informativa: 23 marzo',
    # 'two optional office-hours sessions on Zoom (February 24 and March 10)')
    r"|(?:matinées?|soirées?|après-midi)\s+d'information|serat[ae]\s+informativ[ae]"
    r"|office[\s-]hours?\s+sessions?"
    r"|questions?[\s-]+(?:and|et|y|e)?[\s-]*(?:réponses|answers)|preguntas\s+y\s+respuestas"
    r"|domande\s+e\s+risposte|fragestunde|launch\s+event|kick-?off\s+event|auftaktveranstaltung"
    r"|evento\s+di\s+lancio|jornadas?\s+informativas?|(?:réunions?|séances?|sessions?)\s+d'information"
    r"|sesi[óo]n(?:es)?\s+informativas?|session[ei]\s+informativ[ae]|informationssitzung"
    r"|journées?\s+(?:\w+\s+)?d'information|infotag|informationstag\w*|infoveranstaltung|informationsveranstaltung"
    r"|informationsabend|infoabend|giornat[ae]\s+informativ[ae]|incontr[oi]\s+di\s+presentazione"
    r"|séances?\s+de\s+présentation|sesi[óo]n(?:es)?\s+de\s+presentaci[óo]n"
    r"|presentation\s+(?:meeting|session)s?|aide\s+au\s+montage|ateliers?\s+d'aide"
    # a secretariat's advice to each applicant: 'offers individual project consultations until'
    r"|(?:individual|one-to-one|bilateral)\s+(?:project\s+)?consultations?|project\s+consultations?"
    r"|consultations?\s+individuelles?|beratungsgespräch\w*"
    r"|informational\s+(?:calls?|webinars?|sessions?|meetings?)"
    # ('Briefing event: Net Zero Heat Innovation competition', 'Join this online briefing')
    r"|briefing\s+(?:events?|sessions?|webinars?)|online\s+briefings?"
    # a session that presents the call: 'will present the call in an online session on'
    r"|present\s+the\s+call|presentazione\s+del\s+bando|présentation\s+de\s+l'appel"
    r"|presentación\s+de\s+la\s+convocatoria|vorstellung\s+der\s+ausschreibung"
    # ('Next FAQ session: 14 October', 'Ein Online-Infoanlass findet am 23. März statt')
    r"|faq\s+(?:sessions?|webinars?)|infoanl[aä]ss\w*|coaching\s+sessions?"
    # a seminar for those who apply: 'Lead Applicant Seminar', 'applicants' workshop'
    r"|applicants?['’]?\s+(?:seminars?|webinars?|workshops?|trainings?)"
    # a meeting to answer applicants' questions: 'Incontro informativo:', 'sessioni di
    # chiarimento', 'drop-in session on Zoom', 'clarification session', 'Sprechstunde'
    r"|incontr[oi]\s+informativ[oi]|session[ei]\s+di\s+chiariment[oi]|clarification\s+sessions?"
    r"|drop-in\s+sessions?|virtual\s+office\s+hours|sprechstunde"
    # a clinic where applicants are helped to write: 'Proposal writing clinic: 2 June 2027'
    r"|\b(?:writing|proposal|application|grant)\s+clinics?\b"
)

# Phrases that name a zone, most specific first; matched case-insensitively.
ZONE_PHRASES: list[tuple[str, str]] = [
    (r"anywhere\s+on\s+earth|\baoe\b", "AoE"),
    (
        r"brussels(?:\s+local)?\s+time|heure\s+de\s+bruxelles|belgian\s+time|brüsseler\s+zeit"
        r"|heure\s+belge|belgische\s+zeit|hora\s+belga|ora\s+belga"
        r"|ora\s+di\s+bruxelles|hora\s+de\s+bruselas",
        "Europe/Brussels",
    ),
    (
        r"paris(?:\s+local)?\s+time|heure\s+de\s+paris|heure\s+française|heure\s+de\s+france",
        "Europe/Paris",
    ),
    (
        r"heure\s+du\s+québec|heure\s+de\s+montréal|quebec\s+time"
        r"|heure\s+(?:normale\s+|avancée\s+)?de\s+l['’]est",
        "America/Toronto",
    ),
    (r"heure\s+(?:normale\s+|avancée\s+)?du\s+pacifique", "America/Vancouver"),
    (r"rome\s+time|ora\s+italiana|ora\s+di\s+roma", "Europe/Rome"),
    (r"hora\s+(?:de\s+)?canari\w*|hora\s+insular|canary\s+islands?\s+time", "Atlantic/Canary"),
    (r"hora\s+peninsular|hora\s+de\s+madrid|madrid\s+time|hora\s+española", "Europe/Madrid"),
    (r"berlin(?:er)?\s+(?:time|zeit)|deutscher\s+zeit", "Europe/Berlin"),
    (r"vienna\s+time|wiener\s+zeit", "Europe/Vienna"),
    (r"london\s+time|uk\s+time|(?-i:\bBST\b)", "Europe/London"),
    (r"greenwich\s+mean\s+time", "UTC"),
    (r"lisbon\s+time|(?-i:\bWEST\b)", "Europe/Lisbon"),
    (
        r"washington,?\s+d\.?c\.?\s+time|new\s+york\s+time|eastern(?:\s+standard|\s+daylight)?"
        r"\s+time|(?-i:\b(?:EST|EDT|ET)\b)",
        "America/New_York",
    ),
    # Saskatchewan keeps Central Standard Time all year: its name beats the zone's
    (r"saskatchewan|regina\s+time|saskatoon\s+time", "America/Regina"),
    (r"central(?:\s+standard|\s+daylight)?\s+time|(?-i:\b(?:CST|CDT|CT)\b)", "America/Chicago"),
    (r"mountain(?:\s+standard|\s+daylight)?\s+time|(?-i:\b(?:MST|MDT|MT)\b)", "America/Denver"),
    (r"pacific(?:\s+standard|\s+daylight)?\s+time|(?-i:\b(?:PST|PDT|PT)\b)", "America/Los_Angeles"),
    (
        r"(?-i:\b(?:CET|CEST|MEZ|MESZ)\b)|central\s+europe(?:an)?(?:\s+summer)?\s+time"
        r"|mitteleuropäische[rn]?\s+(?:sommer)?zeit|heure\s+(?:normale\s+|d'été\s+)?d['’]europe\s+centrale"
        r"|hora\s+(?:central\s+europea|de\s+europa\s+central)"
        r"|ora\s+(?:dell['’]europa\s+centrale|centrale\s+europea)",
        "Europe/Brussels",
    ),
    (r"hawaii(?:an)?(?:\s+(?:standard|aleutian))?(?:\s+time)?|(?-i:\bHST\b)", "Pacific/Honolulu"),
    (r"atlantic(?:\s+standard|\s+daylight)?\s+time|(?-i:\bADT\b)", "America/Halifax"),
    # Canada's clocks as French writes them: 'heure de l'Est', '16 h (HNE)', '20 h (HE)',
    # 'heure de l'Atlantique', 'heure du Pacifique', 'heure des Rocheuses', 'heure du Centre'
    (
        r"heure\s+(?:normale\s+|avancée\s+)?de\s+l['’]est|(?-i:\b(?:HNE|HAE)\b|\(HE\))",
        "America/Toronto",
    ),
    (
        r"heure\s+(?:normale\s+|avancée\s+)?de\s+l['’]atlantique|(?-i:\b(?:HNA|HAA)\b)",
        "America/Halifax",
    ),
    (
        r"heure\s+(?:normale\s+|avancée\s+)?du\s+pacifique|(?-i:\b(?:HNP|HAP)\b)",
        "America/Vancouver",
    ),
    (r"heure\s+(?:normale\s+|avancée\s+)?des\s+rocheuses", "America/Edmonton"),
    (r"heure\s+(?:normale\s+|avancée\s+)?du\s+centre\b", "America/Winnipeg"),
    (r"newfoundland(?:\s+standard|\s+daylight)?\s+time|(?-i:\b(?:NST|NDT)\b)", "America/St_Johns"),
    (
        r"alaska(?:n)?(?:\s+standard|\s+daylight)?\s+time|(?-i:\b(?:AKST|AKDT)\b)",
        "America/Anchorage",
    ),
    (
        r"australian\s+eastern(?:\s+standard|\s+daylight)?\s+time|(?-i:\b(?:AEST|AEDT)\b)",
        "Australia/Sydney",
    ),
    (
        r"australian\s+central(?:\s+standard|\s+daylight)?\s+time|(?-i:\b(?:ACST|ACDT)\b)",
        "Australia/Adelaide",
    ),
    (r"australian\s+western(?:\s+standard)?\s+time|(?-i:\bAWST\b)", "Australia/Perth"),
    (
        r"new\s+zealand(?:\s+standard|\s+daylight)?\s+time|\bnz\s+time\b|(?-i:\b(?:NZST|NZDT|NZT)\b)",
        "Pacific/Auckland",
    ),
    # East Asia's clocks by their abbreviations (not 'IST', which is India's, Ireland's or
    # Israel's)
    (r"(?-i:\bHKT\b)|hong\s+kong\s+time", "Asia/Hong_Kong"),
    (r"(?-i:\bSGT\b)", "Asia/Singapore"),
    (r"(?-i:\bJST\b)|japan\s+standard\s+time", "Asia/Tokyo"),
    (r"(?-i:\bKST\b)|korea\s+standard\s+time", "Asia/Seoul"),
    # A region word alone right after a time: '5:00 p.m. Eastern', '23:59 Pacific'.
    (r"^\W{0,3}(?-i:Eastern)\b", "America/New_York"),
    (r"^\W{0,3}(?-i:Pacific)\b", "America/Los_Angeles"),
    (r"^\W{0,3}(?-i:Central)\b(?!\s+europ)", "America/Chicago"),
    (r"^\W{0,3}(?-i:Mountain)\b", "America/Denver"),
    (r"^\W{0,3}(?-i:Atlantic)\b", "America/Halifax"),
    (r"^\W{0,3}(?-i:Alaska)\b", "America/Anchorage"),
    (r"^\W{0,3}(?-i:Newfoundland)\b", "America/St_Johns"),
    # a city alone right after a time: '17:00 (Brussels)', '12h, Paris'
    (r"^\W{0,3}(?:brussels|bruxelles|brussel|brüssel)\b", "Europe/Brussels"),
    (r"^\W{0,3}paris\b", "Europe/Paris"),
    # a country's centre: 'hora del centro (de México)', 'tiempo del centro'
    (
        r"hora\s+(?:del\s+)?centro\b|tiempo\s+del\s+centro|hora\s+de\s+(?:la\s+)?ciudad\s+de\s+méxico"
        r"|mexico\s+city\s+time",
        "America/Mexico_City",
    ),
    (
        r"heure\s+(?:du|de)\s+(?:sénégal|dakar|mali|bamako|mauritanie|côte\s+d'ivoire|abidjan)"
        r"|(?:senegal|dakar)\s+time",
        "Africa/Dakar",
    ),
    (r"(?-i:\b(?:EET|EEST)\b)", "Europe/Athens"),
    (r"east\s+africa(?:n)?\s+time|(?-i:\bEAT\b)", "Africa/Nairobi"),
    (r"west\s+africa(?:n)?\s+time|(?-i:\bWAT\b)", "Africa/Lagos"),
    (r"central\s+africa(?:n)?\s+time", "Africa/Maputo"),
    (r"south\s+africa(?:n)?\s+(?:standard\s+)?time|(?-i:\bSAST\b)", "Africa/Johannesburg"),
    (r"gulf\s+standard\s+time", "Asia/Dubai"),
    (r"singapore\s+time|(?-i:\bSGT\b)", "Asia/Singapore"),
    (r"(?-i:\b(?:BRT|BRST)\b)|hor[áa]rio\s+de\s+bras[íi]lia|brasília\s+time", "America/Sao_Paulo"),
    (r"(?-i:\bIST\b)", "Asia/Kolkata"),
    (r"(?-i:\bJST\b)", "Asia/Tokyo"),
    (r"(?-i:\bKST\b)", "Asia/Seoul"),
]

# Countries of one zone named by their adjective: 'Finnish time', 'heure suisse'.
COUNTRY_ZONES: dict[str, str] = {
    "finnish": "Europe/Helsinki",
    "swedish": "Europe/Stockholm",
    "norwegian": "Europe/Oslo",
    "danish": "Europe/Copenhagen",
    "dutch": "Europe/Amsterdam",
    "irish": "Europe/Dublin",
    "cyprus": "Asia/Nicosia",
    "cypriot": "Asia/Nicosia",
    "maltese": "Europe/Malta",
    "malta": "Europe/Malta",
    "slovak": "Europe/Bratislava",
    "portuguese": "Europe/Lisbon",
    "greek": "Europe/Athens",
    "polish": "Europe/Warsaw",
    "czech": "Europe/Prague",
    "austrian": "Europe/Vienna",
    "swiss": "Europe/Zurich",
    "suisse": "Europe/Zurich",
    "schweizer": "Europe/Zurich",
    "hungarian": "Europe/Budapest",
    "romanian": "Europe/Bucharest",
    "bulgarian": "Europe/Sofia",
    "estonian": "Europe/Tallinn",
    "latvian": "Europe/Riga",
    "lithuanian": "Europe/Vilnius",
    "croatian": "Europe/Zagreb",
    "slovenian": "Europe/Ljubljana",
    "turkish": "Europe/Istanbul",
    "israel": "Asia/Jerusalem",
    "israeli": "Asia/Jerusalem",
    "japanese": "Asia/Tokyo",
    "japan": "Asia/Tokyo",
    "korean": "Asia/Seoul",
    "korea": "Asia/Seoul",
    "singapore": "Asia/Singapore",
    "china": "Asia/Shanghai",
    "chinese": "Asia/Shanghai",
    "beijing": "Asia/Shanghai",
    "india": "Asia/Kolkata",
    "indian": "Asia/Kolkata",
    "german": "Europe/Berlin",
    "italian": "Europe/Rome",
    "spanish": "Europe/Madrid",
    "french": "Europe/Paris",
    "belgian": "Europe/Brussels",
    "uk": "Europe/London",
    "british": "Europe/London",
    # single-zone countries of Latin America, as 'hora de Chile (continental)' names them
    "chile": "America/Santiago",
    "colombia": "America/Bogota",
    "perú": "America/Lima",
    "peru": "America/Lima",
    "uruguay": "America/Montevideo",
    "argentina": "America/Argentina/Buenos_Aires",
    "costa rica": "America/Costa_Rica",
    "ecuador": "America/Guayaquil",
    "venezuela": "America/Caracas",
    # single-zone countries of Africa that write in French or English
    "maroc": "Africa/Casablanca",
    "morocco": "Africa/Casablanca",
    "tunisie": "Africa/Tunis",
    "tunisia": "Africa/Tunis",
    "algérie": "Africa/Algiers",
    "sénégal": "Africa/Dakar",
    "côte d'ivoire": "Africa/Abidjan",
    "cameroun": "Africa/Douala",
    "kenya": "Africa/Nairobi",
    "nigeria": "Africa/Lagos",
    "ghana": "Africa/Accra",
    "rwanda": "Africa/Kigali",
    "colombiana": "America/Bogota",
    "chilena": "America/Santiago",
    "peruana": "America/Lima",
    "uruguaya": "America/Montevideo",
    # single-zone countries by their English names ('17:00 (mainland Portugal time)', 'Ireland
    # time'), besides the adjectives above
    **{
        country: zone
        for zone, names in {
            "Europe/Lisbon": "portugal",
            "Europe/Dublin": "ireland",
            "Europe/Helsinki": "finland",
            "Europe/Stockholm": "sweden",
            "Europe/Oslo": "norway",
            "Europe/Copenhagen": "denmark",
            "Europe/Amsterdam": "netherlands",
            "Europe/Brussels": "belgium",
            "Europe/Vienna": "austria",
            "Europe/Zurich": "switzerland",
            "Europe/Warsaw": "poland",
            "Europe/Prague": "czechia",
            "Europe/Athens": "greece",
            "Europe/Budapest": "hungary",
            "Europe/Bucharest": "romania",
            "Europe/Sofia": "bulgaria",
            "Europe/Tallinn": "estonia",
            "Europe/Riga": "latvia",
            "Europe/Vilnius": "lithuania",
            "Europe/Zagreb": "croatia",
            "Europe/Ljubljana": "slovenia",
            "Europe/Bratislava": "slovakia",
            "Europe/Luxembourg": "luxembourg",
            "Atlantic/Reykjavik": "iceland",
            "Europe/Istanbul": "turkey türkiye",
            "Europe/Berlin": "germany",
            "Europe/Rome": "italy",
            "Europe/Madrid": "spain",
            "Europe/Paris": "france",
            "Asia/Taipei": "taiwan",
            "Asia/Bangkok": "thailand",
            "Asia/Manila": "philippines",
            "Africa/Johannesburg": "south africa",
            "Africa/Cairo": "egypt",
            "Pacific/Auckland": "new zealand",
        }.items()
        for country in names.split()
    },
}
# Cities that are not the city an IANA zone is named by, as people write them.
CITY_ALIASES: dict[str, str] = {
    # cities of single-zone countries where agencies, fairs and universities name their clock
    # ('16:00 Parma local time', 'Hannover time'); IANA names only capitals and a few others
    **dict.fromkeys(
        "parma hannover hanover hamburg cologne köln stuttgart düsseldorf dresden leipzig bonn"
        " karlsruhe aachen nuremberg nürnberg bremen".split(),
        "Europe/Berlin",
    ),
    **dict.fromkeys(
        "turin torino bologna florence firenze naples napoli genoa genova venice venezia pisa"
        " trieste bari padova padua ispra".split(),
        "Europe/Rome",
    ),
    **dict.fromkeys(
        "lyon marseille toulouse strasbourg bordeaux lille nantes grenoble montpellier".split(),
        "Europe/Paris",
    ),
    **dict.fromkeys("valencia seville sevilla bilbao zaragoza málaga".split(), "Europe/Madrid"),
    **dict.fromkeys("antwerp antwerpen ghent gent liège leuven".split(), "Europe/Brussels"),
    **dict.fromkeys("rotterdam eindhoven utrecht delft".split(), "Europe/Amsterdam"),
    **dict.fromkeys("graz salzburg linz innsbruck".split(), "Europe/Vienna"),
    **dict.fromkeys("basel lausanne".split(), "Europe/Zurich"),
    "porto": "Europe/Lisbon",
    "krakow": "Europe/Warsaw",
    "gothenburg": "Europe/Stockholm",
    "geneva": "Europe/Zurich",
    "genève": "Europe/Zurich",
    "genf": "Europe/Zurich",
    "bern": "Europe/Zurich",
    "kyiv": "Europe/Kyiv",
    "munich": "Europe/Berlin",
    "münchen": "Europe/Berlin",
    "frankfurt": "Europe/Berlin",
    "milan": "Europe/Rome",
    "milano": "Europe/Rome",
    "barcelona": "Europe/Madrid",
    "the hague": "Europe/Amsterdam",
    "washington": "America/New_York",
    "ottawa": "America/Toronto",
    "montreal": "America/Toronto",
    "san francisco": "America/Los_Angeles",
    "seattle": "America/Los_Angeles",
    "boston": "America/New_York",
    "beijing": "Asia/Shanghai",
    "delhi": "Asia/Kolkata",
    "new delhi": "Asia/Kolkata",
    "mumbai": "Asia/Kolkata",
    "canberra": "Australia/Sydney",
    # North American and southern-hemisphere clocks named by a state or a big city
    "arizona": "America/Phoenix",
    "atlanta": "America/New_York",
    "philadelphia": "America/New_York",
    "houston": "America/Chicago",
    "dallas": "America/Chicago",
    "austin": "America/Chicago",
    "san diego": "America/Los_Angeles",
    "calgary": "America/Edmonton",
    "quebec": "America/Toronto",
    "québec": "America/Toronto",
    "cape town": "Africa/Johannesburg",
    "wellington": "Pacific/Auckland",
    "wien": "Europe/Vienna",
    "roma": "Europe/Rome",
    "lisboa": "Europe/Lisbon",
    "londres": "Europe/London",
    "londra": "Europe/London",
    "varsovie": "Europe/Warsaw",
    "prague": "Europe/Prague",
    "praha": "Europe/Prague",
    # capitals and big cities as their own language writes them, accents and all ('ora di
    # Brasília', 'heure de Montréal'), where IANA names another city or none
    "brasília": "America/Sao_Paulo",
    "brasilia": "America/Sao_Paulo",
    "são paulo": "America/Sao_Paulo",
    "rio de janeiro": "America/Sao_Paulo",
    "montréal": "America/Toronto",
    "bogotá": "America/Bogota",
    "ciudad de méxico": "America/Mexico_City",
    "città del messico": "America/Mexico_City",
    "berne": "Europe/Zurich",
    "pretoria": "Africa/Johannesburg",
    "johannesbourg": "Africa/Johannesburg",
    "ankara": "Europe/Istanbul",
    "pékin": "Asia/Shanghai",
    "pechino": "Asia/Shanghai",
    "pekín": "Asia/Shanghai",
}


# A time of day with no zone, in a text written in these languages, is that country's time:
# national agencies publish in their own time (all of these share Central European time).
LANGUAGE_ZONES: dict[str, str] = {
    "fr": "Europe/Paris",
    "de": "Europe/Berlin",
    "it": "Europe/Rome",
    "es": "Europe/Madrid",
}

# The words of a street or square before a country's name, as Spanish names them.
_NOT_A_STREET = "".join(
    rf"(?<!\b{word}\s)(?<!\b{word}\sde\s)"
    for word in ("república", "calle", "avenida", "plaza", "paseo", "av.", "c/")
)

# Other countries that write in those languages, known by their own words: a time with no
# zone in a German text of an Austrian agency is Vienna's ('österreichischer Unternehmen').
# Brussels as a place is left out: French texts from France name it for the EU's events.
LANGUAGE_COUNTRIES: dict[str, list[tuple[str, str]]] = {
    "fr": [
        (
            # (or by the web domain of the page's addresses, as in Spanish: 'contact@x.example.be')
            r"wallon\w*|belgique|\bbelges?\b|liège|namur|charleroi|flandre|\bspw\b|bruxellois\w*"
            r"|louvain|\w\.be\b"
            # (a Belgian address, its four-digit postcode before the town: 'Rue Picard 00, 1000
            # Bruxelles'; the Brussels Region, not the EU's Brussels)
            r"|\b\d{4}\s+(?:bruxelles|ixelles|etterbeek|anderlecht|schaerbeek|mons|wavre|arlon)\b"
            r"|bruxelles-capitale|\w\.brussels\b",
            "Europe/Brussels",
        ),
        # (and the Swiss way of grouping thousands: 'Jusqu'à 50'000 francs')
        (
            r"\bsuisses?\b|genève|lausanne|neuchâtel|romande|\bchf\b|\bvaud\w*|valais|\d['’]\d{3}\b"
            r"|\w\.ch\b",
            "Europe/Zurich",
        ),
        (r"\bluxembourgeois\w*|\bgrand-duché\b|\bau\s+luxembourg\b|\w\.lu\b", "Europe/Luxembourg"),
        # (Canada keeps several clocks: a time with none named in a page from Québec is no
        # instant, as the README's rule is for single-zone countries)
        (r"québec|québécois\w*|montréal", ""),
    ],
    "de": [
        # (German written in other countries first: 'Südtirol' is no Tyrol of Austria's, and a
        # page from Hermannstadt may name the Austrians who come)
        (r"südtirol\w*|\bbozen\b|\bmeran\b|\bbrixen\b", "Europe/Rome"),
        (
            r"rumänien|siebenbürg\w*|hermannstadt|temeswar|kronstadt|bukarest|\blei\b",
            "Europe/Bucharest",
        ),
        (r"luxemburg\w*|\w\.lu\b", "Europe/Luxembourg"),
        (
            r"ostbelgien|deutschsprachigen?\s+gemeinschaft|\beupen\b|belgien|\w\.be\b",
            "Europe/Brussels",
        ),
        (
            # ('Jänner', 'Feber': the months as only Austria writes them; 'eCall', the FFG's portal)
            r"österreich\w*|\bwien\b|\bwiener\b|\bgraz\b|\blinz\b|salzburg|innsbruck|kärnten"
            r"|\bjänner\b|\bfeber\b|\becall\b"
            r"|steiermark|vorarlberg|tirol|\bffg\b|\w\.at\b",
            "Europe/Vienna",
        ),
        (
            r"schweiz\w*|zürich|\bbern\b|\bbasel\b|luzern|innosuisse|\bchf\b|\w\.ch\b",
            "Europe/Zurich",
        ),
    ],
    "it": [(r"svizzera|ticino|lugano|bellinzona|\bchf\b|\w\.ch\b", "Europe/Zurich")],
    "es": [
        # (or by the web domain of the page's addresses: 'concursos@example-programa.gob.pe')
        # (not a street named after a country: 'la calle República Argentina', 'Avenida de México')
        (
            _NOT_A_STREET + r"(?:argentin\w*|buenos\s+aires)|\bcaba\b|\.ar\b",
            "America/Argentina/Buenos_Aires",
        ),
        (_NOT_A_STREET + r"(?:\bchile\b|chilen\w*)|\.cl\b", "America/Santiago"),
        (
            _NOT_A_STREET + r"(?:colombia\w*|bogotá|medellín)|\bcop\b|\.(?:gov|edu|com|org)\.co\b",
            "America/Bogota",
        ),
        (_NOT_A_STREET + r"(?:méxico|mexican\w*)|\.mx\b", "America/Mexico_City"),
        (_NOT_A_STREET + r"(?:\bperú\b|perua\w*|\blima\b)|\.pe\b", "America/Lima"),
        (_NOT_A_STREET + r"(?:uruguay\w*|montevideo)|\.uy\b", "America/Montevideo"),
    ],
}

# Cheap language identification: frequent function words of each language.
STOPWORDS: dict[str, frozenset[str]] = {
    "en": frozenset("the and of to in for is are be will on with by this that from".split()),
    "de": frozenset(
        "der die das und ist sind für mit von den dem zu im auf eine ein sich bis zum zur werden"
        " wird können nicht auch oder bei nach uhr".split()
    ),
    "fr": frozenset("le la les des et est pour du de à une dans sur par au aux ce qui".split()),
    "es": frozenset("el los las del de y es para con una por en se que al su la hasta".split()),
    "it": frozenset(
        "il gli della delle del e è per con una di che alla nel sono la al ore entro dei alle"
        " dal le nella sul sarà saranno possono devono vanno".split()
    ),
}

# A fair, German compounds included ('Fachmesse', 'Leitmesse'; not every word ending in 'messe':
# Italian 'ammesse' is 'admitted').
FAIR_WORDS = r"\b(?:fach|leit|welt|publikums|industrie|handwerks|karriere|job|bildungs)?messe\b"

# A trip abroad or a stand at a fair that companies apply to join: a call for them has the
# trip's or the fair's days.
MISSION_WORDS = (
    r"mission\s+(?:économique|d['’]affaires|commerciale)|(?:business|trade|economic)\s+missions?"
    r"|misi[óo]n\s+(?:comercial|empresarial)|missione\s+(?:imprenditoriale|commerciale|economica)"
    r"|delegationsreise|unternehmerreise|gemeinschaftsstand|stand\s+collectif"
    r"|pabell[óo]n\s+agrupado|joint\s+(?:stand|pavilion)"
)

# Words around a date that make it the deadline (weight) or not (negative weight).
# Matched as regular expressions, case-insensitively, on the clause around the date.
# What opens on a date: 'after 12th March', 'ab dem 10. Januar', 'as of February'. Before a
# range, it opens the window the range is, whose end is a limit ('a partire dalle ore 9:00 del
# 6 settembre ed entro le ore 12:00 del 30 settembre').
FROM_WORDS = (
    r"\bafter\b|\baprès\b|\bdespués\b|\bdopo\b|\bab\s+dem\b|\bà\s+partir\b|\ba\s+partir\b"
    r"|\ba\s+partire\s+da|\bas\s+of\b|\bà\s+compter\s+du\b|\ba\s+decorrere\s+da"
    # the day a counter opens, right before it: 'Antragstellung ab 1. Februar möglich', 'dalle
    # ore 9:00 del 1° luglio' (or 'dell'11 gennaio', the article elided), 'dès le 3 mars'
    # (the hour written 'h. 10:00' too; 'desde las 9:00 horas del 2 de mayo')
    r"|\bab\s+$|\bdalle\s+(?:ore|h\.?)\s*\d{1,2}(?:[:.]\d{2})?\s+(?:del\s+|dell['’])$"
    r"|\bdesde\s+las\s+\d{1,2}(?:[:.]\d{2})?\s*(?:h\.?|horas)?\s+del\s+$|\bdès\s+le\s+$"
)


def _label_right_before(words: str) -> str:
    """A label of a few words, the first of ``words``, that ends right before a date: 'alt:',
    'Previous closing date:', '• Nouvelle date :'."""
    return rf"(?:^|[\n•:]|\s[-–]\s)\s*(?:{words})\b[^:\n()]{{0,30}}:\s*$"


DEADLINE_CUES: list[tuple[str, float]] = [
    # strong: the text says deadline
    (
        r"deadline|due\s+date|cut-?offs?\b|closing\s+date|collection\s+date|last\s+day"
        # ('Fechas de corte 2027: 1 de marzo, 1 de junio y 1 de octubre')
        r"|fechas?\s+de\s+corte",
        4,
    ),
    # the first thing asked for, by its name: 'Expressions of interest: 16:00 UK time on 9 March'
    (r"expressions?\s+of\s+interest|\beois?\b", 2),
    # a period to answer within, counted from the page: 'return it within 21 days of this
    # announcement', 'innerhalb von sechs Wochen nach Veröffentlichung dieser Bekanntmachung'
    (
        r"\bwithin\s+$|\binnerhalb\s+von\s+$|\bdans\s+un\s+délai\s+de\s+$|\bdentro\s+de\s+(?:los\s+)?$",
        3,
    ),
    # a French call's cut-off: 'Relevé n° 2 :', 'dates de relève', 'relevé intermédiaire' (not
    # 'relevés de notes', transcripts)
    (
        r"\brelev[ée]s?\s+(?:n[°o]\s*\d|\d|intermédiaires?|finale?s?|trimestriels?|:)"
        r"|\bdates?\s+de\s+relev[ée]",
        4,
    ),
    (
        # (any compound ending in -frist: 'Eingabefrist', 'Vorlagefrist', 'Anmeldefrist')
        # (no '\w*' before it: a cue that may start anywhere is asked at every place)
        r"frist(?:en)?\b|bewerbungsschluss"
        r"|einsendeschluss|abgabefrist|abgabe\b|anmeldeschluss|stichtag"
        # (any compound ending in -schluss, 'Eingabeschluss', but 'Abschluss', 'Beschluss',
        # 'Anschluss', 'Ausschluss', 'Entschluss', 'Zusammenschluss')
        r"|(?<!\bab)(?<!\bbe)(?<!\ban)(?<!\baus)(?<!\bent)(?<!zusammen)schluss\b",
        4,
    ),
    # (apart: the cue above, starting with any letter, is searched in every clause)
    (
        r"(?:teilnahme|annahme|einreichungs|antrags|melde|buchungs|redaktions|registrierungs"
        r"|abgabe|einsende|bewerbungs)schluss",
        4,
    ),
    # 'Kurzfassungen werden bis zum … entgegengenommen': abstracts, received by a date
    (r"kurzfassung\w*|entgegengenommen", 2),
    # ('première relève le 15 mars': the cut-offs of French programmes, 'date de relève')
    (r"date\s+limite|dates\s+limites|clôtur\w*|date\s+de\s+clôture|\brelèves?\b", 4),
    # the end of registration named as such: 'Fin des inscriptions :', 'Fine iscrizioni'
    (
        r"fin\s+des\s+inscriptions|fine\s+(?:delle\s+)?iscrizioni|fin\s+de\s+(?:las\s+)?inscripciones",
        4,
    ),
    (r"fecha\s+l[íi]mite|plazo|finalizar[áa]|\bfinaliza(?:n)?\b|\btermina", 4),
    (r"scadenz[ae]|\bscad\.|entro\s+e\s+non\s+oltre|termine\s+ultimo", 4),
    # a closing, as a table's header or a label: 'Apertura | Cierre', 'Chiusura:'
    (r"\bcierre\b|\bchiusura\b", 3),
    (
        r"\bcierra\b|\bcierran\b|\bcerrar[áa]n?\b|\bchiude\b|\bchiudono\b|\bchiuder(?:à|anno)\b"
        r"|\bferme(?:nt|ra|ront)?\b|\bschließ(?:t|en)\b",
        2,
    ),
    (
        r"\bend(?:s|et)\b|\bends\s+on\b|se\s+termine|s'achève|\bscade\b|si\s+chiude|last\s+date"
        # the same told as past, in a report of the call: 'scaduto il', 'die am … endete'
        r"|\bscadut[oa]\b|\bendete\b|\babgelaufen\b|\bablief\b",
        3,
    ),
    (r"admission|admisi[óo]n|zulassung|ammission[ei]|matr[íi]cula|enrol(?:l)?ment", 2),
    (r"\bnext\s+(?:application\s+)?due\b", 3),
    # an institution's own limit labelling its date: 'Intern: 15.01.2027; DFG: 01.02.2027'
    (r"\bintern(?:al|e|o|a)?\s*:", 3),
    (REQUIRED_FIRST_STAGE, 3),
    # submitting, applying, registering
    (
        r"submi(?:t|ssion|ssions|tted)|apply|applications?\b|applicants?\b|proposals?\b|abstracts?\b"
        r"|papers?\b|concept\s+notes?\b",
        2,
    ),
    (
        r"\bclose[sd]?\b|\bclosing\b(?!\s+(?:plenary|session|ceremony|remarks|keynote|panel"
        r"|event|conference|day|dinner|reception))",
        2,
    ),
    (r"register|registration|regist(?:er)?ed|enrol(?:l)?(?:ment|ed)?\b", 1.5),
    # ('Projektskizzen bis zum 15. Juli': the outline a two-stage call asks for first)
    (r"einreich|bewerb|antr[aä]g|anmeld|einzureichen|skizze|vorzulegen", 2),
    # ('Les pré-propositions, obligatoires, doivent être déposées le 8 avril')
    (r"dépôt|candidature|inscription|soumission|soumettre|\bdéposée?s?\b", 2),
    (
        r"solicitud|presentaci[óo]n|presentar\w*|\benviar\w*|\benv[íi]o\b|inscripci[óo]n|convocatoria"
        r"|candidaturas?",
        2,
    ),
    (
        r"domand[ae]|iscrizion[ei]|registrazion[ei]|invi(?:o|are|at[oaie])|presentazione|candidatur|trasmess[ei]"
        r"|richieste|sottomess[oaie]|sottomettere|sottomission[ei]",
        2,
    ),
    (
        # ('due' before a date or a word of time only: Italian 'due giornate' is 'two days'; the
        # words before a date end where it starts: 'Letter of intent due' + '1 December')
        r"\bdue\b(?=\s*(?:by|on|at|before|no\s+later|in\b|:|\d|jan|feb|mar|apr|may|jun|jul|aug|sep"
        r"|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|\Z))|postmarked|received\s+by|réception|recepción"
        r"|ricezione|\beingang\b|entries",
        2,
    ),
    # to be at hand, to reach: 'müssen am 27.02. vorliegen', 'doivent parvenir le'
    (r"vorliegen|eingegangen|parvenir|parvenues?|pervenire|pervenute|recibid[oa]s", 2),
    (r"attendu\w*|à\s+(?:rendre|envoyer|adresser|déposer|remettre|transmettre)\b|expected\s+by", 2),
    (r"\bchius[oa]\b|\bcerrad[oa]\b|\bgeschlossen\b|\bclos\b|\bcerró\b", 2),
    # a period to apply told as closed: 'El plazo de presentación … finalizó el pasado jueves'
    (r"\bfinaliz[óo]\b", 2),
    # prepositions of a limit
    (r"\buntil\b|\bby\b|no\s+later\s+than|before|extended\s+(?:to|until)|\bnon\s+oltre\b", 1.5),
    (r"\bbis\b|spätestens", 1.5),
    # (an hour may stand between: 'avant midi le mercredi 14 juin', 'avant 17h le')
    # ('avant la fin du mois prochain': the end of a month named by its place)
    (
        r"jusqu'|avant\s+(?:(?:midi|minuit|\d{1,2}\s*h(?:\s*\d{2})?)\s+)?le|avant\s+la\s+$"
        r"|au\s+plus\s+tard",
        1.5,
    ),
    (r"\bhasta\b|\bantes\s+del?\b", 1.5),
    (r"\bentro\b|fino\s+al|fino\s+alle", 1.5),
    # not the deadline
    (
        # ('Notification of Intent to Apply (NOI):' is the applicant's first step, not an answer)
        r"notif(?!\w*\s+of\s+intent)\w*|acceptance|accepted\s+(?:papers?|submissions?|abstracts?|contributions?|authors?)"
        # 'Information on outcome of stage 1 … by 12 May': the applicants hear by then
        r"|\boutcomes?\b"
        r"|decisions?\b|results?\b|announced|informed|ranking"
        # ('The organising team will select ~12 projects and get back to leads by 22/05')
        r"|\bget\s+back\s+to\b"
        # ('Rückmeldung an alle Einreichenden: bis 31. Juli', 'Feedback to all applicants')
        r"|rückmeldung|\bfeedback\s+to\s+(?:all\s+)?(?:applicants|authors|submitters|speakers)"
        # a jury or committee meeting on a date: 'die Jury tagt am 23.03.', 'se réunira le'
        r"|\btagt\b|se\s+réunira|si\s+riunirà|se\s+reunirá|\bwill\s+meet\b|\bmeets\s+on\b"
        # the selection's interviews: 'Les entretiens d'admission se dérouleront du'
        r"|\bentretiens\b|\binterviews?\b|\bcolloqui\b|vorstellungsgespräch\w*|auswahlgespräch\w*"
        r"|\bentrevistas?\b",
        -5,
    ),
    (
        # ('Frist für die Langfassungen (Tagungsband)': the proceedings' papers come after)
        # (a refund asked for by a date: 'a full refund can be requested until 30 September')
        r"camera-?ready|tagungsband|proceedings|\bactes\b|\batti\s+del|payment|\bfees?\b"
        # (paying the fee by a date: 'pagar la matrícula antes del', 'paiement avant le',
        # 'versare la quota entro il', 'Zahlung bis')
        r"|\bpag(?:o|ar)\b|\babonar\b|\bpaiement|\bpayer\b|\bpagament|\bpagare\b|\bversa(?:re|mento)\b"
        r"|\bzahlung\w*|\bbezahl\w*|\büberweis\w*"
        r"|versione\s+finale|final\s+version|version\s+finale|versión\s+final|endfassung"
        r"|final\s+papers?\s+due"
        r"|\brefunds?\b|rembourse\w*|rückerstattung|rimbors\w*|reembols\w*"
        r"|revisions?\b|final\s+evaluations?"
        # what the funded report after the award: 'Der Verwendungsnachweis ist bis … einzureichen',
        # 'deberán justificar la inversión antes del', 'la rendicontazione entro il'
        r"|verwendungsnachweis\w*|schlussbericht\w*|zwischenbericht\w*|justificar\b|justificaci[óo]n"
        r"|rendiconta\w*|justificatifs?\s+de\s+dépenses|(?:final|progress|interim)\s+reports?\b"
        r"|rapport\s+final|informe\s+final|relazione\s+finale|" + EARLY_RATE_WORDS,
        # a reduced price until a date is an early rate, not the limit to register
        -5,
    ),
    (r"original(?:ly)?|initial(?:ly|ement)|instead\s+of|prévue|previously", -6),
    # ('è fissato alle ore 12:00 del', 'è prevista per il' say when it is, not when it was)
    (
        # ('sind zwei Bewerbungsrunden vorgesehen – Stichtage:' plans them; what was planned
        # before is 'ursprünglich vorgesehen')
        r"(?<!è\s)(?<!sono\s)(?<!resta\s)(?<!rimane\s)fissat[oa]|gi[àa]'?\s+fissat|ursprünglich"
        r"|(?:zunächst|bisher|eigentlich)\s+vorgesehen|vorgesehen\s+war"
        r"|(?<!è\s)prevista|inicialmente",
        -6,
    ),
    # an optional or voluntary early step is not the deadline
    (OPTIONAL_WORDS + r"|best[\s-]*paper", -6),
    # the old date of a limit moved, labelled so: 'alt: 31.03.2027', 'Bisher: 15. Mai',
    # 'Previous closing date:', 'Ancienne date :', '(before: 21 April 2027)'
    (
        _label_right_before(
            r"alt|alte[rs]?|bisher|old|previous|former|original|ancienne?|anterior|antigua"
            r"|precedente|vecchia|initialement|inicialmente|inizialmente"
        )
        + r"|\(\s*(?:before|previously|formerly|originally|was|bisher|zuvor|vorher|avant|auparavant"
        r"|anciennement|antes|anteriormente|prima|precedentemente)\b[^()\n]{0,20}$",
        -6,
    ),
    # questions asked about a call, and rooms booked for an event, have limits of their own
    # (not 'posto alloggio', a student's room applied for with a grant):
    # 'Deadline for written questions', 'i quesiti potranno essere inviati entro', 'Hotel rooms
    # are blocked at a reduced rate until', 'Hébergement : tarifs négociés jusqu'au'
    (
        r"\b(?:written\s+)?questions?\b|\bquesiti\b|richiest[ae]\s+di\s+chiariment[oi]|\bpreguntas\b"
        r"|\b(?:rück)?fragen\b|\bclarifications?\b|\béclaircissements?\b|demandes?\s+de\s+précision"
        # ('Hôtel de Région', 'Hôtel de Ville': a town's or a region's house, no hotel)
        r"|\bhotels?\b|\bhôtels?\b(?!\s+d[eu]\b)|\baccommodation\b|\broom\s+blocks?\b|\bhébergement\b"
        r"|\bunterkunft\b|\bzimmer(?:kontingent|reservierung)?\b|\balojamiento\b",
        -6,
    ),
    # … and the new one: 'neu: 21.04.2027', 'New closing date:', 'Nouvelle date :'
    (_label_right_before(r"neu|neue[rs]?|new|nouvelle?|nueva|nuevo|nuova|nuovo"), 3),
    # a date advised, not required: 'applicants who need a visa are strongly encouraged to apply
    # by', 'un pré-contact est vivement recommandé avant le', 'si consiglia di inviare entro il'
    (
        r"\b(?:encouraged|advised)\s+to\b|\brecommended\s+(?:to|that)\b|\bwe\s+recommend\b"
        r"|\brecommandée?s?\b|\bconseillée?s?\b|\bempfohlen\b|\bempfehlen\s+wir\b"
        r"|\bse\s+recomienda\b|\brecomendamos\b|\bes\s+recomendable\b|\bsi\s+consiglia\b"
        r"|\bsi\s+raccomanda\b|\bè\s+consigliat[oa]\b",
        -6,
    ),
    (
        r"\b(?:open|möglich|offen)\b[^.;:]{0,50}?\b(?:until|till|through|bis)\b"
        r"|ouvertes?\b[^.;:]{0,50}?jusqu"
        # 'Le iscrizioni resteranno aperte fino a martedì 25 giugno'
        r"|\bapert[aeio]\b[^.;:]{0,50}?\bfino\s+a",
        3,
    ),
    (r"ergebnis|mitgeteilt|veröffentlicht|anforderung", -4),
    # by when what is funded must be done: 'da realizzarsi entro', 'to be completed by',
    # 'durchzuführen bis', 'podrán ejecutarse hasta' (a project's period, not the call's limit)
    (
        # ('da realizzarsi nel periodo 1 settembre – 31 dicembre', 'to be carried out between')
        r"realizzar(?:si|e)\s+(?:entro|nel|dal|tra|fra)|da\s+concludersi\s+entro"
        r"|to\s+be\s+(?:completed|carried\s+out|implemented|spent)\s+(?:by|between|in\s+the\s+period)"
        r"|(?:must|should|to)\s+take\s+place\s+(?:before|by|between)"
        r"|à\s+réaliser\s+(?:avant|d'ici|jusqu|entre|du\b|sur\s+la\s+période)"
        r"|durchzuführen\s+(?:bis|im\s+zeitraum|zwischen)|abzuschließen\s+bis"
        r"|ejecutar(?:se)?\s+(?:hasta|antes|entre|en\s+el\s+periodo)|realizar(?:se)?\s+(?:antes|entre"
        r"|en\s+el\s+periodo)",
        -5,
    ),
    (r"comunicazione|comunicat[oaie]\b|accettazione|esit[oi]\b|avviso", -4),
    (r"resoluci[óo]n", -4),
    # the date of an act: 'Determinazione dirigenziale n. 1187 del', 'Real Decreto ... de'
    (
        # ('conforme a la Ley 39/2015, de 1 de octubre', 'Orden TED/1120/2026, de 28 de octubre')
        r"decreto|determin(?:azione|a)\s+dirigenziale|\bdelibera\b|\bn\.\s*\d+\s+del\b|\bdgr\b"
        r"|\bley\s+\d+/\d{4}|\borden\s+[a-z]{2,5}/\d+/\d{4}"
        r"|orden\s+de\b|décret|arrêté|resoluci[óo]n\s+de\b|verordnung",
        -5,
    ),
    (
        # (not a profile published for a brokerage: 'Inscription et publication de votre profil
        # avant le', 'publication des profils :', 'publicación de perfiles')
        # ('Registration and profile publication: until 6 November', a brokerage's own words)
        r"(?<!profile\s)publication(?!\s+(?:de\s+(?:votre|son|leur)|des|de\s+vos)\s+profils?\b)"
        r"|pubblicazione(?!\s+(?:del|dei)\s+(?:proprio\s+)?profil[oi]\b)"
        r"|publicaci[óo]n(?!\s+(?:de(?:\s+(?:su|sus|los))?|del)\s+perfil(?:es)?\b)"
        r"|résultats|version\s+du|règlement"
        # what is published by a date is no deadline: 'saranno pubblicati sul sito entro'
        r"|(?:saranno|sarà|seront|sera|serán|será|will\s+be)\s+(?:\w+\s+)?(?:pubblicat[oaie]|publiée?s?"
        r"|publicad[oa]s?|published)\b",
        -4,
    ),
    (
        r"project\s+(?:duration|period|run)|starting\s+date|ending\s+date|expenditure|laufen\b"
        r"|coding|kick-?starts"
        # the start of what a call funds, in a timeline's row: 'Avvio dei progetti | 02/11/2027',
        # 'Start of projects:', 'Projektbeginn:', 'Début des projets', 'Inicio de los proyectos'
        r"|start\s+of\s+(?:the\s+)?projects?|(?:projekt|vorhaben)s?(?:beginn|start)"
        r"|début\s+des\s+projets|inicio\s+de\s+(?:los\s+)?proyectos|avvio\s+dei\s+progetti",
        -5,
    ),
    (r"between|entre\s+le|zwischen|\btra\s+il", -3),
    # a course or an event said to end: 'Der Kurs ... endet mit der Abschlusspräsentation am'
    (
        # (and a project: 'Access must be used before the project ends on')
        r"(?:kurs|course|programme|mooc|lehrgang|formation|corso|curso|conference|tagung"
        r"|konferenz|workshop|seminar|project|projekt|projet|progetto|proyecto)\w*\b[^.]{0,60}"
        r"\b(?:endet|ends|se\s+termine|termina|finisce"
        r"|concludes|si\s+conclude)\b"
        # 'and ends with the final presentations on': what happens ends so, a window does not
        r"|\b(?:ends?|endet|se\s+termine|termina|finisce|concludes)\s+(?:with|mit|par|con)\b",
        -6,
    ),
    # what stays to be seen until a date: 'course material stays available until', 'die
    # Aufzeichnung ist bis ... abrufbar', 'disponible jusqu'au', 'disponibile fino al'
    (
        # ('fruibile fino al' too: no deadline, though a MOOC's course ends with it)
        rf"\b(?:{STAYS_AVAILABLE_WORDS}|fruibil[ei])\s+(?:[^\W\d]+\s+){{0,3}}?"
        r"(?:until|till|through|bis|jusqu|fino|hasta)\b"
        # or to be downloaded: 'can be downloaded from the members' area until', 'pueden
        # descargarse en la web hasta el', 'téléchargeables sur le site jusqu'au'
        rf"|\b(?:{DOWNLOAD_WORDS})\b[^.;\n\d]{{0,40}}?"
        r"\b(?:until|till|through|bis|jusqu|fino|hasta)\b",
        -6,
    ),
    # what runs until a date is a course's or a programme's run: 'Runs until: Friday, 26
    # February', 'se déroule jusqu'au', 'si svolge fino al' (not 'die Anmeldung läuft bis')
    (
        # (a call's run is its window: 'the call runs until 30 April' is a limit)
        r"\b(?:course|programme|program|mooc|school)\s+runs\s+(?:until|through)\b"
        r"|(?:^|\n)\W*runs\s+(?:until|through)\s*:|\bse\s+déroule\s+jusqu|\bsi\s+svolge\s+fino"
        r"|\bse\s+desarrolla\s+hasta",
        -6,
    ),
    # but tickets or places on sale until a date are a registration's limit
    (
        # (and a registration form: 'El formulario de inscripción estará disponible hasta')
        r"(?:tickets?|places|seats|spots|plätze|billets|biglietti|posti|entradas|plazas|formulario"
        r"|formulaire|anmeldeformular|modulo\s+di\s+iscrizione|registration\s+form)\s+"
        r"(?:[^\W\d]+\s+){0,3}?(?:available|disponibles?|disponibil[ei]|verfügbar)",
        6,
    ),
    # the opening of the period named with its limit's noun: 'Apertura del plazo:', 'Opening of
    # the submission period', 'Ouverture de l'appel', 'Beginn der Antragsfrist'
    (
        r"\b(?:apertura|inicio|comienzo|opening|ouverture|début|beginn|öffnung)\s+(?:del?|of\s+the"
        r"|de\s+la|de\s+l'|des|der|dei|dello|della)\s+(?:\w+\s+)?(?:plazo|call|appel|bando|sportello"
        r"|termini|\w*frist|period|período|periodo|convocatoria|candidatures|solicitudes|submissions?"
        r"|dépôts?)\b",
        -10,
    ),
    # the period something is for: 'acceso … para el periodo del 1 de marzo al 30 de junio'
    (
        r"\b(?:para\s+el\s+periodo|for\s+the\s+period|für\s+den\s+zeitraum|pour\s+la\s+période"
        r"|per\s+il\s+periodo)\b",
        -6,
    ),
    # a portal's maintenance or outage on a day: 'the submission system will be closed for
    # maintenance on Saturday 8 May', 'Wartungsarbeiten am', 'indisponibilité du'
    # (the day of the maintenance itself, named right after it: an outage that moved a
    # deadline is told of in the deadline's own sentence)
    (
        r"\b(?:maintenance|outages?|wartung\w*|ausfall|manutenzione|mantenimiento|indisponibilit\w+)"
        r"\b[^.;]{0,40}?\b(?:on|from|between|am|vom|le|du|dal|il|el|del|entre)\s+(?:(?:saturday|sunday"
        r"|samedi|dimanche|samstag|sonntag|sabato|domenica|sábado|domingo),?\s+)?$",
        -6,
    ),
    # the meetings booked at a fair after registering: 'Le richieste di incontro potranno essere
    # inviate fino al', 'les demandes de rendez-vous resteront ouvertes jusqu'au'
    (
        # (not where registration is named with them: 'Registration and meeting requests:')
        r"(?<!\band\s)(?<!\bet\s)(?<!\be\s)(?<!\by\s)(?<!\bund\s)(?:richieste\s+di\s+incontro|demandes\s+de"
        r"\s+rendez-vous|meeting\s+requests|terminanfragen|solicitudes\s+de\s+reuni[óo]n)",
        -5,
    ),
    # a step said to be due: '| Letter of intent due | November 3 |', 'Full proposals due:'
    # (as a table's row label only: 'Full proposals are due on 30 April' names a later stage as
    # often as the first)
    (r"\bdue\s*[|\t]", 3),
    # applicants told they may go on: 'Invitations to full proposal', 'Einladung zur
    # Vollantragstellung', 'invitation à soumettre' (a notification, not a limit)
    (r"\binvitations?\s+(?:to|à)\b|\beinladung\s+zu|\binvito\s+a\b|\binvitaci[óo]n\s+a\b", -4),
    # applicants' questions are taken until a date: 'Eligibility questions can be addressed to
    # … until', 'Rückfragen sind bis … möglich', 'i quesiti possono essere inviati entro'
    (
        r"\b(?:questions|enquiries|inquiries|clarifications?|quesiti|chiarimenti|rückfragen|fragen"
        r"|consultas|dudas|aclaraciones)\b(?:[^.;]|\.(?=\S)){0,70}?\b(?:until|till|by|before|bis|jusqu|avant"
        r"|entro|fino|hasta|antes)\b",
        -5,
    ),
    # 'the day before', 'la veille': a day told by another, not a limit
    (r"\bday\s+before\b|\bthe\s+day\s+after\b|\bla\s+veille\b|\bvortag\b|\bgiorno\s+prima\b", -4),
    # what opens on a date: 'after 12th March', 'ab dem 10. Januar', 'as of February'
    (FROM_WORDS, -4),
    # ('Deadline date:', 'Closing date:' name the limit: only a bare 'Date:' is an event's)
    (
        r"(?<!deadline\s)(?<!closing\s)(?<!due\s)(?<!off\s)(?<!submission\s)\bdate:\s*$"
        r"|submitted\s+by\s+(?-i:[A-Z]\w+\s+[A-Z])|posted\s+(?:on|by)",
        -3,
    ),
    # the first day one may submit, as a funder's table names it: 'Open Date (Earliest
    # Submission Date)'
    (r"\bopen\s+date\b|\bearliest\s+(?:submission|application)\s+date\b", -6),
]

# Words of an opening ('applications open 1 March'): against a single date being the deadline,
# but a range they introduce ('open from 20 March to 7 June') ends at the deadline.
OPENING_CUES: list[tuple[str, float]] = [
    (
        # ('open on the website until 5 May' is open until then: the limit, not the opening)
        # ('Open Data', 'Open Science', 'Open Innovation' name a field, not an opening)
        # ('open a pull request', 'open an issue': a README's way to enter, no opening)
        r"opens?\b(?!\s+(?:data|science|source|access|innovation|government|hardware|labs?)\b)"
        r"(?!\s+(?:an?\s+)?(?:pull\s+requests?|issues?|prs?|tickets?)\b)"
        r"(?![^.;:]{0,50}?\b(?:until|till|through)\b)|opened|opening|begins?\b"
        r"|starts?\b(?!-up)|starting|launch(?:es|ed|ing)?\b|available(?![^.;:]{0,50}?\b(?:until|till|through)\b)",
        -4,
    ),
    (
        r"ouvert\w*(?!\s+jusqu)|ouvri\w*|comenzar|inicio|abrir[áa]n?|beginn|\bapertura\b|eröffnung"
        r"|\böffnung\b|freischaltung"
        r"|apriranno|aprirà|\baprono\b"
        # said in the present: 'El plazo … se abre el 20 de abril', 'l'appel s'ouvre le', 'si
        # apre il', 'Das Portal öffnet am'
        r"|\bse\s+abren?\b|\bs['’]ouvr(?:e|ent)\b|\bsi\s+apr(?:e|ono)\b|\böffnet\b"
        # 'La procedura partirà il 15 gennaio', 'prende il via', 'à partir du', 'a partir del'
        r"|\bpartir(?:à|anno)\b|prender(?:à|anno)\s+il\s+via|\b(?:à|a)\s+partir\s+d"
        # a submission taken up again after a pause opens again then: 'Submission will resume on
        # 8 February', 'le dépôt reprendra le', 'riprenderà il', 'se reanudará el'
        r"|\bresum(?:e|es|ed|ing|ption)\b|\breprend\w*|\breprise\b|\briprend\w*|\bripresa\b"
        r"|\breanud\w*|\bwieder\s+aufgenommen\b|\bwiederaufnahme\b",
        -4,
    ),
]
WINDOW_CUES: list[tuple[str, float]] = [
    (
        r"\bopen\b(?!\s+(?:data|science|source|access|innovation|government|hardware|labs?)\b)"
        r"(?!\s+(?:an?\s+)?(?:pull\s+requests?|issues?|prs?|tickets?)\b)"
        r"|period|window|zeitraum|période|periodo|plazo|admission|admisi[óo]n|zulassung"
        # a funder's window for applications by its own name: 'Primo sportello: dal … al …',
        # 'seconda finestra', 'ventanilla', 'Einreichungsfenster', 'fenêtre de dépôt'
        r"|\bsportell[oi]\b|\bfinestr[ae]\b|\bventanillas?\b|fenster\b|\bfenêtres?\b"
        r"|\bpossibles?\b|\bpossibili\b|\bposibles?\b|\bmöglich\b",
        2,
    ),
    # the reviewers' window is none of the applicants': 'scoring window: March 12 – March 31',
    # 'période d'évaluation', 'Begutachtungszeitraum', 'periodo di valutazione'
    (
        r"\b(?:scoring|review|reviewing|evaluation|assessment|marking)\s+(?:window|period|phase)"
        r"|période\s+d'(?:évaluation|expertise)|begutachtungs(?:zeitraum|phase)|bewertungsphase"
        r"|periodo\s+di\s+valutazione|(?:periodo|fase)\s+de\s+evaluaci[óo]n",
        -8,
    ),
    # a window said to be open: 'L'appel est ouvert du 6 janvier au 17 mars'
    # ('Datos abiertos', 'données ouvertes', 'offene Daten' name a field, not a window)
    (
        r"(?<!données\s)\bouverte?s?\b|(?<!datos\s)\babiert[oa]s?\b|\baperto\b|\baperta\b|\bgeöffnet\b"
        r"|\boffen\b(?!e)",
        2,
    ),
]

# Cues that a date is when the event or course itself happens.
EVENT_CUES: list[tuple[str, float]] = [
    (
        r"conference|workshop|webinar|webinaire|webinario|info\s*day|information\s+days?"
        r"|hackathon|summit|forum"
        r"|\bfair\b|\bexpo\b|festival|"
        + FAIR_WORDS
        + r"|\bsalon\b|\bferia\b|\bfiera\b|\btaller\b|atelier"
        # a trip or a stand companies are selected for: 'une mission économique au Japon du 8
        # au 12 mai', 'Dates of the mission:', 'präsentiert sich mit einem Gemeinschaftsstand'
        r"|" + MISSION_WORDS + r"|dates?\s+of\s+the\s+mission"
        r"|networking|\blecture\b|vortrag|\bcharla\b|ponencia|\bkeynote\b|round\s*table|table\s+ronde"
        r"|mesa\s+redonda|tavola\s+rotonda|podiumsdiskussion"
        r"|symposium|meeting|event|seminar|séminaire|congress|matchmaking|session"
        # the day a challenge's finalists present their work, as at a conference
        r"|demo\s*day|pitch\s*day",
        2,
    ),
    (
        r"take[sn]?\s+place|took\s+place|will\s+be\s+held|was\s+held|held\s+(?:in|on|at)|set\s+for"
        # an edition coming back: 'PyCon Portugal returns to Lisbon from 14 to 16 October'
        r"|\breturns\s+to\b|\bis\s+back\b|\bcomes\s+to\b|\brevient\b|\btorna\s+a\b|\bvuelve\s+a\b"
        # 'the summer school, held 5-16 July'
        r"|\bheld\s*$"
        # the label of an event's own line: 'When: Thursday, 11 March', 'Where and when: ...'
        r"|\bwhen\s*:|\bwann\s*:|\bquand\s*:|\bcu[áa]ndo\s*:|\bquando\s*:"
        # (or of its days and place: 'Date e sede:', 'Dates and venue:', 'Termin und Ort:')
        r"|\b(?:dates?|data|fechas?|datum|termine?|zeit)\s+(?:and|e|y|et|und|&)\s+(?:venue|place"
        r"|location|sede|luogo|lugar|lieu|ort)\s*:"
        r"|\b(?:venue|place|sede|luogo|lugar|lieu|ort)\s+(?:and|e|y|et|und|&)\s+(?:dates?|data"
        r"|fechas?|datum|termine?|zeit)\s*:"
        # (or a line of its days alone: 'Dates: Saturday 5 – Sunday 6 June', 'Fechas:', not
        # 'Key dates:' over a call's timeline)
        r"|^\W*(?:dates|fechas|termine)\s*:"
        # the start of a course's year; an event told as held: 'celebrado los pasados 18 y 19'
        r"|\brentrée\b|\bsemesterbeginn|\bcelebrad[oa]s?\b|\bcelebr[óo]\b"
        r"|save\s+the\s+date|starting|\bstarts?\b(?!-up)|course|mooc|(?<!off\s)(?<!closing\s)(?<!due\s)(?<!deadline\s)(?<!opening\s)(?<!publication\s)\bdate:|conven(?:e|ing)\b"
        r"|inicio\s+de\s+(?:las\s+)?clases|clases\s+comienzan|classes\s+(?:start|begin)"
        r"|vorlesungsbeginn|début\s+des\s+cours|inizio\s+(?:delle\s+)?lezioni"
        # a course's own start: 'Lehrgangsstart:', 'Erster Termin:', 'inizio del corso'
        r"|" + COURSE_START_WORDS +
        # an event put off to its new days: 'Neuer Termin ist der', 'will now take place on',
        # 'se traslada al', 'rinviato al', 'reporté au', 'postponed to'
        r"|neuer\s+termin|new\s+dates?\b|nouvelles?\s+dates?\b|nueva\s+fecha|nuova\s+data"
        r"|will\s+now\s+take\s+place|se\s+traslada\s+al|rinviat[oa]\s+al|reporté(?:e)?\s+au"
        r"|postponed\s+to|rescheduled\s+(?:to|for)|verschoben\s+auf",
        2,
    ),
    (
        r"kongress|tagung|veranstaltung|konferenz|gipfel|findet|statt|treffen|sommerakademie|akademie",
        2,
    ),
    (
        r"colloque|congrès|conférence|journée|se\s+tiendra|organisés?|entretiens|rencontre"
        r"|(?:a|ont|aur(?:a|ont))\s+lieu|se\s+déroulera",
        2,
    ),
    (
        r"jornadas?|congreso|conferencia|evento|encuentro|se\s+celebrar|tendr[áa]n?\s+lugar"
        r"|se\s+desarrollar[áa]",
        2,
    ),
    (r"convegno|conferenza|evento|incontro|si\s+svolg|si\s+terr|avr(?:à|anno)\s+luogo", 2),
    (
        r"deadline|register|registration|apply|submi|proposals?|\bdue\b(?!\s+(?:giorn|anni|mesi|settiman|ore|volte|edizion|sessioni|part))|frist|bewerb|iscrizion|anmeld"
        r"|inscri|plazo|scadenza|\bentro\b|until\b|\bby\b|\bbis\b"
        # enrolling in a course is a window before it: 'Immatricolazione dei vincitori: dal 29
        # settembre al 6 ottobre', 'Einschreibung', 'matrícula'
        r"|enrol|immatricola|einschreib|matr[íi]cula"
        # a date said to close something: 'les appels ... qui clôturent le 18 avril'
        r"|clôtur\w*|\bcloses\b|\bchiude\b|\bcierra\b|schließt",
        -3,
    ),
    (
        r"projects?\s+(?:duration|period|start)|starting\s+date|ending\s+date|coding\s*(?::|period|phase)|laufen|between|\bentre\b"
        # what is funded starts on a date: 'awards will start from 1 January 2029'
        r"|\b(?:awards?|grants?|projects?|fellowships?|funding)\s+(?:will\s+|can\s+|may\s+|must\s+)?"
        r"(?:start|begin|commence)"
        r"|\b(?:tra|fra)\s+il\b"
        r"|zwischen|published|veröffentlicht|version\s+du|règlement|submitted\s+by|posted"
        # a rule or plan taking effect, a year of accounts: 'entrera en vigueur le 1er janvier',
        # 'tritt zum 1. Januar in Kraft', 'for the financial year 1 July 2026 – 30 June 2027'
        r"|en\s+vigueur|in\s+kraft|en\s+vigor|in\s+vigore|into\s+force|takes?\s+effect"
        r"|financial\s+year|fiscal\s+year|geschäftsjahr|exercice\s+(?:budgétaire|comptable)"
        r"|publiée?s?\b|pubblicat[oaie]\b|publicad[oa]s?\b",
        -4,
    ),
    # what is put online after an event: 'slides available from 14 December', 'downloadable
    # until', 'téléchargeables jusqu'au'
    (
        r"available|disponibles?|disponibil[ei]|verfügbar|abrufbar|en\s+ligne\s+(?:à\s+partir|dès)"
        rf"|(?:{DOWNLOAD_WORDS})\b",
        -3,
    ),
    # the dates of acts and their publication: 'ORDEN de 8 de julio', 'Real Decreto ..., de'
    (
        r"\borden\s+de|decreto|\bley\b|gesetz|verordnung|décret|arrêté|\bloi\b|\blegge\b"
        r"|publicaci[óo]n|pubblicazione|publication",
        -5,
    ),
    # the edition before this one: 'Vorjahresveranstaltung am 17. Mai 2026', 'last year'
    (
        r"vorjahr\w*|letzte[ns]?\s+jahr|last\s+year|previous\s+edition|l'an\s+dernier"
        r"|l'année\s+dernière|édition\s+précédente|el\s+año\s+pasado|edición\s+anterior"
        r"|l'anno\s+scorso|edizione\s+precedente",
        -4,
    ),
    (
        r"doveva|instead\s+of|postponed\s+from|previously|riunione|u\.s\."
        # the date first set for something since moved is not when it happens
        r"|originally|initially|ursprünglich|initialement|inizialmente|inicialmente",
        -3,
    ),
    # the start of what a call funds: 'Indicative start of projects: 1 October'
    (
        r"start\s+of\s+(?:the\s+)?(?:projects?|experiments?|activities|contracts?|implementation"
        r"|grants?|funding|pilots?)|(?:projekt|vorhaben)s?(?:beginn|start)"
        r"|début\s+des\s+(?:projets|travaux|activités)|inicio\s+de\s+(?:los\s+)?(?:proyectos|actividades)"
        r"|avvio\s+de(?:i|lle)\s+(?:progetti|attività)"
        r"|(?:förderung|förderphase|umsetzungsphase|funding|financement|finanziamento|financiación)\b"
        r"[^.]{0,40}\b(?:beginnt|starts?|begins?|débute|inizia|comienza)"
        r"|projects?\s+(?:will\s+|can\s+|may\s+)?(?:start|begin)|proyectos\s+(?:podrán\s+)?(?:iniciar|comenzar)\w*"
        r"|progetti\s+(?:potranno\s+)?(?:avviar|iniziar|partir)\w*|projets\s+(?:pourront\s+)?(?:démarrer|débuter)"
        r"|projekte\s+(?:können\s+)?(?:starten|beginnen)",
        -4,
    ),
    # dates of other things: the main conference a workshop sits beside, a jury's meeting
    (
        r"co-?located|main\s+conference|in\s+conjunction\s+with|alongside|side\s+event"
        r"|(?:presented|awarded|handed\s+over|exhibited|displayed|shown)\s+at|exposée?s\s+(?:lors|à)"
        r"|ausgestellt|esposte|expuestas",
        -3,
    ),
    (
        r"committee|commissione|comité|kommission|comisión|\bjury\b|evaluation|valutazione"
        r"|\bboard\s+meeting|\bselected\b|\bfeedback\b|examen\s+des\s+dossiers"
        # agreements signed after a selection: 'les conventions seront signées d'ici le'
        r"|\bsigned\b|\bsignature\b|\bsignée?s?\b|unterzeichn\w*|\bfirmad[oa]s?\b|\bfirmat[ei]\b"
        r"|evaluación|bewertung|évaluation|confirmation|decision|procedure|procédure|verfahren"
        r"|procedimiento|procedura|interviews?|entretiens?\s+individuels|vorstellungsgespräch"
        r"|auswahl\w*|\bselection\b|sélection|selecci[óo]n|selezione",
        -4,
    ),
    (
        # ('Massive Open Online Course', 'Open Science Days': a name, not an opening)
        r"(?<!will\s)opens?\b(?!\s+(?:online|science|data|access|innovation|source|day|house))"
        r"|opened|closed?\b|announced|results?\b|fino\s+al|payment|\bfees?\b"
        r"|\bchius[oa]\b|\bcerrad[oa]\b|\bgeschlossen\b|\bclôturée?\b",
        -3,
    ),
    # a funded project's first day is no event of its call: 'Earliest start: 1 October 2016',
    # 'Expected start date: no later than 1 October', 'Projektbeginn', 'début des projets'
    (
        r"\b(?:earliest|expected|anticipated|project|award|grant|fellowship)\s+start"
        r"|projektbeginn|\bdébut\s+des\s+projets|inicio\s+de\s+los\s+proyectos"
        r"|avvio\s+dei\s+progetti",
        -6,
    ),
    # a course's first day: 'Kursbeginn', 'débute le', 'comienza el', 'Start date:' (not words
    # of something happening: a call's project 'Beginn' is no event of it); cues are only asked
    # whether they are present, so 'beginn' stands for 'Kursbeginn' and gives the scan its letters
    (
        r"beginn\b|\bdébute\b|\bdébutera\b|\bcommence\b|\bcomienza\b|\bcomenzará\b"
        r"|\binizia\b|\binizierà\b|\bstart\s+date\b",
        2,
    ),
]


# The countries on Eastern European time, by their names in the five languages: 'EET' on a page
# that names one of them is that country's clock.
EET_COUNTRIES: list[tuple[str, str]] = [
    (r"\b(?:finland|finnish|helsinki|finlande|finlandia|finnland)\b", "Europe/Helsinki"),
    (r"\b(?:estonia|estonian|tallinn|estonie|estland)\b", "Europe/Tallinn"),
    (r"\b(?:latvia|latvian|riga|lettonie|lettonia|letonia|lettland)\b", "Europe/Riga"),
    (r"\b(?:lithuania|lithuanian|vilnius|lituanie|lituania|litauen)\b", "Europe/Vilnius"),
    (r"\b(?:romania|romanian|bucharest|roumanie|rumania|rumänien)\b", "Europe/Bucharest"),
    (r"\b(?:bulgaria|bulgarian|sofia|bulgarie|bulgarien)\b", "Europe/Sofia"),
    (r"\b(?:cyprus|cypriot|nicosia|chypre|cipro|chipre|zypern)\b", "Asia/Nicosia"),
    (r"\b(?:ukraine|ukrainian|kyiv|kiev|ucraina|ucrania)\b", "Europe/Kyiv"),
]


# Words a sentence does not end with (a preposition, an article, 'than'): a line ending in one
# runs on to the next.
RUN_ON_WORDS = [
    *"than by until till before on at of the to from".split(),
    *"bis zum zur am spätestens vor dem den der vom ab".split(),
    *"le la les au avant jusqu'au du des de à".split(),
    *"el los hasta antes del al a las".split(),
    *"il lo entro alle ore dal fino prima".split(),
]

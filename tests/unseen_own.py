"""Announcements written for the tests, in the five languages, never seen by the rules' author
while writing them: (title, text, published, expected fields).

Expected fields follow data/README.md: kind, deadline (ISO, with offset when time and zone are
known), deadline_tz, event_start, event_end.
"""

from __future__ import annotations

UNSEEN: list[tuple[str, str, str | None, dict[str, str | None]]] = [
    (
        "Call for Proposals: Community Health Innovation Grants",
        "Letters of intent are optional and may be sent by 2 February 2026. Full proposals must"
        " be received by 5:00 p.m. Eastern on March 3, 2026. Awards will be announced in May.",
        "2026-01-10",
        {
            "kind": "call",
            "deadline": "2026-03-03T17:00:00-05:00",
            "deadline_tz": "America/New_York",
        },
    ),
    (
        "Robotics week comes to Turin",
        "Next month the city will host the European Robotics Week from June 3–5, 2026 at the"
        " Lingotto centre. Registration is open until 20 May.",
        "2026-05-02",
        {
            "kind": "event",
            "deadline": "2026-05-20",
            "event_start": "2026-06-03",
            "event_end": "2026-06-05",
        },
    ),
    (
        "Highlights from the Clean Hydrogen Forum",
        "More than 300 participants met in Vienna on 14-15 October 2025 for the forum. Speakers"
        " discussed storage, pipelines and the next funding rounds.",
        "2025-10-20",
        {"kind": "news", "event_start": "2025-10-14", "event_end": "2025-10-15"},
    ),
    (
        "Cut-off moved for the Digital Skills call",
        "The cut-off for the Digital Skills call has moved from 12 March to 26 March 2026,"
        " 17:00 CET. All other conditions stay the same.",
        None,
        {
            "kind": "extension",
            "deadline": "2026-03-26T17:00:00+01:00",
            "deadline_tz": "Europe/Brussels",
        },
    ),
    (
        "Results of the 2025 Seed Grant call",
        "The call closed on 30 September 2025 with 412 applications. 38 projects were selected"
        " for funding and will start in January.",
        "2025-12-01",
        {"kind": "news", "deadline": "2025-09-30"},
    ),
    (
        "MOOC: Introduction to Open Science",
        "This free online course runs from 2 March to 13 April 2026. Enrolment is open until"
        " 27 February 2026.",
        None,
        {
            "kind": "course",
            "deadline": "2026-02-27",
            "event_start": "2026-03-02",
            "event_end": "2026-04-13",
        },
    ),
    (
        "Call for hosts: 2027 Summer School on Data Ethics",
        "Universities are invited to submit proposals to organise the 2027 summer school."
        " Proposals are due 15 January 2026 at 23:59 AoE.",
        None,
        {"kind": "call", "deadline": "2026-01-15T23:59:00-12:00", "deadline_tz": "AoE"},
    ),
    (
        "Join the Info Day on the Green Deal call in Brussels",
        "Join the info day on 4 December 2025 from 10:00 to 12:00 CET in Brussels. Registration"
        " is open until 28 November.",
        "2025-11-10",
        {"kind": "event", "deadline": "2025-11-28", "event_start": "2025-12-04"},
    ),
    (
        "CFP: Workshop on Fair Machine Learning",
        "Papers are due June 10, 2026, 23:59 Pacific. The workshop will be held on"
        " Jul 30 - Jul 31, 2026 in Vancouver.",
        None,
        {
            "kind": "call",
            "deadline": "2026-06-10T23:59:00-07:00",
            "deadline_tz": "America/Los_Angeles",
            "event_start": "2026-07-30",
            "event_end": "2026-07-31",
        },
    ),
    (
        "Förderaufruf Digitale Innovation 2026",
        "Einreichungsfrist: 15.03.2026, 12:00 Uhr. Die Projekte laufen vom 01.07.2026 bis"
        " 30.06.2028.",
        "2026-01-20",
        {"kind": "call", "deadline": "2026-03-15T12:00:00+01:00", "deadline_tz": "Europe/Berlin"},
    ),
    (
        "Bewerbungsfrist für das Stipendienprogramm verlängert",
        "Die Bewerbungsfrist wurde vom 31. Mai auf den 14. Juni 2026 verlängert.",
        None,
        {"kind": "extension", "deadline": "2026-06-14"},
    ),
    (
        "Rückblick: Netzwerktreffen Wasserstoff",
        "Am 12. März 2026 kamen in Hamburg rund 80 Fachleute zusammen, um über Speicher und"
        " Leitungen zu sprechen.",
        "2026-03-20",
        {"kind": "news", "event_start": "2026-03-12"},
    ),
    (
        "Sommerschule Quantentechnologie 2026",
        "Die Sommerschule findet vom 10. bis 21. August 2026 in Jena statt. Bewerbungen sind bis"
        " zum 30. April 2026 möglich.",
        None,
        {
            "kind": "course",
            "deadline": "2026-04-30",
            "event_start": "2026-08-10",
            "event_end": "2026-08-21",
        },
    ),
    (
        "Appel à projets Culture et numérique",
        "Les dossiers doivent être déposés avant le 2 avril 2026 à 16h (heure de Paris).",
        None,
        {"kind": "call", "deadline": "2026-04-02T16:00:00+02:00", "deadline_tz": "Europe/Paris"},
    ),
    (
        "La date limite de l'appel Jeunes chercheurs est prolongée",
        "La date limite de dépôt, initialement fixée au 10 mars, est prolongée jusqu'au"
        " 24 mars 2026 à 12h.",
        None,
        {
            "kind": "extension",
            "deadline": "2026-03-24T12:00:00+01:00",
            "deadline_tz": "Europe/Paris",
        },
    ),
    (
        "Colloque Territoires et transitions",
        "Le colloque se tiendra les 18 et 19 juin à Lyon. Inscriptions jusqu'au 5 juin.",
        "2026-03-01",
        {
            "kind": "event",
            "deadline": "2026-06-05",
            "event_start": "2026-06-18",
            "event_end": "2026-06-19",
        },
    ),
    (
        "Appel à candidatures – Résidences d'artistes",
        "Date limite : 30 janvier 2026 à 18h GMT.",
        None,
        {"kind": "call", "deadline": "2026-01-30T18:00:00+00:00", "deadline_tz": "UTC"},
    ),
    (
        "Convocatoria de ayudas a la investigación 2026",
        "El plazo de presentación de solicitudes finaliza el 15 de abril de 2026 a las 14:00"
        " horas (hora peninsular).",
        None,
        {"kind": "call", "deadline": "2026-04-15T14:00:00+02:00", "deadline_tz": "Europe/Madrid"},
    ),
    (
        "Se amplía el plazo de la convocatoria de becas",
        "El plazo de solicitud ha sido ampliado hasta el 20 de febrero de 2026.",
        None,
        {"kind": "extension", "deadline": "2026-02-20"},
    ),
    (
        "Máster en Energías Renovables – Admisión 2026",
        "Periodo de admisión: del 1 de marzo al 30 de mayo de 2026. Las clases comienzan el"
        " 5 de octubre de 2026.",
        None,
        {"kind": "course", "deadline": "2026-05-30", "event_start": "2026-10-05"},
    ),
    (
        "Convegno sull'economia circolare",
        "Il convegno si terrà giovedì 12 marzo 2026 presso l'Università di Bologna. Iscrizioni"
        " entro il 5 marzo.",
        None,
        {"kind": "event", "deadline": "2026-03-05", "event_start": "2026-03-12"},
    ),
    (
        "Bando Giovani Ricercatori: prorogata la scadenza",
        "La scadenza per la presentazione delle domande è prorogata al 30 aprile 2026 ore 13:00.",
        None,
        {
            "kind": "extension",
            "deadline": "2026-04-30T13:00:00+02:00",
            "deadline_tz": "Europe/Rome",
        },
    ),
    (
        "Si è concluso il Festival dell'Innovazione",
        "Dal 3 al 5 ottobre 2025 oltre 5.000 visitatori hanno partecipato agli incontri in piazza.",
        "2025-10-10",
        {"kind": "news", "event_start": "2025-10-03", "event_end": "2025-10-05"},
    ),
    (
        "Call for Papers – EuroVis Workshop 2026",
        "Important dates\nDate | Milestone\n20 Feb 2026 | Paper submission deadline\n"
        "27 Mar 2026 | Notification\n10 Apr 2026 | Camera-ready\n"
        "The workshop takes place 8–9 June 2026 in Ghent.",
        None,
        {
            "kind": "call",
            "deadline": "2026-02-20",
            "event_start": "2026-06-08",
            "event_end": "2026-06-09",
        },
    ),
    (
        "Call for reviewers",
        "Published on 5 December 2025. Applications are due on 9 January 2026 at 12:00 UTC +01:00.",
        None,
        {"kind": "call", "deadline": "2026-01-09T12:00:00+01:00", "deadline_tz": "Etc/GMT-1"},
    ),
]

FIELDS = ("kind", "deadline", "deadline_tz", "event_start", "event_end")

# A second batch, written after the rules of the first were in, to check they generalise.
UNSEEN += [
    (
        "12th Conference on Urban Mobility",
        "Call for abstracts: submit your abstract of up to 500 words by 15 March 2026. The"
        " conference takes place 5–7 October 2026 in Graz.",
        None,
        {
            "kind": "call",
            "deadline": "2026-03-15",
            "event_start": "2026-10-05",
            "event_end": "2026-10-07",
        },
    ),
    (
        "Appel à projets Tourisme durable 2026",
        "Les candidatures sont à déposer sur la plateforme. Date limite : 15 mars. Les lauréats"
        " seront informés en mai.",
        None,
        {"kind": "call", "deadline": "2026-03-15"},
    ),
    (
        "Convocatoria de proyectos de I+D",
        "Publicada el 10 de enero de 2026. Las solicitudes podrán presentarse hasta el 28 de"
        " febrero. La resolución se publicará en junio.",
        "2026-01-10",
        {"kind": "call", "deadline": "2026-02-28"},
    ),
    (
        "Summer Institute on Digital Humanities",
        "The institute runs Jun 29 - Jul 3, 2026 at the University of Victoria. Early-bird"
        " registration ends 1 April 2026; regular registration closes 1 June 2026.",
        None,
        {
            "kind": "course",
            "deadline": "2026-06-01",
            "event_start": "2026-06-29",
            "event_end": "2026-07-03",
        },
    ),
    (
        "Open call for artistic residencies",
        "Applications must be submitted by 20 April 2026, 23:59 (UTC+1). Selected artists will"
        " receive a confirmation letter on 15 May 2026. Residencies run from 1 to 30 September"
        " 2026.",
        None,
        {"kind": "call", "deadline": "2026-04-20T23:59:00+01:00", "deadline_tz": "Etc/GMT-1"},
    ),
    (
        "Workshop on Explainable AI – call for papers",
        "Paper submission: 10 May 2026 (AoE). Notification: 12 June 2026. The workshop is"
        " co-located with the main conference, held 14-16 July 2026 in Lisbon, and takes place"
        " on 15 July 2026.",
        None,
        {
            "kind": "call",
            "deadline": "2026-05-10T23:59:00-12:00",
            "deadline_tz": "AoE",
            "event_start": "2026-07-15",
        },
    ),
    (
        "Webinar: funding opportunities for SMEs",
        "The webinar will take place on 22 January 2026 from 14:00 to 15:30 CET. Registration is"
        " free but mandatory; register by 20 January.",
        "2026-01-05",
        {"kind": "event", "deadline": "2026-01-20", "event_start": "2026-01-22"},
    ),
    (
        "Deadline extended to 30 June",
        "Good news: the deadline of the Young Innovators call has been extended to 30 June 2026"
        " at 17:00 CET, instead of 16 June.",
        None,
        {
            "kind": "extension",
            "deadline": "2026-06-30T17:00:00+02:00",
            "deadline_tz": "Europe/Brussels",
        },
    ),
    (
        "Tag der offenen Tür am Forschungszentrum",
        "Am Samstag, 9. Mai 2026, öffnet das Forschungszentrum von 10 bis 16 Uhr seine Labore"
        " für Besucherinnen und Besucher. Eine Anmeldung ist nicht nötig.",
        "2026-04-15",
        {"kind": "event", "event_start": "2026-05-09"},
    ),
    (
        "Bando Erasmus+ per la mobilità del personale",
        "Le candidature vanno presentate entro giovedì 26 febbraio 2026 alle 12:00. La riunione"
        " della commissione di valutazione si terrà il 10 marzo 2026.",
        None,
        {"kind": "call", "deadline": "2026-02-26T12:00:00+01:00", "deadline_tz": "Europe/Rome"},
    ),
    (
        "Scuola estiva di fisica teorica",
        "La scuola si svolgerà dal 6 al 17 luglio 2026 a Cortona. Domande di ammissione entro il"
        " 31 marzo 2026.",
        None,
        {
            "kind": "course",
            "deadline": "2026-03-31",
            "event_start": "2026-07-06",
            "event_end": "2026-07-17",
        },
    ),
    (
        "Call for proposals: Research Infrastructure Access 2026",
        "Proposals are due on 14 April 2026 at 17:00 GMT+2. Evaluation takes place in May and"
        " access starts in September 2026.",
        None,
        {"kind": "call", "deadline": "2026-04-14T17:00:00+02:00", "deadline_tz": "Etc/GMT-2"},
    ),
]

# A third batch, in the styles of agency news pages and newsletters.
UNSEEN += [
    (
        "Hydrogen Valleys: second cut-off announced",
        "The Clean Hydrogen Partnership opens its call on 15 January 2026. Applicants may submit"
        " their proposals until 22 April 2026 at 17:00:00 Brussels time. A second stage is planned"
        " with a deadline of 30 September 2026.",
        "2026-01-08",
        {"kind": "call", "deadline": "2026-04-22T17:00:00+02:00", "deadline_tz": "Europe/Brussels"},
    ),
    (
        "Over 900 applications for the Start-up Booster",
        "When the Start-up Booster closed on 12 February 2026, 912 companies had applied, twice as"
        " many as last year. The jury will meet in March.",
        "2026-02-20",
        {"kind": "news", "deadline": "2026-02-12"},
    ),
    (
        "Lisbon to host the Ocean Innovation Summit",
        "The Ocean Innovation Summit comes to Lisbon on 2-3 June 2026. Early registration runs"
        " until 15 April; late registration closes on 20 May 2026.",
        "2026-02-01",
        {
            "kind": "event",
            "deadline": "2026-05-20",
            "event_start": "2026-06-02",
            "event_end": "2026-06-03",
        },
    ),
    (
        "Appel à manifestation d'intérêt – Tiers-lieux numériques",
        "Publié le 3 février 2026. Les porteurs de projets ont jusqu'au 31 mars 2026 à minuit pour"
        " déposer leur dossier. Les projets retenus seront financés de juin 2026 à mai 2028.",
        "2026-02-03",
        {"kind": "call", "deadline": "2026-03-31T23:59:00+02:00", "deadline_tz": "Europe/Paris"},
    ),
    (
        "Retour en images sur la Nuit de la recherche",
        "Le 26 septembre 2025, plus de 4 000 visiteurs ont découvert les laboratoires de"
        " l'université.",
        "2025-10-02",
        {"kind": "news", "event_start": "2025-09-26"},
    ),
    (
        "Formation : gestion de projets européens",
        "Cette formation de deux jours aura lieu les 12 et 13 mai 2026 à Nantes. Inscription"
        " obligatoire avant le 30 avril 2026.",
        None,
        {
            "kind": "course",
            "deadline": "2026-04-30",
            "event_start": "2026-05-12",
            "event_end": "2026-05-13",
        },
    ),
    (
        "Ausschreibung: Innovationsgutscheine 2026",
        "Anträge können ab dem 1. März 2026 gestellt werden. Stichtag ist der 30. Juni 2026,"
        " 15 Uhr. Die Förderung beträgt bis zu 20.000 Euro.",
        None,
        {"kind": "call", "deadline": "2026-06-30T15:00:00+02:00", "deadline_tz": "Europe/Berlin"},
    ),
    (
        "Frist für Projektskizzen verlängert",
        "Aufgrund zahlreicher Anfragen verlängern wir die Einreichungsfrist für Projektskizzen bis"
        " zum 15. Mai 2026. Die ursprüngliche Frist war der 30. April 2026.",
        None,
        {"kind": "extension", "deadline": "2026-05-15"},
    ),
    (
        "Konferenz Digitale Verwaltung 2026",
        "Die Konferenz findet am 24. und 25. September 2026 in Leipzig statt. Die Anmeldung ist"
        " bis zum 10. September 2026 möglich.",
        None,
        {
            "kind": "event",
            "deadline": "2026-09-10",
            "event_start": "2026-09-24",
            "event_end": "2026-09-25",
        },
    ),
    (
        "Premios a la innovación social 2026",
        "Las candidaturas podrán presentarse del 2 de marzo al 17 de abril de 2026 a las 14:00"
        " horas. El fallo del jurado se dará a conocer el 20 de mayo de 2026.",
        None,
        {"kind": "call", "deadline": "2026-04-17T14:00:00+02:00", "deadline_tz": "Europe/Madrid"},
    ),
    (
        "Clausurado el congreso de economía azul en Vigo",
        "El congreso, celebrado los días 14 y 15 de octubre de 2025, reunió a más de 600"
        " profesionales del sector.",
        "2025-10-16",
        {"kind": "news", "event_start": "2025-10-14", "event_end": "2025-10-15"},
    ),
    (
        "Corso di perfezionamento in diritto dell'energia",
        "Il corso si svolge da gennaio a giugno 2027. Le domande di ammissione devono essere"
        " presentate entro il 30 novembre 2026.",
        None,
        {"kind": "course", "deadline": "2026-11-30"},
    ),
    (
        "Prorogati i termini del bando Smart Cities",
        "I termini per la presentazione delle proposte sono prorogati dal 15 al 29 maggio 2026,"
        " ore 12:00.",
        None,
        {
            "kind": "extension",
            "deadline": "2026-05-29T12:00:00+02:00",
            "deadline_tz": "Europe/Rome",
        },
    ),
    (
        "Workshop sui dati aperti",
        "Mercoledì 8 aprile 2026 si terrà a Torino un workshop sui dati aperti nella pubblica"
        " amministrazione. La partecipazione è gratuita previa registrazione entro il 3 aprile.",
        None,
        {"kind": "event", "deadline": "2026-04-03", "event_start": "2026-04-08"},
    ),
    (
        "Call for Nominations: Young Scientist Award 2026",
        "Nominations should be sent by e-mail before 1 September 2026, 12:00 CEST. The award will"
        " be presented at the annual meeting on 20 November 2026.",
        None,
        {"kind": "call", "deadline": "2026-09-01T12:00:00+02:00", "deadline_tz": "Europe/Brussels"},
    ),
]

# A fourth batch: longer pages with many dates, agendas, two stages, a mix of things.
UNSEEN += [
    (
        "Two-stage call: Circular Bioeconomy Pilots",
        "Stage 1 (short proposals) closed on 4 February 2026. Applicants invited to stage 2 must"
        " submit their full proposal by 9 June 2026, 17:00 CEST. Results are expected in"
        " October 2026.",
        "2026-03-02",
        {"kind": "call", "deadline": "2026-06-09T17:00:00+02:00", "deadline_tz": "Europe/Brussels"},
    ),
    (
        "Smart Regions Forum 2026 – programme",
        "Day 1, 17 March 2026: opening session at 9:30, panels on regional funds. Day 2,"
        " 18 March 2026: site visits. Day 3, 19 March 2026: closing plenary. Registration closes"
        " on 6 March 2026.",
        None,
        {
            "kind": "event",
            "deadline": "2026-03-06",
            "event_start": "2026-03-17",
            "event_end": "2026-03-19",
        },
    ),
    (
        "Newsletter March 2026: a webinar and a call",
        "On 25 March 2026 we hold a webinar on open data; join us online from 11:00 CET. The"
        " regional call for data projects remains open until 30 April 2026.",
        "2026-03-10",
        # a newsletter reports its items (three independent labellers of the probes read so)
        {"kind": "news"},
    ),
    (
        "Call for abstracts – European Soil Days",
        "We welcome abstracts for oral and poster presentations. Abstract deadline: 31 January"
        " 2026 (23:59 CET). Authors will be notified by 28 February. The European Soil Days take"
        " place in Ljubljana, 22–24 April 2026.",
        None,
        {
            "kind": "call",
            "deadline": "2026-01-31T23:59:00+01:00",
            "deadline_tz": "Europe/Brussels",
            "event_start": "2026-04-22",
            "event_end": "2026-04-24",
        },
    ),
    (
        "Innovation voucher scheme reopens",
        "The voucher scheme reopens on 1 April 2026. Companies can apply until funds run out or"
        " until 31 December 2026 at the latest.",
        "2026-03-20",
        {"kind": "call", "deadline": "2026-12-31"},
    ),
    (
        "Die Sommerakademie 2025 war ein voller Erfolg",
        "Vom 4. bis 8. August 2025 trafen sich 60 Studierende in Greifswald. Die nächste"
        " Sommerakademie findet 2026 statt.",
        "2025-08-20",
        {"kind": "news", "event_start": "2025-08-04", "event_end": "2025-08-08"},
    ),
    (
        "Journée d'étude : archives et numérique",
        "La journée d'étude aura lieu le jeudi 14 mai 2026 à la Bibliothèque nationale, de 9 h 30"
        " à 17 h. Entrée libre sur inscription avant le 7 mai.",
        "2026-04-01",
        {"kind": "event", "deadline": "2026-05-07", "event_start": "2026-05-14"},
    ),
    (
        "Convocatoria de becas de movilidad 2026-2027",
        "Plazo de solicitud: del 15 de enero al 13 de febrero de 2026. Las estancias deberán"
        " realizarse entre el 1 de septiembre de 2026 y el 31 de julio de 2027.",
        None,
        {"kind": "call", "deadline": "2026-02-13"},
    ),
    (
        "Hackathon per la mobilità sostenibile",
        "Sabato 7 e domenica 8 marzo 2026 a Milano: 24 ore per progettare servizi di mobilità."
        " Iscrizioni aperte fino al 27 febbraio.",
        "2026-02-01",
        {
            "kind": "event",
            "deadline": "2026-02-27",
            "event_start": "2026-03-07",
            "event_end": "2026-03-08",
        },
    ),
    (
        "EIC Pathfinder Open: results of the 2025 cut-off",
        "The European Innovation Council received 1,055 proposals by the 7 May 2025 deadline."
        " 47 projects were selected.",
        "2025-10-15",
        {"kind": "news", "deadline": "2025-05-07"},
    ),
]

# A fifth batch: short notices, US dates, headings in capitals, news of what is ahead.
UNSEEN += [
    (
        "REMINDER: PROPOSALS DUE FRIDAY",
        "Internal pre-proposals for the Foundation program are due 03/13/2026 by 5 PM. Contact the"
        " research office with questions.",
        None,
        {"kind": "call", "deadline": "2026-03-13"},
    ),
    (
        "Minister to open the agri-food fair",
        "The minister will open the International Agri-Food Fair in Verona on 11 February 2026."
        " More than 800 exhibitors are expected over four days.",
        "2026-02-02",
        {"kind": "event", "event_start": "2026-02-11"},
    ),
    (
        "Le salon des start-up se déroulera à Lille",
        "La 5e édition du salon se déroulera les 3 et 4 juin 2026 au Grand Palais de Lille."
        " Les exposants peuvent réserver leur stand jusqu'au 15 avril 2026.",
        "2026-01-12",
        {
            "kind": "event",
            "deadline": "2026-04-15",
            "event_start": "2026-06-03",
            "event_end": "2026-06-04",
        },
    ),
    (
        "Jornadas de ciencia abierta",
        "Las jornadas se celebrarán el 21 y 22 de mayo de 2026 en la Universidad de Sevilla."
        " La inscripción es gratuita hasta completar aforo.",
        None,
        {"kind": "event", "event_start": "2026-05-21", "event_end": "2026-05-22"},
    ),
    (
        "Ricercatori a tempo determinato: avviso di selezione",
        "È indetta una selezione pubblica per 3 posti di ricercatore. Le domande devono essere"
        " presentate entro 30 giorni dalla pubblicazione nella Gazzetta Ufficiale del"
        " 13 gennaio 2026.",
        "2026-01-13",
        # (a period counted from the dated gazette is a day: the 30th after the 13th)
        {"kind": "call", "deadline": "2026-02-12"},
    ),
    (
        "Bewerbungsschluss für das Gründerstipendium",
        "Bewerbungsschluss: 31.05.2026. Das Stipendium läuft vom 1. Oktober 2026 an zwölf Monate.",
        None,
        {"kind": "call", "deadline": "2026-05-31"},
    ),
    (
        "Call for evaluators – Horizon Europe",
        "The European Commission is looking for independent experts. Registration in the expert"
        " database is open continuously; experts are contracted as needed.",
        None,
        {"kind": "call"},
    ),
    (
        "Recap: Open Science Week 2025",
        "Thank you to the 1,200 people who joined us from 20 to 24 October 2025! Recordings of all"
        " sessions are now online.",
        "2025-11-03",
        {"kind": "news", "event_start": "2025-10-20", "event_end": "2025-10-24"},
    ),
    (
        "Kick-off meeting of the GreenPorts project",
        "The partners of GreenPorts will meet in Rotterdam on 9-10 February 2026 for the kick-off"
        " of the three-year project.",
        "2026-01-20",
        {"kind": "event", "event_start": "2026-02-09", "event_end": "2026-02-10"},
    ),
    (
        "Appel à communications – Colloque Villes et climat",
        "Les propositions (résumé de 3 000 signes) sont à envoyer avant le 15 janvier 2026 à"
        " minuit. Le colloque aura lieu à Grenoble les 9 et 10 avril 2026.",
        None,
        {
            "kind": "call",
            "deadline": "2026-01-15T23:59:00+01:00",
            "deadline_tz": "Europe/Paris",
            "event_start": "2026-04-09",
            "event_end": "2026-04-10",
        },
    ),
]

# A sixth batch: no publication date, cancellations, calls inside news, relative days.
UNSEEN += [
    (
        "Regional Innovation Day cancelled",
        "We regret to announce that the Regional Innovation Day planned for 12 May 2026 has been"
        " cancelled. Registered participants will be contacted by e-mail.",
        "2026-04-28",
        {"kind": "news", "event_start": "2026-05-12"},
    ),
    (
        "Da domani a giovedì la fiera del libro per ragazzi",
        "Da domani a giovedì torna a Bologna la fiera internazionale del libro per ragazzi, con"
        " 1.500 espositori da 90 paesi.",
        "2026-04-13",
        {"kind": "event", "event_start": "2026-04-14", "event_end": "2026-04-16"},
    ),
    (
        "Neue Förderrunde für Kreativwirtschaft",
        "Das Land Brandenburg startet eine neue Förderrunde für die Kreativwirtschaft. Anträge"
        " können bis zum 15. Juli 2026 gestellt werden; gefördert werden bis zu 50.000 Euro.",
        "2026-05-04",
        {"kind": "call", "deadline": "2026-07-15"},
    ),
    (
        "Call for Proposals – Timeline",
        "Call opens: 1 February 2026. Information webinar: 12 February 2026. Deadline for"
        " submission: 26 March 2026, 12:00 noon (Brussels time). Evaluation: April–May 2026."
        " Grant agreements signed: July 2026.",
        None,
        {"kind": "call", "deadline": "2026-03-26T12:00:00+01:00", "deadline_tz": "Europe/Brussels"},
    ),
    (
        "Doctoral school in marine sciences: applications open",
        "The doctoral school admits 12 PhD candidates per year. Applications for the October"
        " 2026 intake are accepted until 30 April 2026.",
        None,
        {"kind": "course", "deadline": "2026-04-30"},
    ),
    (
        "Prolongation de l'appel Jeunes talents",
        "Suite à de nombreuses demandes, l'appel est prolongé : les candidatures sont désormais"
        " acceptées jusqu'au 20 avril 2026 (au lieu du 6 avril).",
        None,
        {"kind": "extension", "deadline": "2026-04-20"},
    ),
    (
        "Semana de la Ciencia 2026",
        "Del 2 al 15 de noviembre de 2026, centros de investigación de toda la región abren sus"
        " puertas. Los centros interesados pueden proponer actividades hasta el 30 de"
        " septiembre.",
        None,
        {
            "kind": "call",
            "deadline": "2026-09-30",
            "event_start": "2026-11-02",
            "event_end": "2026-11-15",
        },
    ),
    (
        "Festival della Scienza: il bilancio",
        "Si è chiusa domenica la ventesima edizione del Festival della Scienza di Genova, che dal"
        " 23 ottobre al 2 novembre 2025 ha registrato 200.000 presenze.",
        "2025-11-04",
        {"kind": "news", "event_start": "2025-10-23", "event_end": "2025-11-02"},
    ),
]

# A seventh batch: deadlines stated in roundabout ways, events and reports in passing.
UNSEEN += [
    (
        "Digital Europe: cybersecurity call",
        "Interested consortia have until Thursday 19 March 2026 (17:00 Brussels time) to submit"
        " their applications through the Funding & Tenders Portal.",
        "2026-01-15",
        {"kind": "call", "deadline": "2026-03-19T17:00:00+01:00", "deadline_tz": "Europe/Brussels"},
    ),
    (
        "Seed funding for student start-ups",
        "Pitch your idea! Teams of students can send a two-page summary no later than April 3,"
        " 2026. Finalists will pitch on April 24.",
        None,
        {"kind": "call", "deadline": "2026-04-03"},
    ),
    (
        "Spring Workshop on Quantum Sensing",
        "Join us in Delft for two days of talks and lab tours on 16 and 17 April 2026."
        " Attendance is free, but please register before 6 April.",
        "2026-02-10",
        {
            "kind": "event",
            "deadline": "2026-04-06",
            "event_start": "2026-04-16",
            "event_end": "2026-04-17",
        },
    ),
    (
        "Climate adaptation conference draws record attendance",
        "Over 2,000 delegates attended the three-day conference in Copenhagen, which ended on"
        " 9 October 2025.",
        "2025-10-10",
        {"kind": "news", "event_start": "2025-10-09"},
    ),
    (
        "Ausschreibung Forschungspreis 2026",
        "Vorschläge sind bis spätestens 31. Mai 2026 an die Geschäftsstelle zu richten. Die"
        " Preisverleihung findet im Herbst statt.",
        None,
        {"kind": "call", "deadline": "2026-05-31"},
    ),
    (
        "Webinaire : financer son projet européen",
        "Rendez-vous le mardi 10 mars 2026 de 11 h à 12 h 30 pour un webinaire consacré aux"
        " financements européens. Inscription gratuite.",
        "2026-02-20",
        {"kind": "event", "event_start": "2026-03-10"},
    ),
    (
        "Abierta la convocatoria de ayudas a startups",
        "Desde hoy y hasta el 30 de junio de 2026 a las 15:00 horas, las empresas emergentes"
        " pueden presentar sus solicitudes.",
        "2026-05-18",
        {"kind": "call", "deadline": "2026-06-30T15:00:00+02:00", "deadline_tz": "Europe/Madrid"},
    ),
    (
        "Giornata di studio sull'intelligenza artificiale",
        "La giornata di studio si terrà lunedì 23 marzo 2026 dalle 9:30 alle 17:00 presso l'Aula"
        " Magna. È richiesta la registrazione entro venerdì 20 marzo.",
        "2026-03-01",
        {"kind": "event", "deadline": "2026-03-20", "event_start": "2026-03-23"},
    ),
]

# An eighth batch, scored once before any rule was changed for it (see the report).
UNSEEN += [
    (
        "Call for Expressions of Interest: Living Labs Network",
        "Organisations running a living lab are invited to express their interest by filling in"
        " the online form by 27 February 2026, 23:59 CET. Selected labs will be announced on"
        " 20 March.",
        "2026-01-26",
        {"kind": "call", "deadline": "2026-02-27T23:59:00+01:00", "deadline_tz": "Europe/Brussels"},
    ),
    (
        "Mobility Days in Graz",
        "From 14 to 16 May 2026 Graz hosts the Mobility Days: test rides, talks and an exhibition"
        " on the main square. Free entry.",
        "2026-04-20",
        {"kind": "event", "event_start": "2026-05-14", "event_end": "2026-05-16"},
    ),
    (
        "Erfolgreicher Auftakt des Netzwerks Bioökonomie",
        "Mit über 120 Teilnehmenden ist das Netzwerk Bioökonomie am 3. März 2026 in Halle"
        " gestartet.",
        "2026-03-05",
        {"kind": "news", "event_start": "2026-03-03"},
    ),
    (
        "Appel à projets Recherche-Action 2026",
        "Calendrier : ouverture le 5 janvier 2026 ; clôture le 13 mars 2026 à 12 h ; annonce des"
        " résultats en juin 2026.",
        None,
        {"kind": "call", "deadline": "2026-03-13T12:00:00+01:00", "deadline_tz": "Europe/Paris"},
    ),
    (
        "Curso de verano: inteligencia artificial y sociedad",
        "El curso se celebrará del 6 al 8 de julio de 2026 en Santander. Matrícula abierta hasta"
        " el 22 de junio.",
        "2026-04-01",
        {
            "kind": "course",
            "deadline": "2026-06-22",
            "event_start": "2026-07-06",
            "event_end": "2026-07-08",
        },
    ),
    (
        "Proroga scadenza bando Imprese Innovative",
        "Con decreto del 2 aprile 2026 la scadenza del bando è stata prorogata al 15 maggio 2026."
        " Restano invariate le altre condizioni.",
        None,
        {"kind": "extension", "deadline": "2026-05-15"},
    ),
    (
        "Call for Papers: Journal special issue on urban heat",
        "Manuscripts should be submitted via the journal's system by 30 September 2026."
        " Expected publication: spring 2027.",
        None,
        {"kind": "call", "deadline": "2026-09-30"},
    ),
    (
        "Winter School on Computational Biology",
        "The winter school will be held in Les Houches from 1 to 6 February 2027. Applications"
        " (CV and motivation letter) are due by 15 October 2026.",
        None,
        {
            "kind": "course",
            "deadline": "2026-10-15",
            "event_start": "2027-02-01",
            "event_end": "2027-02-06",
        },
    ),
    (
        "Innovation award ceremony held in Brussels",
        "On 26 November 2025 the European Commission presented the Innovation Radar Prize to five"
        " start-ups at a ceremony in Brussels.",
        "2025-11-28",
        {"kind": "news", "event_start": "2025-11-26"},
    ),
    (
        "Deadline extension – Creative Industries Accelerator",
        "Good news for late applicants: you can now submit your application until 8 May 2026,"
        " 16:00 CEST (originally 24 April).",
        None,
        {
            "kind": "extension",
            "deadline": "2026-05-08T16:00:00+02:00",
            "deadline_tz": "Europe/Brussels",
        },
    ),
    (
        "Infotag zur neuen Förderperiode",
        "Am Dienstag, 24. Februar 2026, informieren wir von 10 bis 13 Uhr online über die neuen"
        " Förderprogramme. Anmeldung bis 20. Februar 2026.",
        None,
        {"kind": "event", "deadline": "2026-02-20", "event_start": "2026-02-24"},
    ),
    (
        "Bourses de mobilité internationale",
        "Les étudiants de master peuvent candidater jusqu'au 1er avril 2026. Les séjours auront"
        " lieu entre septembre 2026 et juin 2027.",
        None,
        {"kind": "call", "deadline": "2026-04-01"},
    ),
]

# A ninth batch, scored once before any rule was changed for it (see the report).
UNSEEN += [
    (
        "Interreg Baltic Sea Region: third call for small projects",
        "Applicants can submit small project applications from 2 March to 30 April 2026"
        " (16:00 CEST) in the BAMOS+ system. Seminars for applicants take place on 10 and"
        " 17 March.",
        None,
        {"kind": "call", "deadline": "2026-04-30T16:00:00+02:00", "deadline_tz": "Europe/Brussels"},
    ),
    (
        "Biodiversity Summit wraps up in Nairobi",
        "After five days of negotiations, the summit closed on 21 November 2025 with a pledge"
        " by 40 countries.",
        "2025-11-22",
        {"kind": "news", "event_start": "2025-11-21"},
    ),
    (
        "Gründungswoche Deutschland 2026",
        "Vom 16. bis 22. November 2026 finden bundesweit Veranstaltungen rund um das Thema"
        " Gründen statt.",
        None,
        {"kind": "event", "event_start": "2026-11-16", "event_end": "2026-11-22"},
    ),
    (
        "MOOC « Climat et territoires » : inscriptions ouvertes",
        "Le MOOC débute le 2 mars 2026 et dure six semaines. Inscriptions ouvertes jusqu'au"
        " 9 mars 2026.",
        None,
        {"kind": "course", "deadline": "2026-03-09", "event_start": "2026-03-02"},
    ),
    (
        "Ampliación del plazo de la convocatoria Investigo",
        "La Consejería ha ampliado hasta el 12 de junio de 2026 el plazo para presentar"
        " solicitudes, que inicialmente finalizaba el 29 de mayo.",
        None,
        {"kind": "extension", "deadline": "2026-06-12"},
    ),
    (
        "Bando Borse di studio 2026/2027",
        "Pubblicato il 2 febbraio 2026. Le domande devono essere presentate esclusivamente"
        " online entro le ore 12:00 del 16 marzo 2026.",
        "2026-02-02",
        {"kind": "call", "deadline": "2026-03-16T12:00:00+01:00", "deadline_tz": "Europe/Rome"},
    ),
    (
        "Call for Participation: Citizen Science Week",
        "Organisations across Europe are invited to register their activities for Citizen"
        " Science Week (4–10 May 2026) by 1 April 2026.",
        None,
        {
            "kind": "call",
            "deadline": "2026-04-01",
            "event_start": "2026-05-04",
            "event_end": "2026-05-10",
        },
    ),
    (
        "Webinar recording: Lump sum funding explained",
        "Missed our webinar on 14 January 2026? The recording and slides are now available.",
        "2026-01-20",
        {"kind": "news", "event_start": "2026-01-14"},
    ),
    (
        "Master en Transition écologique – candidatures 2026",
        "Les candidatures pour la rentrée de septembre 2026 sont ouvertes du 15 janvier au"
        " 31 mars 2026 sur la plateforme de l'université.",
        None,
        {"kind": "course", "deadline": "2026-03-31"},
    ),
    (
        "Regionalkonferenz Digitalisierung",
        "Die Konferenz findet am 23. April 2026 von 9:00 bis 16:00 Uhr im Rathaus Bielefeld"
        " statt. Anmeldungen nehmen wir bis zum 16. April entgegen.",
        None,
        {"kind": "event", "deadline": "2026-04-16", "event_start": "2026-04-23"},
    ),
    (
        "EIC Accelerator: next cut-off on 4 March 2026",
        "Companies can submit full proposals for the next cut-off on 4 March 2026 (17:00 CET)."
        " Short proposals can be submitted at any time.",
        None,
        {"kind": "call", "deadline": "2026-03-04T17:00:00+01:00", "deadline_tz": "Europe/Brussels"},
    ),
    (
        "Jornada técnica sobre hidrógeno verde",
        "La jornada tendrá lugar el jueves 19 de marzo de 2026 en el Palacio de Congresos de"
        " Zaragoza. Inscripción gratuita hasta el 16 de marzo.",
        None,
        {"kind": "event", "deadline": "2026-03-16", "event_start": "2026-03-19"},
    ),
]

# A tenth batch, scored once before any rule was changed for it (see the report).
UNSEEN += [
    (
        "Horizon Europe: Cluster 6 two-stage topics",
        "First-stage proposals were due on 18 February 2026. Successful applicants will be invited"
        " to submit a full proposal by 3 September 2026, 17:00 Brussels time.",
        "2026-04-10",
        {"kind": "call", "deadline": "2026-09-03T17:00:00+02:00", "deadline_tz": "Europe/Brussels"},
    ),
    (
        "ECML 2026 – Registration",
        "Registration is now open. Early registration ends on 30 June 2026; late registration"
        " remains possible until 31 August. The conference takes place in Lyon from 14 to"
        " 18 September 2026.",
        "2026-05-04",
        {
            "kind": "event",
            "deadline": "2026-08-31",
            "event_start": "2026-09-14",
            "event_end": "2026-09-18",
        },
    ),
    (
        "Kurs: Einführung in die Datenanalyse (ab 7. April)",
        "Der achtwöchige Kurs startet am 7. April 2026 und findet dienstags von 18 bis 20 Uhr"
        " statt. Anmeldeschluss ist der 31. März 2026.",
        None,
        {"kind": "course", "deadline": "2026-03-31", "event_start": "2026-04-07"},
    ),
    (
        "Dépôt des candidatures – Prix de l'innovation sociale",
        "Les candidatures sont à adresser par courriel au plus tard le vendredi 10 avril 2026 à"
        " 18 h. Les lauréats seront récompensés lors d'une cérémonie le 4 juin 2026.",
        None,
        {"kind": "call", "deadline": "2026-04-10T18:00:00+02:00", "deadline_tz": "Europe/Paris"},
    ),
    (
        "Éxito de participación en el Foro de Empleo",
        "Más de 3.000 estudiantes visitaron el foro el pasado 12 de marzo en el campus de Leganés.",
        "2026-03-16",
        {"kind": "news", "event_start": "2026-03-12"},
    ),
    (
        "Scadenza prorogata: Premio Giovani Talenti",
        "Visto l'elevato numero di richieste, il termine per l'invio delle candidature è"
        " prorogato alle ore 23:59 del 30 aprile 2026.",
        None,
        {
            "kind": "extension",
            "deadline": "2026-04-30T23:59:00+02:00",
            "deadline_tz": "Europe/Rome",
        },
    ),
    (
        "Expert meeting on water reuse",
        "An expert meeting will be held in Brussels on 9 June 2026. Experts wishing to attend"
        " should contact the secretariat by 20 May 2026.",
        None,
        {"kind": "event", "deadline": "2026-05-20", "event_start": "2026-06-09"},
    ),
    (
        "Stipendien für Auslandsaufenthalte",
        "Bewerbungen für Aufenthalte im Wintersemester 2026/27 sind bis 15. Mai 2026 möglich."
        " Die Auswahlgespräche finden am 10. Juni 2026 statt.",
        None,
        {"kind": "call", "deadline": "2026-05-15"},
    ),
    (
        "Photo competition: Science in focus",
        "Send us your best photos of research in action! Submissions close at midnight on"
        " 31 May 2026. The winners will be exhibited at the Science Fair on 20-21 June 2026.",
        None,
        {"kind": "call", "deadline": "2026-05-31"},
    ),
    (
        "Conférence annuelle du réseau – retour en vidéo",
        "Revivez en vidéo les temps forts de la conférence annuelle du 28 novembre 2025 à"
        " Bordeaux.",
        "2025-12-05",
        {"kind": "news", "event_start": "2025-11-28"},
    ),
    (
        "Corso di formazione per tutor aziendali",
        "Il corso, gratuito, si terrà online in quattro incontri dal 13 al 16 aprile 2026."
        " Iscrizioni entro il 6 aprile 2026.",
        None,
        {
            "kind": "course",
            "deadline": "2026-04-06",
            "event_start": "2026-04-13",
            "event_end": "2026-04-16",
        },
    ),
    (
        "Call for Tenders: Evaluation of the Regional Programme",
        "Tenders must be received by 12:00 (CET) on 27 February 2026. The contract will run from"
        " April 2026 to March 2028.",
        None,
        {"kind": "call", "deadline": "2026-02-27T12:00:00+01:00", "deadline_tz": "Europe/Brussels"},
    ),
]

# An eleventh batch, scored once before any rule was changed for it (see the report).
UNSEEN += [
    (
        "Commission launches call for Energy Communities pilots",
        "BRUSSELS, 3 March 2026 – The European Commission today launched a call for pilot"
        " projects on energy communities. Proposals can be submitted until 2 June 2026.",
        "2026-03-03",
        {"kind": "call", "deadline": "2026-06-02"},
    ),
    (
        "Save the date: Regional Innovation Summit",
        "Mark your calendars! The Regional Innovation Summit returns on 22–23 October 2026 in"
        " Tallinn. More details soon.",
        "2026-03-01",
        {"kind": "event", "event_start": "2026-10-22", "event_end": "2026-10-23"},
    ),
    (
        "Lisbon, 14 May 2026 – Ocean start-ups pitch to investors",
        "Twelve start-ups pitched their solutions to a jury of investors at yesterday's Ocean"
        " Demo Day in Lisbon.",
        "2026-05-14",
        {"kind": "news", "event_start": "2026-05-13"},
    ),
    (
        "Netzwerkabend Smart Mobility",
        "Wir laden Sie herzlich zum Netzwerkabend am Donnerstag, 5. März 2026, ab 18 Uhr in die"
        " Alte Börse ein. Um Anmeldung bis 26. Februar wird gebeten.",
        "2026-02-10",
        {"kind": "event", "deadline": "2026-02-26", "event_start": "2026-03-05"},
    ),
    (
        "Appel à projets « Territoires d'innovation » : les lauréats",
        "Sur les 240 dossiers déposés avant le 15 janvier 2026, 24 projets ont été retenus par le"
        " jury.",
        "2026-03-20",
        {"kind": "news", "deadline": "2026-01-15"},
    ),
    (
        "Taller de escritura científica",
        "Taller presencial de 12 horas los días 20, 21 y 22 de abril de 2026 en la Facultad de"
        " Ciencias. Plazas limitadas; inscripción hasta el 10 de abril.",
        None,
        {
            "kind": "event",
            "deadline": "2026-04-10",
            "event_start": "2026-04-20",
            "event_end": "2026-04-22",
        },
    ),
    (
        "Avviso: riapertura dei termini per il bando Voucher Digitali",
        "Sono riaperti i termini per la presentazione delle domande: dalle ore 10:00 del"
        " 4 maggio 2026 alle ore 16:00 del 29 maggio 2026.",
        None,
        {
            "kind": "extension",
            "deadline": "2026-05-29T16:00:00+02:00",
            "deadline_tz": "Europe/Rome",
        },
    ),
    (
        "Researchers' Night 2026: call for activities",
        "Research groups can propose hands-on activities for Researchers' Night"
        " (25 September 2026) until 15 June 2026 via the online form.",
        None,
        {"kind": "call", "deadline": "2026-06-15", "event_start": "2026-09-25"},
    ),
    (
        "Weiterbildung: Zertifikatskurs Nachhaltigkeitsmanagement",
        "Start: 18. September 2026. Dauer: zwei Semester, berufsbegleitend. Bewerbungsschluss:"
        " 15. Juli 2026.",
        None,
        {"kind": "course", "deadline": "2026-07-15", "event_start": "2026-09-18"},
    ),
    (
        "Conference report: Circular Plastics 2025",
        "The third Circular Plastics conference gathered 450 participants in Milan on"
        " 4–5 December 2025. Key messages are summarised below.",
        None,
        {"kind": "news", "event_start": "2025-12-04", "event_end": "2025-12-05"},
    ),
]

# Announcements the extractor still reads wrongly, with why: kept as tests that are expected
# to fail, so that a fix shows and the score of the set stays honest.
KNOWN_MISSES: dict[str, str] = {
    "Lisbon, 14 May 2026 – Ocean start-ups pitch to investors": (
        "event_start: 'a jury of investors at yesterday's Demo Day' reads as a jury's meeting"
    ),
}

# A twelfth batch, scored once before any rule was changed for it (see the report).
UNSEEN += [
    (
        "Workshop on digital twins for cities",
        "On 24 March 2026 the city of Tampere hosts a one-day workshop on digital twins. Places"
        " are limited; please confirm your participation by 13 March.",
        "2026-02-25",
        {"kind": "event", "deadline": "2026-03-13", "event_start": "2026-03-24"},
    ),
    (
        "Rückblick auf die Woche der Umwelt",
        "Mehr als 10.000 Gäste besuchten vom 4. bis 5. Juni 2025 den Park von Schloss Bellevue.",
        "2025-06-10",
        {"kind": "news", "event_start": "2025-06-04", "event_end": "2025-06-05"},
    ),
    (
        "Les Rencontres de l'innovation publique",
        "Rendez-vous le 9 avril 2026 à la Cité des sciences pour une journée d'échanges entre"
        " agents publics et start-up. Inscription obligatoire avant le 2 avril.",
        "2026-03-02",
        {"kind": "event", "deadline": "2026-04-02", "event_start": "2026-04-09"},
    ),
    (
        "Convocatoria de prácticas en laboratorios 2026",
        "Se ofrecen 40 plazas de prácticas de verano. Los estudiantes interesados deberán enviar"
        " su solicitud antes del 27 de marzo de 2026 a las 14:00 horas.",
        None,
        {"kind": "call", "deadline": "2026-03-27T14:00:00+01:00", "deadline_tz": "Europe/Madrid"},
    ),
    (
        "Seminario: economia circolare nelle PMI",
        "Il seminario si è svolto il 18 febbraio 2026 presso la Camera di Commercio con la"
        " partecipazione di 150 imprese.",
        None,
        {"kind": "news", "event_start": "2026-02-18"},
    ),
    (
        "Summer Academy on Sustainable Finance: applications open",
        "The academy runs from 29 June to 10 July 2026 in Frankfurt. Submit your application,"
        " including a letter of motivation, by 15 April 2026 (23:59 CEST).",
        None,
        {
            "kind": "course",
            "deadline": "2026-04-15T23:59:00+02:00",
            "deadline_tz": "Europe/Brussels",
            "event_start": "2026-06-29",
            "event_end": "2026-07-10",
        },
    ),
    (
        "Invitation: stakeholder consultation on the regional strategy",
        "Stakeholders are invited to send written comments on the draft strategy until"
        " 30 April 2026. A public hearing will take place on 12 May 2026.",
        None,
        {"kind": "call", "deadline": "2026-04-30"},
    ),
    (
        "Digitalgipfel 2026",
        "Der Digitalgipfel der Bundesregierung findet am 10. und 11. November 2026 in Frankfurt"
        " am Main statt.",
        None,
        {"kind": "event", "event_start": "2026-11-10", "event_end": "2026-11-11"},
    ),
    (
        "Appel à candidatures : résidence d'écriture 2026",
        "La résidence se déroulera du 1er septembre au 30 novembre 2026. Les dossiers sont à"
        " envoyer avant le 31 mai 2026 minuit.",
        None,
        {"kind": "call", "deadline": "2026-05-31T23:59:00+02:00", "deadline_tz": "Europe/Paris"},
    ),
    (
        "Congreso Nacional de Medio Ambiente: balance",
        "Durante tres días, del 23 al 25 de noviembre de 2025, más de 7.000 personas participaron"
        " en el congreso.",
        "2025-11-28",
        {"kind": "news", "event_start": "2025-11-23", "event_end": "2025-11-25"},
    ),
]

# A thirteenth batch, scored once before any rule was changed for it (see the report).
UNSEEN += [
    (
        "Call for speakers – Open Data Day Berlin",
        "Want to share your project? Send us a short abstract (max. 300 words) by Sunday,"
        " 1 February 2026. Open Data Day Berlin takes place on 7 March 2026 at the Alte Münze.",
        None,
        {"kind": "call", "deadline": "2026-02-01", "event_start": "2026-03-07"},
    ),
    (
        "Nachlese: Fachforum Kreislaufwirtschaft",
        "Das Fachforum am 19. Februar 2026 stand ganz im Zeichen der Kreislaufwirtschaft. Die"
        " Vorträge stehen jetzt zum Download bereit.",
        "2026-02-24",
        {"kind": "news", "event_start": "2026-02-19"},
    ),
    (
        "Formation certifiante : animer un tiers-lieu",
        "Prochaine session : du 14 au 18 septembre 2026 à Nantes. Date limite d'inscription :"
        " 31 août 2026.",
        None,
        {
            "kind": "course",
            "deadline": "2026-08-31",
            "event_start": "2026-09-14",
            "event_end": "2026-09-18",
        },
    ),
    (
        "Resultados de la convocatoria de proyectos 2025",
        "La convocatoria, cerrada el 15 de octubre de 2025, recibió 312 solicitudes, de las que"
        " se financiarán 45.",
        "2026-01-20",
        {"kind": "news", "deadline": "2025-10-15"},
    ),
    (
        "Giornata nazionale della ricerca sul cancro",
        "Domenica 8 novembre 2026 volontari in 600 piazze italiane raccoglieranno fondi per la"
        " ricerca.",
        "2026-10-20",
        {"kind": "event", "event_start": "2026-11-08"},
    ),
    (
        "Deadline approaching: Young Researchers Grant",
        "Only one week left! Applications for the Young Researchers Grant close on 12 March 2026"
        " at 12:00 CET.",
        "2026-03-05",
        {"kind": "call", "deadline": "2026-03-12T12:00:00+01:00", "deadline_tz": "Europe/Brussels"},
    ),
    (
        "Lunch talk: AI and copyright",
        "Join our lunch talk with Prof. Anna Weber on Tuesday 17 March 2026, 12:30–13:30, in"
        " room B12. No registration needed.",
        None,
        {"kind": "event", "event_start": "2026-03-17"},
    ),
    (
        "Erasmus+ Jean Monnet: Aufruf 2026",
        "Die Antragsfrist für Jean-Monnet-Maßnahmen endet am 11. Februar 2026 um 17:00 Uhr"
        " (Brüsseler Zeit).",
        None,
        {"kind": "call", "deadline": "2026-02-11T17:00:00+01:00", "deadline_tz": "Europe/Brussels"},
    ),
    (
        "Colloque international : l'eau et la ville",
        "Le colloque, initialement prévu en juin, aura finalement lieu les 8 et 9 octobre 2026"
        " à Montpellier.",
        "2026-03-15",
        {"kind": "event", "event_start": "2026-10-08", "event_end": "2026-10-09"},
    ),
    (
        "Beca de investigación en historia del arte",
        "Dotación: 18.000 euros. Duración: 12 meses a partir del 1 de octubre de 2026. Plazo de"
        " solicitud: hasta el 30 de abril de 2026.",
        None,
        {"kind": "call", "deadline": "2026-04-30"},
    ),
]

# A fourteenth batch, scored once before any rule was changed for it (see the report).
UNSEEN += [
    (
        "New funding for rural broadband announced",
        "The ministry will make EUR 40 million available for rural broadband. Municipalities can"
        " apply from 1 June until 31 August 2026.",
        "2026-05-12",
        {"kind": "call", "deadline": "2026-08-31"},
    ),
    (
        "Les Journées européennes du patrimoine 2026",
        "Les 19 et 20 septembre 2026, plus de 17 000 monuments ouvriront leurs portes au public.",
        "2026-06-01",
        {"kind": "event", "event_start": "2026-09-19", "event_end": "2026-09-20"},
    ),
    (
        "Bilanz der Hannover Messe 2026",
        "Die Hannover Messe ging am Freitag, 24. April 2026, mit rund 130.000 Besuchern zu Ende.",
        "2026-04-25",
        {"kind": "news", "event_start": "2026-04-24"},
    ),
    (
        "Máster Universitario en Ciberseguridad",
        "Preinscripción: del 1 de febrero al 30 de junio de 2026. Inicio del curso: septiembre de"
        " 2026. Modalidad online.",
        None,
        {"kind": "course", "deadline": "2026-06-30"},
    ),
    (
        "Call for Reviewers: ERC Starting Grants",
        "Experienced researchers can volunteer as remote reviewers. Please register in the expert"
        " database before 15 January 2026.",
        None,
        {"kind": "call", "deadline": "2026-01-15"},
    ),
    (
        "Mostra-convegno sul restauro: al via domani",
        "Da domani a domenica Ferrara ospita il salone del restauro con 300 espositori.",
        "2026-03-25",
        {"kind": "event", "event_start": "2026-03-26", "event_end": "2026-03-29"},
    ),
    (
        "Deadline for the Green Schools Award moved",
        "Because of the holidays, entries can now be sent until 16 January 2026 instead of"
        " 19 December 2025.",
        None,
        {"kind": "extension", "deadline": "2026-01-16"},
    ),
    (
        "Doktorandenkolleg Energiewende: Ausschreibung von 12 Stellen",
        "Bewerbungen mit Lebenslauf und Exposé sind bis zum 28. Februar 2026 einzureichen. Der"
        " Beginn ist für den 1. Oktober 2026 vorgesehen.",
        None,
        {"kind": "call", "deadline": "2026-02-28"},
    ),
    (
        "Semaine de l'industrie : programme régional",
        "Du 23 au 29 mars 2026, une cinquantaine d'entreprises ouvrent leurs ateliers aux"
        " collégiens. Les établissements peuvent s'inscrire jusqu'au 6 mars.",
        "2026-02-10",
        {
            "kind": "event",
            "deadline": "2026-03-06",
            "event_start": "2026-03-23",
            "event_end": "2026-03-29",
        },
    ),
    (
        "Webinar recap: Writing a successful proposal",
        "Thank you to everyone who joined our webinar on 3 February 2026. The slides are now"
        " available on our website.",
        "2026-02-05",
        {"kind": "news", "event_start": "2026-02-03"},
    ),
]

# A fifteenth batch, scored once before any rule was changed for it (see the report).
UNSEEN += [
    (
        "University open day",
        "Meet our lecturers and students on Saturday 14 March 2026 from 10:00 to 15:00. Campus"
        " tours start every hour.",
        "2026-02-20",
        {"kind": "event", "event_start": "2026-03-14"},
    ),
    (
        "Preis für Wissenschaftskommunikation verliehen",
        "Am 2. Dezember 2025 wurde in Berlin der Preis für Wissenschaftskommunikation an drei"
        " Forschende verliehen.",
        "2025-12-03",
        {"kind": "news", "event_start": "2025-12-02"},
    ),
    (
        "Appel à contributions : revue Territoires numériques, n° 12",
        "Les propositions d'articles (5 000 signes) sont attendues pour le 20 février 2026. Les"
        " articles retenus seront publiés en décembre 2026.",
        None,
        {"kind": "call", "deadline": "2026-02-20"},
    ),
    (
        "Innovation bootcamp for women founders",
        "A six-week online bootcamp from 13 April to 22 May 2026. Applications are open until"
        " 29 March 2026.",
        None,
        {
            "kind": "course",
            "deadline": "2026-03-29",
            "event_start": "2026-04-13",
            "event_end": "2026-05-22",
        },
    ),
    (
        "Jornada de puertas abiertas del CSIC",
        "El sábado 9 de mayo de 2026 los institutos del CSIC en Madrid abrirán sus laboratorios"
        " al público de 10:00 a 14:00.",
        None,
        {"kind": "event", "event_start": "2026-05-09"},
    ),
    (
        "Bando per progetti di ricerca industriale: graduatoria",
        "Pubblicata la graduatoria del bando chiuso il 30 settembre 2025: 28 progetti ammessi a"
        " finanziamento.",
        "2026-01-15",
        {"kind": "news", "deadline": "2025-09-30"},
    ),
    (
        "Networking breakfast for cleantech start-ups",
        "Start your day with coffee and pitches on 5 May 2026, 8:00–10:00, at the Impact Hub."
        " Seats are limited, so sign up by 28 April.",
        "2026-04-01",
        {"kind": "event", "deadline": "2026-04-28", "event_start": "2026-05-05"},
    ),
    (
        "Förderprogramm Digital Jetzt: Antragstellung wieder möglich",
        "Ab dem 1. März 2026 können wieder Anträge gestellt werden. Das Antragsfenster schließt"
        " am 30. Juni 2026.",
        "2026-02-15",
        {"kind": "call", "deadline": "2026-06-30"},
    ),
]

# A sixteenth batch, scored once before any rule was changed for it: all fields 8/8.
UNSEEN += [
    (
        "Smart Cities Marketplace Forum",
        "The Forum brings together cities, industry and investors on 10-11 June 2026 in"
        " Brussels. Registration opens in April.",
        "2026-02-15",
        {"kind": "event", "event_start": "2026-06-10", "event_end": "2026-06-11"},
    ),
    (
        "Aufruf zur Einreichung von Postern",
        "Für die Jahrestagung (22.–24. September 2026, Dresden) können bis zum 15. Juni 2026"
        " Posterbeiträge eingereicht werden.",
        None,
        {
            "kind": "call",
            "deadline": "2026-06-15",
            "event_start": "2026-09-22",
            "event_end": "2026-09-24",
        },
    ),
    (
        "Ça s'est passé au salon Pollutec",
        "Du 1er au 4 décembre 2025, notre équipe a présenté ses capteurs à plus de 500 visiteurs.",
        "2025-12-10",
        {"kind": "news", "event_start": "2025-12-01", "event_end": "2025-12-04"},
    ),
    (
        "Convocatoria abierta: mentores para el programa de aceleración",
        "Buscamos mentores con experiencia en el sector energético. Envía tu candidatura antes"
        " del 20 de marzo.",
        "2026-02-25",
        {"kind": "call", "deadline": "2026-03-20"},
    ),
    (
        "Scuola invernale di data science",
        "Dal 26 al 30 gennaio 2026, cinque giorni di lezioni e laboratori a Trento. Candidature"
        " entro il 5 dicembre 2025.",
        "2025-10-20",
        {
            "kind": "course",
            "deadline": "2025-12-05",
            "event_start": "2026-01-26",
            "event_end": "2026-01-30",
        },
    ),
    (
        "Deadline reminder: Creative Europe cooperation projects",
        "The call closes tomorrow, 5 March 2026, at 17:00 CET. Late submissions cannot be"
        " accepted.",
        "2026-03-04",
        {"kind": "call", "deadline": "2026-03-05T17:00:00+01:00", "deadline_tz": "Europe/Brussels"},
    ),
    (
        "Hackathon results: 12 teams, 3 winners",
        "The winners of the Climate Data Hackathon (6–7 February 2026) received their prizes on"
        " Sunday evening.",
        "2026-02-09",
        {"kind": "news", "event_start": "2026-02-06", "event_end": "2026-02-07"},
    ),
    (
        "Informationsveranstaltung zum Förderprogramm",
        "Am 3. März 2026 stellen wir das neue Förderprogramm online vor (10:00–11:30 Uhr)."
        " Anmeldung bis 2. März.",
        "2026-02-10",
        {"kind": "event", "deadline": "2026-03-02", "event_start": "2026-03-03"},
    ),
]

# A seventeenth batch, scored once before any rule was changed for it: 22/28 right, the kind
# wrong in 3 (a master's admission, a workshop asking for abstracts, 'submission period
# extended'), an Italian 'prorogata al' date and an 'all'11' range missed.
UNSEEN += [
    (
        "EuroSense 2026 – 9th European Conference on Sensory Science",
        "EuroSense 2026 will be held in Ghent, Belgium, from 13 to 16 September 2026. The"
        " conference brings together researchers and industry. We invite you to send your"
        " abstract for an oral or poster presentation. Abstract submission closes on 28"
        " February 2026. Early-bird registration ends on 15 May 2026.",
        "2025-11-20",
        {
            "kind": "call",
            "deadline": "2026-02-28",
            "event_start": "2026-09-13",
            "event_end": "2026-09-16",
        },
    ),
    (
        "Regional innovation forum in Graz",
        "Over 200 entrepreneurs, researchers and policy makers came together in Graz on 5"
        " November 2025 for the regional innovation forum. In three panels, the speakers looked"
        " at how small firms adopt artificial intelligence. The next forum is planned for"
        " autumn 2026.",
        "2025-11-12",
        {"kind": "news", "event_start": "2025-11-05"},
    ),
    (
        "City of Lyon opens its doors to start-ups",
        "On 22 April 2026 the city hall of Lyon opens its doors to young companies from the"
        " region. Visitors can meet 40 start-ups, attend short talks and take part in a"
        " matchmaking session. Entry is free, but places are limited.",
        "2026-03-30",
        {"kind": "event", "event_start": "2026-04-22"},
    ),
    (
        "Apply now: Summer School on Sustainable Finance",
        "The Summer School on Sustainable Finance takes place in Maastricht from 6 to 10 July"
        " 2026. PhD students and young professionals are invited to apply by 31 March 2026."
        " Tuition is waived for selected participants.",
        "2026-01-15",
        {
            "kind": "course",
            "deadline": "2026-03-31",
            "event_start": "2026-07-06",
            "event_end": "2026-07-10",
        },
    ),
    (
        "Appel à projets « Territoires d'innovation »",
        "La date limite de dépôt des dossiers est reportée au 30 avril 2026 à 12h00. Les"
        " porteurs de projets disposent ainsi de trois semaines supplémentaires.",
        "2026-03-25",
        {
            "kind": "extension",
            "deadline": "2026-04-30T12:00:00+02:00",
            "deadline_tz": "Europe/Paris",
        },
    ),
    (
        "Bando Giovani ricercatori: prorogati i termini",
        "La scadenza per la presentazione delle domande, inizialmente fissata al 15 marzo 2026,"
        " è prorogata al 31 marzo 2026.",
        "2026-03-10",
        {"kind": "extension", "deadline": "2026-03-31"},
    ),
    (
        "Einreichfrist verlängert: Förderaufruf Wasserstoff",
        "Die Frist für die Einreichung von Projektskizzen endet nun am 30.06.2026 statt am"
        " 31.05.2026.",
        "2026-05-12",
        {"kind": "extension", "deadline": "2026-06-30"},
    ),
    (
        "Se amplía el plazo de la convocatoria de ayudas a la digitalización",
        "El plazo para presentar solicitudes se amplía hasta el 15 de mayo de 2026.",
        "2026-04-20",
        {"kind": "extension", "deadline": "2026-05-15"},
    ),
    (
        "Cut-off date moved for the Green Skills call",
        "Because of the new guidance documents, the second cut-off has been moved to 12 June 2026.",
        "2026-05-02",
        {"kind": "extension", "deadline": "2026-06-12"},
    ),
    (
        "Green Skills call: 48 proposals selected for funding",
        "The call closed on 12 June 2026 with 312 proposals received. After evaluation, 48"
        " projects have been selected and will start in January 2027.",
        "2026-10-01",
        {"kind": "news", "deadline": "2026-06-12"},
    ),
    (
        "Hohe Resonanz auf den Förderaufruf Digitale Schule",
        "Bis zum Ende der Einreichungsfrist am 31. März 2026 gingen 540 Anträge ein. Die"
        " Auswahl erfolgt bis zum Sommer.",
        "2026-04-08",
        {"kind": "news", "deadline": "2026-03-31"},
    ),
    (
        "Nouveau MOOC : comprendre le changement climatique",
        "Ce cours en ligne gratuit démarre le 12 janvier 2026 et dure six semaines."
        " Inscriptions ouvertes jusqu'au 20 janvier 2026.",
        "2025-12-01",
        {"kind": "course", "deadline": "2026-01-20", "event_start": "2026-01-12"},
    ),
    (
        "Admissions open for the MSc in Data Science 2026/27",
        "Applications for the September 2026 intake are accepted until 1 June 2026. Candidates"
        " need a bachelor's degree in a quantitative subject.",
        "2026-02-01",
        {"kind": "course", "deadline": "2026-06-01"},
    ),
    (
        "Call for hosts: ESSLLI Summer School 2028",
        "The association invites proposals to host the summer school in 2028. Proposals should"
        " be sent to the steering committee by 15 January 2027.",
        "2026-10-10",
        {"kind": "call", "deadline": "2027-01-15"},
    ),
    (
        "Workshop on Computational Social Science 2026",
        "Submit an extended abstract of up to two pages by 10 April 2026. Notification of"
        " acceptance: 10 May 2026. The workshop will take place in Zurich on 18 June 2026.",
        "2026-02-20",
        {"kind": "call", "deadline": "2026-04-10", "event_start": "2026-06-18"},
    ),
    (
        "Convegno sull'intelligenza artificiale in sanità",
        "Grande partecipazione al convegno organizzato il 20 febbraio 2026 dall'Ordine dei"
        " medici: oltre 300 iscritti hanno seguito gli interventi dei relatori.",
        "2026-02-23",
        {"kind": "news", "event_start": "2026-02-20"},
    ),
    (
        "Jornada sobre economía circular en Valencia",
        "El próximo 14 de mayo de 2026 celebraremos en Valencia una jornada sobre economía"
        " circular. Inscripción gratuita hasta el 10 de mayo.",
        "2026-04-15",
        {"kind": "event", "deadline": "2026-05-10", "event_start": "2026-05-14"},
    ),
    (
        "Jahrestagung 2025 der Gesellschaft für Informatik",
        "Vom 16. bis 19. September 2025 diskutierten rund 800 Teilnehmende in Potsdam über die"
        " Zukunft der Informatik. Die Vorträge sind nun online abrufbar.",
        "2025-10-02",
        {"kind": "news", "event_start": "2025-09-16", "event_end": "2025-09-19"},
    ),
    (
        "Programme de formation des entrepreneurs 2026",
        "Ce programme de formation de dix semaines accompagne les porteurs de projet."
        " Candidatures jusqu'au 28 février 2026 ; début le 16 mars 2026.",
        "2026-01-10",
        {"kind": "course", "deadline": "2026-02-28", "event_start": "2026-03-16"},
    ),
    (
        "We are looking for expert evaluators",
        "The agency is recruiting independent experts to evaluate proposals in 2026. Register"
        " in the expert database before 30 January 2026.",
        "2026-01-05",
        {"kind": "call", "deadline": "2026-01-30"},
    ),
    (
        "Webinar: how to apply to the Innovation Fund",
        "Join our webinar on 3 February 2026 at 10:00 CET to learn about the call. The call"
        " itself closes on 24 April 2026.",
        "2026-01-20",
        {"kind": "event", "event_start": "2026-02-03"},
    ),
    (
        "Summer school in diritto europeo dell'ambiente",
        "La scuola estiva si terrà a Siena dal 7 all'11 settembre 2026. Le domande di"
        " ammissione devono pervenire entro il 30 giugno 2026.",
        "2026-03-01",
        {
            "kind": "course",
            "deadline": "2026-06-30",
            "event_start": "2026-09-07",
            "event_end": "2026-09-11",
        },
    ),
    (
        "Open call for artists – new date",
        "Good news: the submission period has been extended to 20 March 2026, 23:59 CET.",
        "2026-03-01",
        {
            "kind": "extension",
            "deadline": "2026-03-20T23:59:00+01:00",
            "deadline_tz": "Europe/Brussels",
        },
    ),
    (
        "Space Apps Hackathon Munich",
        "Teams of up to six people compete for 48 hours on 3–4 October 2026. Registration"
        " closes on 25 September 2026.",
        "2026-07-01",
        {
            "kind": "event",
            "deadline": "2026-09-25",
            "event_start": "2026-10-03",
            "event_end": "2026-10-04",
        },
    ),
    (
        "Resolución de la convocatoria de becas de movilidad 2026",
        "Se publica la lista de personas beneficiarias. Se presentaron 1.200 solicitudes hasta"
        " el 15 de febrero de 2026.",
        "2026-04-30",
        {"kind": "news", "deadline": "2026-02-15"},
    ),
    (
        "Colloque « Villes et climat » : retour en images",
        "Le colloque a réuni plus de 250 participants à Bordeaux les 2 et 3 octobre 2025.",
        "2025-10-10",
        {"kind": "news", "event_start": "2025-10-02", "event_end": "2025-10-03"},
    ),
    (
        "A Bologna il workshop sui gemelli digitali",
        "Il 12 marzo 2026 ricercatori e imprese si incontrano al Tecnopolo per una giornata di"
        " lavoro sui gemelli digitali. Partecipazione gratuita previa registrazione.",
        "2026-02-25",
        {"kind": "event", "event_start": "2026-03-12"},
    ),
    (
        "Innovationspreis 2026: Jetzt bewerben!",
        "Unternehmen aus Sachsen können sich bis zum 15.04.2026 um den Innovationspreis"
        " bewerben. Die Preisverleihung findet am 10. Juni 2026 in Leipzig statt.",
        "2026-02-01",
        {"kind": "call", "deadline": "2026-04-15", "event_start": None},
    ),
]

# An eighteenth batch, scored once before any rule was changed for it: 16/20 right; the
# misses were conference pages asking for papers in their own words (read as events) and a
# 'date limite repoussée' (read as the call).
UNSEEN += [
    (
        "Commission launches €50 million call for clean aviation research",
        "The European Commission has launched a new call for proposals under Horizon Europe to"
        " support research on hydrogen-powered aircraft. Consortia can submit proposals until"
        " 17 September 2026, 17:00 Brussels time.",
        "2026-05-06",
        {"kind": "call", "deadline": "2026-09-17T17:00:00+02:00", "deadline_tz": "Europe/Brussels"},
    ),
    (
        "Digital Europe Programme – Cybersecurity Skills",
        "This topic supports the creation of cybersecurity academies. Opening: 15 January 2026."
        " Deadline: 22 April 2026 17:00:00 Brussels time.",
        None,
        {"kind": "call", "deadline": "2026-04-22T17:00:00+02:00", "deadline_tz": "Europe/Brussels"},
    ),
    (
        "Le Conseil régional lance son appel à manifestation d'intérêt",
        "Les entreprises intéressées peuvent déposer leur dossier jusqu'au 15 mars 2026 inclus.",
        "2026-01-20",
        {"kind": "call", "deadline": "2026-03-15"},
    ),
    (
        "Neue Förderrunde für Start-ups gestartet",
        "Das Land hat eine neue Förderrunde gestartet. Start-ups können ihre Anträge ab sofort"
        " und bis zum 30. April 2026 stellen.",
        "2026-02-10",
        {"kind": "call", "deadline": "2026-04-30"},
    ),
    (
        "Abierta la convocatoria de proyectos de I+D 2026",
        "Las empresas pueden presentar sus solicitudes hasta el 28 de febrero de 2026.",
        "2026-01-12",
        {"kind": "call", "deadline": "2026-02-28"},
    ),
    (
        "Pubblicato il bando per le start-up innovative",
        "Le domande potranno essere presentate dal 1 marzo al 30 aprile 2026 tramite la"
        " piattaforma regionale.",
        "2026-02-15",
        {"kind": "call", "deadline": "2026-04-30"},
    ),
    (
        "International Conference on Marine Robotics (ICMR 2026)",
        "ICMR 2026 will take place in Split, Croatia, on 21–23 October 2026. Important dates:"
        " paper submission 15 May 2026; notification 1 July 2026; camera-ready 1 August 2026.",
        "2026-01-30",
        {
            "kind": "call",
            "deadline": "2026-05-15",
            "event_start": "2026-10-21",
            "event_end": "2026-10-23",
        },
    ),
    (
        "Tagung Digitale Lehre 2026",
        "Die Tagung findet am 12. und 13. November 2026 in Kassel statt. Wir freuen uns auf"
        " Ihre Beiträge: Einreichungen sind bis zum 30. Juni 2026 möglich.",
        "2026-03-01",
        {
            "kind": "call",
            "deadline": "2026-06-30",
            "event_start": "2026-11-12",
            "event_end": "2026-11-13",
        },
    ),
    (
        "Congrès de la Société française d'écologie",
        "Le congrès se tiendra à Montpellier du 3 au 6 novembre 2026. Soumission des résumés"
        " avant le 15 avril 2026.",
        "2026-01-10",
        {
            "kind": "call",
            "deadline": "2026-04-15",
            "event_start": "2026-11-03",
            "event_end": "2026-11-06",
        },
    ),
    (
        "Record participation in the Startup Europe Awards",
        "By the closing date of 20 March 2026, 640 start-ups from 27 countries had applied. The"
        " jury meets in May.",
        "2026-03-27",
        {"kind": "news", "deadline": "2026-03-20"},
    ),
    (
        "Winners of the 2025 Regional Innovation Award announced",
        "At a ceremony in Turin on 4 December 2025, the jury presented the awards to five"
        " companies.",
        "2025-12-05",
        {"kind": "news", "event_start": "2025-12-04"},
    ),
    (
        "Rencontre régionale des clusters à Nantes",
        "Les clusters de la région se retrouveront le 18 juin 2026 à Nantes pour une journée"
        " d'ateliers. Inscription en ligne avant le 10 juin.",
        "2026-05-15",
        {"kind": "event", "deadline": "2026-06-10", "event_start": "2026-06-18"},
    ),
    (
        "Obert el termini per a les beques – Plazo abierto becas de verano",
        "El plazo de solicitud de las becas de verano permanece abierto hasta el 3 de abril de"
        " 2026.",
        "2026-03-01",
        {"kind": "call", "deadline": "2026-04-03"},
    ),
    (
        "Deadline extension – Call for Papers ICWE 2026",
        "Due to numerous requests, the paper submission deadline has been extended to 9"
        " February 2026 (AoE).",
        "2026-01-28",
        {"kind": "extension", "deadline": "2026-02-09T23:59:00-12:00", "deadline_tz": "AoE"},
    ),
    (
        "Termine verschoben: Förderaufruf Kultur",
        "Der Einsendeschluss wird auf den 15. Juli 2026 verschoben.",
        "2026-06-01",
        {"kind": "extension", "deadline": "2026-07-15"},
    ),
    (
        "Appel à candidatures : résidences d'artistes – date limite repoussée",
        "La date limite est repoussée au 8 mai 2026.",
        "2026-04-20",
        {"kind": "extension", "deadline": "2026-05-08"},
    ),
    (
        "Online course: Introduction to Open Science",
        "This self-paced course opens on 2 March 2026. Enrolment is free and open until 30"
        " April 2026.",
        "2026-02-01",
        {"kind": "course", "deadline": "2026-04-30", "event_start": "2026-03-02"},
    ),
    (
        "Corso di formazione per innovation manager",
        "Il corso si svolgerà dal 9 marzo al 22 maggio 2026. Iscrizioni entro il 27 febbraio 2026.",
        "2026-01-20",
        {
            "kind": "course",
            "deadline": "2026-02-27",
            "event_start": "2026-03-09",
            "event_end": "2026-05-22",
        },
    ),
    (
        "Lessons learned from ten years of cluster policy",
        "In a new report published today, the observatory reviews cluster programmes in 30"
        " regions and finds that most support small firms.",
        "2026-03-03",
        {"kind": "news"},
    ),
    (
        "Participate in the European Week of Regions",
        "The European Week of Regions and Cities will run from 12 to 15 October 2026 in"
        " Brussels. Registration for participants opens on 1 July and closes on 25 September"
        " 2026.",
        "2026-06-01",
        {
            "kind": "event",
            "deadline": "2026-09-25",
            "event_start": "2026-10-12",
            "event_end": "2026-10-15",
        },
    ),
]

# A nineteenth batch, scored once before any rule was changed for it: 19/22 right; the kind
# wrong in 3: a report titled by its forum and told with 'exchanged', 'NEW DEADLINE:' over a call's
# title, and a 'Semaine de l'industrie' read as nothing in particular.
UNSEEN += [
    (
        "5th Baltic Bioeconomy Forum, Riga, 8-9 October 2025",
        "The fifth edition of the forum brought together 180 participants from the Baltic Sea"
        " region. Over two days, speakers from ministries, clusters and universities exchanged"
        " views on biomass value chains, and a study visit closed the programme.",
        None,
        {"kind": "news", "event_start": "2025-10-08", "event_end": "2025-10-09"},
    ),
    (
        "Regional ministers to meet in Porto on the future of cohesion policy",
        "Ministers from twelve regions will gather in Porto on 27 May 2026 to discuss the next"
        " programming period. Journalists can request accreditation until 20 May.",
        "2026-05-04",
        {"kind": "event", "deadline": "2026-05-20", "event_start": "2026-05-27"},
    ),
    (
        "Applications are invited for the Oxford Internet Summer School",
        "The school runs from 13 to 24 July 2026 and is open to doctoral students. Applications"
        " must be submitted by 1 March 2026 through the online form.",
        "2026-01-12",
        {
            "kind": "course",
            "deadline": "2026-03-01",
            "event_start": "2026-07-13",
            "event_end": "2026-07-24",
        },
    ),
    (
        "NEW DEADLINE: Call for Nominations – Young Scientist Prize",
        "Nominations can now be submitted until 15 April 2026.",
        "2026-03-20",
        {"kind": "extension", "deadline": "2026-04-15"},
    ),
    (
        "Bewerbungsfrist für das Stipendienprogramm verlängert",
        "Interessierte können sich nun noch bis zum 31. Mai 2026 bewerben.",
        "2026-05-02",
        {"kind": "extension", "deadline": "2026-05-31"},
    ),
    (
        "Ampliación del plazo de presentación de solicitudes del programa Innova",
        "Se amplía hasta el 12 de junio de 2026 el plazo para presentar solicitudes.",
        "2026-05-25",
        {"kind": "extension", "deadline": "2026-06-12"},
    ),
    (
        "Riapertura termini – Avviso pubblico per tirocini",
        "Sono riaperti i termini per la presentazione delle candidature fino al 20 aprile 2026.",
        "2026-04-01",
        {"kind": "extension", "deadline": "2026-04-20"},
    ),
    (
        "Call for Abstracts – 12th Nordic Health Economics Conference",
        "The conference takes place in Bergen on 2–4 September 2026. We welcome abstracts on"
        " all topics of health economics. Deadline for abstracts: 31 March 2026.",
        "2026-01-15",
        {
            "kind": "call",
            "deadline": "2026-03-31",
            "event_start": "2026-09-02",
            "event_end": "2026-09-04",
        },
    ),
    (
        "Strong interest in the Circular Cities call",
        "When the call closed on 4 February 2026, 412 applications had been received from 25"
        " countries, twice as many as in the previous round. Evaluation results are expected in"
        " June.",
        "2026-02-12",
        {"kind": "news", "deadline": "2026-02-04"},
    ),
    (
        "Les lauréats de l'appel à projets Industrie du futur",
        "Le jury a retenu 14 projets parmi les 96 dossiers déposés avant le 15 novembre 2025.",
        "2026-01-20",
        {"kind": "news", "deadline": "2025-11-15"},
    ),
    (
        "Semaine de l'industrie 2026 en Occitanie",
        "Du 16 au 22 mars 2026, entreprises et écoles ouvrent leurs portes au public. Plus de"
        " 200 animations sont proposées dans toute la région.",
        "2026-02-20",
        {"kind": "event", "event_start": "2026-03-16", "event_end": "2026-03-22"},
    ),
    (
        "Settimana europea delle PMI: gli appuntamenti in Lombardia",
        "Dal 20 al 24 ottobre 2026 si terranno incontri, visite aziendali e seminari dedicati"
        " alle piccole imprese.",
        "2026-09-30",
        {"kind": "event", "event_start": "2026-10-20", "event_end": "2026-10-24"},
    ),
    (
        "Massive Open Online Course on Energy Communities",
        "The second edition of the MOOC starts on 5 October 2026 and runs for eight weeks."
        " Learners can enrol until 19 October 2026.",
        "2026-09-01",
        {"kind": "course", "deadline": "2026-10-19", "event_start": "2026-10-05"},
    ),
    (
        "Máster Universitario en Energías Renovables – preinscripción",
        "El periodo de preinscripción para el curso 2026-2027 está abierto hasta el 30 de junio"
        " de 2026.",
        "2026-04-01",
        {"kind": "course", "deadline": "2026-06-30"},
    ),
    (
        "Call for organisers: Winter School on Quantum Computing 2027",
        "Universities interested in organising the winter school should send a proposal of up"
        " to five pages by 30 September 2026.",
        "2026-06-15",
        {"kind": "call", "deadline": "2026-09-30"},
    ),
    (
        "Der Innovationstag Mittelstand 2025 im Rückblick",
        "Am 26. Juni 2025 präsentierten rund 300 Aussteller auf dem Freigelände der AiF in"
        " Berlin ihre Projekte.",
        "2025-07-03",
        {"kind": "news", "event_start": "2025-06-26"},
    ),
    (
        "Open Days at the Joint Research Centre",
        "On 10 and 11 October 2026 the JRC site in Ispra opens to visitors. Guided tours must"
        " be booked online before 1 October.",
        "2026-09-01",
        {
            "kind": "event",
            "deadline": "2026-10-01",
            "event_start": "2026-10-10",
            "event_end": "2026-10-11",
        },
    ),
    (
        "El clúster de la automoción celebró su asamblea anual",
        "La asamblea tuvo lugar el 12 de marzo de 2026 en Vigo y reunió a 90 empresas asociadas.",
        "2026-03-16",
        {"kind": "news", "event_start": "2026-03-12"},
    ),
    (
        "Innovation vouchers for SMEs – 2026 round",
        "Small firms can receive up to €10,000 for services from research organisations."
        " Applications are accepted from 2 February until 30 April 2026 or until the budget is"
        " used up.",
        "2026-01-25",
        {"kind": "call", "deadline": "2026-04-30"},
    ),
    (
        "Webinaire : présenter un projet au programme LIFE",
        "Le point de contact national organise un webinaire le 4 mars 2026 de 10h à 12h."
        " Inscription obligatoire.",
        "2026-02-15",
        {"kind": "event", "event_start": "2026-03-04"},
    ),
    (
        "Deadline postponed: Erasmus+ cooperation partnerships",
        "The European Commission has postponed the deadline for cooperation partnerships to 12"
        " March 2026 at 12:00 Brussels time.",
        "2026-02-20",
        {
            "kind": "extension",
            "deadline": "2026-03-12T12:00:00+01:00",
            "deadline_tz": "Europe/Brussels",
        },
    ),
    (
        "Kick-off meeting of the BLUE-AI project in Lisbon",
        "The partners of the new project met in Lisbon on 20–21 January 2026 to plan the first"
        " year of work.",
        "2026-01-28",
        {"kind": "news", "event_start": "2026-01-20", "event_end": "2026-01-21"},
    ),
]

# A twentieth batch (deadlines, instants and event dates), scored once before any rule was changed
# for it: 14/18 right; misses: 'UTC, 10 May' read as UTC+10 (a character range '+-−' took the
# comma for a sign), 'Giornata di studio' read as a call, the old date of 'que finalizaba el 20
# de abril, se prorroga hasta el 4 de mayo' taken, and a mentoring programme's start.
UNSEEN += [
    (
        "Förderaufruf Regionale Innovationsnetzwerke",
        "Einsendeschluss für Projektskizzen: 15.09.2026. Die Auswahl erfolgt bis Ende 2026.",
        "2026-06-01",
        {"kind": "call", "deadline": "2026-09-15"},
    ),
    (
        "Ausschreibung Kulturförderung 2027",
        "Anträge können bis spätestens 30-11-2026 eingereicht werden.",
        "2026-09-01",
        {"kind": "call", "deadline": "2026-11-30"},
    ),
    (
        "Appel à candidatures 2026 – Incubateur régional",
        "Les candidatures sont à déposer avant le 12 mars. Le comité de sélection se réunira"
        " fin mars 2026.",
        "2026-01-20",
        {"kind": "call", "deadline": "2026-03-12"},
    ),
    (
        "Convocatoria de ayudas a la contratación 2026",
        "Las solicitudes podrán presentarse hasta el 18 de septiembre, a las 14:00 horas.",
        "2026-07-15",
        {"kind": "call", "deadline": "2026-09-18T14:00:00+02:00", "deadline_tz": "Europe/Madrid"},
    ),
    (
        "NIH Pilot Grants in Data Science",
        "Letters of intent (optional) are due on January 9, 2026. Full applications are due"
        " February 13, 2026 by 5:00 PM Pacific Time.",
        "2025-11-20",
        {
            "kind": "call",
            "deadline": "2026-02-13T17:00:00-08:00",
            "deadline_tz": "America/Los_Angeles",
        },
    ),
    (
        "Seed Fund Round 3",
        "Submit your application by March 31, 2026 at 11:59 PM Eastern. Decisions will be"
        " communicated in May 2026.",
        "2026-02-02",
        {
            "kind": "call",
            "deadline": "2026-03-31T23:59:00-04:00",
            "deadline_tz": "America/New_York",
        },
    ),
    (
        "Call for papers: Workshop on Explainable AI",
        "Paper submission: 23:59 UTC, 10 May 2026. Notification: 5 June 2026.",
        "2026-03-01",
        {"kind": "call", "deadline": "2026-05-10T23:59:00+00:00", "deadline_tz": "UTC"},
    ),
    (
        "Appel à projets de recherche 2026",
        "Date limite de soumission : 14 avril 2026 à 16h00 (heure de Paris).",
        "2026-02-01",
        {"kind": "call", "deadline": "2026-04-14T16:00:00+02:00", "deadline_tz": "Europe/Paris"},
    ),
    (
        "Bando per progetti di ricerca industriale",
        "Le domande devono essere inviate entro le ore 12:00 del 30 giugno 2026.",
        "2026-04-10",
        {"kind": "call", "deadline": "2026-06-30T12:00:00+02:00", "deadline_tz": "Europe/Rome"},
    ),
    (
        "Innovation Summit 2026",
        "The summit takes place on June 16-17, 2026 in Copenhagen. Early-bird tickets are"
        " available until April 30; regular registration closes on June 1, 2026.",
        "2026-02-10",
        {
            "kind": "event",
            "deadline": "2026-06-01",
            "event_start": "2026-06-16",
            "event_end": "2026-06-17",
        },
    ),
    (
        "Data Week 2026",
        "Data Week runs September 21 – 25, 2026 in Vienna with talks, workshops and a hackathon.",
        "2026-06-01",
        {"kind": "event", "event_start": "2026-09-21", "event_end": "2026-09-25"},
    ),
    (
        "Giornata di studio sull'economia del mare",
        "Giovedì 12 marzo 2026, a Genova, esperti e imprese discutono delle sfide della"
        " logistica portuale. Iscrizione entro lunedì 9 marzo.",
        "2026-02-20",
        {"kind": "event", "deadline": "2026-03-09", "event_start": "2026-03-12"},
    ),
    (
        "Call for Proposals: Community Energy Pilots",
        "The call opens on 1 February 2026 and closes on 30 April 2026. Selected projects will"
        " run from 1 September 2026 to 31 August 2028.",
        "2026-01-20",
        {"kind": "call", "deadline": "2026-04-30"},
    ),
    (
        "Fristverlängerung: Innovationswettbewerb Gesundheit",
        "Die Einreichungsfrist wurde vom 15. März 2026 auf den 29. März 2026 verlängert.",
        "2026-03-05",
        {"kind": "extension", "deadline": "2026-03-29"},
    ),
    (
        "Prórroga de la convocatoria de becas Talento",
        "El plazo, que finalizaba el 20 de abril de 2026, se prorroga hasta el 4 de mayo de 2026.",
        "2026-04-15",
        {"kind": "extension", "deadline": "2026-05-04"},
    ),
    (
        "Regional Cluster Conference – programme",
        "Day 1, 14 October 2026: keynotes and panels. Day 2, 15 October 2026: site visits."
        " Registration deadline: 7 October 2026.",
        "2026-08-01",
        {
            "kind": "event",
            "deadline": "2026-10-07",
            "event_start": "2026-10-14",
            "event_end": "2026-10-15",
        },
    ),
    (
        "Call for Applications – Mentoring Programme 2026",
        "Timeline: applications open 12 January 2026; applications close 9 February 2026;"
        " interviews 2–6 March 2026; programme start 20 April 2026.",
        "2026-01-05",
        {"kind": "call", "deadline": "2026-02-09"},
    ),
    (
        "Ateliers numériques pour les TPE",
        "Rendez-vous le mardi 17 novembre 2026 de 9h à 12h à la CCI de Rennes. Inscription"
        " gratuite avant le 10 novembre.",
        "2026-10-15",
        {"kind": "event", "deadline": "2026-11-10", "event_start": "2026-11-17"},
    ),
]


# A twenty-first batch (deadlines, zones, timelines), scored once before any rule was changed for
# it: 12/16 right; misses: 'Pre-proposals (recommended, not required) by' taken as the deadline,
# 'by 23:59 UTC+1 on 8 February' left without its time (the offset's digit read as another
# date's), a call's 'Project start' read as its event, and a timeline run on in one line
# ('10 March – deadline for applications; 25 March – selection') read by the words before.
UNSEEN += [
    (
        "Stipendien für Masterstudierende 2026",
        "Bewerbungsschluss: 15.3.2026. Die Auswahlgespräche finden im April statt.",
        "2026-01-15",
        {"kind": "call", "deadline": "2026-03-15"},
    ),
    (
        "Workshop Datenkompetenz 2026",
        "Der Workshop findet am 24. April 2026 in Kiel statt. Anmeldung bis 10.04. per E-Mail.",
        "2026-03-01",
        {"kind": "event", "deadline": "2026-04-10", "event_start": "2026-04-24"},
    ),
    (
        "Appel à projets 2026 : tourisme durable",
        "Les dossiers sont à transmettre avant le 15 mars à 17h.",
        "2026-01-10",
        {"kind": "call", "deadline": "2026-03-15T17:00:00+01:00", "deadline_tz": "Europe/Paris"},
    ),
    (
        "Convocatoria de premios a la innovación social",
        "Publicado el 2 de febrero de 2026. Las candidaturas se presentan hasta el 2 de marzo"
        " de 2026.",
        None,
        {"kind": "call", "deadline": "2026-03-02"},
    ),
    (
        "Tender: evaluation of the regional innovation strategy",
        "The contract will run from 1 July 2026 to 30 June 2027. Tenders must be received by 15"
        " May 2026 at 12:00 CET.",
        "2026-04-01",
        {"kind": "call", "deadline": "2026-05-15T12:00:00+02:00", "deadline_tz": "Europe/Brussels"},
    ),
    (
        "Research Grants 2026",
        "Pre-proposals (recommended, not required) by 15 January 2026. Full proposals by 12"
        " March 2026.",
        "2025-12-01",
        {"kind": "call", "deadline": "2026-03-12"},
    ),
    (
        "Call for Papers – Digital Humanities Benelux 2026",
        "Deadline extended from 3 May to 17 May 2026. The conference takes place in Leuven on"
        " 9–11 September 2026.",
        "2026-04-28",
        {"kind": "extension", "deadline": "2026-05-17"},
    ),
    (
        "Seed grants for early-career researchers",
        "Applications are due by 5 pm Central Time on April 1, 2026.",
        "2026-02-01",
        {"kind": "call", "deadline": "2026-04-01T17:00:00-05:00", "deadline_tz": "America/Chicago"},
    ),
    (
        "Convocatoria de ayudas a proyectos de I+D",
        "El plazo de presentación finaliza el 20 de marzo de 2026 a las 15:00 horas (hora"
        " peninsular).",
        "2026-02-10",
        {"kind": "call", "deadline": "2026-03-20T15:00:00+01:00", "deadline_tz": "Europe/Madrid"},
    ),
    (
        "Call for contributions: Open Source Summit",
        "Submit your talk proposal by 23:59 UTC+1 on 8 February 2026.",
        "2026-01-05",
        {"kind": "call", "deadline": "2026-02-08T23:59:00+01:00", "deadline_tz": "Etc/GMT-1"},
    ),
    (
        "Appel à communications – colloque de Dakar",
        "Les propositions doivent être envoyées au plus tard le 30 avril 2026 à 23h59 GMT.",
        "2026-02-15",
        {"kind": "call", "deadline": "2026-04-30T23:59:00+00:00", "deadline_tz": "UTC"},
    ),
    (
        "Annual Meeting of the Society for Risk Analysis",
        "The meeting takes place March 30 – April 2, 2026 in Denver. Early registration ends"
        " February 15, 2026.",
        "2025-12-01",
        {"kind": "event", "event_start": "2026-03-30", "event_end": "2026-04-02"},
    ),
    (
        "Seminario sulla transizione energetica",
        "Il seminario si terrà giovedì 5 marzo 2026 alle ore 15 presso l'Aula Magna. Ingresso"
        " libero.",
        "2026-02-20",
        {"kind": "event", "event_start": "2026-03-05"},
    ),
    (
        "Call for Proposals: Regional Mobility Pilots",
        "Key dates\nCall opens | 2 March 2026\nDeadline for proposals | 28 May 2026\nEvaluation |"
        " June 2026\nProject start | 1 October 2026",
        "2026-02-20",
        {"kind": "call", "deadline": "2026-05-28"},
    ),
    (
        "Innovation Camp 2026",
        "Timeline: 10 February – call opens; 10 March – deadline for applications; 25 March –"
        " selection; 20–22 April 2026 – camp in Tallinn.",
        "2026-02-01",
        {
            "kind": "call",
            "deadline": "2026-03-10",
            "event_start": "2026-04-20",
            "event_end": "2026-04-22",
        },
    ),
    (
        "Deadline approaching: Cities Mission call",
        "Only two weeks left! The call closes on 24 September 2026 at 17:00 Brussels time.",
        "2026-09-10",
        {"kind": "call", "deadline": "2026-09-24T17:00:00+02:00", "deadline_tz": "Europe/Brussels"},
    ),
]

KNOWN_MISSES["Innovation Camp 2026"] = (
    "event_start: a call's camp is named by no event word ('camp in Tallinn'), so its dates are"
    " not read as the call's event"
)

# A twenty-second batch (pages with many dates), scored once before any rule was changed for it:
# 6/10 right; misses: the day a 'Tag der Forschung' page opens with lost when it asks for
# contributions, the eligible period of funded fairs ('si svolgono tra il 1° giugno e il 31
# dicembre') read as the call's event, 'Tickets available until' not read as a limit and a side
# event's date taken as the forum's, and an eight-month window of 'Anträge ... vom ... bis'.
UNSEEN += [
    (
        "International Symposium on Coastal Engineering 2026",
        "The symposium will be held in Porto on 15–17 September 2026. Full papers are due on 1"
        " June 2026. A pre-symposium field trip is organised on 14 September 2026. Registration"
        " closes on 31 August 2026.",
        "2026-01-20",
        {
            "kind": "call",
            "deadline": "2026-06-01",
            "event_start": "2026-09-15",
            "event_end": "2026-09-17",
        },
    ),
    (
        "Tag der Forschung 2026",
        "Am 18. Juni 2026 öffnen die Institute der Universität ihre Labore. Die"
        " Programmkommission tagt am 12. März 2026; Beiträge für das Programm können bis zum"
        " 27. Februar 2026 gemeldet werden.",
        "2026-01-15",
        {"kind": "call", "deadline": "2026-02-27", "event_start": "2026-06-18"},
    ),
    (
        "Call for Expressions of Interest – Regional Innovation Valleys",
        "Published on 10 February 2026. Regions can express their interest until 8 April 2026."
        " The selection committee meets on 5 May 2026 and applicants receive a confirmation"
        " letter by 20 May 2026.",
        None,
        {"kind": "call", "deadline": "2026-04-08"},
    ),
    (
        "Journée régionale de l'économie sociale et solidaire",
        "La journée aura lieu le jeudi 8 octobre 2026 à Clermont-Ferrand. Un atelier"
        " préparatoire est proposé en ligne le 24 septembre. Inscription jusqu'au 1er octobre"
        " 2026.",
        "2026-08-30",
        {"kind": "event", "deadline": "2026-10-01", "event_start": "2026-10-08"},
    ),
    (
        "Convocatoria 2026 de proyectos de cooperación",
        "Calendario: publicación de la convocatoria, 12 de enero de 2026; presentación de"
        " solicitudes, del 12 de enero al 27 de febrero de 2026; resolución provisional, abril"
        " de 2026; inicio de los proyectos, 1 de julio de 2026.",
        None,
        {"kind": "call", "deadline": "2026-02-27"},
    ),
    (
        "Bando per la concessione di contributi alle fiere internazionali",
        "Le imprese possono presentare domanda dal 2 marzo 2026 al 30 aprile 2026. Le fiere"
        " ammissibili si svolgono tra il 1° giugno e il 31 dicembre 2026.",
        "2026-02-15",
        {"kind": "call", "deadline": "2026-04-30"},
    ),
    (
        "Urban Data Forum – 3rd edition",
        "Wednesday, 4 November 2026, 9:00–17:00, Rotterdam. Side event: study visit to the port"
        " on 5 November 2026 (separate registration). Tickets available until 28 October 2026.",
        "2026-07-01",
        {"kind": "event", "deadline": "2026-10-28", "event_start": "2026-11-04"},
    ),
    (
        "Innovationsgutscheine 2026",
        "Anträge können vom 01.02.2026 bis 30.09.2026 gestellt werden. Die Bewilligung erfolgt"
        " innerhalb von sechs Wochen.",
        "2026-01-20",
        {"kind": "call", "deadline": "2026-09-30"},
    ),
    (
        "Summer School in Quantitative Methods",
        "Course dates: July 13 - July 24, 2026. Application deadline: April 15, 2026. Admission"
        " decisions are sent by May 1, 2026.",
        "2026-01-10",
        {
            "kind": "course",
            "deadline": "2026-04-15",
            "event_start": "2026-07-13",
            "event_end": "2026-07-24",
        },
    ),
    (
        "Colloque « Territoires et transitions » – appel à communications",
        "Le colloque se tiendra les 19 et 20 novembre 2026 à Grenoble. Les propositions (500"
        " mots) sont attendues pour le 15 mai 2026. Réponse du comité scientifique : 30 juin"
        " 2026.",
        "2026-02-01",
        {
            "kind": "call",
            "deadline": "2026-05-15",
            "event_start": "2026-11-19",
            "event_end": "2026-11-20",
        },
    ),
]

KNOWN_MISSES["Innovationsgutscheine 2026"] = (
    "deadline: a window of more than half a year is read as a contract's run; letting an applying"
    " word before it outweigh that took a supply period of a tender as its deadline"
)

# A twenty-third batch, scored once before any rule was changed for it: 10/12 right; misses: an
# 'Info session' title read as the call it presents (only 'information session' was known), and
# 'projects start on 1 September' read as a call's event (only the singular was a project's).
UNSEEN += [
    (
        "Ciclo di webinar sull'intelligenza artificiale per le PMI",
        "Il primo appuntamento è martedì 10 marzo 2026 alle 11:00; il secondo martedì 17 marzo"
        " 2026. La partecipazione è gratuita previa iscrizione entro il giorno precedente.",
        "2026-02-25",
        # (registration 'entro il giorno precedente': by the day before the first session)
        {
            "kind": "event",
            "deadline": "2026-03-09",
            "event_start": "2026-03-10",
            "event_end": "2026-03-17",
        },
    ),
    (
        "Erasmus+ Jean Monnet Actions 2026",
        "Organisations can apply until 11 February 2026 at 17:00 (Brussels time). Results are"
        " expected in July 2026 and projects start on 1 September 2026.",
        "2025-11-20",
        {"kind": "call", "deadline": "2026-02-11T17:00:00+01:00", "deadline_tz": "Europe/Brussels"},
    ),
    (
        "Les Journées de l'innovation agricole ont fait le plein",
        "Plus de 3 000 visiteurs se sont pressés les 14 et 15 mars 2026 au parc des expositions"
        " de Rennes.",
        "2026-03-18",
        {"kind": "news", "event_start": "2026-03-14", "event_end": "2026-03-15"},
    ),
    (
        "Fachkräfte-Kongress 2026: Jetzt anmelden",
        "Der Kongress findet am 23. und 24. April 2026 in Stuttgart statt. Frühbucherrabatt bis"
        " 28. Februar 2026, Anmeldeschluss ist der 10. April 2026.",
        "2026-01-15",
        {
            "kind": "event",
            "deadline": "2026-04-10",
            "event_start": "2026-04-23",
            "event_end": "2026-04-24",
        },
    ),
    (
        "Curso de especialización en ciberseguridad industrial",
        "Modalidad online, de octubre de 2026 a junio de 2027. Matrícula abierta hasta el 15 de"
        " septiembre de 2026.",
        "2026-05-01",
        {"kind": "course", "deadline": "2026-09-15"},
    ),
    (
        "Green Hydrogen Valleys: call results published",
        "Nine regions were selected out of 37 applications submitted by 15 January 2026. Grant"
        " agreements will be signed in June.",
        "2026-04-02",
        {"kind": "news", "deadline": "2026-01-15"},
    ),
    (
        "Deadline extended for the Young Innovators Prize",
        "Entries will now be accepted until Friday 29 May 2026 at 23:59 BST.",
        "2026-05-10",
        {
            "kind": "extension",
            "deadline": "2026-05-29T23:59:00+01:00",
            "deadline_tz": "Europe/London",
        },
    ),
    (
        "Appel à contributions – revue Sciences & Territoires, numéro 12",
        "Les propositions d'articles (résumé de 500 mots) sont à envoyer avant le 1er juin 2026"
        " ; les articles complets seront attendus pour le 15 octobre 2026.",
        "2026-03-01",
        {"kind": "call", "deadline": "2026-06-01"},
    ),
    (
        "Startup Weekend Bologna",
        "Dal venerdì sera alla domenica, 6–8 novembre 2026, 54 ore per trasformare un'idea in"
        " un progetto. Biglietti disponibili fino al 2 novembre.",
        "2026-09-15",
        {
            "kind": "event",
            "deadline": "2026-11-02",
            "event_start": "2026-11-06",
            "event_end": "2026-11-08",
        },
    ),
    (
        "Regional Smart Specialisation Strategy: stakeholder workshop report",
        "The workshop on 2 February 2026 gathered 45 stakeholders who identified four priority"
        " areas. A draft strategy will be published in May.",
        "2026-02-10",
        {"kind": "news", "event_start": "2026-02-02"},
    ),
    (
        "MSCA Postdoctoral Fellowships 2026",
        "The call opens on 8 May 2026 and closes on 9 September 2026 at 17:00 Brussels time.",
        "2026-04-20",
        {"kind": "call", "deadline": "2026-09-09T17:00:00+02:00", "deadline_tz": "Europe/Brussels"},
    ),
    (
        "Info session: Interreg Central Europe third call",
        "The joint secretariat presents the call in an online info session on 18 February 2026,"
        " 10:00–12:00 CET. The call is open until 24 April 2026.",
        "2026-02-01",
        {"kind": "event", "event_start": "2026-02-18"},
    ),
]

# A twenty-fourth batch (deadlines, instants, event dates), scored once before any rule was
# changed for it: 18/20 right; misses: 'inizialmente fissata al ..., è stata spostata al' (the
# moved-to words lacked 'spostata'), and 'La cérémonie aura lieu le' not read as happening.
UNSEEN += [
    (
        "Ausschreibung: Innovationsgutscheine für KMU",
        "Gefördert werden Vorhaben mit einer Laufzeit vom 01.07.2026 bis 30.06.2028."
        " Bewerbungsschluss ist der 15.03.2026. Anträge sind über das Portal einzureichen.",
        "2026-01-12",
        {"kind": "call", "deadline": "2026-03-15"},
    ),
    (
        "Call for Papers: Tagung Digitale Verwaltung 2026",
        "Die Tagung findet am 24. und 25. September 2026 in Leipzig statt."
        " Einsendeschluss für Abstracts: 31.05.2026, 12:00 Uhr.",
        "2026-02-03",
        {
            "kind": "call",
            "deadline": "2026-05-31T12:00:00+02:00",
            "deadline_tz": "Europe/Berlin",
            "event_start": "2026-09-24",
            "event_end": "2026-09-25",
        },
    ),
    (
        "Appel à projets 2026 : Tiers-lieux nourriciers",
        "Les candidatures sont ouvertes jusqu'au 14 mars à 12h (heure de Paris). Les lauréats"
        " seront annoncés en juin.",
        "2026-01-20",
        {"kind": "call", "deadline": "2026-03-14T12:00:00+01:00", "deadline_tz": "Europe/Paris"},
    ),
    (
        "Convocatoria de becas de movilidad internacional",
        "El plazo de presentación de solicitudes finaliza el 28 de febrero a las 14:00 horas"
        " (hora peninsular). La resolución se publicará en abril.",
        "2026-01-15",
        {"kind": "call", "deadline": "2026-02-28T14:00:00+01:00", "deadline_tz": "Europe/Madrid"},
    ),
    (
        "Call for Papers: Workshop on Data Spaces 2026",
        "Important dates\nAbstract submission | Full paper submission | Notification | Workshop\n"
        "10 April 2026 | 15 May 2026 | 20 June 2026 | 8 September 2026",
        None,
        {"kind": "call", "deadline": "2026-04-10", "event_start": "2026-09-08"},
    ),
    (
        "Call for Proposals: Urban Mobility Pilots",
        "Applicants may optionally submit a pre-proposal for feedback by 12 January 2026. The"
        " deadline for full proposals is 19 February 2026 at 17:00 CET.",
        None,
        {"kind": "call", "deadline": "2026-02-19T17:00:00+01:00", "deadline_tz": "Europe/Brussels"},
    ),
    (
        "Proroga dei termini – Bando Voucher Digitali 2026",
        "La scadenza per la presentazione delle domande, inizialmente fissata al 16 marzo 2026,"
        " è stata spostata al 30 marzo 2026 ore 12:00.",
        "2026-03-10",
        {
            "kind": "extension",
            "deadline": "2026-03-30T12:00:00+02:00",
            "deadline_tz": "Europe/Rome",
        },
    ),
    (
        "Creative Europe: Journalism Partnerships call",
        "Published on 3 February 2026. Applications must be submitted by 24 April 2026, 17:00"
        " (Brussels time).",
        None,
        {"kind": "call", "deadline": "2026-04-24T17:00:00+02:00", "deadline_tz": "Europe/Brussels"},
    ),
    (
        "Convocatoria de contratos predoctorales 2026",
        "Los contratos tendrán una duración de cuatro años, del 1 de octubre de 2026 al 30 de"
        " septiembre de 2030. Las solicitudes podrán presentarse hasta el 15 de mayo de 2026.",
        "2026-03-20",
        {"kind": "call", "deadline": "2026-05-15"},
    ),
    (
        "Climate Data Hackathon 2026",
        "Timeline:\n- 1 March 2026: registration opens\n- 31 March 2026: registration closes\n"
        "- 15 April 2026: teams announced\n- 8–9 May 2026: hackathon in Rotterdam\n"
        "- 20 May 2026: winners announced",
        "2026-02-20",
        {
            "kind": "event",
            "deadline": "2026-03-31",
            "event_start": "2026-05-08",
            "event_end": "2026-05-09",
        },
    ),
    (
        "Call for Abstracts: Pacific Coast Water Symposium",
        "Abstracts are due by 11:59 p.m. Pacific on January 30, 2026. The symposium will take"
        " place April 14-16, 2026 in Portland, Oregon.",
        None,
        {
            "kind": "call",
            "deadline": "2026-01-30T23:59:00-08:00",
            "deadline_tz": "America/Los_Angeles",
            "event_start": "2026-04-14",
            "event_end": "2026-04-16",
        },
    ),
    (
        "Call for Papers: HICSS-60",
        "Paper submission deadline: June 15, 2026, 11:59 pm HST. The conference will be held"
        " January 5–8, 2027 at the Hilton Waikoloa Village, Hawaii.",
        None,
        {
            "kind": "call",
            "deadline": "2026-06-15T23:59:00-10:00",
            "deadline_tz": "Pacific/Honolulu",
            "event_start": "2027-01-05",
            "event_end": "2027-01-08",
        },
    ),
    (
        "Appel à candidatures : résidences d'artistes 2026",
        "Date limite de dépôt : 5 mars 2026 à 16h00 GMT. Les résidences se dérouleront à Dakar.",
        None,
        {"kind": "call", "deadline": "2026-03-05T16:00:00+00:00", "deadline_tz": "UTC"},
    ),
    (
        "Convegno nazionale sull'economia circolare",
        "Il convegno si terrà giovedì 15 ottobre 2026 presso l'Università di Padova."
        " Iscrizioni entro lunedì 5 ottobre.",
        "2026-09-01",
        {"kind": "event", "deadline": "2026-10-05", "event_start": "2026-10-15"},
    ),
    (
        "Info day: Horizon Europe Cluster 5 calls 2027",
        "Join us in Brussels on 12 November 2026 for the info day on the 2027 calls."
        " Registration is open until 2 November 2026.",
        None,
        {"kind": "event", "deadline": "2026-11-02", "event_start": "2026-11-12"},
    ),
    (
        "Call for Papers: 5th Conference on Regional Innovation Policies",
        "Full papers are due on 1 September 2026. The conference takes place in Lund on 22–23"
        " October 2026. A PhD side event will be held on 21 October.",
        None,
        {
            "kind": "call",
            "deadline": "2026-09-01",
            "event_start": "2026-10-22",
            "event_end": "2026-10-23",
        },
    ),
    (
        "Bando per progetti di ricerca 2026",
        "Le domande vanno presentate entro il 20 maggio 2026. Il comitato di valutazione si"
        " riunirà il 15 giugno 2026 e l'esito sarà comunicato entro il 30 giugno.",
        None,
        {"kind": "call", "deadline": "2026-05-20"},
    ),
    (
        "Candidatures : Prix de l'innovation sociale",
        "Candidatures jusqu'au 12 février 2026 à 23h59. La cérémonie aura lieu le 9 avril 2026.",
        None,
        {
            "kind": "call",
            "deadline": "2026-02-12T23:59:00+01:00",
            "deadline_tz": "Europe/Paris",
            "event_start": None,
        },
    ),
    (
        "Request for Applications: Rural Broadband Fellows",
        "Applications must be submitted by 11:59 PM Eastern Time on Friday, April 10, 2026."
        " Fellows begin in September.",
        None,
        {
            "kind": "call",
            "deadline": "2026-04-10T23:59:00-04:00",
            "deadline_tz": "America/New_York",
        },
    ),
    (
        "Bando Ricerca Sociale 2026",
        "Le proposte devono essere inviate entro le ore 17:00 (ora italiana) del 7 aprile 2026.",
        None,
        {"kind": "call", "deadline": "2026-04-07T17:00:00+02:00", "deadline_tz": "Europe/Rome"},
    ),
]

# A twenty-fifth batch (deadlines, instants, event dates), scored once before any rule was
# changed for it: 15/18 right; misses: 'apply to organise a workshop during the Week, which will
# take place on 12–15 October' taken as the deadline, 'previsto per il 12 febbraio' (the old
# date) kept, and a call's 'the programme starts on' read as its event.
UNSEEN += [
    (
        "Förderaufruf „Regionale Innovationscluster“",
        "Veröffentlicht am 12.01.2026. Projektskizzen sind bis spätestens 27.03.2026, 23:59 Uhr"
        " einzureichen. Die Auswahlsitzung der Jury findet am 12.05.2026 statt.",
        None,
        {"kind": "call", "deadline": "2026-03-27T23:59:00+01:00", "deadline_tz": "Europe/Berlin"},
    ),
    (
        "Call for Proposals – Pilot Actions in Cross-Border Health",
        "Deadline for submission: 14 May 2026, 17:00 (UTC +2). Selected pilots will run from"
        " September 2026 to August 2027.",
        None,
        {"kind": "call", "deadline": "2026-05-14T17:00:00+02:00", "deadline_tz": "Etc/GMT-2"},
    ),
    (
        "Convocatoria: Premios Emprendedoras Rurales 2026",
        "Las candidaturas podrán presentarse del 2 al 30 de marzo. La entrega de premios"
        " tendrá lugar el 8 de mayo en Zaragoza.",
        "2026-02-25",
        {"kind": "call", "deadline": "2026-03-30", "event_start": None},
    ),
    (
        "Summer School on Quantum Technologies 2026",
        "The school will take place July 6 – July 10, 2026 in Trieste. Applications are"
        " accepted until March 15, 2026. Applicants will receive a confirmation letter by"
        " April 10.",
        None,
        {
            "kind": "course",
            "deadline": "2026-03-15",
            "event_start": "2026-07-06",
            "event_end": "2026-07-10",
        },
    ),
    (
        "Giornata di studio sulle comunità energetiche",
        "Martedì 24 marzo 2026, ore 9:30, Aula Magna del Politecnico di Milano. Partecipazione"
        " gratuita previa registrazione entro venerdì 20 marzo.",
        "2026-03-02",
        {"kind": "event", "deadline": "2026-03-20", "event_start": "2026-03-24"},
    ),
    (
        "Call for Papers – Workshop on Responsible AI (RAI 2026)",
        "Submission deadline: February 20, 2026 (AoE)\nNotification: March 25, 2026\n"
        "Camera-ready: April 8, 2026\nWorkshop: May 11, 2026, co-located with WWW 2026",
        None,
        {
            "kind": "call",
            "deadline": "2026-02-20T23:59:00-12:00",
            "deadline_tz": "AoE",
            "event_start": "2026-05-11",
        },
    ),
    (
        "Appel à manifestation d'intérêt – Santé numérique",
        "Ouverture de l'AMI : 2 février 2026. Clôture : 3 avril 2026 à 12h00 (heure de Paris)."
        " Les projets retenus seront auditionnés le 11 mai 2026.",
        None,
        {"kind": "call", "deadline": "2026-04-03T12:00:00+02:00", "deadline_tz": "Europe/Paris"},
    ),
    (
        "European Week of Regions and Cities 2026 – Call for workshop partners",
        "Partnerships of regions can apply to organise a workshop during the Week, which will"
        " take place in Brussels on 12–15 October 2026. Applications close on 26 February 2026.",
        None,
        {
            "kind": "call",
            "deadline": "2026-02-26",
            "event_start": "2026-10-12",
            "event_end": "2026-10-15",
        },
    ),
    (
        "Webinar: How to write a successful EIC Pathfinder proposal",
        "Tuesday, 3 March 2026, 14:00–15:30 CET, online. The webinar is free; please register"
        " by 2 March.",
        None,
        {"kind": "event", "deadline": "2026-03-02", "event_start": "2026-03-03"},
    ),
    (
        "Report: Smart Specialisation Platform annual meeting",
        "The annual meeting took place online on 9 December 2025. The presentations and the"
        " recording are now available.",
        "2025-12-15",
        {"kind": "news", "event_start": "2025-12-09"},
    ),
    (
        "Bando Giovani Ricercatori – proroga",
        "Si comunica che il termine per la presentazione delle candidature, previsto per il"
        " 12 febbraio 2026, è prorogato al 26 febbraio 2026 alle ore 13:00.",
        "2026-02-05",
        {
            "kind": "extension",
            "deadline": "2026-02-26T13:00:00+01:00",
            "deadline_tz": "Europe/Rome",
        },
    ),
    (
        "Frist verlängert: Ideenwettbewerb Mobilität 2030",
        "Die Einreichungsfrist wurde vom 28.02.2026 auf den 20.03.2026 verlängert.",
        None,
        {"kind": "extension", "deadline": "2026-03-20"},
    ),
    (
        "Appel à candidatures : incubateur Agritech",
        "Calendrier : 15 janvier – lancement de l'appel ; 6 mars – date limite de candidature ;"
        " 2 avril – comité de sélection ; 4 mai – entrée dans l'incubateur.",
        "2026-01-15",
        {"kind": "call", "deadline": "2026-03-06"},
    ),
    (
        "Call for Reviewers: Interreg NEXT Programme",
        "External experts are invited to apply to the pool of assessors. Expressions of interest"
        " must reach us by 16:00 Central European Time on 30 April 2026.",
        None,
        {"kind": "call", "deadline": "2026-04-30T16:00:00+02:00", "deadline_tz": "Europe/Brussels"},
    ),
    (
        "Jornada técnica sobre hidrógeno verde",
        "Jueves 16 de abril de 2026, de 10:00 a 13:30, en el Parque Tecnológico de Álava."
        " Inscripciones hasta el 13 de abril.",
        "2026-03-25",
        {"kind": "event", "deadline": "2026-04-13", "event_start": "2026-04-16"},
    ),
    (
        "MOOC « Transition écologique des territoires »",
        "Le cours se déroulera du 5 octobre au 30 novembre 2026 sur FUN MOOC. Inscriptions"
        " ouvertes jusqu'au 12 octobre 2026.",
        None,
        {
            "kind": "course",
            "deadline": "2026-10-12",
            "event_start": "2026-10-05",
            "event_end": "2026-11-30",
        },
    ),
    (
        "Call for applications: Young Innovators Programme",
        "Apply by 5 pm Eastern Standard Time, December 1, 2026. Decisions will be communicated"
        " by January 15, 2027, and the programme starts on February 2, 2027.",
        None,
        {
            "kind": "call",
            "deadline": "2026-12-01T17:00:00-05:00",
            "deadline_tz": "America/New_York",
        },
    ),
    (
        "Invito a presentare proposte – Cultura e Territorio 2026",
        "Le domande possono essere presentate dalle ore 10:00 del 2 marzo 2026 alle ore 16:00"
        " del 15 aprile 2026.",
        None,
        {"kind": "call", "deadline": "2026-04-15T16:00:00+02:00", "deadline_tz": "Europe/Rome"},
    ),
]

# A twenty-sixth batch (zones, tables, selection steps), scored once before any rule was
# changed for it: 12/16 right; misses: a Spanish table headed 'Apertura | Cierre' ('cierre' was no
# cue), a doctorate's 'prove orali si terranno' read as the call's event, a training programme
# titled 'Call for Applications' read as a call, and a challenge's Demo Day not read as its event.
UNSEEN += [
    (
        "Ausschreibung Forschungspreis 2026",
        "Bewerbungen sind bis zum 15. Mai um 23.59 Uhr (MESZ) über das Online-Portal"
        " einzureichen. Die Preisverleihung findet am 3. Juli statt.",
        "2026-02-10",
        {
            "kind": "call",
            "deadline": "2026-05-15T23:59:00+02:00",
            "deadline_tz": "Europe/Berlin",  # 'MESZ' in a German notice: Germany's clock
            "event_start": None,
        },
    ),
    (
        "Call for Proposals: Arctic Research Partnerships",
        "Full proposals are due at 12 noon Mountain Time on March 2, 2026. Letters of intent"
        " (not required) are encouraged by January 15, 2026.",
        None,
        {"kind": "call", "deadline": "2026-03-02T12:00:00-07:00", "deadline_tz": "America/Denver"},
    ),
    (
        "Convocatoria Ayudas a la Investigación 2026",
        "Fechas clave\nApertura | Cierre | Resolución\n12/01/2026 | 27/02/2026 | 30/06/2026",
        None,
        {"kind": "call", "deadline": "2026-02-27"},
    ),
    (
        "Bando Borse di Dottorato XLII ciclo",
        "La domanda deve essere presentata entro e non oltre le ore 12.00 del giorno"
        " 21.05.2026. Le prove orali si terranno a partire dal 15 giugno 2026.",
        None,
        {"kind": "call", "deadline": "2026-05-21T12:00:00+02:00", "deadline_tz": "Europe/Rome"},
    ),
    (
        "International Conference on Wind Energy Systems",
        "The conference will be held on Oct. 12–14, 2026 in Aalborg, Denmark. Early-bird"
        " registration ends August 31, 2026; regular registration closes September 30, 2026.",
        None,
        {
            "kind": "event",
            "deadline": "2026-09-30",
            "event_start": "2026-10-12",
            "event_end": "2026-10-14",
        },
    ),
    (
        "Call for Papers: Design Research Conference",
        "The conference runs March 3-5, 2027 in Lisbon. Papers must be submitted by"
        " 1 September 2026, 5 p.m. UTC.",
        None,
        {
            "kind": "call",
            "deadline": "2026-09-01T17:00:00+00:00",
            "deadline_tz": "UTC",
            "event_start": "2027-03-03",
            "event_end": "2027-03-05",
        },
    ),
    (
        "Appel à propositions – Fonds pour l'innovation sociale",
        "Date de publication : 5 janvier 2026\nDate limite de dépôt des dossiers : 20 février"
        " 2026 à 17h (heure de Bruxelles)\nDurée des projets : du 1er juin 2026 au 31 mai 2028",
        None,
        {"kind": "call", "deadline": "2026-02-20T17:00:00+01:00", "deadline_tz": "Europe/Brussels"},
    ),
    (
        "Sabato e domenica: Maker Faire del Mediterraneo",
        "Sabato 7 e domenica 8 marzo 2026 torna a Palermo la fiera dei maker. Ingresso libero"
        " con prenotazione obbligatoria entro giovedì 5 marzo.",
        "2026-02-20",
        {
            "kind": "event",
            "deadline": "2026-03-05",
            "event_start": "2026-03-07",
            "event_end": "2026-03-08",
        },
    ),
    (
        "Results of the Green Transition call 2025",
        "The call closed on 14 November 2025 at 17:00 CET. We received 286 proposals, of"
        " which 31 are recommended for funding.",
        "2026-01-20",
        {"kind": "news", "deadline": "2025-11-14T17:00:00+01:00", "deadline_tz": "Europe/Brussels"},
    ),
    (
        "Call for Applications: Data Stewardship Training 2026",
        "Our training programme runs from 14 to 18 September 2026 in Utrecht. Deadline for"
        " applications: Monday 15 June 2026, 23:59 CEST.",
        None,
        {
            "kind": "course",
            "deadline": "2026-06-15T23:59:00+02:00",
            "deadline_tz": "Europe/Brussels",
            "event_start": "2026-09-14",
            "event_end": "2026-09-18",
        },
    ),
    (
        "Convocatoria de proyectos de cooperación 2026",
        "Las solicitudes deberán presentarse antes de las 15:00 horas (hora de Canarias) del"
        " 30 de abril de 2026.",
        None,
        {"kind": "call", "deadline": "2026-04-30T15:00:00+01:00", "deadline_tz": "Atlantic/Canary"},
    ),
    (
        "Symposium on Urban Heat – registration open",
        "Join us from May 28 – 29, 2026 at the Royal Society in London. Registration closes on"
        " May 15, 2026 at 5:00 pm BST.",
        None,
        {
            "kind": "event",
            "deadline": "2026-05-15T17:00:00+01:00",
            "deadline_tz": "Europe/London",
            "event_start": "2026-05-28",
            "event_end": "2026-05-29",
        },
    ),
    (
        "Appel à communications : Colloque Villes et Climat",
        "Le colloque se tiendra les 18 et 19 novembre 2026 à Lyon. Les propositions de"
        " communication sont attendues pour le 30 avril 2026 ; le comité scientifique rendra"
        " ses avis le 15 juin.",
        None,
        {
            "kind": "call",
            "deadline": "2026-04-30",
            "event_start": "2026-11-18",
            "event_end": "2026-11-19",
        },
    ),
    (
        "Horizon Europe: Cluster 4 call – second stage",
        "Stage 1 proposals were due on 12 February 2026. For proposals invited to stage 2, the"
        " deadline is 17 September 2026 at 17:00:00 Brussels time.",
        "2026-04-01",
        {"kind": "call", "deadline": "2026-09-17T17:00:00+02:00", "deadline_tz": "Europe/Brussels"},
    ),
    (
        "Fachtagung Wasserstoff in der Region",
        "Termin: 22.10.2026, 9:00–16:30 Uhr, Stadthalle Kassel. Anmeldung bis 9.10.2026.",
        "2026-08-12",
        {"kind": "event", "deadline": "2026-10-09", "event_start": "2026-10-22"},
    ),
    (
        "Call for Startups: Smart Port Challenge",
        "Apply before 23:59 (GMT+1) on 31 January 2026. Finalists pitch at the Demo Day in"
        " Antwerp on 5 March 2026.",
        None,
        {
            "kind": "call",
            "deadline": "2026-01-31T23:59:00+01:00",
            "deadline_tz": "Etc/GMT-1",
            "event_start": "2026-03-05",
        },
    ),
]

# A twenty-seventh batch, scored once before any rule was changed for it: 11/14 right; misses:
# 'a lead applicant seminar will take place' read as the call's event, 'Teilnahmeschluss' and
# 'se cierra el' not read as deadlines (a Feier's date, with no verb of happening, stays none).
UNSEEN += [
    (
        "Interreg Europe – fifth call for project proposals",
        "The fifth call for project proposals opened on 15 March 2026. Applicants can submit"
        " their application form via the joint electronic monitoring system until 12 June 2026,"
        " 12:00 noon CEST. A lead applicant seminar will take place in Lille on 20 April 2026.",
        "2026-03-16",
        {"kind": "call", "deadline": "2026-06-12T12:00:00+02:00", "deadline_tz": "Europe/Brussels"},
    ),
    (
        "Appel à projets « Culture et santé » 2026",
        "Calendrier prévisionnel :\n- lancement : 2 février\n- réunion d'information en ligne :"
        " 17 février\n- date limite de dépôt : 13 avril, 23h59\n- comité de sélection : juin\n"
        "- notification aux lauréats : juillet",
        "2026-02-02",
        {"kind": "call", "deadline": "2026-04-13T23:59:00+02:00", "deadline_tz": "Europe/Paris"},
    ),
    (
        "Wettbewerb „Digitale Orte 2026“",
        "Teilnahmeschluss ist Freitag, der 30.10.2026. Die Gewinner werden am 20.11.2026 im"
        " Rahmen einer Feier in Berlin ausgezeichnet.",
        None,
        {"kind": "call", "deadline": "2026-10-30", "event_start": "2026-11-20"},
    ),
    (
        "Convocatoria 2026 de Ayudas a Proyectos de I+D",
        "Plazo de presentación: del 10 de febrero al 10 de marzo de 2026 a las 14:00 horas."
        " Periodo de ejecución de los proyectos: 1 de enero de 2027 a 31 de diciembre de 2029.",
        None,
        {"kind": "call", "deadline": "2026-03-10T14:00:00+01:00", "deadline_tz": "Europe/Madrid"},
    ),
    (
        "Webinar: Open Access publishing in Horizon Europe",
        "When: 26 March 2026, 11:00-12:30 (CET)\nWhere: online (Zoom)\nRegistration deadline:"
        " 24 March 2026",
        None,
        {"kind": "event", "deadline": "2026-03-24", "event_start": "2026-03-26"},
    ),
    (
        "Call for nominations: Young Scientist Award 2026",
        "Nominations should be sent no later than 31 January 2026 (5pm Eastern). The award will"
        " be presented at the annual meeting in Chicago, April 22–25, 2026.",
        None,
        {
            "kind": "call",
            "deadline": "2026-01-31T17:00:00-05:00",
            "deadline_tz": "America/New_York",
            "event_start": None,
            "event_end": None,
        },
    ),
    (
        "Avviso pubblico per la selezione di esperti valutatori",
        "Le candidature devono essere trasmesse via PEC entro le ore 23:59 di lunedì 16"
        " febbraio 2026. L'elenco degli esperti sarà pubblicato entro il 31 marzo 2026.",
        None,
        {"kind": "call", "deadline": "2026-02-16T23:59:00+01:00", "deadline_tz": "Europe/Rome"},
    ),
    (
        "Conférence européenne sur les clusters – inscriptions ouvertes",
        "La conférence aura lieu les 9 et 10 juin 2026 à Strasbourg. Inscription gratuite mais"
        " obligatoire avant le 29 mai 2026, 18h.",
        None,
        {
            "kind": "event",
            "deadline": "2026-05-29T18:00:00+02:00",
            "deadline_tz": "Europe/Paris",
            "event_start": "2026-06-09",
            "event_end": "2026-06-10",
        },
    ),
    (
        "EIT Food Accelerator Network 2026: applications open",
        "Start-ups can apply until 18 February 2026 at 23:59 CET. The four-month programme runs"
        " from May to August 2026; the demo day takes place on 10 September 2026 in Munich.",
        None,
        {
            "kind": "call",
            "deadline": "2026-02-18T23:59:00+01:00",
            "deadline_tz": "Europe/Brussels",
            "event_start": "2026-09-10",
        },
    ),
    (
        "Ausschreibung: Stipendien für Promovierende",
        "Bewerbungszeitraum: 01.03.–15.04.2026. Die Auswahlgespräche finden im Juni statt;"
        " Förderbeginn ist der 01.10.2026.",
        None,
        {"kind": "call", "deadline": "2026-04-15"},
    ),
    (
        "Call for Papers – Journal of Regional Studies special issue",
        "Extended abstracts (1,000 words) are due on 15 April 2026. Authors will be notified by"
        " 15 May; full papers are expected by 30 September 2026.",
        "2026-02-01",
        {"kind": "call", "deadline": "2026-04-15"},
    ),
    (
        "Jornadas de Innovación Agroalimentaria 2026",
        "Las jornadas se celebrarán los días 21 y 22 de mayo de 2026 en Valladolid. La"
        " inscripción, gratuita, se cierra el 14 de mayo a las 15:00.",
        "2026-04-10",
        {
            "kind": "event",
            "deadline": "2026-05-14T15:00:00+02:00",
            "deadline_tz": "Europe/Madrid",
            "event_start": "2026-05-21",
            "event_end": "2026-05-22",
        },
    ),
    (
        "NSF Dear Colleague Letter: Supplements for Research Experiences",
        "Supplement requests should be submitted by May 1, 2026 (5 p.m. submitter's local"
        " time). Requests received after that date will be considered as funds allow.",
        None,
        {"kind": "call", "deadline": "2026-05-01"},
    ),
    (
        "Highlights: Cluster Excellence Days 2025",
        "On 3–4 December 2025, more than 200 cluster managers gathered in Tallinn. The recordings"
        " are available online. The next edition will be held in autumn 2026.",
        "2025-12-10",
        {"kind": "news", "event_start": "2025-12-03", "event_end": "2025-12-04"},
    ),
]

KNOWN_MISSES["Call for Applications: Data Stewardship Training 2026"] = (
    "kind: a title that asks for applications and names a training only weakly is read as a"
    " call; calls for training networks (MSCA) say 'training programme' too"
)
KNOWN_MISSES["Wettbewerb „Digitale Orte 2026“"] = (
    "event_start: an award 'im Rahmen einer Feier' with no verb of happening is not read as the"
    " call's event (an earlier batch labels a ceremony told so as none)"
)

# A twenty-eighth batch (zones in words, windows, cut-offs), scored once before any rule was
# changed for it: 10/15 right; misses: Central European time named in Italian, German and Spanish
# words, a short German text read as English (its time left without a zone), 'L'appel est ouvert
# du 6 janvier au 17 mars' not read as a window, and a final closing in 2027 taken before the
# first cut-off in 2026.
UNSEEN += [
    (
        "Bando Smart Cities 2026",
        "Le proposte vanno inviate entro le 17:00 (ora dell'Europa centrale) del 22 aprile 2026.",
        None,
        {"kind": "call", "deadline": "2026-04-22T17:00:00+02:00", "deadline_tz": "Europe/Brussels"},
    ),
    (
        "Förderaufruf Klimaanpassung",
        "Projektskizzen können bis zum 30. April 2026, 12 Uhr mitteleuropäischer Sommerzeit,"
        " eingereicht werden.",
        None,
        {"kind": "call", "deadline": "2026-04-30T12:00:00+02:00", "deadline_tz": "Europe/Brussels"},
    ),
    (
        "Convocatoria internacional de residencias 2026",
        "Fecha límite: 15 de marzo de 2026 a las 23:59 (hora central europea).",
        None,
        {"kind": "call", "deadline": "2026-03-15T23:59:00+01:00", "deadline_tz": "Europe/Brussels"},
    ),
    (
        "Call for Proposals: Great Lakes Restoration Grants",
        "Proposals are due by 11:59 p.m. Central Time on June 5, 2026. Webinar for applicants:"
        " April 14, 2026.",
        None,
        {"kind": "call", "deadline": "2026-06-05T23:59:00-05:00", "deadline_tz": "America/Chicago"},
    ),
    (
        "Appel à candidatures – Programme Jeunes Chercheurs (Québec)",
        "Les dossiers doivent être déposés au plus tard le 2 février 2026 à 16 h (heure de l'Est).",
        None,
        {"kind": "call", "deadline": "2026-02-02T16:00:00-05:00", "deadline_tz": "America/Toronto"},
    ),
    (
        "Call for Papers: Asia-Pacific Conference on Smart Grids",
        "Submission deadline: 20 May 2026, 23:59 UTC+08:00. The conference takes place"
        " 9–11 November 2026 in Singapore.",
        None,
        {
            "kind": "call",
            "deadline": "2026-05-20T23:59:00+08:00",
            "deadline_tz": "Etc/GMT-8",
            "event_start": "2026-11-09",
            "event_end": "2026-11-11",
        },
    ),
    (
        "Open Call: Creative Residencies at Sea",
        "Deadline: 1 March 2026, midnight CET. Residencies take place between June and"
        " September 2026.",
        None,
        {"kind": "call", "deadline": "2026-03-01T23:59:00+01:00", "deadline_tz": "Europe/Brussels"},
    ),
    (
        "Summer Institute in Computational Social Science 2026",
        "The institute will be held June 29 – July 10, 2026. Applications are due February 20,"
        " 2026.",
        None,
        {
            "kind": "course",
            "deadline": "2026-02-20",
            "event_start": "2026-06-29",
            "event_end": "2026-07-10",
        },
    ),
    (
        "Workshop on Federated Learning (FL-Health 2026)",
        "Join us Oct 5th-7th, 2026 at the University of Zurich for three days of talks and"
        " tutorials. Registration closes Sept 25.",
        "2026-07-01",
        {
            "kind": "event",
            "deadline": "2026-09-25",
            "event_start": "2026-10-05",
            "event_end": "2026-10-07",
        },
    ),
    (
        "Settimana europea della programmazione",
        "Lunedì 12 ottobre 2026 si apre a Bari la settimana del coding con laboratori per le"
        " scuole. Iscrizioni delle classi entro venerdì 2 ottobre.",
        "2026-09-10",
        {"kind": "event", "deadline": "2026-10-02", "event_start": "2026-10-12"},
    ),
    (
        "Call for expressions of interest – evaluators for the Innovation Fund",
        "Expressions of interest can be submitted at any time until 31 December 2027. The list"
        " is used for evaluations from 2026 to 2027. The first cut-off for selection is"
        " 15 March 2026.",
        "2026-01-05",
        {"kind": "call", "deadline": "2026-03-15"},
    ),
    (
        "Appel à projets : Recherche participative 2026",
        "L'appel est ouvert du 6 janvier au 17 mars 2026 (13h, heure de Paris). Les projets"
        " démarreront au plus tôt le 1er septembre 2026.",
        None,
        {"kind": "call", "deadline": "2026-03-17T13:00:00+01:00", "deadline_tz": "Europe/Paris"},
    ),
    (
        "ICT Proposers' Day 2026",
        "The ICT Proposers' Day will take place on 24-25 September 2026 in Bratislava. Online"
        " registration is open until 10 September 2026 or until the venue is full.",
        None,
        {
            "kind": "event",
            "deadline": "2026-09-10",
            "event_start": "2026-09-24",
            "event_end": "2026-09-25",
        },
    ),
    (
        "Convocatoria Startups Agro 2026: resolución",
        "La convocatoria cerró el 15 de enero de 2026. Se presentaron 143 candidaturas y la"
        " comisión de evaluación se reunió el 10 de febrero.",
        "2026-02-20",
        {"kind": "news", "deadline": "2026-01-15"},
    ),
    (
        "Call for Participants: Youth Climate Summit",
        "The summit is scheduled for 14-16 August 2026 in Oslo. Applications must be received"
        " by 10 May 2026, 23:59 (UTC+2).",
        None,
        {
            "kind": "call",
            "deadline": "2026-05-10T23:59:00+02:00",
            "deadline_tz": "Etc/GMT-2",
            "event_start": "2026-08-14",
            "event_end": "2026-08-16",
        },
    ),
]

# A twenty-ninth batch (event dates among other dates), scored once before any rule was changed
# for it: 10/12 right; misses: 'El encuentro tendrá lugar el' scored as a limit ('entro' was read
# inside 'encuentro'), and a 'Netzwerktreffen' asking 'melden Sie sich bis ... an' read as a call.
UNSEEN += [
    (
        "2nd International Workshop on Circular Textiles",
        "Full papers due: June 12, 2026. The workshop will be held in Prato, Italy, on"
        " September 17-18, 2026, alongside the Textile Innovation Fair.",
        None,
        {
            "kind": "call",
            "deadline": "2026-06-12",
            "event_start": "2026-09-17",
            "event_end": "2026-09-18",
        },
    ),
    (
        "Innovation Days 2026 in Graz",
        "From May 5–7, 2026, the Innovation Days bring together researchers and companies in"
        " Graz. The programme committee met on 10 February to select the sessions.",
        "2026-03-01",
        {"kind": "event", "event_start": "2026-05-05", "event_end": "2026-05-07"},
    ),
    (
        "Corso di alta formazione in Europrogettazione",
        "Il corso si svolgerà dal 9 al 27 novembre 2026 a Roma. Le candidature vanno inviate"
        " entro il 15 ottobre; l'esito della selezione sarà comunicato entro il 30 ottobre.",
        "2026-09-01",
        {
            "kind": "course",
            "deadline": "2026-10-15",
            "event_start": "2026-11-09",
            "event_end": "2026-11-27",
        },
    ),
    (
        "Semaine de l'industrie 2026 : appel à labellisation",
        "Les organisateurs d'événements peuvent demander le label jusqu'au 20 février 2026. La"
        " Semaine se déroulera du 23 au 29 mars 2026 partout en France.",
        None,
        {
            "kind": "call",
            "deadline": "2026-02-20",
            "event_start": "2026-03-23",
            "event_end": "2026-03-29",
        },
    ),
    (
        "Netzwerktreffen Wasserstoff Nord",
        "Am Donnerstag, 11. Juni 2026, trifft sich das Netzwerk in Rostock. Der Lenkungskreis"
        " tagt bereits am 10. Juni. Bitte melden Sie sich bis zum 1. Juni an.",
        None,
        {"kind": "event", "deadline": "2026-06-01", "event_start": "2026-06-11"},
    ),
    (
        "Encuentro Empresarial Hispano-Luso 2026",
        "El encuentro tendrá lugar el 3 de junio de 2026 en Badajoz. Las empresas participantes"
        " recibirán la agenda de reuniones el 28 de mayo. Inscripción hasta el 20 de mayo.",
        "2026-04-15",
        {"kind": "event", "deadline": "2026-05-20", "event_start": "2026-06-03"},
    ),
    (
        "Research Software Engineering Conference (RSECon26)",
        "RSECon26 runs 8–10 September 2026 in Warwick. Talk proposals were due 13 March; ticket"
        " sales close 24 August 2026.",
        "2026-04-02",
        {
            "kind": "event",
            "deadline": "2026-08-24",
            "event_start": "2026-09-08",
            "event_end": "2026-09-10",
        },
    ),
    (
        "Convegno: Intelligenza artificiale e pubblica amministrazione",
        "Mercoledì 21 gennaio 2026, dalle 9.30 alle 13.00, Sala Zuccari, Palazzo Giustiniani,"
        " Roma. Accredito entro lunedì 19 gennaio.",
        "2026-01-08",
        {"kind": "event", "deadline": "2026-01-19", "event_start": "2026-01-21"},
    ),
    (
        "EU Sustainable Energy Week 2026 – call for sessions",
        "Organisations can propose policy sessions until 5 February 2026, 23:59 CET. The"
        " Commission will decide on the programme by 15 March. EUSEW will take place"
        " 9-11 June 2026.",
        None,
        {
            "kind": "call",
            "deadline": "2026-02-05T23:59:00+01:00",
            "deadline_tz": "Europe/Brussels",
            "event_start": "2026-06-09",
            "event_end": "2026-06-11",
        },
    ),
    (
        "Review: the 2025 Open Science Fair",
        "The fair, held in Thessaloniki from 22 to 24 September 2025, welcomed 600 people. The"
        " call for the 2026 edition will open in January.",
        "2025-10-30",
        {"kind": "news", "event_start": "2025-09-22", "event_end": "2025-09-24"},
    ),
    (
        "Winter School on Energy Communities",
        "Dates: 1–5 February 2027. Location: Ljubljana. Application deadline: 15 November 2026."
        " Successful applicants will receive a confirmation e-mail by 1 December 2026.",
        None,
        {
            "kind": "course",
            "deadline": "2026-11-15",
            "event_start": "2027-02-01",
            "event_end": "2027-02-05",
        },
    ),
    (
        "Matchmaking event: Blue Economy B2B",
        "Meet potential partners on 14 April 2026 in Gdańsk. Registration is open from"
        " 2 February until 31 March 2026; bilateral meetings can be booked until 10 April.",
        None,
        {"kind": "event", "deadline": "2026-03-31", "event_start": "2026-04-14"},
    ),
]

# A thirtieth batch (pages with labels, stamps and publication dates), scored once before any rule
# was changed for it: 8/12 right; misses: 'Planned opening date:' read as an event's date, 'Die
# Unterlagen müssen spätestens am ... vorliegen' not read as a deadline, 'the European Cluster
# Conference, 20–22 October 2026' taken as the deadline, and 'fino alle ore 17:00 del' not read as
# the end of a window.
UNSEEN += [
    (
        "HORIZON-CL5-2026-D3-01-05: Next-generation solar cells",
        "Call status: Forthcoming\nPlanned opening date: 6 May 2026\nDeadline model: single-stage\n"
        "Deadline date: 17 September 2026 17:00:00 Brussels time",
        "2026-04-20",
        {"kind": "call", "deadline": "2026-09-17T17:00:00+02:00", "deadline_tz": "Europe/Brussels"},
    ),
    (
        "Innovationswettbewerb Gesundheitswirtschaft",
        "Stand: 12.01.2026\nDas Ministerium ruft Unternehmen zur Teilnahme auf. Die Unterlagen"
        " müssen spätestens am 27.02.2026 beim Projektträger vorliegen.",
        None,
        {"kind": "call", "deadline": "2026-02-27"},
    ),
    (
        "Call for Abstracts – European Cluster Conference 2026",
        "Posted on 9 January 2026 by the secretariat.\nWe invite abstracts for the European"
        " Cluster Conference, 20–22 October 2026, Copenhagen. Abstracts (300 words) by 31 March"
        " 2026.",
        None,
        {
            "kind": "call",
            "deadline": "2026-03-31",
            "event_start": "2026-10-20",
            "event_end": "2026-10-22",
        },
    ),
    (
        "Appel à projets régional « Innovation en santé »",
        "Mis à jour le 3 février 2026. Les dossiers complets doivent parvenir à la Région au"
        " plus tard le lundi 30 mars 2026 à minuit.",
        None,
        {"kind": "call", "deadline": "2026-03-30T23:59:00+02:00", "deadline_tz": "Europe/Paris"},
    ),
    (
        "Convocatoria de Ayudas Cervera 2026",
        "Submission session: 03/02/2026 – 15/04/2026. Las solicitudes se presentarán a través"
        " de la sede electrónica.",
        None,
        {"kind": "call", "deadline": "2026-04-15"},
    ),
    (
        "Bando «Impresa Donna» 2026",
        "Data di pubblicazione: 12/01/2026. Le domande potranno essere presentate dalle ore"
        " 10:00 del 2 febbraio 2026 fino alle ore 17:00 del 31 marzo 2026.",
        None,
        {"kind": "call", "deadline": "2026-03-31T17:00:00+02:00", "deadline_tz": "Europe/Rome"},
    ),
    (
        "Call for Papers: SMART-CITIES 2026",
        "Important dates: Submission deadline: April 10, 2026 (extended from March 27, 2026)."
        " Notification: May 20, 2026. Conference: July 7–9, 2026, Lisbon.",
        None,
        {
            "kind": "call",
            "deadline": "2026-04-10",
            "event_start": "2026-07-07",
            "event_end": "2026-07-09",
        },
    ),
    (
        "Forum régional de l'emploi – inscriptions",
        "Le forum se tiendra le jeudi 4 juin 2026 de 9h à 17h au Parc des expositions de Caen."
        " Les exposants doivent s'inscrire avant le 15 mai à 12h.",
        "2026-03-20",
        {
            "kind": "event",
            "deadline": "2026-05-15T12:00:00+02:00",
            "deadline_tz": "Europe/Paris",
            "event_start": "2026-06-04",
        },
    ),
    (
        "Call for Experts: Policy Support Facility",
        "The call is permanently open. Applications are reviewed on a rolling basis; the next"
        " review dates are 15 January 2026, 15 April 2026 and 15 July 2026.",
        "2026-02-01",
        {"kind": "call", "deadline": "2026-04-15"},
    ),
    (
        "Deadline extension: Digital Europe call on cybersecurity",
        "The deadline of the DIGITAL-ECCC-2026-DEPLOY call has been extended. New deadline: 3 June"
        " 2026, 17:00 CEST (previous deadline: 20 May 2026).",
        None,
        {
            "kind": "extension",
            "deadline": "2026-06-03T17:00:00+02:00",
            "deadline_tz": "Europe/Brussels",
        },
    ),
    (
        "Abierta la convocatoria de Proyectos Estratégicos 2026",
        "El plazo para presentar solicitudes comenzará el 1 de abril y finalizará el 30 de"
        " abril de 2026 a las 15:00 horas, hora peninsular.",
        "2026-03-15",
        {"kind": "call", "deadline": "2026-04-30T15:00:00+02:00", "deadline_tz": "Europe/Madrid"},
    ),
    (
        "Kick-off of the Cluster Excellence Programme – registration",
        "The kick-off meeting takes place on 3 February 2026 (10:00–16:00 CET) in Brussels and"
        " online. Please register before 27 January 2026.",
        None,
        {"kind": "event", "deadline": "2026-01-27", "event_start": "2026-02-03"},
    ),
]

# A thirty-first batch (tables, extensions, timelines, courses), scored once before any rule was
# changed for it: 9/12 right; misses: 'que finalizaba el 28 de febrero, hasta el 14 de marzo' (a
# range whose first date was the old one) left without a deadline, 'EuroVis 2026: June 8 - 12'
# in a call's timeline not read as its event, and a certificate course read as a call.
UNSEEN += [
    (
        "Termine der Förderrunde 2026",
        "Phase | Skizzen | Vollanträge | Entscheidung\nFrist | 16.03.2026 | 15.06.2026 |"
        " 30.09.2026",
        "2026-01-20",
        {"kind": "call", "deadline": "2026-03-16"},
    ),
    (
        "Appel à candidatures – Programme Ambition Export",
        "Étapes | Dates\nOuverture des candidatures | 5 janvier 2026\nDate limite de candidature |"
        " 6 février 2026\nJury | 10 mars 2026",
        None,
        {"kind": "call", "deadline": "2026-02-06"},
    ),
    (
        "Ampliación del plazo: Premios a la Innovación Social",
        "Se amplía el plazo de presentación de candidaturas, que finalizaba el 28 de febrero,"
        " hasta el 14 de marzo de 2026.",
        "2026-02-25",
        {"kind": "extension", "deadline": "2026-03-14"},
    ),
    (
        "Report prolongé : appel à projets Mobilités rurales",
        "En raison de nombreuses demandes, la date de clôture de l'appel à projets est repoussée"
        " du 13 mars au 3 avril 2026, 12h00.",
        None,
        {
            "kind": "extension",
            "deadline": "2026-04-03T12:00:00+02:00",
            "deadline_tz": "Europe/Paris",
        },
    ),
    (
        "Frist für Zwischenberichte",
        "Die Einreichungsfrist für Skizzen endete am 15. Januar 2026. Es gingen 87 Skizzen ein,"
        " 20 wurden zur Antragstellung aufgefordert.",
        "2026-03-01",
        {"kind": "news", "deadline": "2026-01-15"},
    ),
    (
        "Programma della Settimana della Scienza",
        "Programma:\n- lunedì 6 aprile: apertura con il sindaco\n- mercoledì 8 aprile:"
        " laboratori per le scuole\n- venerdì 10 aprile: notte dei ricercatori. Prenotazione"
        " obbligatoria entro il 2 aprile.",
        "2026-03-10",
        {
            "kind": "event",
            "deadline": "2026-04-02",
            "event_start": "2026-04-06",
            "event_end": "2026-04-10",
        },
    ),
    (
        "Call for Tutorials: EuroVis 2026",
        "Tutorial proposals: January 30, 2026\nAcceptance notification: February 20, 2026\n"
        "EuroVis 2026: June 8 - 12, 2026, Vienna, Austria",
        None,
        {
            "kind": "call",
            "deadline": "2026-01-30",
            "event_start": "2026-06-08",
            "event_end": "2026-06-12",
        },
    ),
    (
        "Certificate in Sustainable Finance – autumn intake",
        "Classes run on Tuesdays from 6 October to 8 December 2026. Early applications (by"
        " 15 June) receive a 10% discount; the final application deadline is 31 August 2026.",
        None,
        {
            "kind": "course",
            "deadline": "2026-08-31",
            "event_start": "2026-10-06",
            "event_end": "2026-12-08",
        },
    ),
    (
        "Borse di studio per la Scuola estiva di Urbino",
        "La scuola si terrà dal 20 al 31 luglio 2026. Scadenza per le domande di borsa: 15"
        " maggio 2026, ore 13.",
        None,
        # (grants for those who attend a school fund people for something else: a call, as the
        # dev file labels 'bourses de congrès'; this case expected a course until round 38)
        {
            "kind": "call",
            "deadline": "2026-05-15T13:00:00+02:00",
            "deadline_tz": "Europe/Rome",
        },
    ),
    (
        "Call for Proposals – Culture Moves Europe, round 3",
        "Mobility grants for artists. Round 3 opens on 1 October 2026 and closes on 30 November"
        " 2026 at 14:00 CET. Mobilities must take place between 1 March and 31 December 2027.",
        "2026-09-15",
        {"kind": "call", "deadline": "2026-11-30T14:00:00+01:00", "deadline_tz": "Europe/Brussels"},
    ),
    (
        "Data Science Bootcamp – Spring 2026",
        "Our 12-week bootcamp starts on 16 March 2026 in Barcelona. Apply by February 27, 2026."
        " Interviews are held on a rolling basis.",
        None,
        {"kind": "course", "deadline": "2026-02-27", "event_start": "2026-03-16"},
    ),
    (
        "Concorso di idee per la riqualificazione di Piazza Garibaldi",
        "Le proposte devono pervenire entro le ore 12:00 del 10/04/2026. La commissione"
        " giudicatrice si riunirà il 20/04/2026 e la cerimonia di premiazione si svolgerà"
        " il 15/05/2026.",
        None,
        {
            "kind": "call",
            "deadline": "2026-04-10T12:00:00+02:00",
            "deadline_tz": "Europe/Rome",
            "event_start": None,
        },
    ),
]

KNOWN_MISSES["Certificate in Sustainable Finance – autumn intake"] = (
    "kind: 'Certificate in', 'Classes run', 'intake' are no course words; 'application deadline'"
    " makes it a call"
)

# A thirty-second batch (times and zones written every way), scored once before any rule was
# changed for it: 10/12 right; misses: a page titled by its programme, with 'Deadline:' and
# 'Information day:' lines, read as the info day's event (its deadline dropped as after it),
# and a call's 'Jurysitzungen finden am 15.04. und am 14.10. statt' read as its event.
UNSEEN += [
    (
        "Call for Proposals: Regional Data Hubs",
        "Proposals must be submitted by 12 PM (noon) Brussels time on 14 July 2026.",
        None,
        {"kind": "call", "deadline": "2026-07-14T12:00:00+02:00", "deadline_tz": "Europe/Brussels"},
    ),
    (
        "Appel à projets « Forêts résilientes »",
        "Les candidatures sont reçues jusqu'au 25 mars 2026 minuit inclus.",
        None,
        {"kind": "call", "deadline": "2026-03-25T23:59:00+01:00", "deadline_tz": "Europe/Paris"},
    ),
    (
        "Ausschreibung Kulturförderung 2027",
        "Anträge müssen bis 17.00 Uhr am 1. Oktober 2026 eingegangen sein.",
        None,
        {"kind": "call", "deadline": "2026-10-01T17:00:00+02:00", "deadline_tz": "Europe/Berlin"},
    ),
    (
        "Call for Abstracts: AGU Fall Meeting 2026",
        "Abstract submission closes 29 July 2026 at 11:59 P.M. EDT. The meeting will be held in"
        " San Francisco, 7–11 December 2026.",
        None,
        {
            "kind": "call",
            "deadline": "2026-07-29T23:59:00-04:00",
            "deadline_tz": "America/New_York",
            "event_start": "2026-12-07",
            "event_end": "2026-12-11",
        },
    ),
    (
        "Convocatoria Talento Joven 2026",
        "El plazo de solicitud estará abierto hasta las 14.00 h del 18 de junio de 2026.",
        None,
        {"kind": "call", "deadline": "2026-06-18T14:00:00+02:00", "deadline_tz": "Europe/Madrid"},
    ),
    (
        "Bando Premio Tesi di Laurea 2026",
        "Le candidature dovranno pervenire entro mezzogiorno del 30 settembre 2026.",
        None,
        {"kind": "call", "deadline": "2026-09-30T12:00:00+02:00", "deadline_tz": "Europe/Rome"},
    ),
    (
        "EIC Pathfinder Challenges 2026",
        "Deadline: 28 October 2026 – 17:00 (Brussels time). Information day: 3 June 2026, online.",
        "2026-05-10",
        {"kind": "call", "deadline": "2026-10-28T17:00:00+01:00", "deadline_tz": "Europe/Brussels"},
    ),
    (
        "Call for Lightning Talks – PyData Amsterdam 2026",
        "Submit your lightning talk by Sunday 13 September, 23:59 CEST. PyData Amsterdam takes"
        " place 24–26 September 2026.",
        "2026-08-20",
        {
            "kind": "call",
            "deadline": "2026-09-13T23:59:00+02:00",
            "deadline_tz": "Europe/Brussels",
            "event_start": "2026-09-24",
            "event_end": "2026-09-26",
        },
    ),
    (
        "Request for Proposals: Watershed Monitoring",
        "Responses are due no later than 4:00 p.m. (ET) on Thursday, November 19, 2026."
        " Questions may be submitted until November 5.",
        None,
        {
            "kind": "call",
            "deadline": "2026-11-19T16:00:00-05:00",
            "deadline_tz": "America/New_York",
        },
    ),
    (
        "Appel à projets – Sénégal numérique 2026",
        "Date limite de soumission : 15 mai 2026 à 18h00 GMT.",
        None,
        {"kind": "call", "deadline": "2026-05-15T18:00:00+00:00", "deadline_tz": "UTC"},
    ),
    (
        "Call for Papers: ACM Symposium on Cloud Computing",
        "Paper registration: May 1, 2026, 11:59 PM AoE. Full paper submission: May 8, 2026."
        " SoCC 2026 will take place November 2–4, 2026 in Seattle.",
        None,
        {
            "kind": "call",
            "deadline": "2026-05-01T23:59:00-12:00",
            "deadline_tz": "AoE",
            "event_start": "2026-11-02",
            "event_end": "2026-11-04",
        },
    ),
    (
        "Ausschreibung: Gründungsstipendium NRW",
        "Anträge können laufend gestellt werden. Die nächsten Jurysitzungen finden am 15.04.2026"
        " und am 14.10.2026 statt; Einreichungsschluss jeweils vier Wochen vorher.",
        "2026-02-01",
        {"kind": "call"},
    ),
]

# A thirty-third batch (English calls, windows, reports), scored once before any rule was changed
# for it: 6/10 right; misses: 'Fellows will be notified in June and start on 1 September' read as
# the call's event, and the three left below as known misses.
UNSEEN += [
    (
        "Call for Applications: Rural Innovation Fellows 2026",
        "Applications will be accepted from 1 March to 30 April 2026. Fellows will be notified in"
        " June and start on 1 September 2026.",
        None,
        {"kind": "call", "deadline": "2026-04-30"},
    ),
    (
        "Startup Europe Awards – last chance to apply",
        "You have until 5 May 2026 to apply. The winners will be celebrated at the awards night"
        " in Lisbon on 18 June 2026.",
        None,
        {"kind": "call", "deadline": "2026-05-05", "event_start": "2026-06-18"},
    ),
    (
        "Open call for pilot sites",
        "Submission period: 1–30 April 2026. Pilots are expected to run for 12 months from"
        " October 2026.",
        None,
        {"kind": "call", "deadline": "2026-04-30"},
    ),
    (
        "Climate-KIC Accelerator: call for start-ups",
        "The call will remain open until 22 January 2026 at 12:00 CET. Selected teams join the"
        " bootcamp on 9–11 March 2026 in Valencia.",
        None,
        {"kind": "call", "deadline": "2026-01-22T12:00:00+01:00", "deadline_tz": "Europe/Brussels"},
    ),
    (
        "Smart Cities Expo 2026: exhibitor registration",
        "The expo takes place on 17–19 November 2026 at Fira Gran Via, Barcelona. Exhibitor"
        " registration closes on 30 September 2026. Visitors can register until 16 November.",
        "2026-06-01",
        {
            "kind": "event",
            "deadline": "2026-09-30",
            "event_start": "2026-11-17",
            "event_end": "2026-11-19",
        },
    ),
    (
        "Outcome of the 2025 cluster mapping exercise",
        "The survey ran from 3 March to 30 April 2025 and gathered 1,200 responses. The final"
        " report was presented at the conference on 18 September 2025.",
        "2025-10-02",
        {"kind": "news", "deadline": "2025-04-30", "event_start": "2025-09-18"},
    ),
    (
        "Appel à projets 2026 – Transition agroécologique",
        "Ouverture : 15 janvier 2026. Date limite : 15 mars 2026. Instruction des dossiers :"
        " avril-mai 2026. Comité de programmation : 25 juin 2026.",
        None,
        {"kind": "call", "deadline": "2026-03-15"},
    ),
    (
        "Convocatoria de Innovación Abierta – Reto Movilidad",
        "Fase 1: presentación de ideas hasta el 20 de marzo de 2026. Fase 2: los finalistas"
        " presentarán sus prototipos en el Demo Day del 7 de mayo de 2026 en Bilbao.",
        None,
        {"kind": "call", "deadline": "2026-03-20", "event_start": "2026-05-07"},
    ),
    (
        "EU Green Week 2026 – partner events",
        "Register your partner event by 15 April 2026. EU Green Week runs from 2 to 5 June 2026,"
        " with the opening event in Brussels.",
        None,
        {
            "kind": "call",
            "deadline": "2026-04-15",
            "event_start": "2026-06-02",
            "event_end": "2026-06-05",
        },
    ),
    (
        "Scuola di dottorato: bando di ammissione XLII ciclo",
        "La domanda di ammissione va presentata entro il 10 giugno 2026 (ore 13:00). I corsi"
        " inizieranno il 1° novembre 2026.",
        None,
        {
            "kind": "course",
            "deadline": "2026-06-10T13:00:00+02:00",
            "deadline_tz": "Europe/Rome",
            "event_start": "2026-11-01",
        },
    ),
]

KNOWN_MISSES["Startup Europe Awards – last chance to apply"] = (
    "event_start: 'celebrated at the awards night ... on 18 June' names no verb of happening, so"
    " it is not read as the call's event"
)
KNOWN_MISSES["Outcome of the 2025 cluster mapping exercise"] = (
    "a survey's run ('ran from 3 March to 30 April') is read as the report's event, and 'presented"
    " at the conference' counts against the conference (a rule for awards presented at one)"
)
KNOWN_MISSES["EU Green Week 2026 – partner events"] = (
    "kind: 'Register your partner event by' asks organisers to apply, but reads as registering"
)

# A thirty-fourth batch (events and reports in five languages), scored once before any rule was
# changed for it: 6/10 right; misses: 'Da giovedì 21 a domenica 24 maggio' read as its last day
# alone, a report's 'Das nächste Forum findet am 11. März 2027 statt' taken as its event, 'Tarifa
# reducida hasta el 31 de julio' (an early rate) taken as the deadline, and a webinar series'
# last session a month on (kept as a known miss).
UNSEEN += [
    (
        "Tag der offenen Tür im Forschungszentrum",
        "Am Samstag, den 19. September 2026, öffnet das Forschungszentrum von 10 bis 17 Uhr seine"
        " Türen. Führungen für Gruppen bitte bis 4. September anmelden.",
        "2026-08-01",
        {"kind": "event", "deadline": "2026-09-04", "event_start": "2026-09-19"},
    ),
    (
        "Journée régionale de l'hydrogène",
        "Le 8 octobre 2026, de 9h à 17h, à l'Hôtel de Région de Lyon. Inscription gratuite,"
        " obligatoire avant le 1er octobre. Programme publié le 15 septembre.",
        "2026-07-10",
        {"kind": "event", "deadline": "2026-10-01", "event_start": "2026-10-08"},
    ),
    (
        "Semana de la Ciencia 2026 en Madrid",
        "Del 2 al 15 de noviembre de 2026 se celebra la Semana de la Ciencia. Los centros pueden"
        " inscribir sus actividades hasta el 18 de septiembre.",
        "2026-07-01",
        {
            "kind": "event",
            "deadline": "2026-09-18",
            "event_start": "2026-11-02",
            "event_end": "2026-11-15",
        },
    ),
    (
        "Festival dell'Innovazione: torna a Trento",
        "Da giovedì 21 a domenica 24 maggio 2026 il festival porta a Trento oltre cento ospiti."
        " Prenotazioni aperte dal 20 aprile.",
        "2026-04-02",
        {"kind": "event", "event_start": "2026-05-21", "event_end": "2026-05-24"},
    ),
    (
        "Rückblick: Innovationsforum Mittelstand 2026",
        "Rund 250 Teilnehmende kamen am 12. März 2026 nach Stuttgart. Das nächste Forum findet"
        " am 11. März 2027 statt.",
        "2026-03-20",
        {"kind": "news", "event_start": "2026-03-12"},
    ),
    (
        "Bilan du Salon des entrepreneurs 2026",
        "Les 4 et 5 février 2026, le salon a accueilli 18 000 visiteurs au Palais des Congrès."
        " Rendez-vous les 3 et 4 février 2027 pour la prochaine édition.",
        "2026-02-10",
        {"kind": "news", "event_start": "2026-02-04", "event_end": "2026-02-05"},
    ),
    (
        "Webinar series: Funding for cultural heritage",
        "Session 1: 14 January 2026, 15:00–16:00 CET. Session 2: 28 January 2026, 15:00–16:00"
        " CET. Session 3: 11 February 2026. Register once for all sessions by 12 January.",
        None,
        {
            "kind": "event",
            "deadline": "2026-01-12",
            "event_start": "2026-01-14",
            "event_end": "2026-02-11",
        },
    ),
    (
        "Save the date: Regional Innovation Summit, 2–3 December 2026",
        "Mark your calendars! The summit will bring together regions from across Europe in"
        " Porto. More details and registration will follow in September.",
        "2026-06-15",
        {"kind": "event", "event_start": "2026-12-02", "event_end": "2026-12-03"},
    ),
    (
        "Workshop «Finanziamenti europei per le PMI»",
        "Mercoledì 10 giugno 2026 dalle 14:30 alle 17:30 presso la Camera di Commercio di"
        " Bologna. Iscrizione online entro l'8 giugno alle ore 12.",
        "2026-05-20",
        {
            "kind": "event",
            "deadline": "2026-06-08T12:00:00+02:00",
            "deadline_tz": "Europe/Rome",
            "event_start": "2026-06-10",
        },
    ),
    (
        "Congreso Nacional de Bioeconomía: abierta la inscripción",
        "El congreso se celebrará en Sevilla los días 14, 15 y 16 de octubre de 2026. Tarifa"
        " reducida hasta el 31 de julio; inscripción general hasta el 5 de octubre.",
        "2026-05-12",
        {
            "kind": "event",
            "deadline": "2026-10-05",
            "event_start": "2026-10-14",
            "event_end": "2026-10-16",
        },
    ),
]

KNOWN_MISSES["Webinar series: Funding for cultural heritage"] = (
    "event_end: a series' last session four weeks after its first is beyond the two weeks in"
    " which later single dates are read as the same event's days"
)

# A thirty-fifth batch (instants written every way), scored once before any rule was changed for
# it: 8/10 right as first labelled; '31.10.2026, 24:00 Uhr' had been labelled as the date alone,
# against data/README.md (midnight is 23:59 of that day): relabelled, it was a third miss. The
# two kind misses are kept as known.
UNSEEN += [
    (
        "Call for Proposals: Baltic Sea Blue Growth",
        "Deadline: 15/03/2026 at 17:00 (CET). Proposals submitted after the deadline will not be"
        " considered.",
        None,
        {"kind": "call", "deadline": "2026-03-15T17:00:00+01:00", "deadline_tz": "Europe/Brussels"},
    ),
    (
        "Open Call for Artists – Light Festival 2026",
        "Submit your proposal before midnight (CET) on the 15th of March 2026. The festival runs"
        " from 10 to 14 November 2026 in Eindhoven.",
        None,
        {
            "kind": "call",
            "deadline": "2026-03-15T23:59:00+01:00",
            "deadline_tz": "Europe/Brussels",
            "event_start": "2026-11-10",
            "event_end": "2026-11-14",
        },
    ),
    (
        "Concours Jeunes Talents 2026",
        "Les dossiers sont à déposer avant le 2 avril 2026 à 12 heures. Aucun dossier ne sera"
        " accepté après cette date.",
        None,
        {"kind": "call", "deadline": "2026-04-02T12:00:00+02:00", "deadline_tz": "Europe/Paris"},
    ),
    (
        "Call for Data Challenges",
        "Submissions are accepted until 2026-04-30T23:59 UTC via the portal.",
        None,
        {"kind": "call", "deadline": "2026-04-30T23:59:00+00:00", "deadline_tz": "UTC"},
    ),
    (
        "Bando «Cultura digitale» – Regione Toscana",
        "Scadenza: h. 12.00 del 18/05/2026. Le domande incomplete saranno escluse.",
        None,
        {"kind": "call", "deadline": "2026-05-18T12:00:00+02:00", "deadline_tz": "Europe/Rome"},
    ),
    (
        "Call for applications: Lisbon Ocean Fellows",
        "Applications close on Mar. 15, 2026, 14h00 Lisbon time. Interviews take place in April.",
        None,
        {"kind": "call", "deadline": "2026-03-15T14:00:00+00:00", "deadline_tz": "Europe/Lisbon"},
    ),
    (
        "Förderprogramm „Kultur macht stark“ – Antragsrunde 2027",
        "Anträge für Maßnahmen im Jahr 2027 können vom 01.09.2026 bis zum 31.10.2026, 24:00 Uhr,"
        " gestellt werden.",
        None,
        {"kind": "call", "deadline": "2026-10-31T23:59:00+01:00", "deadline_tz": "Europe/Berlin"},
    ),
    (
        "Workshop: Writing a Marie Curie proposal",
        "A half-day workshop for postdocs on Thursday, April 9, 2026, 1–5 p.m. Eastern. Sign up"
        " by April 2.",
        None,
        {"kind": "event", "deadline": "2026-04-02", "event_start": "2026-04-09"},
    ),
    (
        "Ayudas para la contratación de personal técnico de apoyo 2026",
        "Plazo de presentación de solicitudes: desde el día siguiente a la publicación del"
        " extracto en el BOE hasta el 26 de mayo de 2026 a las 14:00 horas (hora peninsular).",
        None,
        {"kind": "call", "deadline": "2026-05-26T14:00:00+02:00", "deadline_tz": "Europe/Madrid"},
    ),
    (
        "Call for Short Courses – Summer Academy 2026",
        "Lecturers may propose short courses until 30 January 2026. The academy takes place from"
        " 6 to 17 July 2026 in Ghent; accepted lecturers are informed by 28 February.",
        None,
        {
            "kind": "call",
            "deadline": "2026-01-30",
            "event_start": "2026-07-06",
            "event_end": "2026-07-17",
        },
    ),
]


# A thirty-sixth batch, scored once before any rule was changed for it: 5/8 right; misses: a
# call whose dates carry no cue but a time ('Key action 1: 19 February 2026, 12:00 (midday
# Brussels time)') left without a deadline, 'les inscriptions ouvriront le 5 octobre' taken as
# the deadline, and 'se desarrollará del 20 al 24 de abril' not read as happening.
UNSEEN += [
    (
        "Premio Regionale per l'Innovazione 2026",
        "Le candidature si chiudono venerdì 27 marzo 2026 alle 12:00. La cerimonia di"
        " premiazione si terrà a Torino il 14 maggio 2026.",
        None,
        {
            "kind": "call",
            "deadline": "2026-03-27T12:00:00+01:00",
            "deadline_tz": "Europe/Rome",
            "event_start": None,
        },
    ),
    (
        "Calls for proposals – Erasmus+ Youth 2026",
        "Key action 1: 19 February 2026, 12:00 (midday Brussels time). Key action 2: 5 March"
        " 2026, 12:00 (midday Brussels time). Round 2: 1 October 2026.",
        "2026-01-10",
        {"kind": "call", "deadline": "2026-02-19T12:00:00+01:00", "deadline_tz": "Europe/Brussels"},
    ),
    (
        "Aufruf: Reallabore der Energiewende",
        "Stichtag für die Einreichung von Projektskizzen ist der 15. April 2026. Die"
        " Projektlaufzeit beträgt bis zu drei Jahre ab dem 1. Januar 2027.",
        None,
        {"kind": "call", "deadline": "2026-04-15"},
    ),
    (
        "Conférence annuelle des pôles de compétitivité",
        "Rendez-vous le mardi 17 novembre 2026 à Paris. Le programme sera publié le 1er octobre"
        " et les inscriptions ouvriront le 5 octobre.",
        "2026-09-01",
        {"kind": "event", "event_start": "2026-11-17"},
    ),
    (
        "Convocatoria abierta: Laboratorio de Innovación Ciudadana",
        "Plazo: hasta el lunes 16 de marzo, a las 23:59 (hora de Madrid). El laboratorio se"
        " desarrollará del 20 al 24 de abril en Medialab.",
        "2026-02-10",
        {
            "kind": "call",
            "deadline": "2026-03-16T23:59:00+01:00",
            "deadline_tz": "Europe/Madrid",
            "event_start": "2026-04-20",
            "event_end": "2026-04-24",
        },
    ),
    (
        "Nominations open: European Capital of Innovation 2026",
        "Cities can apply until 2 July 2026, 17:00 CEST. The award ceremony will take place at"
        " the European Innovation Council Summit in November.",
        None,
        {"kind": "call", "deadline": "2026-07-02T17:00:00+02:00", "deadline_tz": "Europe/Brussels"},
    ),
    (
        "Winter school: Quantum Computing for Chemists",
        "From 18 to 22 January 2027 at CERN, Geneva. Apply before 1 November 2026; fee waivers"
        " can be requested until 15 October 2026.",
        None,
        {
            "kind": "course",
            "deadline": "2026-11-01",
            "event_start": "2027-01-18",
            "event_end": "2027-01-22",
        },
    ),
    (
        "Kick-off: new Interreg project CircularPorts",
        "The project started on 1 January 2026 and runs until December 2028. Partners met in"
        " Rotterdam on 20–21 January 2026 for the kick-off meeting.",
        "2026-02-05",
        {"kind": "news", "event_start": "2026-01-20", "event_end": "2026-01-21"},
    ),
]

# A thirty-seventh batch (numeric ranges, courses, events), scored once before any rule was
# changed for it: 5/8 right as first labelled; misses: 'Du 14 au 16/10/2026' read as its last
# day (and a 'Séminaire' not as an event), and '48 hours of coding on 23-24 May' scored against
# the hackathon ('coding' was a timeline's 'Coding:' label). A report's 'candidatures ...
# ouvertes jusqu'au 30 avril' had been labelled without a deadline, against data/README.md
# (the last moment to apply that the text states): relabelled, it was read right.
UNSEEN += [
    (
        "Fachkongress Digitale Gesundheit",
        "Termin: 14.–16.10.2026, Messe Essen. Frühbucherrabatt bis 31.07.2026, Anmeldeschluss"
        " 30.09.2026.",
        None,
        {
            "kind": "event",
            "deadline": "2026-09-30",
            "event_start": "2026-10-14",
            "event_end": "2026-10-16",
        },
    ),
    (
        "Workshop Kreislaufwirtschaft im Handwerk",
        "Mi., 11.03.2026, 09:00–13:00 Uhr, Handwerkskammer Hannover. Anmeldung bis Fr.,"
        " 06.03.2026.",
        None,
        {"kind": "event", "deadline": "2026-03-06", "event_start": "2026-03-11"},
    ),
    (
        "Séminaire « Financer l'innovation »",
        "Du 14 au 16/10/2026 à Bordeaux. Inscriptions jusqu'au 30/09/2026.",
        None,
        {
            "kind": "event",
            "deadline": "2026-09-30",
            "event_start": "2026-10-14",
            "event_end": "2026-10-16",
        },
    ),
    (
        "Curso de especialización en Economía Circular",
        "Período de matrícula: del 1 al 30 de septiembre de 2026. Fechas del curso: del 19 de"
        " octubre al 18 de diciembre de 2026.",
        None,
        {
            "kind": "course",
            "deadline": "2026-09-30",
            "event_start": "2026-10-19",
            "event_end": "2026-12-18",
        },
    ),
    (
        "Corso di formazione per innovation manager",
        "Il corso (60 ore) si terrà nei giorni 6, 13, 20 e 27 novembre 2026 a Firenze. Iscrizioni"
        " dal 1° settembre al 15 ottobre 2026.",
        None,
        {
            "kind": "course",
            "deadline": "2026-10-15",
            "event_start": "2026-11-06",
            "event_end": "2026-11-27",
        },
    ),
    (
        "Hackathon Open Data 2026 – 2nd edition",
        "48 hours of coding on 23-24 May 2026 at the Impact Hub Vienna. Teams of 3–5 people can"
        " register until 15 May 2026 (max. 20 teams).",
        None,
        {
            "kind": "event",
            "deadline": "2026-05-15",
            "event_start": "2026-05-23",
            "event_end": "2026-05-24",
        },
    ),
    (
        "Retour sur le Forum Entreprendre au féminin",
        "Le 6 mars 2026, 400 participantes se sont retrouvées à Marseille. Les candidatures pour"
        " le programme d'accompagnement sont ouvertes jusqu'au 30 avril 2026.",
        "2026-03-12",
        {"kind": "news", "deadline": "2026-04-30", "event_start": "2026-03-06"},
    ),
    (
        "Innovation Camp on Smart Villages",
        "The camp will take place on 9–10 June 2026 in Evora, Portugal. Participants should"
        " register by 25 May. A preparatory webinar is scheduled for 2 June 2026.",
        None,
        {
            "kind": "event",
            "deadline": "2026-05-25",
            "event_start": "2026-06-09",
            "event_end": "2026-06-10",
        },
    ),
]

# A thirty-eighth batch (old and new dates, publication dates, project run times), scored once:
# 8/8 right.
UNSEEN += [
    (
        "Fristverlängerung: Förderaufruf Wasserstoffregionen",
        "Frist: neu 15.05.2026 (bisher 30.04.2026). Alle übrigen Bedingungen bleiben unverändert.",
        None,
        {"kind": "extension", "deadline": "2026-05-15"},
    ),
    (
        "Appel à projets Tourisme durable : report de la date limite",
        "La date limite passe du 3 au 17 mars 2026, 12h.",
        None,
        {
            "kind": "extension",
            "deadline": "2026-03-17T12:00:00+01:00",
            "deadline_tz": "Europe/Paris",
        },
    ),
    (
        "Deadline postponed – Call for Urban Pilots",
        "The deadline has been postponed by two weeks to 17 March 2026 (17:00 CET), instead of"
        " 3 March 2026.",
        None,
        {
            "kind": "extension",
            "deadline": "2026-03-17T17:00:00+01:00",
            "deadline_tz": "Europe/Brussels",
        },
    ),
    (
        "Convocatoria de ayudas a la I+D empresarial 2026",
        "Publicado el 3 de febrero de 2026 en el BOE. Plazo de solicitud: hasta el 3 de marzo de"
        " 2026.",
        None,
        {"kind": "call", "deadline": "2026-03-03"},
    ),
    (
        "Bando per la valorizzazione dei borghi",
        "Pubblicato il 12 gennaio 2026. Le domande possono essere inviate fino al 27 febbraio 2026."
        " I progetti dovranno concludersi entro il 31 dicembre 2027.",
        None,
        {"kind": "call", "deadline": "2026-02-27"},
    ),
    (
        "New deadline for the Twinning call",
        "New deadline: 22 April 2026 at 17:00 Brussels time (was: 8 April 2026).",
        None,
        {
            "kind": "extension",
            "deadline": "2026-04-22T17:00:00+02:00",
            "deadline_tz": "Europe/Brussels",
        },
    ),
    (
        "Call for Proposals: Community Energy Fund",
        "Applications must be received by 5:00 PM Pacific Time on May 29, 2026. Projects must be"
        " completed by June 30, 2028.",
        None,
        {
            "kind": "call",
            "deadline": "2026-05-29T17:00:00-07:00",
            "deadline_tz": "America/Los_Angeles",
        },
    ),
    (
        "Ausschreibung: Forschungsaufenthalte in Japan",
        "Bewerbungen bis 31. Januar 2026. Der Aufenthalt beginnt frühestens am 1. Oktober 2026"
        " und dauert 6 bis 12 Monate.",
        None,
        {"kind": "call", "deadline": "2026-01-31"},
    ),
]

# A batch for the last single-record train misses (issue 8, third helper), labelled by
# data/README.md before the extractor was run on it: a cancellation threshold is no deadline; a
# timeline's 'Call for papers: DATE' is when the call opens; an internal deadline before the
# funder's is the applicant's.
UNSEEN += [
    (
        "Summer School 2026 – practical information",
        "Registration opens on 2 March 2026. Workshops that have fewer than eight participants"
        " registered by 15 May 2026 will be cancelled. The school runs from 6 to 10 July 2026.",
        None,
        {"kind": "course", "event_start": "2026-07-06", "event_end": "2026-07-10"},
    ),
    (
        "Université d'été 2026 : modalités d'inscription",
        "Les inscriptions sont possibles à partir du 1er mars 2026. Les ateliers qui comptent"
        " moins de cinq inscrits au 30 avril 2026 seront annulés. L'université d'été se tiendra"
        " du 6 au 10 juillet 2026 à Lyon.",
        None,
        {"kind": "course", "event_start": "2026-07-06", "event_end": "2026-07-10"},
    ),
    (
        "Corsi estivi 2026: informazioni organizzative",
        "I corsi che entro il 20 maggio 2026 non raggiungono il numero minimo di otto iscritti"
        " saranno annullati. I corsi si svolgono dal 22 giugno al 3 luglio 2026.",
        None,
        {"kind": "course", "event_start": "2026-06-22", "event_end": "2026-07-03"},
    ),
    (
        "RustConf 2026",
        "RustConf 2026 takes place in Denver from September 8 – 10, 2026. Call for talks:"
        " March 2, 2026. Talk proposals due: April 20, 2026. Speakers notified: May 15, 2026.",
        None,
        {
            "kind": "call",
            "deadline": "2026-04-20",
            "event_start": "2026-09-08",
            "event_end": "2026-09-10",
        },
    ),
    (
        "JDSE 2026 – dates importantes",
        "Les journées auront lieu à Nantes du 9 au 11 juin 2026. Appel à communications :"
        " 5 janvier 2026. Date limite de soumission des résumés : 16 février 2026. Notification"
        " aux auteurs : 20 mars 2026.",
        None,
        {
            "kind": "call",
            "deadline": "2026-02-16",
            "event_start": "2026-06-09",
            "event_end": "2026-06-11",
        },
    ),
    (
        "ICSE-NIER 2027 – key dates",
        "Call for papers (full and short papers): 12 January 2026. Paper submission deadline:"
        " 1 March 2026. The conference is held in Lisbon on 10-12 June 2026.",
        None,
        {
            "kind": "call",
            "deadline": "2026-03-01",
            "event_start": "2026-06-10",
            "event_end": "2026-06-12",
        },
    ),
    (
        "Jornadas de Ingeniería del Software 2026",
        "Las jornadas se celebrarán en Sevilla del 14 al 16 de octubre de 2026. Convocatoria de"
        " ponencias: 2 de marzo de 2026. Fecha límite de envío de propuestas: 15 de mayo de 2026.",
        None,
        {
            "kind": "call",
            "deadline": "2026-05-15",
            "event_start": "2026-10-14",
            "event_end": "2026-10-16",
        },
    ),
    (
        "Internal deadlines for Marie Curie fellowships",
        "Proposals due to the funder on 10 September 2026 must reach the Research Office by"
        " 3 September 2026 for review.",
        None,
        {"kind": "call", "deadline": "2026-09-03"},
    ),
    (
        "ERC Starting Grant 2027: internal review",
        "The ERC deadline is 14 October 2026. Applicants from our university send their draft"
        " to the Grants Office by 30 September 2026 (internal deadline).",
        None,
        {"kind": "call", "deadline": "2026-09-30"},
    ),
    (
        "Interne Frist für DFG-Sachbeihilfen",
        "Anträge, die bei der DFG zum 1. November 2026 eingereicht werden, müssen dem"
        " Forschungsreferat intern bis zum 15. Oktober 2026 vorliegen.",
        None,
        {"kind": "call", "deadline": "2026-10-15"},
    ),
    (
        "Internal deadline for the 1 October 2026 NSF cut-off",
        "Proposals for the NSF cut-off on October 1 must be sent to the Grants Office no later"
        " than September 24.",
        None,
        {"kind": "call", "deadline": "2026-09-24"},
    ),
    (
        "Date limite interne pour l'appel ANR du 5 novembre 2026",
        "Les dossiers destinés à l'ANR pour le 5 novembre doivent parvenir à la cellule Europe"
        " au plus tard le 22 octobre.",
        None,
        {"kind": "call", "deadline": "2026-10-22"},
    ),
]

# An event page whose deadline asks for expressions of interest (from those who would organise
# or take part in it) asks to apply: a call. Labelled before the extractor was run on them.
UNSEEN += [
    (
        "Ocean Days 2026",
        "Ocean Days 2026 will take place across Europe from 8 to 14 June 2026. Coastal towns can"
        " send expressions of interest until 15 March 2026.",
        None,
        {
            "kind": "call",
            "deadline": "2026-03-15",
            "event_start": "2026-06-08",
            "event_end": "2026-06-14",
        },
    ),
    (
        "Journées de l'innovation rurale 2026",
        "Les Journées se tiendront du 5 au 9 octobre 2026 dans toute la France. Les communes"
        " peuvent adresser une manifestation d'intérêt jusqu'au 30 juin 2026.",
        None,
        {
            "kind": "call",
            "deadline": "2026-06-30",
            "event_start": "2026-10-05",
            "event_end": "2026-10-09",
        },
    ),
    (
        "Settimana della cultura digitale 2026",
        "La Settimana si svolgerà dal 12 al 18 ottobre 2026. Le scuole possono inviare una"
        " manifestazione di interesse entro il 31 luglio 2026.",
        None,
        {
            "kind": "call",
            "deadline": "2026-07-31",
            "event_start": "2026-10-12",
            "event_end": "2026-10-18",
        },
    ),
    (
        "Tage der Kreislaufwirtschaft 2026",
        "Die Aktionstage finden vom 21. bis 27. September 2026 bundesweit statt. Betriebe können"
        " bis zum 30. Juni 2026 eine Interessensbekundung einreichen.",
        None,
        {
            "kind": "call",
            "deadline": "2026-06-30",
            "event_start": "2026-09-21",
            "event_end": "2026-09-27",
        },
    ),
]

# A title that names its event with the year's two digits ('#DataWeek26') and no year written
# anywhere: the year of the dates it gives. Labelled before the extractor was run on them.
UNSEEN += [
    (
        "Watch #DataWeek26 live: the closing panel tomorrow, 12 March",
        "Follow the closing panel through the livestream on our website; questions can be sent"
        " with the hashtag.",
        None,
        {"kind": "event", "event_start": "2026-03-12"},
    ),
    (
        "Suivez en direct #JNum25 : la séance plénière demain 4 décembre",
        "La séance est retransmise en ligne, en français et en anglais.",
        None,
        {"kind": "event", "event_start": "2025-12-04"},
    ),
    (
        "Sigue en directo la gala de los #PremiosInnova24 mañana, 15 de noviembre",
        "La gala se podrá seguir en streaming desde la web del certamen.",
        None,
        {"kind": "event", "event_start": "2024-11-15"},
    ),
]

# A call for activities within a campaign: the campaign's months are the run of what the call
# asks for, not an event of its own (as the dev file labels the EU Cluster Weeks call). Labelled
# before the extractor was run on them.
UNSEEN += [
    (
        "Call to organise activities for the Green Cities Campaign 2026",
        "The campaign will take place between 1 March 2026 and 31 October 2026, during which"
        " local events can be held under its banner. Expressions of interest are open until"
        " 15 February 2026.",
        None,
        {"kind": "call", "deadline": "2026-02-15"},
    ),
    (
        "Aufruf: Aktionszeitraum Digitale Bildung 2026",
        "Die Kampagne läuft vom 1. April bis 30. September 2026; in dieser Zeit können Schulen"
        " eigene Veranstaltungen durchführen. Interessensbekundungen sind bis zum 15. März 2026"
        " möglich.",
        None,
        {"kind": "call", "deadline": "2026-03-15"},
    ),
    (
        "Appel à projets : Campagne Mobilité douce 2026",
        "La campagne se déroulera du 1er avril au 30 septembre 2026 ; les associations peuvent y"
        " inscrire leurs actions. Dossiers à déposer jusqu'au 1er mars 2026.",
        None,
        {"kind": "call", "deadline": "2026-03-01"},
    ),
    (
        "Convocatoria: campaña Ciudades Activas 2026",
        "La campaña se desarrollará del 1 de mayo al 31 de octubre de 2026. Los ayuntamientos"
        " pueden presentar su solicitud hasta el 10 de abril de 2026.",
        None,
        {"kind": "call", "deadline": "2026-04-10"},
    ),
]

"""The extractor, one rule per test, on real announcement sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from ingest.extract import detect_language, extract


def deadline_of(title: str, text: str = "", published: dt.date | None = None) -> str | None:
    found = extract(title, text, published)
    return found.deadline.iso() if found.deadline else None


# -- times with zones, with the offset valid on that date -------------------------------------


def test_brussels_time_in_winter_is_plus_one():
    text = "Deadline for submitting applications: 8 March 2018, 17:00h Brussels time"
    assert deadline_of("Call", text) == "2018-03-08T17:00:00+01:00"


def test_brussels_time_in_summer_is_plus_two():
    text = "All submissions must be made by 17:00 Brussels local time, September 28th 2023."
    assert deadline_of("Call: Submission Deadline", text) == "2023-09-28T17:00:00+02:00"


def test_cest_is_read_as_central_european_time_on_that_date():
    text = "The first deadline for submitting your application is 29 July 2022, at 18.00 CEST."
    assert deadline_of("Call for Expression of Interest", text) == "2022-07-29T18:00:00+02:00"


def test_aoe_is_twelve_hours_behind_utc():
    text = "Submission deadline: June 16, 2021 23:59 AoE (UTC-12, Anywhere on Earth)."
    assert deadline_of("Call for papers", text) == "2021-06-16T23:59:00-12:00"


def test_aoe_without_a_time_means_the_end_of_the_day():
    text = "Please, submit your paper through OpenReview by October 6 (AOE), 2023."
    assert deadline_of("Submission deadline has been extended", text) == (
        "2023-10-06T23:59:00-12:00"
    )


def test_noon_and_a_us_eastern_zone_after_daylight_saving_ends():
    text = "Full applications must be received by 5:00 p.m. Eastern Time, November 30, 2020."
    assert deadline_of("Program NOFO", text) == "2020-11-30T17:00:00-05:00"


def test_noon_cest_with_a_named_city_takes_the_city():
    text = "Applications are open from 20 March to 7 June 2024 (12:00 noon CEST - Paris time)."
    assert deadline_of("Interreg: next call for projects", text) == "2024-06-07T12:00:00+02:00"


def test_utc_and_iso_timestamps_keep_their_offset():
    text = "The submission deadline is 2025-09-30 00:00:00+00:00."
    assert deadline_of("Mission call", text) == "2025-09-30T00:00:00+00:00"
    assert deadline_of("GSoC 2025 timeline", "April 8 - 18:00 UTC: application deadline.") == (
        "2025-04-08T18:00:00+00:00"
    )


def test_gmt_plus_offset_is_a_fixed_offset():
    text = "Proposals must be submitted by 15 May 2026, 14:00 GMT+2."
    assert deadline_of("Call for proposals", text) == "2026-05-15T14:00:00+02:00"


def test_a_time_in_a_sentence_of_its_own_applies_to_the_deadline():
    text = (
        "Deadline for Transmittal of Applications: May 11, 2018. Your application must be "
        "submitted no later than 4:30:00 p.m., Washington, DC time, on the application "
        "deadline date."
    )
    assert deadline_of("Program – Applicant Info", text) == "2018-05-11T16:30:00-04:00"


def test_a_time_without_a_zone_in_english_gives_the_date_alone():
    text = "Hackathon Registrations: You have until 14 of March at 1pm to register."
    assert deadline_of("ETHPorto Hackathon 2023 timeline", text) == "2023-03-14"


def test_a_french_agency_time_without_a_zone_is_paris_time():
    text = "L'appel se clôture le 1er juin 2020 à 12h00 (midi)."
    assert deadline_of("Appel à projets", text) == "2020-06-01T12:00:00+02:00"


# -- dates as announcements write them ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Abstracts submission deadline: 15 January 2024.", "2024-01-15"),
        ("Applications should be postmarked by May 1, 2007.", "2007-05-01"),
        ("Antragsfrist ist der 03. März 2019.", "2019-03-03"),
        ("Plazo: finalizará el 31 de diciembre de 2024 (ambos incluidos).", "2024-12-31"),
        ("I contributi vanno inviati entro e non oltre il 15 dicembre 2016.", "2016-12-15"),
        ("Dépôt des candidatures accepté jusqu'au 1er février 2023.", "2023-02-01"),
        ("Registration deadline 27/9/2020.", "2020-09-27"),
        ("Angebotsabgabe bis : 14.08.2025.", "2025-08-14"),
        ("You should submit a proposal before September 15th, 2014.", "2014-09-15"),
        ("CFP Talks/Workshop closed - 8th August, 2022.", "2022-08-08"),
    ],
)
def test_deadlines_in_five_languages_and_many_spellings(text: str, expected: str):
    assert deadline_of("Call for proposals", text) == expected


def test_ordinals_and_commas_in_a_date():
    found = extract("Workshop", "October, 13th, 2016, European Commission, Centre Borschette")
    assert found.event_start == dt.date(2016, 10, 13)


def test_ranges_within_a_month_across_months_and_across_years():
    assert extract("Conference set for 8-9 November 2017", "").event_end == dt.date(2017, 11, 9)
    found = extract("Summer school", "The school runs from 30 June - 2 July 2026 in Gent.")
    assert (found.event_start, found.event_end) == (dt.date(2026, 6, 30), dt.date(2026, 7, 2))
    found = extract("Winter school", "The school runs 28 December 2026 - 3 January 2027.")
    assert (found.event_start, found.event_end) == (dt.date(2026, 12, 28), dt.date(2027, 1, 3))


def test_a_date_without_a_year_takes_the_year_of_publication():
    text = "We will be accepting submissions until the end of Sunday, 19 March, anywhere on earth."
    assert deadline_of("Deadline extended to 19 Mar", text, dt.date(2023, 3, 15)) == (
        "2023-03-19T23:59:00-12:00"
    )


def test_a_date_without_a_year_takes_the_year_of_the_title():
    text = "The deadline to apply is September 15. Teams must consist of 2 to 4 members."
    assert deadline_of("AI in Education Hackathon 2023 – Rules", text) == "2023-09-15"


def test_a_yearless_date_with_no_year_anywhere_is_no_deadline():
    text = "Bewerbungen sind möglich bis zum 31. Januar und bis zum 31. Mai."
    assert deadline_of("Projektförderung", text) is None


# -- choosing the deadline among several dates --------------------------------------------------


def test_the_deadline_not_the_opening_date():
    text = (
        "El plazo de presentación de solicitudes comenzará el día 1 de diciembre de 2024 y "
        "finalizará el 31 de diciembre de 2024."
    )
    assert deadline_of("Convocatoria de subvenciones", text) == "2024-12-31"


def test_the_deadline_not_the_notification_date():
    text = (
        "Papers must be received by July 31, 2023. Notification of acceptance will be sent "
        "by September 12, 2023."
    )
    assert deadline_of("Call for papers", text) == "2023-07-31"


def test_the_deadline_not_the_project_period():
    text = (
        "Projekte können vom 01. Mai 2019 bis zum 31. Dezember 2019 laufen. Antragsfrist ist "
        "der 03. März 2019."
    )
    assert deadline_of("Antragstellung", text) == "2019-03-03"


def test_a_timeline_picks_the_line_that_says_deadline():
    text = (
        "April 8, 2024: Applications open. May 8, 2024: Applications close. "
        "May 25, 2024: Results declared."
    )
    assert deadline_of("Programme timeline", text) == "2024-05-08"


def test_two_stage_calls_take_the_first_deadline():
    text = (
        "Conference paper abstracts need to be registered by 30 May 2019, with full "
        "submissions due by 3 June 2019."
    )
    assert deadline_of("ILP 2019 – Submissions", text) == "2019-05-30"


def test_the_first_deadline_still_ahead_at_publication():
    text = "Cut-offs: 10 January 2026, 12 March 2026 and 14 May 2026."
    assert deadline_of("Call for applications", text, dt.date(2026, 2, 1)) == "2026-03-12"


def test_an_event_mentioning_a_legal_deadline_in_passing_has_no_deadline():
    text = (
        "Die Datenschutz-Grundverordnung muss bis 25. Mai 2018 umgesetzt sein. Ich freue "
        "mich, Sie am 18. Oktober 2017 begrüßen zu dürfen."
    )
    found = extract("IoT-Fachkongress 2017, 18. Oktober 2017, Wien", text)
    assert found.kind == "event" and found.deadline is None
    assert found.event_start == dt.date(2017, 10, 18)


def test_extension_gives_the_new_deadline_not_the_old_one():
    text = (
        "The new deadline for proposals is now Friday 13 November 12:00 CET instead of "
        "Thursday 29 October 2020."
    )
    found = extract("Extending the Open Call collection deadline", text)
    assert found.kind == "extension"
    assert found.deadline.iso() == "2020-11-13T12:00:00+01:00"


def test_extended_until_in_the_title_is_the_deadline():
    title = "The deadline for the Call for Expression of Interest is extended until 31 March 2017!"
    found = extract(title, "The Commission invites cluster organisations to team up.")
    assert found.kind == "extension" and found.deadline.iso() == "2017-03-31"


def test_a_text_without_dates_has_no_deadline():
    text = "TCI is looking for experts in cluster policy to carry out peer review exercises."
    assert deadline_of("CLUSTERS3 - Call for Peer Reviewers", text) is None


# -- things that are not dates ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Horizon 2020 and the programme 2021-2027 fund it.",
        "Topic identifier: COS-CLUSTPARTNS-2017-3-02.",
        "Room 0C Rue Froissart 36 - 1040 Brussels. Call +32 2 299 11 11.",
        "The 9th conference, the two day event, the 2nd edition, 48 hours, 300+ participants.",
        "Clusters 4.0 represent over 10.000 SMEs; CLUSTERIX 2.0 met in room 12.05.",
    ],
)
def test_identifiers_numbers_and_ordinals_are_not_dates(text: str):
    found = extract("Cluster news", text)
    assert found.deadline is None and found.event_start is None


# -- kinds --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "text", "kind"),
    [
        ("Call for Peer Reviewers", "", "call"),
        ("Massive Open Online Course on Smart Specialisation", "", "course"),
        ("Save the date: conference set for 8-9 November 2017", "", "event"),
        ("9th Cluster Conference, 14-17 June 2016", "The conference gathered 200 people.", "news"),
        ("Submission deadline has been extended", "", "extension"),
        ("Appel à projets 2024", "", "call"),
        ("Jahrestagung des Programms", "", "event"),
        ("Convegno di Studi Etruschi", "", "event"),
    ],
)
def test_kinds(title: str, text: str, kind: str):
    assert extract(title, text).kind == kind


def test_language_detection_by_function_words():
    assert detect_language("Die Antragsfrist ist der 3. März und die Projekte laufen") == "de"
    assert detect_language("Le dépôt des dossiers est ouvert pour les projets") == "fr"
    assert detect_language("The call is open for the applications") == "en"


def test_places_and_online_events():
    text = "The conference will take place in Valencia, Spain, on 8 May 2026."
    found = extract("Conference", text)
    assert found.location == "Valencia, Spain"
    assert extract("Webinar on clusters", "Follow the livestream on 3 May 2026.").location == (
        "online"
    )


# -- announcements written after the rules, to check they generalise ---------------------------


@pytest.mark.parametrize(
    ("title", "text", "kind", "deadline"),
    [
        (
            "ERC Advanced Grant 2026 call",
            "Deadline: 28 August 2026, 17:00:00 Brussels time. Budget: EUR 721 million.",
            "call",
            "2026-08-28T17:00:00+02:00",
        ),
        (
            "ICML 2027 Call for Papers",
            "Abstract submission deadline: January 23, 2027 AoE. Full paper submission deadline: "
            "January 30, 2027 AoE. Author notification: May 1, 2027.",
            "call",
            "2027-01-23T23:59:00-12:00",
        ),
        (
            "Ausschreibung: Förderprogramm Digitalisierung",
            "Anträge können bis zum 15. April 2026, 12:00 Uhr, eingereicht werden. Die Projekte "
            "starten frühestens am 1. Juli 2026.",
            "call",
            "2026-04-15T12:00:00+02:00",
        ),
        (
            "Appel à candidatures – Résidences 2026",
            "Les candidatures sont à déposer avant le 3 février 2026 à minuit.",
            "call",
            "2026-02-03T23:59:00+01:00",
        ),
        (
            "Convocatoria de ayudas a proyectos de I+D 2026",
            "El plazo de presentación de solicitudes será del 10 de marzo al 2 de abril de 2026 a "
            "las 14:00 horas.",
            "call",
            "2026-04-02T14:00:00+02:00",
        ),
        (
            "Bando per borse di ricerca 2026",
            "Le domande devono pervenire entro le ore 12:00 del 30 giugno 2026.",
            "call",
            "2026-06-30T12:00:00+02:00",
        ),
        (
            "Workshop on Cluster Internationalisation",
            "The workshop takes place on 14 October 2026 in Lisbon. Registration closes on "
            "7 October 2026.",
            "event",
            "2026-10-07",
        ),
        (
            "Extension: Interreg Baltic call deadline",
            "The deadline for submitting applications has been extended to 12 May 2026 at 12:00 "
            "CEST.",
            "extension",
            "2026-05-12T12:00:00+02:00",
        ),
        (
            "Summer School on Data Science 2026",
            "The school will be held 6-10 July 2026 in Ljubljana. Applications are due 15 March "
            "2026.",
            "course",
            "2026-03-15",
        ),
        (
            "Call for proposals – Creative Europe",
            "Submission deadline: 05/03/2026 17:00 CET",
            "call",
            "2026-03-05T17:00:00+01:00",
        ),
        (
            "Horizon Europe cluster 5 call",
            "Opening: 6 May 2026. Deadline date: 16 Sep 2026 17:00:00 Brussels time.",
            "call",
            "2026-09-16T17:00:00+02:00",
        ),
        (
            "Jornada informativa sobre la convocatoria",
            "La jornada se celebrará el 20 de enero de 2026 en Madrid.",
            "event",
            None,
        ),
    ],
)
def test_unseen_announcements(title: str, text: str, kind: str, deadline: str | None):
    found = extract(title, text)
    assert (found.kind, found.deadline.iso() if found.deadline else None) == (kind, deadline)


def test_a_place_stops_at_the_end_of_its_sentence():
    text = "The workshop takes place on 14 October 2026 in Lisbon. Registration closes soon."
    assert extract("Workshop", text).location == "Lisbon"


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        (
            "Call for proposals",
            "Applications close next Monday at 12:00 CET.",
            "2026-03-09T12:00:00+01:00",
        ),
        (
            "Ausschreibung",
            "Die Bewerbungsfrist endet morgen um 17:00 Uhr.",
            "2026-03-05T17:00:00+01:00",
        ),
        (
            "Appel à projets",
            "Date limite de dépôt : lundi prochain à midi.",
            "2026-03-09T12:00:00+01:00",
        ),
        ("Call for papers", "Deadline: today, 23:59 AoE.", "2026-03-04T23:59:00-12:00"),
    ],
)
def test_relative_dates_count_from_the_publication_date(title: str, text: str, expected: str):
    # 4 March 2026 is a Wednesday.
    assert deadline_of(title, text, dt.date(2026, 3, 4)) == expected


def test_relative_words_without_a_publication_date_are_no_dates():
    assert deadline_of("Call for proposals", "Applications close next Monday.") is None


def test_midnight_utc_is_the_end_of_that_day_in_utc():
    text = "Submissions are due on 15 May 2026 at midnight UTC."
    assert deadline_of("Call for papers", text) == "2026-05-15T23:59:00+00:00"


def test_a_collection_date_is_the_deadline_of_a_cost_open_call():
    # COST names its submission deadlines "collection dates"; the opening is not one.
    text = (
        "The Open Call accepts ideas from any field as of January 2027. The next Collection "
        "Date is 6 April 2027. Guidelines follow in December."
    )
    assert deadline_of("COST Open Call", text) == "2027-04-06"


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Appel à projets Recherche-Action 2027",
            "Les dossiers doivent être déposés au plus tard le 31 janvier 2027. Une réunion "
            "d'information se tiendra le 8 décembre 2026 à Rennes.",
        ),
        (
            "Bando per assegni di ricerca 2027",
            "Le domande devono pervenire entro il 15 gennaio 2027. I colloqui si terranno il "
            "2 febbraio 2027.",
        ),
        (
            "Convocatoria de ayudas 2027",
            "El plazo de solicitudes finaliza el 20 de febrero de 2027. Se celebrará una sesión "
            "informativa el 12 de enero de 2027.",
        ),
        (
            "Call for research fellows",
            "Apply by 1 March 2027. Interviews will take place on 20 March 2027 in Leuven.",
        ),
    ],
)
def test_an_info_meeting_or_the_interviews_of_a_call_are_not_its_event(title: str, text: str):
    found = extract(title, text, dt.date(2026, 11, 20))
    assert found.kind == "call"
    assert (found.event_start, found.event_end) == (None, None)


@pytest.mark.parametrize(
    ("title", "text", "kind"),
    [
        # a prize given or a recording put online is told after the fact
        (
            "Young researcher award goes to Marta Ruiz",
            "At the ceremony in Graz, Marta Ruiz received the young researcher award for her "
            "work on battery recycling.",
            "news",
        ),
        (
            "Le prix de l'innovation remporté par une PME lyonnaise",
            "La PME lyonnaise Axome a reçu le prix lors de la soirée de gala.",
            "news",
        ),
        (
            "Webinar recording: state aid for research",
            "Missed the webinar on state aid rules? The video is on our channel.",
            "news",
        ),
        # a prize or a competition one enters is a call, whatever ceremony follows
        (
            "Sustainability Prize 2027 open for entries",
            "Entries are accepted until 28 February 2027. Winners will be celebrated at the "
            "gala dinner on 15 May 2027.",
            "call",
        ),
        (
            "Ideenwettbewerb Wasserstoff 2027",
            "Unternehmen reichen ihre Ideen bis zum 31. März 2027 ein. Die Preisverleihung "
            "findet am 20. Juni 2027 in Hamburg statt.",
            "call",
        ),
    ],
)
def test_prizes_told_as_given_are_news_and_prizes_open_for_entries_are_calls(
    title: str, text: str, kind: str
):
    assert extract(title, text, dt.date(2026, 11, 20)).kind == kind

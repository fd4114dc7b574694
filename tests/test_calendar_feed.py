"""A chat's calendar: its alarms are the bot's reminders, in three zones across a change of
summer time; every zone has its VTIMEZONE; a moved deadline moves the event; two parsers
(icalendar and vobject) read the same thing."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import vobject
from icalendar import Calendar

from bot.calendar_feed import chat_calendar
from bot.settings import Settings
from ingest.model import Deadline, Item
from storage import calendars, chats, items, outbox, reminders, subscriptions
from storage.database import Database
from storage.schedule import parse_offsets
from storage.text_query import parse

# 1 March 2027: New York moves to summer time on 14 March, Brussels on 28 March, and Sydney
# leaves it on 4 April; every deadline below has reminders on both sides of its change.
NOW = dt.datetime(2027, 3, 1, 12, 0, tzinfo=dt.UTC)
SETTINGS = Settings(default_timezone="Europe/Brussels", reminder_offsets="7d,1d,2h")
OFFSETS = parse_offsets("7d,1d,2h")
ZONES = {501: "America/New_York", 502: "Europe/Brussels", 503: "Australia/Sydney"}
DEADLINES = [
    Deadline(dt.date(2027, 3, 16), dt.time(17, 0), "America/New_York"),
    Deadline(dt.date(2027, 3, 30)),  # a date alone: reminders count back from 09:00, chat's zone
    Deadline(dt.date(2027, 4, 6), dt.time(12, 0), "Australia/Sydney"),
]


async def store(db: Database, title: str, deadline: Deadline, now=NOW) -> int:
    item = Item(kind="call", title=title, link=f"https://example.org/{title}", deadline=deadline)
    result = await items.upsert(db, item, now=now, default_tz=SETTINGS.default_timezone)
    return result.item_id


async def follow_all(db: Database) -> list[int]:
    ids = [await store(db, f"call-{n}", d) for n, d in enumerate(DEADLINES)]
    named = dt.datetime(2027, 3, 10, 18, 30, tzinfo=dt.UTC)
    for chat_id, zone in ZONES.items():
        await chats.set_timezone(db, chat_id, zone, chat_type="private", now=NOW)
        for item_id, deadline in zip(ids, DEADLINES, strict=True):
            await reminders.follow(
                db,
                chat_id=chat_id,
                chat_type="private",
                item_id=item_id,
                deadline=deadline,
                offsets=OFFSETS,
                default_tz=SETTINGS.default_timezone,
                now=NOW,
                moments=[named] if item_id == ids[0] else [],
            )
    return ids


async def owed_reminders(db: Database, chat_id: int) -> dict[int, set[dt.datetime]]:
    """The reminders the bot will send this chat, by item: what the outbox holds."""
    owed: dict[int, set[dt.datetime]] = {}
    for row in await outbox.rows_for(db, chat_id):
        if row["kind"] == "reminder" and row["state"] == "pending":
            due = dt.datetime.fromtimestamp(row["due_at"], dt.UTC)
            owed.setdefault(row["item_id"], set()).add(due)
    return owed


def alarms_by_icalendar(data: bytes) -> dict[int, set[dt.datetime]]:
    found = {}
    for event in Calendar.from_ical(data).walk("VEVENT"):
        item_id = int(str(event["UID"]).split("-")[2].split("@")[0])
        found[item_id] = {a.decoded("TRIGGER") for a in event.walk("VALARM")}
    return found


def alarms_by_vobject(data: bytes) -> dict[int, set[dt.datetime]]:
    found = {}
    for event in vobject.readOne(data.decode()).vevent_list:
        item_id = int(event.uid.value.split("-")[2].split("@")[0])
        found[item_id] = {
            a.trigger.value.astimezone(dt.UTC) for a in getattr(event, "valarm_list", [])
        }
    return found


async def test_alarms_are_the_bots_reminder_times_in_three_zones_across_summer_time(db):
    await follow_all(db)
    for chat_id in ZONES:
        data = await chat_calendar(db, chat_id, SETTINGS, NOW)
        owed = await owed_reminders(db, chat_id)
        assert alarms_by_icalendar(data) == owed
        assert alarms_by_vobject(data) == owed
    # The rules those reminders follow, spelled out for Brussels: the date alone counts back
    # from 09:00, whole days on the wall clock across the change of 28 March.
    brussels = await chat_calendar(db, 502, SETTINGS, NOW)
    date_alone = alarms_by_icalendar(brussels)[2]
    assert date_alone == {
        dt.datetime(2027, 3, 23, 8, 0, tzinfo=dt.UTC),  # 09:00 CET
        dt.datetime(2027, 3, 29, 7, 0, tzinfo=dt.UTC),  # 09:00 CEST, the day before
        dt.datetime(2027, 3, 30, 5, 0, tzinfo=dt.UTC),  # two hours before 09:00 CEST
    }
    new_york = alarms_by_icalendar(brussels)[1]
    assert dt.datetime(2027, 3, 9, 22, 0, tzinfo=dt.UTC) in new_york  # 17:00 EST, a week before
    assert dt.datetime(2027, 3, 10, 18, 30, tzinfo=dt.UTC) in new_york  # the moment named


def instant(value: dt.datetime | dt.date) -> dt.datetime | dt.date:
    return value.astimezone(dt.UTC) if isinstance(value, dt.datetime) else value


async def test_every_zone_is_written_with_its_vtimezone_and_read_back_the_same(db):
    await follow_all(db)
    data = await chat_calendar(db, 503, SETTINGS, NOW)
    cal = Calendar.from_ical(data)
    assert {str(tz["TZID"]) for tz in cal.walk("VTIMEZONE")} == {
        "America/New_York",
        "Australia/Sydney",
    }
    starts = {str(e["UID"]): instant(e.decoded("DTSTART")) for e in cal.walk("VEVENT")}
    # vobject builds its zones from the file's VTIMEZONE blocks, not from its own database:
    # the same instants mean those blocks are right.
    parsed = {e.uid.value: e.dtstart.value for e in vobject.readOne(data.decode()).vevent_list}
    assert starts == {uid: instant(value) for uid, value in parsed.items()}
    sydney = parsed["callboard-item-3@callboard"]
    assert sydney == dt.datetime(2027, 4, 6, 12, 0, tzinfo=ZoneInfo("Australia/Sydney"))
    assert sydney.utcoffset() == dt.timedelta(hours=10)  # after summer time ended
    new_york = parsed["callboard-item-1@callboard"]
    assert new_york.utcoffset() == dt.timedelta(hours=-4)  # after summer time began
    assert parsed["callboard-item-2@callboard"] == dt.date(2027, 3, 30)


async def test_a_moved_deadline_moves_the_event_with_the_same_uid_and_a_new_sequence(db):
    [first, *_] = await follow_all(db)
    before = Calendar.from_ical(await chat_calendar(db, 501, SETTINGS, NOW))
    uid = f"callboard-item-{first}@callboard"
    [old] = [e for e in before.walk("VEVENT") if str(e["UID"]) == uid]
    later = NOW + dt.timedelta(days=2)
    moved = Deadline(dt.date(2027, 3, 23), dt.time(17, 0), "America/New_York")
    await store(db, "call-0", moved, now=later)
    data = await chat_calendar(db, 501, SETTINGS, later)
    [new] = [e for e in Calendar.from_ical(data).walk("VEVENT") if str(e["UID"]) == uid]
    assert int(old["SEQUENCE"]) == 0 and int(new["SEQUENCE"]) == 1
    assert new.decoded("DTSTAMP") == later > old.decoded("DTSTAMP")
    assert new.decoded("DTSTART") == dt.datetime(2027, 3, 23, 17, 0, tzinfo=ZoneInfo(ZONES[501]))
    assert alarms_by_icalendar(data)[first] == (await owed_reminders(db, 501))[first]


async def test_subscription_matches_are_in_the_calendar_without_alarms(db):
    matching = await store(db, "hydrogen-call", DEADLINES[2])
    await store(db, "fisheries-call", DEADLINES[2])
    await subscriptions.add(
        db, chat_id=600, chat_type="private", kinds="calls", query=parse("hydrogen"), now=NOW
    )
    data = await chat_calendar(db, 600, SETTINGS, NOW)
    assert alarms_by_icalendar(data) == {matching: set()}
    assert alarms_by_vobject(data) == {matching: set()}


async def test_a_reset_link_revokes_the_old_token(db):
    first = await calendars.issue(db, chat_id=700, chat_type="private", now=NOW)
    assert await calendars.chat_for(db, first) == 700
    second = await calendars.issue(db, chat_id=700, chat_type="private", now=NOW)
    assert await calendars.chat_for(db, first) is None
    assert await calendars.chat_for(db, second) == 700
    assert await calendars.chat_for(db, "not-a-token-at-all-xxxxxxxx") is None
    rows = await db.fetch_all("SELECT token_hash FROM calendar_links")
    assert [row[0] for row in rows] == [calendars.digest(second)]  # the token itself is not kept

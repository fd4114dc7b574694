"""An extension notice moves the deadline of the call it extends instead of adding an item."""

from __future__ import annotations

import datetime as dt

from bot.importing import import_items
from ingest.model import Deadline, Item
from ingest.sources import Parsed, item_from_text, parse_digest
from storage import items
from tests.conftest import SAMPLE_DIGEST

NOW = dt.datetime(2026, 11, 24, tzinfo=dt.UTC)
TZ = "Europe/Brussels"

CALL = Item(
    kind="call",
    title="Clusters Go International: call for proposals (COS-CLUSINT-2026-1)",
    summary="The deadline for electronic submission is 15 March 2027, 17:00 (Brussels time).",
    deadline=Deadline(dt.date(2027, 3, 15), dt.time(17, 0), TZ),
)


async def run_import(db, *new_items: Item):
    return await import_items(db, Parsed(items=list(new_items)), now=NOW, default_tz=TZ)


async def test_a_notice_naming_the_calls_identifier_moves_its_deadline(db):
    await run_import(db, CALL)
    notice = item_from_text(
        "Deadline extended for COS-CLUSINT-2026-1",
        "The submission deadline is extended until 31 March 2027, 17:00 Brussels time.",
    )
    summary = await run_import(db, notice)
    assert (summary.added, summary.updated) == (0, 1)
    stored = await items.all_items(db)
    assert len(stored) == 1
    assert stored[0].deadline.date == dt.date(2027, 3, 31)
    assert summary.moved[0].old.date == dt.date(2027, 3, 15)


async def test_a_notice_repeating_the_calls_title_moves_its_deadline(db):
    await run_import(db, CALL)
    notice = item_from_text(
        "Clusters Go International: deadline extended to 29 March 2027", "New date for all."
    )
    await run_import(db, notice)
    assert [i.deadline.date for i in await items.all_items(db)] == [dt.date(2027, 3, 29)]


async def test_importing_the_notice_again_changes_nothing(db):
    await run_import(db, CALL)
    notice = item_from_text("Deadline extended for COS-CLUSINT-2026-1", "Now until 31 March 2027.")
    await run_import(db, notice)
    again = await run_import(db, notice)
    assert (again.added, again.updated, again.unchanged) == (0, 0, 1)


async def test_reimporting_the_original_call_keeps_the_extended_deadline(db):
    await run_import(db, CALL)
    await run_import(
        db, item_from_text("Deadline extended for COS-CLUSINT-2026-1", "Now until 31 March 2027.")
    )
    again = await run_import(db, CALL)
    assert again.moved == []
    assert (await items.all_items(db))[0].deadline.date == dt.date(2027, 3, 31)


async def test_a_notice_never_moves_a_deadline_earlier_so_a_later_call_is_not_its_target(db):
    # The sample's 2017 expression-of-interest extension resembles the 2018 ESCP-S3 call.
    summary = await run_import(db, *parse_digest(SAMPLE_DIGEST.read_text(), source="s").items)
    assert summary.added == 12
    stored = {i.title[:30]: i for i in await items.all_items(db)}
    escp = stored["The call for European Strategi"]
    assert escp.deadline.iso() == "2018-03-08T17:00:00+01:00"
    extension = stored["The deadline for the Call for "]
    assert (extension.kind, extension.deadline.iso()) == ("extension", "2017-03-31")


async def test_an_unrelated_notice_is_kept_as_an_extension_item(db):
    await run_import(db, CALL)
    notice = item_from_text("Erasmus+ mobility: deadline extended", "Until 20 March 2027.")
    summary = await run_import(db, notice)
    assert summary.added == 1
    assert {i.kind for i in await items.all_items(db)} == {"call", "extension"}


async def test_a_notice_extends_a_call_earlier_in_the_same_batch_in_one_transaction(db):
    # The items before a notice are stored first, in the batch's transaction: the notice finds
    # the call by its identifier (in the summary) or by its title, and no commit comes between.
    other = Item(
        kind="call",
        title="Digital skills for clusters: call for proposals",
        summary="Open until 20 March 2027.",
        deadline=Deadline(dt.date(2027, 3, 20), None, TZ),
    )
    by_identifier = item_from_text(
        "Deadline extended", "COS-CLUSINT-2026-1 now closes 31 March 2027."
    )
    by_title = item_from_text(
        "Digital skills for clusters: deadline extended to 30 March 2027", "New date for all."
    )
    commits = db.commits
    summary = await run_import(db, CALL, other, by_identifier, by_title)
    assert (summary.added, summary.updated) == (2, 2)
    assert [(i.title, i.deadline.date) for i in await items.all_items(db)] == [
        (CALL.title, dt.date(2027, 3, 31)),
        (other.title, dt.date(2027, 3, 30)),
    ]
    assert db.commits == commits + 1


async def test_a_zone_in_brackets_is_no_identifier_so_it_extends_no_other_call(db):
    other = Item(
        kind="call",
        title="Seed grants for photonics start-ups",
        summary="Submit by 10 March 2027, 23:59 (AOE).",
        deadline=Deadline(dt.date(2027, 3, 10), dt.time(23, 59), "AoE"),
    )
    await run_import(db, other)
    notice = item_from_text(
        "Deadline extended: Marine robotics training network",
        "Applications to the marine robotics network now close on 20 March 2027, 23:59 (AOE).",
    )
    summary = await run_import(db, notice)
    assert (summary.added, summary.updated) == (1, 0)
    assert [i.deadline.date for i in await items.all_items(db) if i.kind == "call"] == [
        dt.date(2027, 3, 10)
    ]


async def test_a_call_named_by_its_identifier_is_found_among_many_closing_the_same_year(db):
    crowd = [
        Item(
            kind="call",
            title=f"Regional innovation voucher round {n}",
            summary=f"Vouchers for small firms, round {n}. Closes 20 March 2027.",
            deadline=Deadline(dt.date(2027, 3, 20)),
        )
        for n in range(520)
    ]
    await run_import(db, CALL, *crowd)
    notice = item_from_text(
        "Deadline extended for COS-CLUSINT-2026-1",
        "The submission deadline is extended until 31 March 2027, 17:00 Brussels time.",
    )
    summary = await run_import(db, notice)
    assert summary.updated == 1
    assert (await items.get(db, summary.moved[0].item_id)).title == CALL.title

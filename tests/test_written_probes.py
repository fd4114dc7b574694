"""The extractor on announcements written and labelled by sessions that never saw its rules.

Each batch of `tests/data/written-probes.jsonl` (ids `pa-` to `ph-`) was scored once before any
rule was changed for it; docs/DESIGN.md says how they were used. Every record must be read as
labelled, except the ones listed below, which are expected to fail until a rule reads them.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ingest.evaluate import evaluate

PROBES = Path(__file__).parent / "data" / "written-probes.jsonl"

# Records still read wrongly: what was read for what is labelled (strict: a fix shows as an
# unexpected pass). Those marked 'not read' are in the held-out part of the last two batches:
# scored, never looked at, so that the batches keep measuring text the rules were not written on.
KNOWN_MISSES: dict[str, str] = {
    "pa-at-ausschreibung-digitale-produktion": (
        "deadline_tz 'Europe/Berlin' for 'Europe/Vienna'; event_start '2027-03-01' for None"
    ),
    "pb-it-approvata-strategia-s3-regionale": ("event_start '2026-07-06' for None"),
    "pd-de-05-feed-ausrichter-sommerschule": (
        "event_start None for '2027-09-06'; event_end None for '2027-09-17'"
    ),
    "pe-de-06": ("deadline_tz None for 'Europe/Berlin'"),
    "pf-it-notizia-bando-poli-digitali": ("event_start '2027-01-11' for None"),
    "pf-en-global-cluster-leadership-award": ("event_start '2027-04-27' for None"),
    "pf-en-mooc-cluster-internationalisation-winter": ("event_end '2027-02-26' for None"),
    "pg-en-webinar-hydrogen-valleys-short": ("deadline_tz 'Europe/Brussels' for None"),
    "pg-en-erasmus-mundus-master-admissions": (
        "deadline '2027-03-31' for '2027-01-10'; deadline_tz None for 'Europe/Brussels'"
    ),
    "pg-en-porto-cluster-conference-report": (
        "event_start '2027-10-04' for '2027-09-23'; event_end None for '2027-09-24' "
        "(scored, not read)"
    ),
    "pg-en-sme-digital-booster-closed-short": ("deadline None for '2027-02-28' (scored, not read)"),
    "pg-it-call-abstract-convegno-bologna": (
        "event_start None for '2027-05-13'; event_end None for '2027-05-15' (scored, not read)"
    ),
    "pg-it-torino-b2b-aerospazio-newsstyle": (
        "deadline None for '2027-10-04'; event_start '2027-09-13' for '2027-10-12'; "
        "event_end None for '2027-10-14' (scored, not read)"
    ),
    "pg-it-graduatoria-bando-startup-innovative": ("event_start '2027-06-07' for None"),
    "pg-it-cluster-partnership-europea-short": ("event_start '2027-05-05' for None"),
    "pg-it-prorogati-termini-voucher-short": (
        "kind 'call' for 'extension'; deadline None for '2028-01-17' (scored, not read)"
    ),
    "ph-fr-mooc-economie-circulaire-s4": (
        "event_end '2027-12-31' for '2027-04-18' (scored, not read)"
    ),
    "ph-fr-m2-management-innovation-2027": (
        "event_start '2027-05-10' for '2027-09-06'; event_end '2027-05-14' for None "
        "(scored, not read)"
    ),
    "ph-fr-prix-wallon-innovation-report": ("deadline None for '2026-11-30' (scored, not read)"),
    "ph-es-semana-innovacion-clusteres-gdl": (
        "event_start '2026-09-28' for '2026-10-20'; event_end None for '2026-10-22' "
        "(scored, not read)"
    ),
    "ph-en-call-hosts-raw-materials-summer-school-2028": (
        "event_start '2027-06-28' for None; event_end '2027-07-09' for None"
    ),
}


def _records() -> list[dict]:
    return [json.loads(line) for line in PROBES.read_text(encoding="utf-8").splitlines() if line]


def _cases() -> list:
    return [
        pytest.param(
            record,
            id=record["id"],
            marks=pytest.mark.xfail(reason=KNOWN_MISSES[record["id"]], strict=True)
            if record["id"] in KNOWN_MISSES
            else (),
        )
        for record in _records()
    ]


@pytest.mark.parametrize("record", _cases())
def test_written_probe_is_read_as_labelled(record: dict):
    score = evaluate([record])
    assert score.misses == []


def test_every_known_miss_names_a_probe():
    ids = {record["id"] for record in _records()}
    assert set(KNOWN_MISSES) <= ids

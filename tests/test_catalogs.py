"""The translations: every message of the code is translated in every language, keeps its
placeholders and HTML tags, and the committed .mo files are what the .po files compile to."""

from __future__ import annotations

import pytest

from bot import catalogs
from bot.language import Lang
from bot.render.locale import translations


@pytest.fixture(scope="module")
def template():
    return catalogs.extract()


def test_the_code_has_messages_to_translate(template) -> None:
    ids = {m.id if isinstance(m.id, str) else m.id[0] for m in template if m.id}
    assert "Open calls" in ids and "in %(count)s day" in ids and len(ids) > 200


@pytest.mark.parametrize("lang", catalogs.TRANSLATED, ids=str)
def test_every_message_is_translated_with_the_same_placeholders_and_tags(lang, template) -> None:
    assert catalogs.problems(lang, template) == []


@pytest.mark.parametrize("lang", catalogs.TRANSLATED, ids=str)
def test_the_committed_mo_is_what_the_po_compiles_to(lang: Lang) -> None:
    expected = catalogs.compiled(catalogs.read(catalogs.po_path(lang)))
    assert catalogs.mo_path(lang).read_bytes() == expected, "run bin/i18n compile"


@pytest.mark.parametrize("lang", catalogs.TRANSLATED, ids=str)
def test_the_compiled_catalog_is_read_with_its_plural_rule(lang: Lang) -> None:
    found = translations(lang)
    assert found.gettext("Open calls") != "Open calls"
    one = found.ngettext("in %(count)s day", "in %(count)s days", 1)
    many = found.ngettext("in %(count)s day", "in %(count)s days", 5)
    assert one != many


def test_the_check_finds_a_broken_translation(tmp_path, monkeypatch, template) -> None:
    broken = catalogs.read(catalogs.po_path(Lang.DE))
    broken["Open calls"].string = ""
    broken["Time zone: %(zone)s"].string = "Zeitzone: %(zona)s"
    broken["<b>Settings</b>"].string = "<b>Einstellungen"
    monkeypatch.setattr(catalogs, "po_path", lambda lang: tmp_path / "de.po")
    catalogs.write(broken, tmp_path / "de.po")
    found = "\n".join(catalogs.problems(Lang.DE, template))
    assert "untranslated 'Open calls'" in found
    assert "'Time zone: %(zone)s'" in found and "'<b>Settings</b>'" in found

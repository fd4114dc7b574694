"""End to end: a subscription with a phrase and an exclusion, through the real bot process."""

from __future__ import annotations

import time

from tests.conftest import ON_BOTH_ENGINES, write_json
from tests.emulator import BotApiEmulator, Chat
from tests.test_e2e_broadcast import new_calls

pytestmark = ON_BOTH_ENGINES

CAROL = Chat(2101)


def pushes(emulator: BotApiEmulator, chat: Chat) -> list[str]:
    return [
        c.params["text"]
        for c in emulator.calls_of("sendMessage", chat.id)
        if c.ok and "🆕" in c.params["text"]
    ]


def test_a_subscription_with_a_phrase_and_an_exclusion_is_pushed_only_the_matching_item(
    start_bot, import_files, bot_home, emulator
):
    start_bot()
    reply = emulator.reply_to(CAROL, '/subscribe calls "green hydrogen" -nuclear')
    assert "calls mentioning &quot;green hydrogen&quot;, not nuclear" in reply.params["text"]
    listing = emulator.reply_to(CAROL, "/subscriptions")
    assert "calls mentioning &quot;green hydrogen&quot;, not nuclear" in listing.params["text"]
    mark = emulator.mark()
    import_files(
        new_calls(
            bot_home,
            "Green hydrogen valleys call",
            "Green hydrogen from nuclear power call",
            "Hydrogen: green and blue call",
            "Solar cluster call",
        ),
        # 'green' ends the title and 'hydrogen' begins the summary: not the phrase.
        write_json(
            bot_home / "apart.json",
            [
                {
                    "title": "Ports and valleys going green",
                    "summary": "Hydrogen buses, trains and ferries.",
                    "kind": "call",
                    "deadline": "2040-01-01T17:00:00+00:00",
                    "link": "https://example.org/apart",
                }
            ],
        ),
    )
    emulator.wait_for(
        lambda c: c.ok and c.params.get("chat_id") == CAROL.id and "🆕" in c.params["text"],
        start=mark,
        timeout=15,
    )
    time.sleep(2)  # time for any wrong push to arrive
    pushed = pushes(emulator, CAROL)
    assert len(pushed) == 1 and "Green hydrogen valleys call" in pushed[0]
    # /search reads the phrase as the subscription does, on either engine.
    found = emulator.reply_to(CAROL, '/search "green hydrogen"').params["text"]
    assert "Green hydrogen valleys call" in found and "nuclear power call" in found
    assert "going green" not in found and "green and blue" not in found


def test_hostile_filters_get_a_clear_answer_and_change_nothing(start_bot, emulator):
    start_bot()
    only_out = emulator.reply_to(CAROL, "/subscribe calls -nuclear -coal")
    assert "only leaves items out" in only_out.params["text"]
    nothing = emulator.reply_to(CAROL, "/subscribe events *** ^: NEAR(")
    assert "near" in nothing.params["text"]  # NEAR is a word like any other, not an operator
    for hostile in ['/subscribe "unbalanced quote', "/subscribe calls ***", '/subscribe ""']:
        reply = emulator.reply_to(CAROL, hostile)
        assert reply.ok and reply.params["text"]
    listing = emulator.reply_to(CAROL, "/subscriptions")
    assert "&quot;unbalanced quote&quot;" in listing.params["text"]
    assert "-nuclear" not in listing.params["text"] and "not nuclear" not in listing.params["text"]
    search = emulator.reply_to(CAROL, '/search "green hydrogen" -nuclear')
    assert "Nothing matches <b>&quot;green hydrogen&quot; -nuclear</b>" in search.params["text"]

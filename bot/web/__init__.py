"""The officer's review queue in the browser.

A thin edge over ``bot.review`` (the one door for decisions): pages read the
database and render; every change goes through ``bot.review`` and is sent by
``bot.outbox.flush`` after commit, exactly as the CLI does it.
"""

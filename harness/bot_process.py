"""`blacklist-bot run` in a process of its own against a fake Discord served by another process (the test's):

    python -m harness.bot_process http://127.0.0.1:PORT

Settings come from the environment exactly as for `blacklist-bot run` (DISCORD_SHARD_COUNT, DISCORD_SHARD_IDS,
BLACKLIST_BOT_CHROMA_HOST, ...); the only difference is where discord.py connects. SIGINT stops it cleanly.
"""
from __future__ import annotations

import sys

from harness.fake_discord import point_discord_at


def main() -> None:
    base = sys.argv[1]
    point_discord_at(base)
    from bot.cli import main as cli_main

    sys.argv = ["blacklist-bot", "run"]
    cli_main()


if __name__ == "__main__":
    main()

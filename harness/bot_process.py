"""`blacklist-bot run` in a process of its own against a fake Discord served by another process (the test's):

    python -m harness.bot_process http://127.0.0.1:PORT [--source-address 127.0.0.2]

Settings come from the environment exactly as for `blacklist-bot run` (DISCORD_SHARD_COUNT, DISCORD_SHARD_IDS,
BLACKLIST_BOT_CHROMA_HOST, ...); the only differences are where discord.py connects and, with `--source-address`,
the loopback address its connections come from, so the fake Discord can tell which process sent a request
(`Recorded.peer`). SIGINT stops it cleanly.
"""
from __future__ import annotations

import argparse
import sys

from harness.fake_discord import point_discord_at


def bind_aiohttp_to(address: str) -> None:
    """Every aiohttp connection of this process (discord.py's REST, webhooks and gateway) from `address`."""
    import aiohttp

    init = aiohttp.TCPConnector.__init__

    def bound(self, *args, **kwargs):
        kwargs.setdefault("local_addr", (address, 0))
        init(self, *args, **kwargs)

    aiohttp.TCPConnector.__init__ = bound


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("base", help="the fake Discord, http://127.0.0.1:PORT")
    parser.add_argument("--source-address", help="a loopback address this process connects from")
    args = parser.parse_args()
    point_discord_at(args.base)
    if args.source_address:
        bind_aiohttp_to(args.source_address)
    from bot.cli import main as cli_main

    sys.argv = ["blacklist-bot", "run"]
    cli_main()


if __name__ == "__main__":
    main()

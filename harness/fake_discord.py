"""A small fake of Discord's servers on 127.0.0.1, for running the bot's real discord.py client in tests and
benchmarks.

Gateway (websocket, JSON, uncompressed text frames): HELLO, heartbeat ACK, IDENTIFY -> READY + GUILD_CREATE (with
roles, members and channels), RESUME -> RESUMED, and dispatch of INTERACTION_CREATE, MESSAGE_CREATE and the
THREAD_CREATE that follows a thread the bot opens. Sharded as Discord is: any number of connections (from one
process or several), each identifying as shard [id, count]; a connection is sent only the guilds, and the guild
events and interactions, of guilds whose (guild_id >> 22) % count == id, and direct messages go to shard 0. An
IDENTIFY with a shard id outside its count is closed with 4010 (Invalid shard). `FakeDiscord(guilds=2)` adds a
second server, SECOND_GUILD_ID, on the other shard of two. REST under /api/v10: /gateway(/bot), /users/@me, application
info, command sync (global and guild), interaction callbacks, webhook follow-ups and @original edits, channel
messages (create, edit, fetch, history), threads, reactions, typing, and a CDN route for attachments.

Every REST request is recorded (`FakeDiscord.requests`) so tests can assert on what the bot sent.

Point discord.py at it with `fake.patch_discord()` (sets `discord.http.Route.BASE` and the default gateway URL)
and undo with `fake.unpatch_discord()`. Nothing in the bot's own code changes.
"""
from __future__ import annotations

import asyncio
import contextvars
import itertools
import json
import threading
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any, Callable
from urllib.parse import unquote

from aiohttp import web, WSMsgType

TOKEN = "fake-token.NDIx.secret"
APP_ID = 1_100_000_000_000_000_001
GUILD_ID = 1_100_000_000_000_000_100
CHANNEL_ID = 1_100_000_000_000_000_200
OTHER_CHANNEL_ID = 1_100_000_000_000_000_201
DM_CHANNEL_ID = 1_100_000_000_000_000_300
MOD_ROLE_ID = 1_100_000_000_000_000_400
MEMBER_ROLE_ID = 1_100_000_000_000_000_401
USER_ID = 1_100_000_000_000_000_500       # an ordinary member
MOD_ID = 1_100_000_000_000_000_501        # has the moderator role (no Manage Server)
ADMIN_ID = 1_100_000_000_000_000_502      # has Manage Server
# A second server (FakeDiscord(guilds=2)) on the other shard of two: GUILD_ID is on shard 1, this one on shard 0.
SECOND_GUILD_ID = GUILD_ID + (1 << 22)
SECOND_CHANNEL_ID = 1_100_000_000_000_000_202

# permissions as Discord sends them (strings of the bit field)
PERM_MEMBER = (1 << 10) | (1 << 11) | (1 << 31) | (1 << 38) | (1 << 35) | (1 << 14) | (1 << 16) | (1 << 6)
PERM_MANAGE_GUILD = PERM_MEMBER | (1 << 5)


def shard_of(guild_id: int, shard_count: int) -> int:
    """The shard Discord sends a guild's events to."""
    return (guild_id >> 22) % shard_count


def point_discord_at(base: str) -> dict[str, Any]:
    """Point discord.py in this process (HTTP routes, webhooks, gateway) at a fake Discord served at `base`
    (http://127.0.0.1:PORT); returns what it replaced. A bot in another process calls this before it starts
    (harness/bot_process.py)."""
    import yarl
    from discord.gateway import DiscordWebSocket
    from discord.http import Route

    saved = {"base": Route.BASE, "gateway": DiscordWebSocket.DEFAULT_GATEWAY}
    Route.BASE = f"{base}/api/v10"
    DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(f"ws{base.removeprefix('http')}/gateway/")
    return saved


def json_response(data: Any, status: int = 200) -> web.Response:
    # discord.py parses a body as JSON only when the content type is exactly "application/json"
    return web.Response(body=json.dumps(data).encode(), status=status, headers={"Content-Type": "application/json"})


def now_iso() -> str:
    return datetime.now(timezone.utc).isoformat()


def user_payload(user_id: int, name: str, *, bot: bool = False) -> dict[str, Any]:
    return {"id": str(user_id), "username": name, "global_name": name, "discriminator": "0", "avatar": None,
            "bot": bot, "public_flags": 0}


@dataclass
class Recorded:
    method: str
    path: str                      # after /api/v10
    query: dict[str, str]
    body: Any                      # parsed JSON (or the multipart payload_json), or None
    at: float                      # time.monotonic()
    files: list[str] = field(default_factory=list)
    peer: str | None = None        # the client's address: which bot process sent it, when each has its own

    def sends_message(self) -> bool:
        """A request that creates or edits a message (content, embeds or components)."""
        if self.method not in ("POST", "PATCH") or not isinstance(self.body, dict):
            return False
        data = self.body.get("data", self.body) if "/callback" in self.path else self.body
        if not isinstance(data, dict):
            return False
        return any(k in data for k in ("content", "embeds", "components"))

    def message_data(self) -> dict[str, Any]:
        if "/callback" in self.path:
            return (self.body or {}).get("data") or {}
        return self.body or {}


@dataclass
class FakeInteraction:
    id: int
    token: str
    payload: dict[str, Any]
    sent_at: float
    callback: asyncio.Future          # -> Recorded of the callback POST

    async def acknowledged(self, timeout: float = 10) -> Recorded:
        return await asyncio.wait_for(asyncio.shield(self.callback), timeout)


@dataclass(eq=False)
class GatewayConnection:
    """One bot connection to the gateway: one shard of one process."""
    ws: web.WebSocketResponse
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    shard: tuple[int, int] | None = None   # (id, count) once identified
    seq: int = 0
    peer: str | None = None                # the client's address


class FakeDiscord:
    def __init__(self, *, guilds: int = 1, shards: int = 1) -> None:
        """`guilds`: 1, or 2 for a second server on the other shard of two. `shards`: the shard count /gateway/bot
        recommends (what discord.py runs when no count is configured)."""
        self.requests: list[Recorded] = []
        self.unknown: list[Recorded] = []
        self.identify: dict[str, Any] | None = None          # the last IDENTIFY
        self.identifies: list[dict[str, Any]] = []           # every IDENTIFY, in order
        self.ready = asyncio.Event()
        self.guild_ids = [GUILD_ID, SECOND_GUILD_ID][:guilds]
        self.recommended_shards = shards
        self.connections: list[GatewayConnection] = []
        # Which connection a send goes to: set by the gateway handler for its own replies, and by `dispatch`.
        self._target: contextvars.ContextVar[GatewayConnection | None] = contextvars.ContextVar("target", default=None)
        self.commands: dict[int | None, list[dict[str, Any]]] = {}   # guild id (None = global) -> synced commands
        self.channels: dict[int, dict[str, Any]] = {}
        self.messages: dict[int, dict[str, Any]] = {}
        self.channel_messages: dict[int, list[int]] = {}
        self.attachments: dict[str, bytes] = {}
        self.interactions: dict[int, FakeInteraction] = {}
        self.original: dict[str, dict[str, Any]] = {}                 # interaction token -> original message
        self._ids = itertools.count(1_200_000_000_000_000_000)
        self._changed = asyncio.Event()
        self._runner: web.AppRunner | None = None
        self._saved: dict[str, Any] = {}
        self.port = 0
        self.bot_user = user_payload(APP_ID, "blacklist-bot", bot=True)
        self.users = {
            USER_ID: user_payload(USER_ID, "alice"),
            MOD_ID: user_payload(MOD_ID, "mo"),
            ADMIN_ID: user_payload(ADMIN_ID, "ada"),
        }
        self.member_roles = {USER_ID: [MEMBER_ROLE_ID], MOD_ID: [MEMBER_ROLE_ID, MOD_ROLE_ID], ADMIN_ID: []}
        self.member_perms = {USER_ID: PERM_MEMBER, MOD_ID: PERM_MEMBER, ADMIN_ID: PERM_MANAGE_GUILD}
        channels = [(CHANNEL_ID, GUILD_ID, "general"), (OTHER_CHANNEL_ID, GUILD_ID, "random")]
        if SECOND_GUILD_ID in self.guild_ids:
            channels.append((SECOND_CHANNEL_ID, SECOND_GUILD_ID, "general"))
        for cid, gid, name in channels:
            self.channels[cid] = {
                "id": str(cid), "type": 0, "guild_id": str(gid), "name": name, "position": 0,
                "permission_overwrites": [], "parent_id": None, "topic": None, "nsfw": False,
                "rate_limit_per_user": 0, "last_message_id": None, "flags": 0,
            }
        self.channels[DM_CHANNEL_ID] = {"id": str(DM_CHANNEL_ID), "type": 1, "recipients": [self.users[USER_ID]],
                                        "last_message_id": None}

    # ---- lifecycle --------------------------------------------------------------------------------------------
    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def api(self) -> str:
        return f"{self.base}/api/v10"

    @property
    def gateway_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/gateway/"

    async def start(self) -> "FakeDiscord":
        app = web.Application(client_max_size=50 * 1024 * 1024)
        app.router.add_get("/gateway/", self._gateway)
        app.router.add_get("/gateway", self._gateway)   # the URL /gateway/bot gives, which a sharded client uses
        app.router.add_get("/attachments/{path:.*}", self._cdn)
        app.router.add_route("*", "/api/v10/{path:.*}", self._rest)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        return self

    async def close(self) -> None:
        for conn in list(self.connections):
            if not conn.ws.closed:
                await conn.ws.close()
        if self._runner is not None:
            await self._runner.cleanup()

    def patch_discord(self) -> None:
        """Point discord.py (HTTP routes, webhooks, gateway) at this server."""
        self._saved = point_discord_at(self.base)

    def unpatch_discord(self) -> None:
        from discord.gateway import DiscordWebSocket
        from discord.http import Route

        if self._saved:
            Route.BASE = self._saved["base"]
            DiscordWebSocket.DEFAULT_GATEWAY = self._saved["gateway"]

    def snowflake(self) -> int:
        return next(self._ids)

    # ---- gateway ----------------------------------------------------------------------------------------------
    async def _gateway(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse(max_msg_size=0)
        await ws.prepare(request)
        conn = GatewayConnection(ws, peer=request.remote)
        self.connections.append(conn)
        self._target.set(conn)  # this handler's own sends (HELLO, ACKs, READY) go to this connection
        try:
            await self._send_ws({"op": 10, "d": {"heartbeat_interval": 41250}, "s": None, "t": None})
            async for msg in ws:
                if msg.type != WSMsgType.TEXT:
                    continue
                data = json.loads(msg.data)
                op = data.get("op")
                if op == 1:
                    await self._send_ws({"op": 11, "d": None, "s": None, "t": None})
                elif op == 2:
                    self.identify = data["d"]
                    self.identifies.append(data["d"])
                    if data["d"].get("token") != TOKEN:
                        await ws.close(code=4004, message=b"Authentication failed.")
                        break
                    shard_id, count = data["d"].get("shard") or (0, 1)
                    if not (isinstance(count, int) and isinstance(shard_id, int) and 0 <= shard_id < count):
                        await ws.close(code=4010, message=b"Invalid shard.")
                        break
                    conn.shard = (shard_id, count)
                    await self._on_identify(conn)
                elif op == 6:
                    await self.dispatch("RESUMED", {}, connection=conn)
        finally:
            self.connections.remove(conn)
        return ws

    async def _send_ws(self, payload: dict[str, Any]) -> None:
        conn = self._target.get()
        if conn is None:
            raise RuntimeError("no gateway connection to send to")
        if conn.ws.closed:
            raise RuntimeError("the bot is not connected to the fake gateway")
        async with conn.lock:
            await conn.ws.send_str(json.dumps(payload))

    def connection_for(self, guild_id: int | None) -> GatewayConnection:
        """The connection Discord sends a guild's events to: the shard owning it (direct messages: shard 0)."""
        for conn in self.connections:
            if conn.shard is not None and conn.shard[0] == (0 if guild_id is None else shard_of(guild_id, conn.shard[1])):
                return conn
        raise RuntimeError(f"no shard connected for guild {guild_id}" if guild_id else "shard 0 is not connected")

    def shards_connected(self) -> dict[int, int]:
        """shard id -> shard count, of the connections that identified."""
        return {conn.shard[0]: conn.shard[1] for conn in self.connections if conn.shard is not None}

    async def dispatch(self, event: str, data: dict[str, Any], *, guild_id: int | None = None,
                       connection: GatewayConnection | None = None) -> None:
        """Send an event to `connection`, else to the shard owning `guild_id` (else shard 0)."""
        conn = connection or self.connection_for(guild_id)
        conn.seq += 1
        target = self._target.set(conn)
        try:
            await self._send_ws({"op": 0, "t": event, "s": conn.seq, "d": data})
        finally:
            self._target.reset(target)

    async def _on_identify(self, conn: GatewayConnection) -> None:
        shard_id, count = conn.shard  # type: ignore[misc]
        mine = [g for g in self.guild_ids if shard_of(g, count) == shard_id]
        await self.dispatch("READY", {
            "v": 10, "user": self.bot_user, "guilds": [{"id": str(g), "unavailable": True} for g in mine],
            "session_id": f"fake-session-{shard_id}", "resume_gateway_url": self.gateway_url, "shard": [shard_id, count],
            "application": {"id": str(APP_ID), "flags": 1 << 19}, "private_channels": [], "relationships": [],
        }, connection=conn)
        for gid in mine:
            await self.dispatch("GUILD_CREATE", self.guild_payload(gid), connection=conn)
        self.ready.set()
        self._notify()

    def role(self, role_id: int, name: str, perms: int, position: int) -> dict[str, Any]:
        return {"id": str(role_id), "name": name, "permissions": str(perms), "position": position, "color": 0,
                "hoist": False, "managed": False, "mentionable": False, "flags": 0, "icon": None, "unicode_emoji": None}

    def user(self, user_id: int) -> dict[str, Any]:
        if user_id == APP_ID:
            return self.bot_user
        return self.users.setdefault(user_id, user_payload(user_id, f"user{user_id % 10000}"))

    def member_payload(self, user_id: int, *, with_perms: bool = False) -> dict[str, Any]:
        m = {"user": self.user(user_id),
             "roles": [str(r) for r in self.member_roles.get(user_id, [])], "joined_at": "2024-01-01T00:00:00+00:00",
             "deaf": False, "mute": False, "flags": 0, "pending": False, "nick": None, "avatar": None,
             "premium_since": None, "communication_disabled_until": None}
        if with_perms:
            m["permissions"] = str(self.member_perms.get(user_id, PERM_MEMBER))
        return m

    def guild_payload(self, guild_id: int = GUILD_ID) -> dict[str, Any]:
        return {
            "id": str(guild_id), "name": "Test Server" if guild_id == GUILD_ID else "Second Server", "icon": None,
            "owner_id": str(ADMIN_ID), "unavailable": False,
            "roles": [self.role(guild_id, "@everyone", PERM_MEMBER, 0), self.role(MEMBER_ROLE_ID, "member", 0, 1),
                      self.role(MOD_ROLE_ID, "moderator", 0, 2)],
            "members": [self.member_payload(uid) for uid in (USER_ID, MOD_ID, ADMIN_ID, APP_ID)],
            "channels": [c for c in self.channels.values() if c["type"] == 0 and c.get("guild_id") == str(guild_id)],
            "threads": [],
            "member_count": 4, "large": False, "features": [], "emojis": [], "stickers": [], "voice_states": [],
            "presences": [], "stage_instances": [], "guild_scheduled_events": [], "soundboard_sounds": [],
            "joined_at": "2024-01-01T00:00:00+00:00", "premium_tier": 0, "preferred_locale": "en-US",
            "verification_level": 0, "default_message_notifications": 0, "explicit_content_filter": 0,
            "mfa_level": 0, "nsfw_level": 0, "system_channel_flags": 0, "afk_timeout": 300,
        }

    # ---- what tests drive -------------------------------------------------------------------------------------
    def guild_of(self, channel_id: int) -> int | None:
        """The guild a channel (or thread) is in; None for a direct message channel."""
        gid = self.channels.get(channel_id, {}).get("guild_id")
        return int(gid) if gid else None

    def _command_id(self, name: str, guild_id: int | None = GUILD_ID) -> tuple[str, int | None]:
        for gid in (guild_id, None):
            for cmd in self.commands.get(gid, []):
                if cmd["name"] == name:
                    return cmd["id"], gid
        raise KeyError(f"/{name} was never synced")

    def interaction_payload(self, itype: int, data: dict[str, Any], *, user_id: int = USER_ID, dm: bool = False,
                            channel_id: int = CHANNEL_ID, message: dict[str, Any] | None = None) -> dict[str, Any]:
        iid = self.snowflake()
        payload: dict[str, Any] = {
            "id": str(iid), "application_id": str(APP_ID), "type": itype, "token": f"itoken-{iid}", "version": 1,
            "data": data, "locale": "en-US", "entitlements": [], "app_permissions": str(PERM_MEMBER),
            "attachment_size_limit": 10 * 1024 * 1024,
        }
        if dm:
            payload.update(channel_id=str(DM_CHANNEL_ID), channel=self.channels[DM_CHANNEL_ID],
                           user=self.user(user_id), context=1, authorizing_integration_owners={"1": str(user_id)})
        else:
            gid = self.guild_of(channel_id) or GUILD_ID
            payload.update(guild_id=str(gid), guild_locale="en-US", channel_id=str(channel_id),
                           channel=self.channels[channel_id], member=self.member_payload(user_id, with_perms=True),
                           context=0, authorizing_integration_owners={"0": str(gid)},
                           guild={"id": str(gid), "locale": "en-US", "features": []})
        if message is not None:
            payload["message"] = message
        return payload

    async def send_interaction(self, payload: dict[str, Any]) -> FakeInteraction:
        loop = asyncio.get_running_loop()
        inter = FakeInteraction(int(payload["id"]), payload["token"], payload, time.monotonic(), loop.create_future())
        self.interactions[inter.id] = inter
        guild_id = payload.get("guild_id")
        await self.dispatch("INTERACTION_CREATE", payload, guild_id=int(guild_id) if guild_id else None)
        return inter

    async def slash(self, name: str, options: dict[str, Any] | None = None, *, user_id: int = USER_ID, dm: bool = False,
                    channel_id: int = CHANNEL_ID, resolved: dict[str, Any] | None = None) -> FakeInteraction:
        """A member runs /name in `channel_id` (its guild's synced command, else the global one; in a DM, as before, the
        first guild's)."""
        cmd_id, gid = self._command_id(name, GUILD_ID if dm else self.guild_of(channel_id))
        types = {str: 3, bool: 5, int: 4, float: 10}
        data: dict[str, Any] = {"id": cmd_id, "name": name, "type": 1,
                                "options": [{"name": k, "type": (11 if isinstance(v, Attachment) else types[type(v)]),
                                             "value": (str(v.id) if isinstance(v, Attachment) else v)}
                                            for k, v in (options or {}).items()]}
        atts = {k: v for k, v in (options or {}).items() if isinstance(v, Attachment)}
        if atts:
            data["resolved"] = {"attachments": {str(a.id): a.payload(self) for a in atts.values()}}
        if gid is not None:
            data["guild_id"] = str(gid)
        return await self.send_interaction(self.interaction_payload(2, data, user_id=user_id, dm=dm, channel_id=channel_id))

    async def autocomplete(self, name: str, option: str, partial: str, *, user_id: int = USER_ID) -> FakeInteraction:
        cmd_id, gid = self._command_id(name)
        data: dict[str, Any] = {"id": cmd_id, "name": name, "type": 1,
                                "options": [{"name": option, "type": 3, "value": partial, "focused": True}]}
        if gid is not None:
            data["guild_id"] = str(gid)
        return await self.send_interaction(self.interaction_payload(4, data, user_id=user_id))

    async def click(self, message: dict[str, Any], custom_id: str, *, user_id: int = USER_ID) -> FakeInteraction:
        channel_id = int(message["channel_id"])
        dm = channel_id == DM_CHANNEL_ID
        payload = self.interaction_payload(3, {"custom_id": custom_id, "component_type": 2}, user_id=user_id, dm=dm,
                                           channel_id=CHANNEL_ID if dm else channel_id, message=message)
        return await self.send_interaction(payload)

    async def user_message(self, content: str, *, channel_id: int = CHANNEL_ID, user_id: int = USER_ID) -> dict[str, Any]:
        """A member posts a message (mentioning the bot if the content has <@APP_ID>)."""
        mid = self.snowflake()
        mentions = [self.bot_user] if f"<@{APP_ID}>" in content or f"<@!{APP_ID}>" in content else []
        channel = self.channels[channel_id]
        msg = {
            "id": str(mid), "channel_id": str(channel_id), "author": self.user(user_id), "content": content,
            "timestamp": now_iso(), "edited_timestamp": None, "tts": False, "mention_everyone": False,
            "mentions": mentions, "mention_roles": [], "attachments": [], "embeds": [], "pinned": False, "type": 0,
            "flags": 0, "components": [],
        }
        if channel["type"] != 1:
            msg["guild_id"] = channel["guild_id"]
            msg["member"] = {k: v for k, v in self.member_payload(user_id).items() if k != "user"}
        self._store_message(msg)
        await self.dispatch("MESSAGE_CREATE", msg, guild_id=self.guild_of(channel_id))
        return msg

    def add_attachment(self, filename: str, data: bytes, content_type: str = "text/plain") -> "Attachment":
        att = Attachment(self.snowflake(), filename, data, content_type)
        self.attachments[f"{att.id}/{filename}"] = data
        return att

    # ---- waiting on what the bot did --------------------------------------------------------------------------
    async def wait_for(self, predicate: Callable[[Recorded], bool], timeout: float = 30, start: int = 0) -> Recorded:
        """The first recorded request (from index `start`) matching `predicate`, waiting for it if need be."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            for r in self.requests[start:]:
                if predicate(r):
                    return r
            remaining = deadline - loop.time()
            if remaining <= 0:
                raise asyncio.TimeoutError("no matching request")
            await asyncio.wait_for(self._changed.wait(), remaining)

    async def wait_for_shards(self, shard_ids, timeout: float = 60) -> None:
        """Until every one of these shards has identified (from whichever processes run them)."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while not set(shard_ids) <= set(self.shards_connected()):
            remaining = deadline - loop.time()
            if remaining <= 0:
                raise asyncio.TimeoutError(f"shards connected: {sorted(self.shards_connected())}")
            try:
                await asyncio.wait_for(self._changed.wait(), remaining)
            except asyncio.TimeoutError:
                pass

    async def followup(self, inter: FakeInteraction, timeout: float = 60) -> Recorded:
        """The message that completes an interaction: a webhook follow-up or an @original edit."""
        return await self.wait_for(
            lambda r: r.method in ("POST", "PATCH") and f"/webhooks/{APP_ID}/{inter.token}" in r.path, timeout)

    def sent_messages(self) -> list[Recorded]:
        return [r for r in self.requests if r.sends_message()]

    def message(self, message_id: int | str) -> dict[str, Any]:
        return self.messages[int(message_id)]

    # ---- REST -------------------------------------------------------------------------------------------------
    async def _record(self, request: web.Request, path: str) -> Recorded:
        body: Any = None
        files: list[str] = []
        if request.content_type == "application/json":
            raw = await request.read()
            body = json.loads(raw) if raw else None
        elif request.content_type.startswith("multipart/"):
            reader = await request.multipart()
            async for part in reader:
                if part.name == "payload_json":
                    body = json.loads(await part.text())
                else:
                    files.append(part.filename or part.name or "")
                    await part.read()
        rec = Recorded(request.method, path, dict(request.query), body, time.monotonic(), files, request.remote)
        self.requests.append(rec)
        self._notify()
        return rec

    def _notify(self) -> None:
        """Wake whoever waits on a new request or connection (`wait_for`, `wait_for_shards`)."""
        changed, self._changed = self._changed, asyncio.Event()
        changed.set()

    async def _cdn(self, request: web.Request) -> web.Response:
        data = self.attachments.get(request.match_info["path"])
        if data is None:
            return web.Response(status=404)
        return web.Response(body=data)

    async def _rest(self, request: web.Request) -> web.StreamResponse:
        path = "/" + request.match_info["path"]
        rec = await self._record(request, path)
        if request.headers.get("Authorization") not in (f"Bot {TOKEN}", None):
            return json_response({"message": "401: Unauthorized", "code": 0}, status=401)
        parts = [unquote(p) for p in path.strip("/").split("/")]
        m = request.method
        try:
            result = await self._route(m, parts, rec)
        except KeyError as exc:
            result = None
            print(f"fake discord: unknown object {exc} for {m} {path}")
        if result is None:
            self.unknown.append(rec)
            return json_response({"message": "404: Not Found", "code": 0}, status=404)
        if result == 204:
            return web.Response(status=204)
        return json_response(result)

    async def _route(self, m: str, p: list[str], rec: Recorded) -> Any:
        body = rec.body or {}
        match p:
            case ["gateway", "bot"]:
                return {"url": self.gateway_url.rstrip("/"), "shards": self.recommended_shards,
                        "session_start_limit": {"total": 1000, "remaining": 999, "reset_after": 0, "max_concurrency": 1}}
            case ["gateway"]:
                return {"url": self.gateway_url.rstrip("/")}
            case ["users", "@me"] if m == "GET":
                return {**self.bot_user, "verified": True, "mfa_enabled": False, "flags": 0}
            case ["oauth2", "applications", "@me"] if m == "GET":
                return {"id": str(APP_ID), "name": "blacklist-bot", "description": "", "icon": None,
                        "bot_public": False, "bot_require_code_grant": False, "owner": self.users[ADMIN_ID],
                        "verify_key": "00", "flags": 1 << 19, "team": None, "summary": "", "rpc_origins": [],
                        "interactions_endpoint_url": None}
            case ["applications", _, "commands"] if m == "PUT":
                self.commands[None] = self._with_ids(body, None)
                return self.commands[None]
            case ["applications", _, "guilds", gid, "commands"] if m == "PUT":
                self.commands[int(gid)] = self._with_ids(body, int(gid))
                return self.commands[int(gid)]
            case ["applications", _, "commands"] | ["applications", _, "guilds", _, "commands"] if m == "GET":
                return []
            case ["interactions", iid, token, "callback"] if m == "POST":
                return self._callback(int(iid), token, rec)
            case ["webhooks", _, token] if m == "POST":
                msg = self._new_message(body, channel_id=self._interaction_channel(token), webhook=True)
                return msg
            case ["webhooks", _, token, "messages", "@original"]:
                return self._original(m, token, body)
            case ["webhooks", _, token, "messages", mid]:
                return self._edit(m, int(mid), body)
            case ["channels", cid, "messages"] if m == "POST":
                return self._new_message(body, channel_id=int(cid))
            case ["channels", cid, "messages"] if m == "GET":
                return self._history(int(cid), rec.query)
            case ["channels", cid, "messages", mid] if m == "GET":
                return self.messages[int(mid)]
            case ["channels", cid, "messages", mid]:
                return self._edit(m, int(mid), body)
            case ["channels", cid, "messages", mid, "threads"] if m == "POST":
                return await self._thread(int(cid), int(mid), body)
            case ["channels", cid, "threads"] if m == "POST":
                return await self._thread(int(cid), None, body)
            case ["channels", cid, "messages", mid, "reactions", emoji, "@me"] if m in ("PUT", "DELETE"):
                return 204
            case ["channels", cid, "typing"] if m == "POST":
                return 204
            case ["users", "@me", "channels"] if m == "POST":
                return self.channels[DM_CHANNEL_ID]
        return None

    def _with_ids(self, commands: list[dict[str, Any]], guild_id: int | None) -> list[dict[str, Any]]:
        out = []
        for cmd in commands:
            out.append({**cmd, "id": str(self.snowflake()), "application_id": str(APP_ID), "version": "1",
                        **({"guild_id": str(guild_id)} if guild_id else {}),
                        "default_member_permissions": cmd.get("default_member_permissions"),
                        "type": cmd.get("type", 1)})
        return out

    def _interaction_channel(self, token: str) -> int:
        for inter in self.interactions.values():
            if inter.token == token:
                return int(inter.payload["channel_id"])
        return CHANNEL_ID

    def _callback(self, iid: int, token: str, rec: Recorded) -> dict[str, Any]:
        inter = self.interactions.get(iid)
        cbtype = (rec.body or {}).get("type")
        data = (rec.body or {}).get("data") or {}
        resource: dict[str, Any] = {"type": cbtype}
        message_id = None
        if cbtype in (4, 5):
            flags = int(data.get("flags", 0)) | (128 if cbtype == 5 else 0)
            msg = self._new_message({**data, "flags": flags}, channel_id=self._interaction_channel(token), webhook=True)
            self.original[token] = msg
            resource["message"] = msg
            message_id = msg["id"]
        elif cbtype == 7 and inter is not None and "message" in inter.payload:
            msg = self._edit("PATCH", int(inter.payload["message"]["id"]), data)
            resource["message"] = msg
            message_id = msg["id"]
        if inter is not None and not inter.callback.done():
            inter.callback.set_result(rec)
        return {"interaction": {"id": str(iid), "type": inter.payload["type"] if inter else 2,
                                "response_message_id": message_id, "response_message_loading": cbtype == 5,
                                "response_message_ephemeral": bool(int(data.get("flags", 0)) & 64)},
                "resource": resource}

    def _new_message(self, body: dict[str, Any], *, channel_id: int, webhook: bool = False) -> dict[str, Any]:
        mid = self.snowflake()
        msg = {
            "id": str(mid), "channel_id": str(channel_id), "author": self.bot_user,
            "content": body.get("content") or "", "timestamp": now_iso(), "edited_timestamp": None, "tts": False,
            "mention_everyone": False, "mentions": [], "mention_roles": [], "attachments": [],
            "embeds": body.get("embeds") or [], "components": body.get("components") or [], "pinned": False,
            "type": 19 if body.get("message_reference") else 0, "flags": int(body.get("flags") or 0),
        }
        if webhook:
            msg["webhook_id"] = str(APP_ID)
            msg["application_id"] = str(APP_ID)
        if self.channels.get(channel_id, {}).get("type", 0) != 1:
            msg["guild_id"] = str(self.guild_of(channel_id) or GUILD_ID)
        self._store_message(msg)
        return msg

    def _store_message(self, msg: dict[str, Any]) -> None:
        mid, cid = int(msg["id"]), int(msg["channel_id"])
        self.messages[mid] = msg
        self.channel_messages.setdefault(cid, []).append(mid)

    def _original(self, m: str, token: str, body: dict[str, Any]) -> Any:
        msg = self.original.get(token)
        if msg is None:
            return None
        if m == "GET":
            return msg
        if m == "DELETE":
            return 204
        return self._edit("PATCH", int(msg["id"]), body)

    def _edit(self, m: str, mid: int, body: dict[str, Any]) -> Any:
        msg = self.messages[mid]
        if m == "DELETE":
            return 204
        if m == "GET":
            return msg
        for key in ("content", "embeds", "components"):
            if key in body:
                msg[key] = body[key] if body[key] is not None else ([] if key != "content" else "")
        msg["edited_timestamp"] = now_iso()
        return msg

    def _history(self, cid: int, query: dict[str, str]) -> list[dict[str, Any]]:
        ids = sorted(self.channel_messages.get(cid, []), reverse=True)
        if "before" in query:
            ids = [i for i in ids if i < int(query["before"])]
        if "after" in query:
            ids = [i for i in ids if i > int(query["after"])]
        limit = int(query.get("limit", 50))
        return [self.messages[i] for i in ids[:limit]]

    async def _thread(self, cid: int, mid: int | None, body: dict[str, Any]) -> dict[str, Any]:
        tid = mid or self.snowflake()
        gid = self.guild_of(cid) or GUILD_ID
        thread = {
            "id": str(tid), "type": 11, "guild_id": str(gid), "parent_id": str(cid), "owner_id": str(APP_ID),
            "name": body.get("name", "thread"), "last_message_id": None, "rate_limit_per_user": 0, "flags": 0,
            "message_count": 0, "member_count": 1, "total_message_sent": 0,
            "thread_metadata": {"archived": False, "auto_archive_duration": body.get("auto_archive_duration", 1440),
                                "archive_timestamp": now_iso(), "locked": False},
        }
        self.channels[tid] = thread
        await self.dispatch("THREAD_CREATE", {**thread, "newly_created": True}, guild_id=gid)
        return thread


@dataclass
class Attachment:
    id: int
    filename: str
    data: bytes
    content_type: str

    def payload(self, fake: FakeDiscord) -> dict[str, Any]:
        url = f"{fake.base}/attachments/{self.id}/{self.filename}"
        return {"id": str(self.id), "filename": self.filename, "size": len(self.data), "url": url, "proxy_url": url,
                "content_type": self.content_type}


class FakeDiscordThread:
    """A fake Discord on its own event loop in a background thread: for a bot that runs its own loop
    (`bot.client.run`), or that must not share the fake's loop (a benchmark timing the bot's loop)."""

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self.fake = FakeDiscord()
        started = threading.Event()

        def serve() -> None:
            asyncio.set_event_loop(self.loop)
            self.loop.run_until_complete(self.fake.start())
            started.set()
            self.loop.run_forever()

        self.thread = threading.Thread(target=serve, daemon=True, name="fake-discord")
        self.thread.start()
        started.wait(10)

    async def call(self, coro):
        """Await `coro` on the fake's loop, from another loop."""
        return await asyncio.wrap_future(asyncio.run_coroutine_threadsafe(coro, self.loop))

    def close(self) -> None:
        asyncio.run_coroutine_threadsafe(self.fake.close(), self.loop).result(10)
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(10)
        if not self.thread.is_alive():
            self.loop.close()  # else it is closed when garbage-collected, which can fail noisily at exit

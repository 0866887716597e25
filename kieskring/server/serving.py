"""``uitslag serve``: the installation database's services as an HTTPS API for the workstations in one
room (issue 14; docs/app.md §4), on aiohttp.

* One route, ``POST /api/<call>``: the body is the call's JSON parameters, the headers carry the session
  token, the workstation, the request id and the client's airgap check
  (:mod:`kieskring.app.api.http_transport`); the answer is the dispatcher's JSON envelope.
* Every call runs on **one worker thread** that alone holds the database (:mod:`.service`); the event
  loop only receives and sends bytes. SQLite stays on the serving laptop, in WAL mode: the database file
  is never shared over the network.
* TLS always (:mod:`.tls`); plain HTTP only with ``insecure_localhost`` on a loopback address (tests).
* Size limits per call (:func:`body_limit`): 1 MiB, the set-up files 64 MiB, an uploaded backup 1 GiB;
  headers as aiohttp limits them (8 KiB a line).
* The airgap check runs at start and every ``airgap_every`` seconds (:mod:`.gate`).
"""

from __future__ import annotations

import asyncio
import signal
import ssl
import urllib.parse
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from aiohttp import web

from kieskring.app import airgap
from kieskring.app.api import wire
from kieskring.app.api.dispatch import Request
from kieskring.app.api.http_transport import (
    AIRGAP_HEADER,
    API_PREFIX,
    REQUEST_HEADER,
    SESSION_HEADER,
    WORKSTATION_HEADER,
)
from kieskring.errors import Problem, UserError

from .requests import parse_request_id
from .service import Incoming, LanService

MIB = 1 << 20
DEFAULT_LIMIT = 1 * MIB
FILE_CALLS = frozenset(
    {"inspect_definition", "inspect_candidates", "inspect_stations", "save_setup"}
)
FILE_LIMIT = 64 * MIB
UPLOAD_CALLS = frozenset({"upload_backup"})
UPLOAD_LIMIT = 1024 * MIB
MAX_WORKSTATION = 64
_METHOD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz_0123456789")


def body_limit(method: str) -> int:
    """The largest body a call may have."""
    if method in UPLOAD_CALLS:
        return UPLOAD_LIMIT
    return FILE_LIMIT if method in FILE_CALLS else DEFAULT_LIMIT


@dataclass(frozen=True)
class ServeOptions:
    """How ``uitslag serve`` runs."""

    database: Path
    host: str
    port: int
    tls: ssl.SSLContext | None
    allow_network: bool
    server_name: str
    airgap_every: float = 30.0


def _refusal(status: int, code: str, nl: str, en: str) -> web.Response:
    body = wire.error_envelope(UserError((Problem(code, nl, en),)))
    return web.Response(status=status, body=body, content_type="application/json")


def _incoming(request: web.Request, body: bytes) -> Incoming | web.Response:
    """The request for the worker, or why it is refused before reaching it."""
    method = request.match_info["method"]
    rid = parse_request_id(request.headers.get(REQUEST_HEADER, ""))
    workstation = urllib.parse.unquote(request.headers.get(WORKSTATION_HEADER, ""))
    if rid is None or not workstation or len(workstation) > MAX_WORKSTATION:
        return _refusal(
            400,
            "NET.BAD_REQUEST",
            "verzoek zonder geldige werkplek of verzoek-id",
            "request without a valid workstation or request id",
        )
    auth = request.headers.get(SESSION_HEADER, "")
    token = auth.removeprefix("Bearer ") if auth.startswith("Bearer ") else None
    report = airgap.decode_report(request.headers.get(AIRGAP_HEADER, ""))
    return Incoming(Request(method, body, token, workstation), rid, report)


def make_app(service: LanService, worker: ThreadPoolExecutor) -> web.Application:
    """The aiohttp application over ``service`` (run on ``worker``)."""
    app = web.Application(client_max_size=UPLOAD_LIMIT)

    async def call(request: web.Request) -> web.Response:
        method = request.match_info["method"]
        if not method or not set(method) <= _METHOD_CHARS or len(method) > 60:
            return _refusal(404, "API.UNKNOWN", "onbekende opdracht", "unknown call")
        size = request.content_length
        if size is None:
            return _refusal(411, "NET.LENGTH", "lengte van het verzoek ontbreekt", "no length")
        if size > body_limit(method):
            return _refusal(
                413, "NET.TOO_LARGE", "dit verzoek is te groot", "this request is too large"
            )
        body = await request.read()
        incoming = _incoming(request, body)
        if isinstance(incoming, web.Response):
            return incoming
        loop = asyncio.get_running_loop()
        answer = await loop.run_in_executor(worker, service.answer, incoming)
        return web.Response(body=answer, content_type="application/json")

    app.router.add_post(API_PREFIX + "{method}", call)
    return app


def check_or_none(check: Callable[[], airgap.AirgapReport]) -> airgap.AirgapReport | None:
    """The machine's check; ``None`` (not checked: data entry waits) when the check itself fails."""
    try:
        return check()
    except Exception:  # a failing check must not look like an air-gapped room
        return None


async def _airgap_loop(
    service: LanService,
    worker: ThreadPoolExecutor,
    every: float,
    check: Callable[[], airgap.AirgapReport],
) -> None:
    loop = asyncio.get_running_loop()
    while True:
        await asyncio.sleep(every)
        report = await loop.run_in_executor(None, check_or_none, check)
        await loop.run_in_executor(worker, service.note_server, report)


async def serve(
    options: ServeOptions,
    on_ready: Callable[[str], None],
    *,
    check: Callable[[], airgap.AirgapReport] = airgap.check_machine,
) -> None:
    """Serve until SIGINT or SIGTERM; ``on_ready`` gets the address (with the real port)."""
    loop = asyncio.get_running_loop()
    worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="uitslag-db")
    service = await loop.run_in_executor(
        worker,
        lambda: LanService(
            options.database,
            allow_network=options.allow_network,
            server_name=options.server_name,
        ),
    )
    try:
        if not options.allow_network:
            await loop.run_in_executor(worker, service.note_server, check_or_none(check))
        runner = web.AppRunner(make_app(service, worker), access_log=None)
        await runner.setup()
        site = web.TCPSite(runner, options.host, options.port, ssl_context=options.tls)
        await site.start()
        on_ready(_address(runner, options))
        stop = asyncio.Event()
        for signum in (signal.SIGINT, signal.SIGTERM):
            try:
                loop.add_signal_handler(signum, stop.set)
            except (NotImplementedError, RuntimeError):  # Windows: Ctrl+C raises instead
                signal.signal(signum, lambda *_: loop.call_soon_threadsafe(stop.set))
        ticker = (
            None
            if options.allow_network
            else asyncio.create_task(_airgap_loop(service, worker, options.airgap_every, check))
        )
        await stop.wait()
        if ticker is not None:
            ticker.cancel()
        await runner.cleanup()
    finally:
        await loop.run_in_executor(worker, service.close)
        worker.shutdown(wait=True)


def _address(runner: web.AppRunner, options: ServeOptions) -> str:
    """The address clients use, with the real port (the system chose it when 0 was asked)."""
    port = options.port
    for found in runner.addresses:
        if isinstance(found, tuple) and len(found) >= 2:
            port = int(found[1])
            break
    host = f"[{options.host}]" if ":" in options.host else options.host
    scheme = "https" if options.tls is not None else "http"
    return f"{scheme}://{host}:{port}"


def run(options: ServeOptions, on_ready: Callable[[str], None]) -> None:
    """Run :func:`serve` in a new event loop."""
    asyncio.run(serve(options, on_ready))

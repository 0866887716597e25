"""A client of the serving laptop (issue 14; docs/app.md §4): the same interface object as on one laptop
(:class:`~kieskring.app.api.client.ApiProxy`), its requests sent over HTTPS to ``uitslag serve``.

One request is one ``POST /api/<call>``: the body is the call's JSON parameters, the session token is in
``Authorization: Bearer``, the workstation's name in ``X-Uitslag-Workstation`` (percent-encoded), the
request's id in ``X-Uitslag-Request`` and this machine's airgap check in ``X-Uitslag-Airgap``. The answer
is the dispatcher's JSON envelope.

Faults: every new connection checks the pinned certificate first (:mod:`.pinning`); a lost connection
is retried with the **same request id** (the server applies a request once, and answers a retry of an
applied request with its answer or ``NET.ALREADY_APPLIED``); when the server stays away the call fails
with ``NET.CONNECTION_LOST`` and the request is kept: calling again with the same arguments sends it
again under the same id. A listener hears when the link is lost and back, for the title bar.
"""

from __future__ import annotations

import enum
import http.client
import secrets
import time
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass

from kieskring.app import airgap
from kieskring.errors import Problem, UserError

from .client import AppApi, proxy
from .dispatch import Request
from .pinning import ServerAddress, check_pin, client_context, is_loopback, parse_url
from .transport import Connection

API_PREFIX = "/api/"
SESSION_HEADER = "Authorization"
WORKSTATION_HEADER = "X-Uitslag-Workstation"
REQUEST_HEADER = "X-Uitslag-Request"
AIRGAP_HEADER = "X-Uitslag-Airgap"
UNCHECKED = "unchecked"
"""The airgap header of a client started with ``--allow-network`` (tests, the rehearsal)."""


def _problem(code: str, nl: str, en: str, place: str = "") -> UserError:
    return UserError((Problem(code, nl, en, place=place),))


@dataclass(frozen=True)
class RetryPolicy:
    """How long a lost connection is retried before the call fails (and how patiently)."""

    total_seconds: float = 30.0
    first_delay: float = 0.2
    max_delay: float = 2.0
    timeout: float = 120.0
    """How long one answer may take (a backup of a large database takes a while)."""


class Link(enum.Enum):
    """What the listener hears: the connection was lost, or is back."""

    LOST = "lost"
    RESTORED = "restored"


class _Retry(Exception):
    """Internal: this attempt failed in a way a retry can mend."""


class AirgapMonitor:
    """This machine's airgap check, at most every ``every`` seconds (no packets: :mod:`airgap`)."""

    def __init__(
        self,
        check: Callable[[], airgap.AirgapReport] | None = airgap.check_machine,
        every: float = 30.0,
    ) -> None:
        self.check = check
        self.every = every
        self._value = UNCHECKED
        self._at = float("-inf")

    def header(self) -> str:
        """The current report as the header value (``unchecked`` without a check)."""
        if self.check is None:
            return UNCHECKED
        now = time.monotonic()
        if now - self._at >= self.every:
            try:
                self._value = self.check().encode()
            except Exception:  # a failing check is no check: the server then refuses data entry
                self._value = UNCHECKED
            self._at = now
        return self._value


class RequestIds:
    """Request ids ``<client>.<n>``: a random client part per connection object and a counter."""

    def __init__(self) -> None:
        self.client = secrets.token_hex(16)
        self.count = 0

    def next(self) -> str:
        """A new id."""
        self.count += 1
        return f"{self.client}.{self.count}"


class HttpTransport:
    """Sends requests to the serving laptop over HTTPS, pinned (or plain HTTP on loopback in tests)."""

    def __init__(
        self,
        url: str,
        pinned: str | None,
        workstation: str,
        *,
        retry: RetryPolicy | None = None,
        monitor: AirgapMonitor | None = None,
        listener: Callable[[Link], None] | None = None,
        insecure_localhost: bool = False,
    ) -> None:
        self.address: ServerAddress = parse_url(url)
        _check_mode(self.address, pinned, insecure_localhost)
        self.pinned = pinned
        self.connection = Connection("server", self.address.url, workstation)
        self.retry = retry or RetryPolicy()
        self.monitor = monitor or AirgapMonitor()
        self.listener = listener
        self.ids = RequestIds()
        self._conn: http.client.HTTPConnection | None = None
        self._kept: tuple[Request, str] | None = None
        self._lost = False

    def send(self, request: Request) -> bytes:
        """The server's answer; retried with the same id while the connection is lost."""
        kept = self._kept
        request_id = kept[1] if kept is not None and kept[0] == request else self.ids.next()
        deadline = time.monotonic() + self.retry.total_seconds
        delay = self.retry.first_delay
        while True:
            try:
                answer = self._exchange(request, request_id)
            except _Retry as failed:
                self._tell(Link.LOST)
                if time.monotonic() + delay > deadline:
                    self._kept = (request, request_id)
                    raise _lost(self.address, str(failed)) from None
                time.sleep(delay)
                delay = min(delay * 2, self.retry.max_delay)
                continue
            self._kept = None
            self._tell(Link.RESTORED)
            return answer

    def close(self) -> None:
        """Close the connection."""
        self._drop()

    def _tell(self, link: Link) -> None:
        lost = link is Link.LOST
        if lost != self._lost:
            self._lost = lost
            if self.listener is not None:
                self.listener(link)

    def _drop(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def _open(self) -> http.client.HTTPConnection:
        timeout = self.retry.timeout
        if self.address.scheme == "http":
            return http.client.HTTPConnection(self.address.host, self.address.port, timeout=timeout)
        conn = http.client.HTTPSConnection(
            self.address.host, self.address.port, timeout=timeout, context=client_context()
        )
        conn.connect()
        try:
            assert self.pinned is not None and conn.sock is not None
            check_pin(conn.sock.getpeercert(binary_form=True), self.pinned, self.address.url)
        except BaseException:
            conn.close()
            raise
        return conn

    def _exchange(self, request: Request, request_id: str) -> bytes:
        headers = {
            "Content-Type": "application/json",
            WORKSTATION_HEADER: urllib.parse.quote(request.workstation, safe=""),
            REQUEST_HEADER: request_id,
            AIRGAP_HEADER: self.monitor.header(),
        }
        if request.token:
            headers[SESSION_HEADER] = f"Bearer {request.token}"
        try:
            if self._conn is None:
                self._conn = self._open()
            self._conn.request("POST", API_PREFIX + request.method, request.params, headers)
            response = self._conn.getresponse()
            body = response.read()
        except (OSError, http.client.HTTPException) as err:
            self._drop()
            raise _Retry(f"{type(err).__name__}: {err}") from None
        if response.will_close:
            self._drop()
        return _body(response.status, body, self.address)


def _check_mode(address: ServerAddress, pinned: str | None, insecure_localhost: bool) -> None:
    if address.scheme == "https" and pinned:
        return
    if address.scheme == "http" and insecure_localhost and is_loopback(address.host):
        return
    raise _problem(
        "NET.NOT_PINNED",
        "verbind alleen via https met een vastgelegde vingerafdruk van het servercertificaat",
        "connect only over https with a pinned fingerprint of the server's certificate",
        address.url,
    )


def _lost(address: ServerAddress, why: str) -> UserError:
    return _problem(
        "NET.CONNECTION_LOST",
        f"de verbinding met de server ({address.url}) is verbroken; wat je typte is bewaard. "
        "Controleer de kabel en probeer het opnieuw, of ga verder op een andere werkplek",
        f"the connection to the server ({address.url}) is lost; what you typed is kept. Check the "
        "cable and try again, or continue on another workstation",
        why[:200],
    )


def _body(status: int, body: bytes, address: ServerAddress) -> bytes:
    """The envelope of a 200 answer; a retry for 503 (the server is starting or stopping)."""
    if status == 200:
        return body
    if status == 503:
        raise _Retry("503 Service Unavailable")
    if status == 413:
        raise _problem(
            "NET.TOO_LARGE",
            "dit verzoek is groter dan de server aanneemt",
            "this request is larger than the server accepts",
            address.url,
        )
    raise _problem(
        "NET.BAD_ANSWER",
        f"onverwacht antwoord van de server (HTTP {status})",
        f"unexpected answer from the server (HTTP {status})",
        address.url,
    )


def connect_server(
    url: str,
    pinned_fingerprint: str | None,
    workstation: str,
    *,
    retry: RetryPolicy | None = None,
    allow_network: bool = False,
    insecure_localhost: bool = False,
    listener: Callable[[Link], None] | None = None,
) -> AppApi:
    """The interface to the serving laptop at ``url`` whose certificate has ``pinned_fingerprint``
    (beside :func:`kieskring.app.api.open_local`). ``allow_network`` skips this machine's airgap check
    (tests and the rehearsal: a strict server then refuses data entry from this client)."""
    monitor = AirgapMonitor(None if allow_network else airgap.check_machine)
    return proxy(
        HttpTransport(
            url,
            pinned_fingerprint,
            workstation,
            retry=retry,
            monitor=monitor,
            listener=listener,
            insecure_localhost=insecure_localhost,
        )
    )

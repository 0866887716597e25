"""``uitslag serve DB --listen HOST:PORT``: the serving laptop of a room with several workstations
(issue 14; docs/app.md §4; README "Several workstations in one room").

Serves the installation database ``DB`` over HTTPS with the TLS identity in ``--tls DIR`` (default
``<DB>.tls`` beside the database; created at the first start) and prints the address and the
certificate's fingerprint in 16 groups: each workstation types two of them to pin this server.
``--insecure-localhost`` (plain HTTP) is for tests only and refused unless the address is loopback;
``--allow-network`` turns the airgap check off (tests, the rehearsal). Stops on Ctrl+C or SIGTERM.

Two machine-readable lines follow the text: ``LISTENING <url>`` and ``FINGERPRINT <hex>`` (the
rehearsal and the tests read them); at the end ``PEAK_RSS_MB <n>``.
"""

from __future__ import annotations

import argparse
import socket
import sys
from pathlib import Path
from typing import Any

from kieskring.cli.help import add_command
from kieskring.errors import Problem, UserError


def register(subparsers: Any) -> None:
    """Add ``serve``."""
    parser = add_command(
        subparsers,
        "serve",
        summary="bedien de werkplekken in de zaal vanaf deze laptop (HTTPS)",
        description="Stelt de database van de installatie beschikbaar aan de werkplekken in één zaal,\n"
        "via HTTPS op een gesloten netwerk. Maakt bij de eerste start een eigen TLS-sleutel in\n"
        "DB.tls en toont bij elke start het adres en de vingerafdruk van het certificaat in\n"
        "16 groepen: elke werkplek typt er twee over. Invoer gaat alleen door zolang de\n"
        "controle geen verbinding naar buiten ziet. Stoppen met Ctrl+C.",
        examples=(
            "uitslag serve gsb.sqlite --listen 192.168.10.1:8443",
            "uitslag serve gsb.sqlite --listen 127.0.0.1:0 --allow-network",
        ),
    )
    parser.add_argument("db", type=Path, help="het databasebestand van de installatie")
    parser.add_argument(
        "--listen", required=True, help="HOST:POORT, bijv. 192.168.10.1:8443 of [::1]:0"
    )
    parser.add_argument(
        "--tls", type=Path, help="map met server.key en server.crt (standaard: DB.tls ernaast)"
    )
    parser.add_argument(
        "--insecure-localhost", action="store_true", help="alleen voor tests: HTTP op loopback"
    )
    parser.add_argument(
        "--allow-network",
        action="store_true",
        help="zet de airgap-controle uit: alleen voor tests en de generale repetitie",
    )
    parser.add_argument("--airgap-every", type=float, default=30.0, help=argparse.SUPPRESS)
    parser.set_defaults(func=_serve)


def _usage(nl: str, en: str) -> UserError:
    return UserError((Problem("NET.USAGE", nl, en),), exit_code=2)


def parse_listen(value: str) -> tuple[str, int]:
    """``HOST:PORT`` or ``[IPv6]:PORT``."""
    host, sep, port = value.rpartition(":")
    host = host.removeprefix("[").removesuffix("]")
    if not sep or not host or not port.isdigit() or int(port) > 65535:
        raise _usage(
            f"--listen '{value}': schrijf HOST:POORT", f"--listen '{value}': write HOST:PORT"
        )
    return host, int(port)


def _serve(args: argparse.Namespace) -> int:
    from kieskring.app.api.pinning import is_loopback
    from kieskring.eml.fingerprint import grouped
    from kieskring.server.serving import ServeOptions, run
    from kieskring.server.tls import ensure_identity, server_context, tls_folder

    host, port = parse_listen(args.listen)
    name = socket.gethostname() or "server"
    if args.insecure_localhost:
        if not is_loopback(host):
            raise _usage(
                "--insecure-localhost mag alleen op een loopback-adres (127.0.0.1 of ::1)",
                "--insecure-localhost is allowed on a loopback address only (127.0.0.1 or ::1)",
            )
        tls = None
        fingerprint = ""
    else:
        identity = ensure_identity(args.tls or tls_folder(args.db), name)
        tls, fingerprint = server_context(identity), identity.fingerprint
    options = ServeOptions(args.db, host, port, tls, args.allow_network, name, args.airgap_every)

    def ready(url: str) -> None:
        print(f"Uitslag-server voor {args.db} / serving {args.db}")
        print(f"Adres / address: {url}")
        if fingerprint:
            print("Vingerafdruk van het certificaat / certificate fingerprint:")
            print(f"  {grouped(fingerprint, upper=True)}")
        if args.allow_network:
            print("LET OP: airgap-controle staat uit (--allow-network) / airgap check is off")
        print(f"LISTENING {url}")
        print(f"FINGERPRINT {fingerprint or '-'}", flush=True)

    run(options, ready)
    print(f"PEAK_RSS_MB {_peak_rss_mib():.0f}", flush=True)
    return 0


def _peak_rss_mib() -> float:
    try:
        import resource
    except ImportError:  # Windows
        return 0.0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1 << 20) if sys.platform == "darwin" else peak / 1024

"""The airgap check (issue 14; docs/app.md §4): does this machine look connected to a network beyond the
room? Answered **without sending a packet anywhere** — only from the machine's own state:

* a default route in the routing table (Linux ``/proc/net/route`` and ``/proc/net/ipv6_route``;
  Windows ``route print``; other systems ``netstat -rn``);
* an interface with a public address: not private, not loopback, not link-local (the addresses as the
  operating system lists them, through psutil; the providers' shared range 100.64.0.0/10 counts as
  public);
* a configured DNS server outside the subnets of this machine's own interfaces (``/etc/resolv.conf``
  and systemd-resolved's upstream list; Windows ``ipconfig /all``).

Parsing is pure (tested on captured samples); :func:`check_machine` only gathers the texts. A closed LAN
with static addresses and no gateway shows none of these signs. While one is seen, the LAN server
refuses data entry and logs it in the audit log (``kieskring.server.gate``).
"""

from __future__ import annotations

import ipaddress
import json
import re
import socket
import subprocess
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from kieskring.app.text import Text

IpNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network
IpAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

_SHARED = ipaddress.ip_network("100.64.0.0/10")
_RTF_REJECT = 0x0200


@dataclass(frozen=True)
class Sign:
    """One sign of a connection: ``default_route``, ``public_address`` or ``dns``, and where."""

    kind: str
    detail: str

    def text(self) -> Text:
        """The sign in words."""
        nl, en = {
            "default_route": ("standaardroute (gateway) via", "default route (gateway) via"),
            "public_address": ("openbaar adres", "public address"),
            "dns": ("DNS-server buiten het lokale netwerk", "DNS server outside the local network"),
        }.get(self.kind, (self.kind, self.kind))
        return Text(f"{nl} {self.detail}", f"{en} {self.detail}")


@dataclass(frozen=True)
class Interface:
    """One address of a network interface, with its subnet."""

    name: str
    network: IpNetwork
    address: IpAddress


@dataclass(frozen=True)
class AirgapReport:
    """What the check found (empty: the machine looks air-gapped)."""

    signs: tuple[Sign, ...]

    @property
    def connected(self) -> bool:
        """Whether any sign of a connection was seen."""
        return bool(self.signs)

    def text(self) -> Text:
        """All signs in one sentence."""
        return Text(
            "; ".join(s.text().nl for s in self.signs), "; ".join(s.text().en for s in self.signs)
        )

    def encode(self) -> str:
        """For a header: ``clear`` or ``connected`` with the signs as JSON."""
        if not self.signs:
            return "clear"
        return "connected " + json.dumps([[s.kind, s.detail] for s in self.signs])


def decode_report(value: str) -> AirgapReport | None:
    """A report as sent by a client (``None``: not checked, or not readable)."""
    if value == "clear":
        return AirgapReport(())
    if not value.startswith("connected "):
        return None
    try:
        raw = json.loads(value.removeprefix("connected "))
        signs = tuple(Sign(str(kind)[:40], str(detail)[:120]) for kind, detail in raw[:20])
    except (ValueError, TypeError):
        return None
    return AirgapReport(signs) if signs else None


# -- pure parsing ------------------------------------------------------------------------------------


def is_public(address: IpAddress) -> bool:
    """Not private, loopback, link-local, unspecified or multicast (100.64.0.0/10 is public here:
    a provider's address)."""
    if isinstance(address, ipaddress.IPv4Address) and address in _SHARED:
        return True
    return not (
        address.is_private
        or address.is_loopback
        or address.is_link_local
        or address.is_unspecified
        or address.is_multicast
        or (isinstance(address, ipaddress.IPv6Address) and address.is_site_local)
    )


def linux_default_routes(proc_net_route: str) -> tuple[Sign, ...]:
    """Default IPv4 routes in ``/proc/net/route`` (destination and mask 0, route up)."""
    found = []
    for line in proc_net_route.splitlines()[1:]:
        cols = line.split()
        if len(cols) < 8 or cols[0] == "lo":
            continue
        flags = int(cols[3], 16)
        if cols[1] == "00000000" and cols[7] == "00000000" and flags & 0x1:
            gateway = ipaddress.IPv4Address(bytes.fromhex(cols[2])[::-1])
            found.append(Sign("default_route", f"{cols[0]} ({gateway})"))
    return tuple(found)


def linux_default_routes_v6(proc_net_ipv6_route: str) -> tuple[Sign, ...]:
    """Default IPv6 routes in ``/proc/net/ipv6_route`` (``::/0``), not the kernel's reject route."""
    found = []
    for line in proc_net_ipv6_route.splitlines():
        cols = line.split()
        if len(cols) < 10 or cols[9] == "lo":
            continue
        if cols[0] == "0" * 32 and cols[1] == "00" and not int(cols[8], 16) & _RTF_REJECT:
            gateway = ipaddress.IPv6Address(bytes.fromhex(cols[4]))
            found.append(Sign("default_route", f"{cols[9]} ({gateway})"))
    return tuple(found)


def public_addresses(interfaces: Iterable[Interface]) -> tuple[Sign, ...]:
    """The interfaces' public addresses."""
    return tuple(
        Sign("public_address", f"{i.address} ({i.name})")
        for i in interfaces
        if is_public(i.address)
    )


def nameservers(resolv_conf: str) -> tuple[IpAddress, ...]:
    """The ``nameserver`` lines of a resolv.conf (a zone index such as ``%eth0`` dropped)."""
    found = []
    for line in resolv_conf.splitlines():
        cols = line.split("#", 1)[0].split()
        if len(cols) >= 2 and cols[0] == "nameserver":
            try:
                found.append(ipaddress.ip_address(cols[1].split("%", 1)[0]))
            except ValueError:
                continue
    return tuple(found)


def dns_signs(servers: Iterable[IpAddress], interfaces: Sequence[Interface]) -> tuple[Sign, ...]:
    """DNS servers outside every subnet of this machine (loopback and link-local resolvers aside)."""
    found = []
    for server in servers:
        if server.is_loopback or server.is_link_local or server.is_unspecified:
            continue
        if isinstance(server, ipaddress.IPv6Address) and server.is_site_local:
            continue  # Windows' placeholder fec0:0:0:ffff::1 when no DNS server is set
        if any(server.version == i.network.version and server in i.network for i in interfaces):
            continue
        found.append(Sign("dns", str(server)))
    return tuple(dict.fromkeys(found))


def windows_default_routes(route_print: str) -> tuple[Sign, ...]:
    """Default routes in ``route print`` (any language): an IPv4 row ``0.0.0.0 0.0.0.0 gateway
    interface metric`` or an IPv6 row whose destination is ``::/0``."""
    found = []
    for line in route_print.splitlines():
        cols = line.split()
        if len(cols) >= 4 and cols[0] == "0.0.0.0" and cols[1] == "0.0.0.0":
            found.append(Sign("default_route", f"{cols[3]} ({cols[2]})"))
        elif len(cols) >= 4 and cols[2] == "::/0":
            found.append(Sign("default_route", f"interface {cols[0]} ({cols[3]})"))
    return tuple(found)


_ADDRESS = r"[0-9A-Fa-f:.%]+"


def windows_nameservers(ipconfig_all: str) -> tuple[IpAddress, ...]:
    """The DNS servers in ``ipconfig /all`` ("DNS Servers" / "DNS-servers"), with the addresses on the
    continuation lines below the first."""
    found: list[IpAddress] = []
    reading = False
    for line in ipconfig_all.splitlines():
        head = re.match(rf"\s*DNS[- ]?[Ss]erver[s]?[ .]*:\s*({_ADDRESS})\s*$", line)
        more = re.fullmatch(rf"\s+({_ADDRESS})\s*", line)
        if head:
            reading = True
            value = head.group(1)
        elif reading and more:
            value = more.group(1)
        else:
            reading = False
            continue
        try:
            found.append(ipaddress.ip_address(value.split("%", 1)[0]))
        except ValueError:
            reading = False
    return tuple(found)


def bsd_default_routes(netstat_rn: str) -> tuple[Sign, ...]:
    """Default routes in ``netstat -rn`` (macOS, BSD): rows whose destination is ``default``."""
    found = []
    for line in netstat_rn.splitlines():
        cols = line.split()
        if len(cols) >= 2 and cols[0] in {"default", "0.0.0.0", "::/0"}:
            found.append(Sign("default_route", f"{cols[-1]} ({cols[1]})"))
    return tuple(found)


def assess(
    routes: Iterable[Sign], interfaces: Sequence[Interface], servers: Iterable[IpAddress]
) -> AirgapReport:
    """Every sign found, in order: routes, public addresses, DNS servers."""
    return AirgapReport((*routes, *public_addresses(interfaces), *dns_signs(servers, interfaces)))


# -- gathering the machine's state (no packets) -------------------------------------------------------


def _read(path: str) -> str:
    try:
        return Path(path).read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""


def _run(*command: str) -> str:
    """The output of a local command that reads the machine's tables ('' when it is missing)."""
    try:
        done = subprocess.run(command, capture_output=True, timeout=10, check=False)
    except (OSError, subprocess.SubprocessError):
        return ""
    return done.stdout.decode(errors="replace")


def machine_interfaces() -> tuple[Interface, ...]:
    """This machine's interface addresses (psutil: getifaddrs, GetAdaptersAddresses)."""
    import psutil

    found: list[Interface] = []
    for name, addresses in psutil.net_if_addrs().items():
        for item in addresses:
            if item.family not in (socket.AF_INET, socket.AF_INET6) or not item.netmask:
                continue
            found.extend(interface(name, item.address, item.netmask))
    return tuple(found)


def interface(name: str, address: str, netmask: str) -> tuple[Interface, ...]:
    """One listed address with its netmask (``255.255.255.0`` or ``ffff:ffff::``) as an
    :class:`Interface` (none when it cannot be read)."""
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
        prefix = bin(int(ipaddress.ip_address(netmask.split("/", 1)[0]))).count("1")
        return (Interface(name, ipaddress.ip_network(f"{ip}/{prefix}", strict=False), ip),)
    except ValueError:
        return ()


def check_machine() -> AirgapReport:
    """The airgap check on this machine, from its own tables only."""
    interfaces = machine_interfaces()
    if sys.platform.startswith("linux"):
        routes = linux_default_routes(_read("/proc/net/route")) + linux_default_routes_v6(
            _read("/proc/net/ipv6_route")
        )
        servers = nameservers(_read("/etc/resolv.conf")) + nameservers(
            _read("/run/systemd/resolve/resolv.conf")
        )
    elif sys.platform == "win32":
        routes = windows_default_routes(_run("route", "print"))
        servers = windows_nameservers(_run("ipconfig", "/all"))
    else:
        routes = bsd_default_routes(_run("netstat", "-rn"))
        servers = nameservers(_read("/etc/resolv.conf"))
    return assess(routes, interfaces, servers)

"""The airgap check reads only the machine's own tables (issue 14). The ``linux_connected_*`` samples
were captured on the machine that runs these tests (a sandbox with a default route via 192.0.2.1 and
a DNS server outside its subnet); the ``linux_closed_*`` ones are the same files of a laptop on a closed
room LAN (192.168.10.0/24, no gateway). The Windows and macOS samples follow the layout of ``route
print``, ``ipconfig /all`` (English and Dutch Windows) and ``netstat -rn``."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from kieskring.app import airgap
from kieskring.app.airgap import AirgapReport, Interface, Sign

SAMPLES = Path(__file__).with_name("samples")


def sample(name: str) -> str:
    return (SAMPLES / name).read_text(encoding="utf-8")


def interfaces(name: str) -> tuple[Interface, ...]:
    rows = json.loads(sample(name))
    return tuple(i for row in rows for i in airgap.interface(*row))


def linux(kind: str) -> AirgapReport:
    routes = airgap.linux_default_routes(sample(f"linux_{kind}_route.txt"))
    routes += airgap.linux_default_routes_v6(sample(f"linux_{kind}_ipv6_route.txt"))
    servers = airgap.nameservers(sample(f"linux_{kind}_resolv.conf"))
    return airgap.assess(routes, interfaces(f"linux_{kind}_interfaces.json"), servers)


def test_this_sandbox_looks_connected() -> None:
    report = linux("connected")
    assert report.signs == (
        Sign("default_route", "eth0 (192.0.2.1)"),
        Sign("default_route", "eth0 (fd00::1)"),
        Sign("dns", "10.255.255.53"),
    )
    assert "standaardroute" in report.text().nl and "DNS server" in report.text().en


def test_a_closed_room_lan_looks_air_gapped() -> None:
    report = linux("closed")
    assert report.signs == () and not report.connected


def test_the_kernels_reject_route_on_lo_is_not_a_default_route() -> None:
    text = sample("linux_closed_ipv6_route.txt")
    assert "00200200       lo" in text  # the ::/0 reject route is in the sample …
    assert airgap.linux_default_routes_v6(text) == ()  # … and not taken for a gateway


def test_interfaces_with_public_addresses() -> None:
    found = [
        *airgap.interface("eth0", "192.168.10.23", "255.255.255.0"),
        *airgap.interface("wlan0", "31.201.7.14", "255.255.252.0"),
        *airgap.interface("wwan0", "100.71.3.9", "255.192.0.0"),  # a provider's shared range
        *airgap.interface("eth1", "169.254.20.1", "255.255.0.0"),
        *airgap.interface("wlan0", "2a02:a46a:1:2::17", "ffff:ffff:ffff:ffff::"),
        *airgap.interface("eth0", "fe80::1%eth0", "ffff:ffff:ffff:ffff::"),
        *airgap.interface("eth0", "fd12:3456::9", "ffff:ffff:ffff:ffff::"),
    ]
    assert [s.detail for s in airgap.public_addresses(found)] == [
        "31.201.7.14 (wlan0)",
        "100.71.3.9 (wwan0)",
        "2a02:a46a:1:2::17 (wlan0)",
    ]


def test_dns_servers_inside_the_subnet_loopback_or_link_local_are_no_sign() -> None:
    lan = interfaces("linux_closed_interfaces.json")
    servers = airgap.nameservers(
        "nameserver 192.168.10.1\nnameserver 127.0.0.53 # stub\nnameserver fe80::1%eth0\n"
        "# nameserver 8.8.8.8\nnameserver 192.168.20.1\nnameserver 9.9.9.9\n"
    )
    assert [s.detail for s in airgap.dns_signs(servers, lan)] == ["192.168.20.1", "9.9.9.9"]


def test_windows_route_print_any_language() -> None:
    assert airgap.windows_default_routes(sample("windows_connected_route_print.txt")) == (
        Sign("default_route", "192.168.1.57 (192.168.1.1)"),
        Sign("default_route", "interface 12 (fe80::1)"),
    )
    assert airgap.windows_default_routes(sample("windows_closed_route_print.txt")) == ()


def test_windows_dns_servers_with_continuation_lines() -> None:
    english = airgap.windows_nameservers(sample("windows_ipconfig_all_en.txt"))
    assert [str(s) for s in english] == [
        "192.168.1.1",
        "9.9.9.9",
        "fec0:0:0:ffff::1",
        "fec0:0:0:ffff::2",
    ]
    dutch = airgap.windows_nameservers(sample("windows_ipconfig_all_nl.txt"))
    assert [str(s) for s in dutch] == ["192.168.10.1"]
    lan = airgap.interface("eth0", "192.168.10.23", "255.255.255.0")
    signs = airgap.dns_signs(english, lan)  # fec0::… is Windows' placeholder when none is set
    assert [s.detail for s in signs] == ["192.168.1.1", "9.9.9.9"]
    assert airgap.dns_signs(dutch, lan) == ()


def test_macos_netstat() -> None:
    found = airgap.bsd_default_routes(sample("macos_connected_netstat_rn.txt"))
    assert found == (
        Sign("default_route", "en0 (192.168.1.1)"),
        Sign("default_route", "utun0 (fe80::%utun0)"),
    )


def test_the_check_of_this_machine_runs_without_a_packet() -> None:
    """It only reads tables; whatever it finds, it answers with a report."""
    assert isinstance(airgap.check_machine(), AirgapReport)


signs = st.lists(
    st.builds(
        Sign,
        st.sampled_from(["default_route", "public_address", "dns"]),
        st.text(min_size=1, max_size=40),
    ),
    max_size=5,
)


@given(signs)
def test_a_report_survives_the_header(found: list[Sign]) -> None:
    report = AirgapReport(tuple(found))
    assert airgap.decode_report(report.encode()) == report


def test_an_unreadable_header_means_unchecked() -> None:
    for value in ("", "unchecked", "connected [", "connected []", "clear!"):
        assert airgap.decode_report(value) is None

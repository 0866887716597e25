"""``uitslag serve`` in a subprocess, as the rehearsal and the tests start it: its address and the
fingerprint it prints, pinned as a workstation does (two typed groups), its memory sampled, stopped with
SIGTERM or killed (issue 14). It listens on 127.0.0.1 only."""

from __future__ import annotations

import queue
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

from kieskring.app.api.pinning import pin_server, server_challenge
from kieskring.eml.fingerprint import blanked_groups, groups
from kieskring.errors import Problem, UserError


class ServerProcess:
    """``uitslag serve`` in a subprocess: its address and fingerprint, its peak memory at the end."""

    def __init__(self, database: Path, *extra: str, listen: str = "127.0.0.1:0") -> None:
        command = [sys.executable, "-m", "kieskring.cli", "serve", str(database)]
        self.process = subprocess.Popen(
            [*command, "--listen", listen, *extra],
            stdout=subprocess.PIPE,
            text=True,
            encoding="utf-8",
        )
        self.lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()
        self.url, self.fingerprint = self._ready()
        self.peak_rss_mb = 0.0
        self._sampled = 0
        threading.Thread(target=self._sample, daemon=True).start()

    def _sample(self) -> None:
        """The server's resident memory, four times a second (the peak of a phase)."""
        import psutil

        try:
            process = psutil.Process(self.process.pid)
            while self.process.poll() is None:
                self._sampled = max(self._sampled, process.memory_info().rss)
                time.sleep(0.25)
        except psutil.Error:
            return

    def memory_mib(self) -> float:
        """The highest memory sampled since the last call, in MiB (and start again)."""
        found, self._sampled = self._sampled, 0
        return found / (1 << 20)

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.put(line.rstrip("\n"))
        self.lines.put("")

    def _ready(self, timeout: float = 60.0) -> tuple[str, str]:
        url, deadline = "", time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                line = self.lines.get(timeout=max(0.1, deadline - time.monotonic()))
            except queue.Empty:
                break
            if line.startswith("LISTENING "):
                url = line.split()[1]
            elif line.startswith("FINGERPRINT "):
                return url, line.split()[1]
            elif not line and self.process.poll() is not None:
                break
        self.process.kill()
        raise UserError(
            (Problem("REHEARSE.SERVER", "de server start niet", "the server does not start"),)
        )

    @property
    def port(self) -> int:
        """The port it listens on."""
        return int(self.url.rsplit(":", 1)[1])

    def stop(self, timeout: float = 60.0) -> int:
        """SIGTERM and wait; the exit code (the peak memory is read from its last line)."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
        try:
            code = self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            code = self.process.wait()
        while True:
            try:
                line = self.lines.get(timeout=5)
            except queue.Empty:
                break
            if line.startswith("PEAK_RSS_MB "):
                self.peak_rss_mb = float(line.split()[1])
            if not line:
                break
        return code

    def kill(self) -> None:
        """SIGKILL (the kill tests)."""
        self.process.kill()
        self.process.wait()


def typed_groups(digest: str) -> tuple[str, str]:
    """What a person types from the serving laptop's screen: the two blanked groups."""
    first, second = blanked_groups(digest)
    return groups(digest)[first], groups(digest)[second]


def pinned(server: ServerProcess) -> str:
    """Pin the server as a workstation does: its challenge, and the two groups typed."""
    return pin_server(server_challenge(server.url), typed_groups(server.fingerprint))

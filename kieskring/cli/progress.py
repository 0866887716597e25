"""One progress bar for long work on the command line (verify, tabulate, fixtures, blank forms, bundle).

The work reports through a plain hook ``step(done, total)`` (no dependency on this module: the
library functions take ``progress: Callable[[int, int], None] | None``). On a terminal the hook
drives a tqdm bar on stderr, which disappears when done; it is silent when stderr is not a terminal
(pipes, files, CI) or with ``--quiet`` — so output meant for files and machines never changes.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

ProgressHook = Callable[[int, int], None]


def add_quiet_option(parser: argparse.ArgumentParser) -> None:
    """``--quiet``: no progress bar (commands that print less with it say so in their own help)."""
    parser.add_argument("--quiet", action="store_true", help="geen voortgangsbalk")


def showing(quiet: bool = False) -> bool:
    """Whether a bar is shown: only on a terminal, and not with ``--quiet``."""
    stream = sys.stderr
    return not quiet and stream is not None and hasattr(stream, "isatty") and stream.isatty()


def _ignore(done: int, total: int) -> None:
    return None


@contextmanager
def progress(label: str, *, quiet: bool = False, unit: str = "bestand") -> Iterator[ProgressHook]:
    """A hook ``step(done, total)`` for the work inside the ``with``; a bar only when :func:`showing`."""
    if not showing(quiet):
        yield _ignore
        return
    from tqdm import tqdm

    bar: Any = tqdm(desc=label, unit=f" {unit}", file=sys.stderr, leave=False, dynamic_ncols=True)

    def step(done: int, total: int) -> None:
        if bar.total != total:
            bar.total = total
            bar.refresh()
        bar.update(done - bar.n)
        if done >= total:
            bar.refresh()  # the last state is drawn even between tqdm's timed redraws

    try:
        yield step
    finally:
        bar.close()

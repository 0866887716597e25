"""The help of every sub-command is Dutch, plain and complete; usage errors are Dutch with exit 2.

The walk finds every parser through argparse's own sub-command table, so a sub-command added later
is checked without touching this file (issue 17).
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from kieskring.cli import build_parser, main
from kieskring.cli.help import ERROR_TEXTS, translate_error

REPO = Path(__file__).resolve().parents[2]
ENGLISH = (
    "usage:",
    "positional arguments",
    "options:",
    "optional arguments",
    "show this help message",
    "show program's version",
    "error:",
    "required:",
    "default:",
    "subcommands",
)
MARKUP = re.compile(r"``|:(func|class|mod|data|meth|attr):|^\s*\.\. |\*\*|`[^`]+`_", re.MULTILINE)


def walk(parser: argparse.ArgumentParser) -> Iterator[argparse.ArgumentParser]:
    """The parser and, recursively, every sub-command parser below it."""
    yield parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for child in dict.fromkeys(action.choices.values()):
                yield from walk(child)


PARSERS = list(walk(build_parser()))


def test_walk_reaches_every_command() -> None:
    progs = {p.prog for p in PARSERS}
    expected = {
        "uitslag allocate",
        "uitslag result",
        "uitslag verify",
        "uitslag tabulate",
        "uitslag hash",
        "uitslag eml validate",
        "uitslag eml check",
        "uitslag pv p22-1",
        "uitslag pv blank-forms",
        "uitslag fixtures generate",
        "uitslag sign init",
        "uitslag sign eml",
        "uitslag sign verify",
        "uitslag audit verify",
    }
    assert expected <= progs
    assert len(PARSERS) >= 25


@pytest.mark.parametrize("parser", PARSERS, ids=lambda p: p.prog)
def test_help_is_dutch_without_markup(parser: argparse.ArgumentParser) -> None:
    text = parser.format_help()
    lowered = text.lower()
    for phrase in ENGLISH:
        assert phrase not in lowered, f"{parser.prog}: English argparse text {phrase!r}"
    assert MARKUP.search(text) is None, f"{parser.prog}: markup {MARKUP.search(text)}"
    assert text.startswith("gebruik: ")
    assert "opties:" in text


@pytest.mark.parametrize("parser", PARSERS[1:], ids=lambda p: p.prog)
def test_every_command_has_description_and_example(parser: argparse.ArgumentParser) -> None:
    assert parser.description and len(parser.description) > 20, parser.prog
    assert parser.epilog and parser.epilog.startswith(("Voorbeeld:", "Voorbeelden:")), parser.prog
    first_example = parser.epilog.splitlines()[1].strip()
    assert first_example.startswith(parser.prog.split(" ", 1)[0] + " ")
    assert first_example.split()[1] == parser.prog.split()[1]


@pytest.mark.parametrize("parser", PARSERS, ids=lambda p: p.prog)
def test_every_option_has_help(parser: argparse.ArgumentParser) -> None:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            continue
        assert action.help, f"{parser.prog}: {action.option_strings or action.dest} has no help"


def test_top_level_help_documents_exit_codes(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["--help"])
    assert stopped.value.code == 0
    out = capsys.readouterr().out
    assert "2   gebruiksfout" in out
    assert "3   loting nodig" in out


@pytest.mark.parametrize(
    ("argv", "dutch"),
    [
        (["result", "--out", "x"], "verplicht maar niet gegeven: --candidates, --counts"),
        (
            ["fixtures", "generate", "tiny", "--out", "x", "--seed", "een"],
            "geen geheel getal: 'een'",
        ),
        (["fixtures", "generate", "huge", "--out", "x"], "ongeldige keuze 'huge' (kies uit"),
        (["hash", "a.xml", "--bogus"], "onbekende argumenten: --bogus"),
        (["hash", "a.xml", "--full"], "argument --full: verwacht één waarde"),
        (["hash", "a.xml", "--groups", "AAAA"], "argument --groups: verwacht 2 waarden"),
        (["nonsense"], "ongeldige keuze 'nonsense' (kies uit"),
        (["eml"], "verplicht maar niet gegeven: ACTIE"),
    ],
)
def test_usage_errors_are_dutch_with_exit_2(
    argv: list[str], dutch: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(argv)
    assert stopped.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("gebruik: uitslag")
    assert dutch in err
    assert "error" not in err
    assert "usage" not in err


def test_no_command_prints_help_and_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2
    assert capsys.readouterr().err.startswith("gebruik: uitslag")


def test_every_translation_changes_its_english_text() -> None:
    samples = {
        "the following arguments are required: --out": "verplicht maar niet gegeven: --out",
        "unrecognized arguments: -x": "onbekende argumenten: -x",
        "ambiguous option: --s could match --seed, --seats": "optie --s is dubbelzinnig",
        "argument --a: not allowed with argument --b": "argument --a: mag niet samen met --b",
        "one of the arguments --a --b is required": "één van deze is verplicht: --a --b",
        "argument -x: expected at least one argument": "verwacht minstens één waarde",
        "argument -x: expected at most one argument": "verwacht hooguit één waarde",
        "argument -x: invalid Path value: ''": "ongeldige waarde '' (Path)",
    }
    for english, dutch in samples.items():
        assert dutch in translate_error(english)
    assert len(ERROR_TEXTS) >= len(samples)


def test_version_shows_version_and_commit(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["--version"])
    assert stopped.value.code == 0
    out = capsys.readouterr().out
    match = re.match(r"uitslag (\S+) \(commit (\S+)\)", out)
    assert match is not None, out
    assert match.group(1)[0].isdigit()
    head = subprocess.run(
        ["git", "-C", str(REPO), "rev-parse", "HEAD"], capture_output=True, text=True, check=False
    )
    if head.returncode == 0:  # a checkout: the commit comes from git
        assert match.group(2).removesuffix("-dirty") == head.stdout.strip()


def test_console_script_version_exits_0() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "kieskring.cli", "--version"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0
    assert done.stdout.startswith("uitslag ")

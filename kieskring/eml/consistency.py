"""Rules across files of one election (chain.md §3), written once and used by every command that
takes several files: ``eml check``, ``eml validate``, ``result`` and ``tabulate``.

EML.112: ``ElectionIdentifier`` id, category, subcategory, date and domain are equal across
110a/110b/230b/510/520 (domain compared when both carry it; 110a TK has none). EML.114: the managing
authority of a count exists in the 110a election tree. EML.113: every list and candidate of a 510
exists in the 230b of its kieskring. EML.120: a 230b or count of a kieskring the election does not
have, or a count whose kieskring has no 230b among those given (a run mixes kieskringen). EML.108:
two 230b files of one kieskring. EML.119 (a run that needs the whole election: ``result``,
``tabulate --definition``): the kieskringen — from the 110a, else from the 510d — without a 230b or
without a count, one line per kieskring; the municipalities of a kieskring without their 510b.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from kieskring.domain import CandidateLists, Count, Election, ElectionIdentity, VoteCounts
from kieskring.eml.codes import problem
from kieskring.errors import Problem, UserError

SINGLE_DISTRICT = ("geen", "alle")
"""``ContestIdentifier Id`` of a file that is not one kieskring's (chain.md §3)."""


def same_election(reference: ElectionIdentity, other: ElectionIdentity, file: str) -> list[Problem]:
    """EML.112 for each identity field of ``other`` that differs from ``reference``."""
    pairs: list[tuple[str, object, object]] = [
        ("ElectionIdentifier Id", reference.id, other.id),
        ("ElectionCategory", reference.category, other.category),
        ("kr:ElectionSubcategory", reference.subcategory, other.subcategory),
        ("kr:ElectionDate", reference.date, other.date),
    ]
    if reference.domain is not None and other.domain is not None:
        pairs.append(("kr:ElectionDomain", reference.domain.id, other.domain.id))
    return [
        problem("EML.112", file, "ElectionIdentifier", name=name, found=found, expected=want)
        for name, want, found in pairs
        if want != found
    ]


def authority_known(election: Election, auth: str) -> bool:
    """``HSB<n>`` needs kieskring n, a CBS code its GEMEENTE, ``CSB`` a CSB committee."""
    regions = election.regions
    if auth == "CSB":
        return any("CSB" in r.committees for r in regions)
    if auth.startswith("HSB"):
        ok = any(r.category == "KIESKRING" and r.number == auth[3:] for r in regions)
        return ok or any("HSB" in r.committees and r.category != "KIESKRING" for r in regions)
    if auth.isdigit():
        return election.municipality(auth) is not None
    return False


def authority_in_tree(election: Election, count: Count, file: str) -> list[Problem]:
    """EML.114: the count's managing authority is in the 110a's election tree."""
    auth = count.authority.id
    known = authority_known(election, auth)
    return [] if known else [problem("EML.114", file, "ManagingAuthority", authority=auth)]


def _groups_match(groups: Iterable[VoteCounts], lists: CandidateLists, file: str) -> list[Problem]:
    """EML.113 for the first vote group whose lists (by number) or candidates (by position) are
    not in ``lists``."""
    known = {lst.number: {c.number for c in lst.candidates} for lst in lists.lists}
    found: list[Problem] = []
    for group in groups:
        for lst in group.lists:
            if lst.number not in known:
                found.append(problem("EML.113", file, "Selection", what=f"lijst {lst.number}"))
                continue
            for cand in lst.candidates:
                if cand.id is not None and cand.id not in known[lst.number]:
                    what = f"lijst {lst.number} kandidaat {cand.id}"
                    found.append(problem("EML.113", file, "Selection", what=what))
        if found:
            break
    return found


def count_matches_lists(count: Count, lists: CandidateLists, file: str) -> list[Problem]:
    """EML.113: lists (by number) and candidates (by position) of ``count`` exist in ``lists``."""
    return _groups_match((count.total, *(u.counts for u in count.units)), lists, file)


@dataclass(frozen=True)
class ElectionFiles:
    """The files of one run, each with its file name: the definition (110a), the candidate lists
    (230b), the counts (510) and the identities of any other message (520, 110b, …)."""

    definition: tuple[str, Election] | None = None
    lists: tuple[tuple[str, CandidateLists], ...] = ()
    counts: tuple[tuple[str, Count], ...] = ()
    others: tuple[tuple[str, ElectionIdentity], ...] = ()

    def identities(self) -> list[tuple[str, ElectionIdentity]]:
        """Every file's election, the definition first."""
        found = (
            [] if self.definition is None else [(self.definition[0], self.definition[1].identity)]
        )
        found += [(file, lists.identity) for file, lists in self.lists]
        found += [(file, count.identity) for file, count in self.counts]
        return found + list(self.others)


def kieskringen_of(files: ElectionFiles) -> dict[str, str]:
    """The election's kieskringen (number → name) when it has several: from the 110a's tree, else
    from the units of a 510d; empty for an election of one district."""
    if files.definition is not None:
        found = dict(files.definition[1].kieskringen)
        return found if len(found) > 1 else {}
    for _, count in files.counts:
        if count.level == "d" and len(count.units) > 1:
            return {u.id.removeprefix("HSB"): u.name for u in count.units}
    return {}


def _named(number: str, kieskringen: dict[str, str]) -> str:
    name = kieskringen.get(number, "")
    return f"kieskring {number} ({name})" if name else f"kieskring {number}"


def _lists_in_election(files: ElectionFiles, kieskringen: dict[str, str]) -> list[Problem]:
    """EML.108 two 230b of one kieskring; EML.120 a 230b of a kieskring the election lacks."""
    found: list[Problem] = []
    seen: set[str] = set()
    for file, lists in files.lists:
        contest = lists.contest_id
        if contest in seen:
            found.append(problem("EML.108", file, "ContestIdentifier", unit=f"kieskring {contest}"))
        seen.add(contest)
        if kieskringen and contest not in kieskringen:
            expected = f"kieskring {min(kieskringen, key=_order)}–{max(kieskringen, key=_order)}"
            found.append(_other_kieskring(file, "kandidatenlijst (230b)", contest, expected))
    return found


def _order(number: str) -> tuple[int, str]:
    return (int(number), number) if number.isdigit() else (1 << 30, number)


def _other_kieskring(file: str, what: str, found: str, expected: str) -> Problem:
    return problem(
        "EML.120",
        file,
        "ContestIdentifier",
        what=what,
        found=f"kieskring {found}",
        expected=expected,
    )


def lists_for(count: Count, by_contest: dict[str, CandidateLists]) -> CandidateLists | None:
    """The 230b of the count's kieskring; the only 230b when either is not one kieskring's."""
    if count.contest_id in by_contest:
        return by_contest[count.contest_id]
    if len(by_contest) == 1:
        ((contest, only),) = by_contest.items()
        if contest in SINGLE_DISTRICT or count.contest_id in SINGLE_DISTRICT:
            return only
    return None


def _counts_meet_lists(files: ElectionFiles, *, whole: bool) -> list[Problem]:
    """EML.113 for every count against the 230b of its kieskring (a 510d: each unit against its
    own); EML.120 when ``whole`` and a count's kieskring has no 230b among those given."""
    by_contest = {lists.contest_id: lists for _, lists in files.lists}
    if not by_contest:
        return []
    found: list[Problem] = []
    for file, count in files.counts:
        if count.level == "d":
            for unit in count.units:
                own = by_contest.get(unit.id.removeprefix("HSB"))
                found += _groups_match([unit.counts], own, file) if own else []
            continue
        lists = lists_for(count, by_contest)
        if lists is not None:
            found += count_matches_lists(count, lists, file)
        elif whole:
            expected = ", ".join(f"kieskring {c}" for c in sorted(by_contest, key=_order))
            found.append(
                _other_kieskring(file, f"telling ({count.message_id})", count.contest_id, expected)
            )
    return found


def _missing(files: ElectionFiles, kieskringen: dict[str, str]) -> list[Problem]:
    """EML.119, one per kieskring without a 230b, without a 510c (a run of 510c files), or
    without its unit in a 510d (checked against a 110a); named at the file that lists the
    kieskringen (the 110a, else the 510d)."""
    source = files.definition[0] if files.definition is not None else ""
    source = source or next((f for f, c in files.counts if c.level == "d"), "")
    missing: list[Problem] = []
    if files.lists:
        have = {lists.contest_id for _, lists in files.lists}
        missing += _each_missing(source, "kandidatenlijst (230b)", kieskringen, have)
    kieskring_counts = [c for _, c in files.counts if c.level == "c"]
    if kieskring_counts:
        have = {c.authority.id.removeprefix("HSB") for c in kieskring_counts}
        missing += _each_missing(source, "telling (510c)", kieskringen, have)
    for file, count in files.counts:
        if count.level == "d" and files.definition is not None:
            have = {u.id.removeprefix("HSB") for u in count.units}
            missing += _each_missing(file, "eenheid in de telling (510d)", kieskringen, have)
    return missing


def _each_missing(
    file: str, what: str, kieskringen: dict[str, str], have: set[str]
) -> list[Problem]:
    return [
        problem("EML.119", file, "", what=what, missing=_named(number, kieskringen))
        for number in sorted(kieskringen, key=_order)
        if number not in have
    ]


def one_election(files: ElectionFiles, *, whole: bool = False) -> list[Problem]:
    """Every cross-file problem of ``files``: one election (EML.112; nothing else is compared
    when that fails), 230b files of its kieskringen (EML.108, EML.120), counts against their
    lists (EML.113) and the tree (EML.114); ``whole``: the files must make up the whole election
    (a result): a 230b and a count for every kieskring (EML.119), no count without its lists
    (EML.120)."""
    identities = files.identities()
    found = [
        p
        for file, identity in identities[1:]
        for p in same_election(identities[0][1], identity, file)
    ]
    if found:
        return found
    kieskringen = kieskringen_of(files)
    found += _lists_in_election(files, kieskringen)
    found += _counts_meet_lists(files, whole=whole)
    if files.definition is not None:
        election = files.definition[1]
        found += [
            p for file, count in files.counts for p in authority_in_tree(election, count, file)
        ]
    if whole and kieskringen:
        found += _missing(files, kieskringen)
    return found


def _one_kieskring(lowers: list[tuple[str, Count]], contest: str) -> list[Problem]:
    """EML.120: 510b files of one kieskring, the one tabulated; a 510c of its own kieskring."""
    found: list[Problem] = []
    for file, count in lowers:
        if count.level == "c" and count.contest_id != count.authority.id.removeprefix("HSB"):
            found.append(
                _other_kieskring(
                    file, "telling (510c)", count.contest_id, count.authority.id.removeprefix("HSB")
                )
            )
        if count.level == "b" and count.contest_id not in (contest, *SINGLE_DISTRICT):
            found.append(
                _other_kieskring(file, "telling (510b)", count.contest_id, f"kieskring {contest}")
            )
    return found


def _whole_kieskring(
    election: Election, lowers: list[tuple[str, Count]], authority: str
) -> list[Problem]:
    """EML.119/EML.120: a 510c of ``HSB<n>`` adds every municipality of kieskring n (the 110a's
    tree) and no other; the 510d every kieskring."""
    if authority == "CSB":
        have = {c.authority.id.removeprefix("HSB") for _, c in lowers if c.level == "c"}
        kieskringen = dict(election.kieskringen)
        return _each_missing(lowers[0][0], "telling (510c)", kieskringen, have) if have else []
    number = authority.removeprefix("HSB")
    members = {
        m.cbs_code: m.name
        for m in election.municipalities
        if (k := election.kieskring_of(m)) is not None and k.number == number
    }
    found = [
        _other_kieskring(
            file,
            f"telling (510b) van gemeente {c.authority.id}",
            "een andere",
            f"kieskring {number}",
        )
        for file, c in lowers
        if c.level == "b" and c.authority.id not in members
    ]
    have = {c.authority.id for _, c in lowers}
    found += [
        problem(
            "EML.119", lowers[0][0], "", what="telling (510b)", missing=f"gemeente {code} ({name})"
        )
        for code, name in members.items()
        if code not in have
    ]
    return found


def tabulation_problems(
    lowers: list[tuple[str, Count]],
    authority: str,
    contest: str,
    definition: tuple[str, Election] | None = None,
    named_by: ElectionFiles = ElectionFiles(),
) -> list[Problem]:
    """The inputs of one tabulation: one election (EML.112) and one kieskring (EML.120), with the
    files that name the candidates (``named_by``: the 230b or 510d of ``--candidates`` or
    ``--short-codes``, whose lists the counts must match, EML.113); with the 110a also its tree
    (EML.114) and, as the new count covers a whole kieskring or election, every municipality or
    kieskring in it (EML.119)."""
    files = ElectionFiles(definition, named_by.lists, tuple(lowers), named_by.others)
    found = one_election(files)
    if found:
        return found
    found += _one_kieskring(lowers, contest)
    if definition is not None and lowers:
        file, election = definition
        if not authority_known(election, authority):
            found.append(problem("EML.114", file, "--authority", authority=authority))
        else:
            found += _whole_kieskring(election, lowers, authority)
    return found


def raise_if(problems: list[Problem]) -> None:
    """Raise a :class:`UserError` carrying ``problems`` when there are any."""
    if problems:
        raise UserError(tuple(problems))

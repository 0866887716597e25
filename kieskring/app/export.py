"""What the GSB's outputs share (the making of them is :mod:`kieskring.app.outputs`): the PV model's
version, the customary creation moment of the 510b, and the GSB as the 510b's managing authority.

Nothing depends on the clock: the 510b's ``kr:CreationDateTime`` and the PV's date and place are
inputs; :func:`default_created` gives the customary moment (the night after election day, 01:00) for
the app to propose (docs/chain.md §4; Kieswet Na 31).
"""

from __future__ import annotations

import datetime as dt

from kieskring.domain.candidates import CandidateLists
from kieskring.domain.election import Authority, ElectionIdentity

PV_VERSION = "2024"


def default_created(identity: ElectionIdentity) -> dt.datetime:
    """01:00 the night after election day: what the app proposes for ``kr:CreationDateTime``."""
    return dt.datetime.combine(identity.date + dt.timedelta(days=1), dt.time(1, 0))


def municipality(lists: CandidateLists) -> Authority:
    """The GSB as the 510b's managing authority: the election domain of a municipal election
    (its CBS code), else the authority the 230b names."""
    domain = lists.identity.domain
    if domain is not None and domain.id:
        return Authority(id=domain.id, name=domain.name)
    return lists.authority

"""The ``uitslag allocate`` JSON contract: reading an election, writing the result and its trace.

:mod:`contract_in` turns one JSON object into a :class:`seat_allocation.election.Election`, naming
every field that is wrong; :mod:`contract_out` turns an allocation into the stable result object
documented in the README. The arithmetic itself lives in :mod:`seat_allocation`.
"""

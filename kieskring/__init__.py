"""The election domain and the results chain: counts, EML_NL, GSB → HSB → CSB, storage, PVs, verification.

``kieskring`` turns files and typed counts into totals and results. It holds the domain model (elections,
lists, candidates, polling stations, counts), reads and writes EML_NL safely and canonically, aggregates
counts up the chain with provenance, stores data-entry work durably in SQLite, renders and signs the
processen-verbaal, verifies published results independently, and provides the ``uitslag`` command line.
It calls :mod:`seat_allocation` for every seat and candidate decision and never imports :mod:`gui`.
"""

"""``uitslag verify``: re-run a published election independently and report numbered checks.

Reads every file it is given (EML 110a/230b/510/520, PDFs, detached signatures), then recomputes:
arithmetic at every level, re-tabulation up the chain, the seat allocation and the elected
candidates, the fingerprints printed on the PVs and the signatures. It never trusts a derived value
inside a file and never uses the data-entry app. Each check has a stable number (``docs/VERIFY.md``).
"""

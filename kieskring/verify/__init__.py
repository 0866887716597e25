"""``uitslag verify``: re-run a published election independently and report numbered checks.

Identifies every file it is given or finds (EML 110a/110b/230b/510/520, PDFs, detached signatures,
named attachments) — any other is a FAIL naming it — then recomputes: arithmetic at every level,
re-tabulation up the chain, the seat allocation and the elected candidates, the whole 520, the
fingerprints printed on the PVs and the signatures. It never trusts a derived value inside a file
and never uses the data-entry app. Each check has a stable number; the verdict is GOEDGEKEURD only
when nothing failed and something was recomputed with no check it depends on skipped
(``docs/VERIFY.md``).
"""

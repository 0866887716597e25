"""Publication formats derived from the chain's files, as pure functions (counts in, bytes out).

:mod:`kieskring.publish.csv_osv` writes the counts of a 510b/c/d in the Kiesraad's "osv4-3" CSV
layout (docs/chain.md §5), the table municipalities publish beside their 510b.
"""

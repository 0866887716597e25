"""Multi-district elections (TK, EP, PS with several kieskringen): list groups and sets (Kieswet P 12–P 19).

The national distribution treats every lijstengroep, stel gelijkluidende lijsten and single list as one
unit and reuses the single-district machinery (P 5–P 10, with P 7 lid 2 for the TK). A lijstengroep's
seats are then divided over its kieskring lists (P 12, P 13) and its candidates are seated across them
(P 15–P 18); a set of identical lists elects its candidates as one national list. Pure and exact, like
the rest of :mod:`seat_allocation` (seat-allocation-multi.md).
"""

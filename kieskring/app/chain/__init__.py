"""The hoofdstembureau (HSB) and centraal stembureau (CSB) in the app (issue 16; docs/chain-app.md).

Above the GSB a committee does not type polling stations: it *receives* each lower committee's file
(510b from a GSB, 510c from an HSB) and its paper PV (Na 31-2, O 3). Each file is checked against its
paper by fingerprint (two blanked groups typed, docs/chain.md §4) and by signature where present; the
PV's totals are typed once and compared field by field with the file, with the paper leading
(docs/pv-models.md §2 "At the CSB"). The committee then adds the accepted files up with provenance
(:mod:`.tabulation`), and the CSB determines the result (:mod:`.result`), with lots drawn in the room
recorded by two people (:mod:`.lots`). Every confirmed action is one transaction with one audit entry
(:meth:`kieskring.storage.Store.confirm`), as at the GSB.

* :mod:`.setup` — the body chosen from the 110a: its units and their lists.
* :mod:`.files` — the received files (table ``chain_files``) and their checks.
* :mod:`.entry` — the typed PV per unit: the GSB's data-entry service and state machine, with the file
  as the other side of the comparison.
* :mod:`.overview` — which units are in, missing or different.
* :mod:`.tabulation`, :mod:`.result`, :mod:`.lots`, :mod:`.deceased`, :mod:`.outputs`,
  :mod:`.requests` — adding up, the seat allocation, the signed outputs, investigation requests.
"""

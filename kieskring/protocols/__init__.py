"""Processen-verbaal (PVs): PDF renderers for every stage of the chain, one module per Kiesraad
model.

Renderers take PLAIN DATA only (frozen dataclasses from :mod:`kieskring.protocols.data`) and return
PDF bytes; they do no database, Qt or file access. :mod:`kieskring.protocols.layout` holds the
shared page furniture (fonts, footer with model/version, page x of y and the EML fingerprint, Dutch
number format), :mod:`kieskring.protocols.serialize` reads and writes the plain data as JSON for
``uitslag pv``. Output is reproducible: the same data gives the same bytes (reportlab
``invariant=1``).
"""

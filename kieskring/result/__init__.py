"""From counts to result: the seat-allocation input built from EML files, and the 520 built from the
allocation (``uitslag result``). The arithmetic is :mod:`seat_allocation`'s; this package maps the
chain's files onto it and back, naming every candidate it cannot place.
"""

"""The Kieswet chapter P as pure code: quota, full and residual seats, P 9/P 10, lists groups and candidates.

This package is the arithmetic heart of Uitslag. It does no I/O, imports nothing else of Uitslag's, and
computes only with exact integers and fractions (gmpy2 ``mpz``/``mpq``): no float ever decides a seat, a
threshold or a tie. Every step is recorded with the article it applies, and a drawing of lots is an input:
when the law says "het lot beslist", the calculation stops and names the tied options.
"""

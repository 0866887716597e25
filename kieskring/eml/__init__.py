"""EML_NL: safe parsing, readers and writers for 110a/230b/510/520, fingerprints and tabulation.

Every failure the user can fix is a :class:`kieskring.errors.UserError` whose problems carry a stable
code from :mod:`kieskring.eml.codes`; soft rules real files sometimes break become warnings (the same
:class:`~kieskring.errors.Problem`, appended to a list the caller passes in).
"""

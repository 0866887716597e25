"""The PySide6 desktop app for municipal staff: set-up, four-eyes data entry, resolution, status, totals.

``gui`` only presents: every action it offers is an application service in :mod:`kieskring` that is
callable and tested without Qt. UI text is Dutch (B1) behind Qt's translation machinery.
"""

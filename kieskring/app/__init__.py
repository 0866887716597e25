"""Application services of the four-eyes data-entry app (issue 5), callable and tested without Qt.

The GUI only presents these: :mod:`users` (roles, login), :mod:`setup` (the election), :mod:`entry`
(data entry and the coordinator's resolutions), :mod:`status` (overview) and :mod:`totals` (GSB totals).
"""

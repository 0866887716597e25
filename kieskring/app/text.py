"""A text the app shows, in Dutch and English: services hand both to the screens, which show the one
of the chosen language (docs/app.md §2.6: English complete, including what comes from the services)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Text:
    """Dutch (B1, the paper's own words) and English."""

    nl: str
    en: str

    def pick(self, english: bool) -> str:
        """The text in the chosen language."""
        return self.en if english else self.nl

    def format(self, **values: object) -> Text:
        """Both languages with ``{name}`` fields filled in."""
        return Text(self.nl.format(**values), self.en.format(**values))

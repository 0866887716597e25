"""The actions the services allow for one thing, as a column of buttons (app.md §2.3: only what the
state allows, named as the services name them)."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtWidgets import QLayout, QPushButton

from gui.widgets.buttons import action_button, set_available
from gui.widgets.messages import said
from kieskring.app.api.views import ActionView


def add_action_buttons(
    layout: QLayout, actions: Iterable[ActionView], run: Callable[[ActionView], None]
) -> None:
    """A button per action (danger ones red), off with the services' reason where not allowed;
    a click calls ``run`` with its action."""
    for action in actions:
        kind = "danger" if action.danger else "secondary"
        button = action_button(said(action.label), f"action_{action.key}", kind=kind)
        set_available(button, action.enabled, said(action.reason) if action.reason else "")
        button.clicked.connect(lambda _=False, a=action: run(a))
        layout.addWidget(button)


def action_buttons(layout: QLayout) -> dict[str, QPushButton]:
    """The action buttons in ``layout`` now, by action key."""
    found: dict[str, QPushButton] = {}
    for index in range(layout.count()):
        item = layout.itemAt(index)
        widget = item.widget() if item is not None else None
        if isinstance(widget, QPushButton):
            found[widget.objectName().removeprefix("action_")] = widget
    return found

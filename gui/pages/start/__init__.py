"""The start of the app (docs/app.md §3.1): the first administrator, login, replacing a temporary
password, and the idle warning of a session."""

from gui.pages.start.fallback import NoScreenPage
from gui.pages.start.idle import IdleDialog, IdleWatch
from gui.pages.start.login import FirstRunPage, LoginPage
from gui.pages.start.password import ChangePasswordPage

__all__ = [
    "ChangePasswordPage",
    "FirstRunPage",
    "IdleDialog",
    "IdleWatch",
    "LoginPage",
    "NoScreenPage",
]

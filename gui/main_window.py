"""The one window of the app (docs/app.md §3.1, §7): the header says who works where — election,
municipality, body, role, user — and what the app is connected to ("deze laptop"); below it one page
at a time. Before login the start pages (first administrator, login); after login, a temporary password
is replaced first, then the role's page from :data:`gui.pages.PAGES`. Ctrl+L logs out.

The pages hold the interface object wrapped in a guard: when any call says the session is over (idle
too long, logged in elsewhere, a restore), the window returns to the login with the services' message.
The idle warning (:class:`~gui.pages.start.idle.IdleWatch`) keeps a working user's session alive and
warns an idle one."""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Mapping
from typing import Any, cast

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut

from gui.i18n import tr
from gui.pages import PAGES, PageFactory
from gui.pages.common import say
from gui.pages.start import ChangePasswordPage, FirstRunPage, IdleWatch, LoginPage, NoScreenPage
from gui.pages.start.fallback import UnavailablePage
from gui.pages.start.idle import Clock
from gui.pages.start.link import LinkWatch
from gui.widgets.buttons import secondary_button, shortcut_text
from gui.widgets.header import HeaderInfo
from gui.widgets.page import Page
from gui.widgets.shell import Shell
from kieskring.app.api import AppApi
from kieskring.app.api.account import ends_session
from kieskring.app.api.backend import refresh_calls
from kieskring.app.api.views import ElectionInfo, LoginResult, SessionInfo
from kieskring.app.api.vocabulary import UserError
from kieskring.app.api.workstation import is_transient

LOGOUT_KEYS = "Ctrl+L"
REFRESH_CALLS = refresh_calls()


class GuardedApi:
    """The interface object as the pages get it: every call passes through unchanged; a call the
    user's action made (not an automatic refresh) is told to the idle watch, and a refusal that ends
    the session is told to the window (which then shows the login)."""

    def __init__(
        self,
        api: AppApi,
        lost: Callable[[UserError], None],
        acted: Callable[[], None],
        link: LinkWatch | None = None,
    ) -> None:
        self._api = api
        self._lost = lost
        self._acted = acted
        self._link = link

    def __getattr__(self, name: str) -> Any:
        found = getattr(self._api, name)
        if not callable(found):
            return found
        refresh = name in REFRESH_CALLS

        def call(*args: Any, **kwargs: Any) -> Any:
            if not refresh:
                self._acted()
            try:
                result = found(*args, **kwargs)
            except UserError as error:
                if ends_session(error):
                    self._lost(error)
                if self._link is not None and is_transient(error):
                    self._link.unreachable(lambda: found(*args, **kwargs))
                raise
            if self._link is not None:
                self._link.reached()
            return result

        call.__name__ = name
        return call


def guard(
    api: AppApi,
    lost: Callable[[UserError], None],
    acted: Callable[[], None] = lambda: None,
    link: LinkWatch | None = None,
) -> AppApi:
    """``api`` wrapped in a :class:`GuardedApi`."""
    return cast(AppApi, GuardedApi(api, lost, acted, link))


def capitalised(words: str) -> str:
    """ "invoerder" → "Invoerder" (the header's style)."""
    return words[:1].upper() + words[1:]


class MainWindow(Shell):
    """Start pages, then the role's pages; the header and the window title follow the session."""

    def __init__(
        self,
        api: AppApi,
        *,
        pages: Mapping[Any, PageFactory] = PAGES,
        clock: Clock = time.monotonic,
    ) -> None:
        super().__init__()
        self.setObjectName("main_window")
        self.api = api
        self.pages = pages
        self.link = LinkWatch(self)
        self.guarded = guard(api, self.session_lost, self._acted, self.link)
        self.session: SessionInfo | None = None
        self.election: ElectionInfo | None = None
        self._ending = False
        self.logout_button = secondary_button(tr("Uitloggen"), "logout")
        self.logout_button.setText(f"{tr('Uitloggen')} ({shortcut_text(LOGOUT_KEYS)})")
        self.logout_button.clicked.connect(self.logout)
        self.header.add_action(self.logout_button)
        self.add_shortcut(LOGOUT_KEYS, tr("Uitloggen"))
        self.logout_keys = QShortcut(QKeySequence(LOGOUT_KEYS), self)
        self.logout_keys.setContext(Qt.ShortcutContext.WindowShortcut)
        self.logout_keys.activated.connect(self.logout)
        self.idle = IdleWatch(self, self.guarded, self.logout, clock)
        self.show_start()

    def _acted(self) -> None:
        """A call of the user's own (not a refresh): the idle watch hears of it."""
        self.idle.activity()

    # -- the header ---------------------------------------------------------------------------------

    def _server(self) -> str | None:
        connection = self.api.connection
        return None if connection.mode == "local" else connection.where

    def _header(self) -> None:
        info, session = self.election, self.session
        self.set_info(
            HeaderInfo(
                election=info.name if info else "",
                municipality=info.municipality if info else "",
                body=info.body if info else "",
                role=capitalised(say(session.role_label)) if session else "",
                user=session.fullname if session else "",
                server=self._server(),
            )
        )

    # -- pages --------------------------------------------------------------------------------------

    def _clear(self) -> None:
        """Every page leaves the window (and its values the screen)."""
        while (page := self.stack.widget(0)) is not None:
            self.stack.removeWidget(page)
            page.hide()
            page.deleteLater()

    def _show_only(self, page: Page) -> None:
        self._clear()
        self.show_page(page)

    def show_start(self, message: str = "", problem: UserError | None = None) -> None:
        """The first administrator or the login (with why the last session ended, if it did)."""
        self.idle.stop()
        self.session = None
        self.logout_button.hide()
        try:
            welcome = self.api.welcome()
        except UserError as error:
            welcome, problem = None, error
        self.election = welcome.election if welcome else None
        self._header()
        if welcome is not None and welcome.first_run:
            page: FirstRunPage | LoginPage = FirstRunPage(self.api, welcome, self.logged_in)
        elif welcome is not None:
            page = LoginPage(self.api, welcome, self.logged_in)
        else:
            return self._start_failed(problem)
        self._show_only(page)
        if problem is not None:
            page.notice.show_problem(problem)
        elif message:
            page.notice.show_info(message)
        return None

    def _start_failed(self, problem: UserError | None) -> None:
        """The services cannot even say whether this is the first start: say why, offer to close."""
        page = UnavailablePage(self.close)
        self._show_only(page)
        if problem is not None:
            page.notice.show_problem(problem)

    def logged_in(self, result: LoginResult, password: str) -> None:
        """After login: a temporary password is replaced first, then the role's page."""
        self.session = result.session
        self.election = result.session.election or self.election
        self._ending = False
        self._header()
        self.logout_button.show()
        self.idle.start(result.session.idle_warning_seconds, result.session.idle_timeout_seconds)
        if result.session.must_change_password:
            try:
                rules = say(self.api.welcome().password_rules)
            except UserError:
                rules = ""
            self._show_only(ChangePasswordPage(self.guarded, password, rules, self.open_role_page))
        else:
            self.open_role_page()

    def open_role_page(self) -> None:
        """The first page of the logged-in user's role."""
        session = self.session
        if session is None:
            return
        factory = self.pages.get(session.role)
        role = say(session.role_label)
        page = factory(self.guarded, self) if factory else NoScreenPage(role, self.logout)
        self._show_only(page)

    # -- the end of a session -----------------------------------------------------------------------

    def logout(self) -> None:
        """Ctrl+L: end the session and show the login."""
        if self.session is None:
            return
        with contextlib.suppress(UserError):  # ended already on the serving side: login follows
            self.api.logout()
        self.show_start(tr("Je bent uitgelogd."))

    def session_lost(self, error: UserError) -> None:
        """A call said the session is over: the login, with the services' message (after the page
        that made the call has finished handling it)."""
        if self.session is None or self._ending:
            return
        self._ending = True
        self.idle.stop()
        QTimer.singleShot(0, lambda: self.show_start(problem=error))

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing the window ends the session (what was saved stays saved)."""
        if self.session is not None:
            with contextlib.suppress(UserError):  # ended already: nothing to end
                self.api.logout()
            self.session = None
        self.idle.stop()
        super().closeEvent(event)

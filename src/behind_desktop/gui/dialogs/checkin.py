"""The check-in pop-up: one small, calm window for every question due right now.

It sits in the tray's corner and never takes keyboard focus when it appears:
someone typing a note on a ward PC keeps typing. Clicking a button answers that
row without moving focus either; clicking the pop-up's background (or its text)
lets it take focus, and then the keys work on the top row:

    Y  yes      N  not yet      L  later (then 1, 2, 3 for 15, 30, 60 minutes)
    S  skip     Esc  close

What closing means:

* The pop-up closes itself after ``checkins.POPUP_TIMEOUT_S`` untouched (hovering
  starts the wait again). The rows left are recorded as IGNORED: not answered,
  which is not a "no"; several in a row make that question back off. If nobody
  was there to see it (no input at all while it was up, or the screen locked),
  nothing is recorded: the check-in waits and comes back when the person does.
* Closing it by hand (the × button or Esc) is a choice: the rows left are recorded
  as SKIPPED, like pressing Skip on each. It never makes anything ask more often.
* Being merged into (a new check-in arriving while it is open) records nothing:
  the rows are simply refreshed, so there is only ever one pop-up.

The rows themselves (one question and its answers) are ``checkin_row.CheckinRow``.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt, QTimer
from PySide6.QtGui import (
    QCloseEvent,
    QEnterEvent,
    QGuiApplication,
    QKeyEvent,
    QPalette,
    QShowEvent,
)
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from behind_desktop.core.checkins import POPUP_TIMEOUT_S, SNOOZE_CHOICES_MIN, Answer, Due
from behind_desktop.gui.dialogs.checkin_row import CheckinRow, small_text
from behind_desktop.gui.i18n import say
from behind_desktop.gui.shell.bridge import Bridge
from behind_desktop.gui.shell.navigator import Navigator
from behind_desktop.gui.widgets.theme import Space, Type, set_type, space, spaced, unit
from behind_desktop.gui.widgets.unfocused import prepare_unfocused
from behind_desktop.services.app import StoreError
from behind_desktop.services.changes import Changes, Topic

MARGIN = Space.M  # from the screen edge or the tray icon
WIDTH_UNITS = 95  # the pop-up's width in theme units (wider where its answers need it)


def corner_position(anchor: QRect | None, area: QRect, w: int, h: int) -> QPoint:
    """Beside the tray icon (below a top panel, above a bottom one), else the screen's
    bottom-right corner; always inside ``area``."""
    margin = space(MARGIN)
    if anchor is not None and not anchor.isEmpty():
        x = anchor.right() - w
        if anchor.center().y() < area.center().y():
            y = anchor.bottom() + margin
        else:
            y = anchor.top() - h - margin
    else:
        x = area.right() - w - margin
        y = area.bottom() - h - margin
    x = max(area.left() + margin, min(x, area.right() - w - margin))
    y = max(area.top() + margin, min(y, area.bottom() - h - margin))
    return QPoint(x, y)


class CheckinPopup(QFrame):
    """Every due question in one pop-up, one row each; see the module docstring."""

    def __init__(
        self,
        bridge: Bridge,
        due: list[Due],
        navigator: Navigator,
        anchor: QRect | None = None,
        timeout_s: float = POPUP_TIMEOUT_S,
    ) -> None:
        super().__init__(
            None,
            Qt.WindowType.Tool
            | Qt.WindowType.FramelessWindowHint
            | Qt.WindowType.WindowStaysOnTopHint
            | Qt.WindowType.WindowDoesNotAcceptFocus,
        )
        prepare_unfocused(self)  # a click on its background (not a button) invites the keys
        self.setObjectName("checkinPopup")
        self.setWindowTitle(self.tr("Behind · check-in"))
        self.setAccessibleName(self.tr("Check-in"))
        self.setFrameShape(QFrame.Shape.Box)
        self.setFrameShadow(QFrame.Shadow.Plain)
        self.setForegroundRole(QPalette.ColorRole.Mid)  # a quiet 1px border, never a colour
        self.setAutoFillBackground(True)
        self.setFixedWidth(unit(self) * WIDTH_UNITS)
        self.c = bridge
        self.s = bridge.services
        self.nav = navigator
        self.anchor = anchor
        self.rows: list[CheckinRow] = []
        self._closing_as: Answer | None = Answer.SKIPPED  # what closing now would record

        title = QLabel(self.tr("A quick check-in"))
        title.setObjectName("title")
        set_type(title, Type.TITLE, bold=True)
        self.close_btn = QPushButton(self.tr("×"))
        self.close_btn.setObjectName("close")
        self.close_btn.setFlat(True)
        self.close_btn.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.close_btn.setAccessibleName(self.tr("Close the check-in (counts as Skip)"))
        self.close_btn.setToolTip(self.tr("Close (counts as Skip)"))
        self.close_btn.clicked.connect(self.close)
        header = spaced(QHBoxLayout(), Space.S)
        header.addWidget(title, 1)
        header.addWidget(self.close_btn)

        self.rows_box = spaced(QVBoxLayout(), Space.S)

        self.selfcheck = QLabel()
        self.selfcheck.setObjectName("selfcheck")
        self.selfcheck.setText('<a href="selfcheck">' + self.tr("Weekly self-check…") + "</a>")
        self.selfcheck.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.selfcheck.setAccessibleName(self.tr("Open the weekly self-check"))
        self.selfcheck.setToolTip(self.tr("Four quick questions about how you've been this week"))
        self.selfcheck.linkActivated.connect(lambda _link: self.open_selfcheck())
        bridge.changed.connect(self._changed)
        small_text(self.selfcheck)

        layout = spaced(QVBoxLayout(self), Space.M, Space.M)
        layout.addLayout(header)
        layout.addLayout(self.rows_box)
        layout.addWidget(self.selfcheck)

        self.expiry = QTimer(self)
        self.expiry.setSingleShot(True)
        self.expiry.setInterval(int(timeout_s * 1000))
        self.expiry.timeout.connect(self.expire)

        self.merge(due)

    # -- rows ---------------------------------------------------------------------------

    def merge(self, due: list[Due]) -> None:
        """Add questions; a question already shown is refreshed, never doubled."""
        for d in due:
            old = self.row_for(d.question.key)
            if old is not None:
                old.due = d
                continue
            row = CheckinRow(d, self)
            row.answered.connect(self._answered)
            self.rows.append(row)
            self.rows_box.addWidget(row)
        self.setFixedWidth(self._width())
        self._refresh()
        if self.isVisible():
            self.expiry.start()

    def _width(self) -> int:
        """WIDTH_UNITS, or wider where the answers need it (longer words, a larger font)."""
        layout = self.layout()
        assert layout is not None
        margins = self.contentsMargins() + layout.contentsMargins()
        answers = max((r.pages.minimumSizeHint().width() for r in self.rows), default=0)
        return max(unit(self) * WIDTH_UNITS, answers + margins.left() + margins.right())

    def row_for(self, key: str) -> CheckinRow | None:
        return next((r for r in self.rows if r.due.question.key == key), None)

    @property
    def due(self) -> list[Due]:
        return [r.due for r in self.rows]

    def _answered(self, due: Due, answer: Answer, snooze_min: int) -> None:
        self.s.checkins.answer(due, answer, snooze_min, origin=self)
        row = next((r for r in self.rows if r.due is due), None)
        if row is not None:
            self.rows.remove(row)
            row.hide()
            row.deleteLater()
        if not self.rows:
            self._closing_as = None
            self.close()
            return
        self._refresh()

    def _refresh(self) -> None:
        offer = self._offers_selfcheck()
        self.selfcheck.setVisible(offer)
        if self.isVisible():
            self.adjustSize()
            self._place()

    def _changed(self, changes: Changes) -> None:
        if Topic.SELFCHECK in changes:
            self._refresh()  # saved from the flow: the link has done its job

    def _offers_selfcheck(self) -> bool:
        """Beside the weekly "talked honestly with someone?" row, until this week's is done."""
        weekly = any(len(r.due.question.weekdays) < 7 for r in self.rows)
        return weekly and self.s.selfcheck.due()

    def open_selfcheck(self) -> None:
        self.nav.show_selfcheck()

    # -- closing --------------------------------------------------------------------------

    def expire(self) -> None:
        """Nobody answered in time: the rows left count as ignored (never as "no"), unless
        nobody was there to see them; then nothing is recorded and they wait."""
        unseen = self.c.checkin_unseen(self.expiry.interval() / 1000)
        self._closing_as = None if unseen else Answer.IGNORED
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        # Nothing may escape this handler: the app closes the pop-up as it quits, and
        # an error raised out of an event handler then ends the process in a crash.
        answer, self._closing_as = self._closing_as, None
        self.expiry.stop()
        rows, self.rows = list(self.rows), []
        refused: str | None = None
        if answer is not None:
            for row in rows:
                try:
                    self.s.checkins.answer(row.due, answer, origin=self)
                except StoreError as e:  # kept by the store, written when it can be
                    refused = refused or say(e.phrase)
        super().closeEvent(event)
        if refused is not None:
            self.c.notice.emit(refused)
        try:
            self.c.checkin_closed()
        except StoreError as e:
            self.c.notice.emit(say(e.phrase))

    # -- where it appears, and focus --------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.adjustSize()
        self._place()
        self.expiry.start()

    def _place(self) -> None:
        size = self.sizeHint().expandedTo(self.minimumSizeHint())
        # As tall as the questions are at this width: a height measured for a narrower
        # one spread spare room around each question, away from its answers.
        fitted = self.heightForWidth(self.width()) if self.hasHeightForWidth() else -1
        self.resize(
            self.width(),
            max(fitted, self.minimumSizeHint().height()) if fitted > 0 else size.height(),
        )
        anchor = self.anchor if self.anchor is not None and self.anchor.isValid() else None
        screen = None
        if anchor is not None:
            screen = QGuiApplication.screenAt(anchor.center())
        if screen is None:
            screen = QGuiApplication.primaryScreen()
        self.move(corner_position(anchor, screen.availableGeometry(), self.width(), self.height()))

    def enterEvent(self, event: QEnterEvent) -> None:
        # Someone reading it gets the full wait again.
        if self.expiry.isActive():
            self.expiry.start()
        super().enterEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        row = self.rows[0] if self.rows else None
        k = event.key()
        if k == Qt.Key.Key_Escape:
            self.close()
        elif row is None:
            super().keyPressEvent(event)
        elif k == Qt.Key.Key_Y:
            row.yes.click()
        elif k == Qt.Key.Key_N:
            row.not_yet.click()
        elif k == Qt.Key.Key_S:
            row.skip.click()
        elif k == Qt.Key.Key_L:
            row.show_snooze()
        elif Qt.Key.Key_1 <= k <= Qt.Key.Key_3 and row.pages.currentIndex() == 1:
            minutes = SNOOZE_CHOICES_MIN[k - Qt.Key.Key_1]
            row.snooze_buttons[minutes].click()
        else:
            super().keyPressEvent(event)

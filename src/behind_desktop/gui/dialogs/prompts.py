"""The small questions at the end of a block: what did you do, and keep it?

"Not now" on a finished block's question means later: the words typed so far are
handed back (``putOff``) to wait for a click on the tray, and the question comes
back with them. Where there is no tray to click, the button says "Don't keep".
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from behind_desktop.core import focus
from behind_desktop.core.focus import FocusBlock, FocusState, minutes_done, win_text
from behind_desktop.core.layers import ItemError, clean_title
from behind_desktop.gui.i18n import say, words
from behind_desktop.gui.shell.bridge import Bridge
from behind_desktop.gui.widgets.accent import primary
from behind_desktop.gui.widgets.theme import Space, spaced


class WinPrompt(QDialog):
    """ "What did you do?", pre-filled with the step (or with the words put off before);
    saving records a small win."""

    putOff = Signal(object, str)  # FocusBlock, the words typed: "Not now", to finish later

    def __init__(
        self,
        bridge: Bridge,
        block: FocusBlock,
        parent: QWidget | None = None,
        replaced: bool = False,
        draft: str | None = None,
        later: bool = False,
    ) -> None:
        super().__init__(parent)
        self.c = bridge
        self.block = block
        self.setObjectName("winPrompt")
        early = block.state is FocusState.STOPPED
        self.setWindowTitle(self.tr("Behind · small win"))
        if early and replaced:
            text = self.tr(
                "Your last block ended when you picked a new step. Keep what you did in it "
                "as a small win?"
            )
        elif early and minutes_done(block) < 1:
            text = self.tr(
                "You stopped after less than a minute. That's fine: starting counts. "
                "Keep it as a small win?"
            )
        elif early:
            text = self.tr(
                "You stopped after %n minute(s). That's fine, and it still counts. "
                "Keep it as a small win?",
                "",
                minutes_done(block),
            )
        else:
            text = self.tr(
                "What did you get done in those %n minute(s)?", "", max(1, block.planned_s // 60)
            )
        self.question = QLabel(text)
        self.question.setWordWrap(True)
        self.later = later and not early
        self.field = QLineEdit(draft or words(focus.CONTEXT, win_text(block)))
        self.field.setMaxLength(120)
        # Wide enough for a sentence, in the user's font size.
        self.field.setMinimumWidth(self.fontMetrics().horizontalAdvance("m") * 32)
        self.field.selectAll()
        self.field.setAccessibleName(self.tr("What you did"))
        self.question.setBuddy(self.field)
        self.error = QLabel()
        self.error.setVisible(False)
        self.error.setAccessibleName(self.tr("Problem with the text"))
        buttons = QDialogButtonBox()
        self.save_btn = buttons.addButton(
            self.tr("Keep as a win") if early else self.tr("Save as a win"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.skip_btn = buttons.addButton(
            self.tr("Not now") if self.later else self.tr("Don't keep"),
            QDialogButtonBox.ButtonRole.RejectRole,
        )
        if self.later:
            self.skip_btn.setAccessibleDescription(
                self.tr("Closes this for now; click the tray icon to finish it, words and all")
            )
        self.save_btn.setDefault(True)
        primary(self.save_btn)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        self.rejected.connect(self._rejected)
        layout = spaced(QVBoxLayout(self), Space.M, Space.L)
        # A fixed size: tiling compositors (sway, i3) float it as a small dialog, not a tile.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)
        layout.addWidget(self.question)
        layout.addWidget(self.field)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def _rejected(self) -> None:
        if self.later:
            self.putOff.emit(self.block, self.field.text())

    def _save(self) -> None:
        try:
            text = clean_title(self.field.text())
        except ItemError as e:
            self.error.setText(say(e.phrase))
            self.error.setVisible(True)
            return
        self.c.services.focus.keep_as_win(self.block, text, origin=self)
        self.accept()

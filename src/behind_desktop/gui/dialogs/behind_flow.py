"""The "I'm behind…" flow: a few small pages that follow the essay's chart.

    signs?  ── some fit ──▶ talk to someone (the user's own contacts) ──▶ one tiny step
       └──── none right now ─────────────────────────────────────────────▶ one tiny step
    one tiny step ──▶ a focus block ──(win saved)──▶ another one?

The signs page is also the weekly red-flag self-check: its ticks are saved as this
week's check (ticks already saved this week are shown, so they can be corrected).
Two weeks running with signs shows the support note. Nothing here diagnoses
anything, dials anything or sends anything; contacts are only shown.

The frame each page sits in is ``flow_frame``; the support page is ``flow_support``.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from behind_desktop.core import redflags
from behind_desktop.core.focus import CONTEXT as FOCUS_CONTEXT
from behind_desktop.core.focus import MAX_STEP, STEP_SUGGESTIONS, FocusError, minutes_left
from behind_desktop.core.perspective import Place
from behind_desktop.core.redflags import SIGNS
from behind_desktop.gui.dialogs.flow_frame import (
    FlowPage,
    PagedDialog,
    button_row,
    flow_button,
    flow_heading,
    flow_text,
    page_box,
    page_column,
)
from behind_desktop.gui.dialogs.flow_support import SupportContent
from behind_desktop.gui.i18n import perspective_note, say, words
from behind_desktop.gui.shell.bridge import Bridge
from behind_desktop.gui.shell.navigator import Navigator
from behind_desktop.gui.widgets.accent import primary
from behind_desktop.gui.widgets.theme import Space, spaced, unit
from behind_desktop.services.changes import Changes, Topic

WIDTH_UNITS = 115  # the narrowest the flow gets, in theme units: it grows with the font


class BehindFlow(PagedDialog):
    """The flow; ``selfcheck=True`` opens it as the weekly self-check (the pop-up's link)."""

    def __init__(
        self, bridge: Bridge, selfcheck: bool = False, navigator: Navigator | None = None
    ) -> None:
        super().__init__()
        self.c = bridge
        self.s = bridge.services
        self.navigator = navigator
        self.setObjectName("behindFlow")
        self.setMinimumWidth(unit(self) * WIDTH_UNITS)
        self.started_block_id: int | None = None
        self.warned_for: int | None = None  # the running block the step page said it would end
        self.selfcheck = selfcheck
        self.pages = QStackedWidget()
        self.pages.currentChanged.connect(self._page_changed)
        # Each page's words scroll on their own once taller than the screen allows;
        # its buttons stay in view below them.
        self.signs_page = self._build_signs()
        self.support_page = self._build_support()
        self.step_page = self._build_step()
        self.again_page = self._build_again()
        for page in (self.signs_page, self.support_page, self.step_page, self.again_page):
            self.pages.addWidget(page)

        place = Place.SELF_CHECK if selfcheck else Place.ROUGH_DAY
        note = self.s.checkins.perspective_note(place)
        self.note = flow_text(perspective_note(note), "perspective", small=True)
        self.note.setVisible(bool(note))
        self.line = line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setForegroundRole(QPalette.ColorRole.Mid)
        line.setVisible(bool(note))

        layout = spaced(QVBoxLayout(self), Space.M, Space.L)
        layout.addWidget(self.pages, 1)
        layout.addWidget(line)
        layout.addWidget(self.note)
        self.show_signs()
        self._page_changed()

    def extras(self) -> tuple[QWidget, ...]:
        return (self.line, self.note)

    # -- page 1: any burnout signs? -------------------------------------------------------

    def _build_signs(self) -> FlowPage:
        page = QWidget()
        v = page_column(page)
        self.signs_heading = flow_heading("")
        self.signs_heading.setObjectName("signsHeading")
        v.addWidget(self.signs_heading)
        self.signs_intro = flow_text("")
        v.addWidget(self.signs_intro)
        self.sign_boxes: dict[str, QCheckBox] = {}
        for sign in SIGNS:
            box = QCheckBox(words(redflags.CONTEXT, sign.text))
            box.setObjectName(f"sign_{sign.key}")
            box.setAccessibleName(box.text())
            box.toggled.connect(self._signs_changed)
            self.sign_boxes[sign.key] = box
            v.addWidget(box)
        self.selfcheck_note = flow_text(
            self.tr("This also counts as this week's self-check. Only you see it."),
            "selfcheckNote",
            small=True,
        )
        v.addWidget(self.selfcheck_note)
        v.addStretch(1)
        # Only one of the two can be pressed at a time: that one wears the accent.
        self.some_btn = primary(flow_button(self.tr("Some of these fit"), "someFit"))
        self.none_btn = primary(flow_button(self.tr("None of these right now"), "noneFit"))
        self.some_btn.clicked.connect(self._some_fit)
        self.none_btn.clicked.connect(self._none_fit)
        return FlowPage(page, button_row(self.none_btn, self.some_btn))

    def show_signs(self) -> None:
        if self.selfcheck:
            self.setWindowTitle(self.tr("Behind · Weekly self-check"))
            self.signs_heading.setText(self.tr("How has this week been for you?"))
            self.signs_intro.setText(
                self.tr(
                    "An honest look at the last week or so. Tick any of these that fit; "
                    "only you see the answers."
                )
            )
        else:
            self.setWindowTitle(self.tr("Behind · I'm behind"))
            self.signs_heading.setText(self.tr("Feeling behind? Let's make it smaller."))
            self.signs_intro.setText(
                self.tr(
                    "First, an honest look at the last week or so. Tick any of these "
                    "that fit. Sometimes \u201cbehind\u201d is really tiredness that more "
                    "effort won't fix."
                )
            )
        self.selfcheck_note.setVisible(not self.selfcheck)
        check = self.s.selfcheck.current()
        ticked = check.signs if check is not None else frozenset()
        for key, box in self.sign_boxes.items():
            box.setChecked(key in ticked)
        self._signs_changed()
        self.pages.setCurrentWidget(self.signs_page)

    def show_selfcheck(self) -> None:
        """Open as the weekly self-check (the check-in pop-up's link), same questions."""
        self.selfcheck = True
        self.show_signs()

    def ticked_signs(self) -> frozenset[str]:
        return frozenset(k for k, box in self.sign_boxes.items() if box.isChecked())

    def _signs_changed(self) -> None:
        any_ticked = bool(self.ticked_signs())
        self.some_btn.setEnabled(any_ticked)
        self.none_btn.setEnabled(not any_ticked)
        (self.some_btn if any_ticked else self.none_btn).setDefault(True)

    def _some_fit(self) -> None:
        repeated = self.s.selfcheck.save(self.ticked_signs(), origin=self)
        self.show_support(repeated)

    def _none_fit(self) -> None:
        self.s.selfcheck.save(frozenset(), origin=self)
        if self.selfcheck:
            # A self-check that comes out clear ends here, with thanks, not with a task.
            self.c.notice.emit(self.tr("Thanks for checking in with yourself. Until next week."))
            self.close()
            return
        self.show_step()

    # -- page 2: talk to someone -------------------------------------------------------------

    def _build_support(self) -> FlowPage:
        self.support = SupportContent()
        self.support.step_btn.clicked.connect(self.show_step)
        self.support.close_btn.clicked.connect(self.close)
        self.support.crisisShown.connect(self._crisis_shown)
        self.support.addPeople.connect(self._add_people)
        self.c.changed.connect(self._contacts_changed)
        return FlowPage(self.support, self.support.buttons)

    def _add_people(self) -> None:
        """Settings, at the contacts; this page shows them once they are saved."""
        if self.navigator is not None:
            self.navigator.show_contacts()

    def _contacts_changed(self, changes: Changes) -> None:
        if Topic.SETTINGS in changes:
            self.support.show_contacts(self.s.settings.current().contacts)
            if self.pages.currentWidget() is self.support_page:
                self.fit()

    def _crisis_shown(self, shown: bool) -> None:
        self.fit()
        if shown:
            # Once laid out, scroll so the list can be read (if the page scrolls at all).
            QTimer.singleShot(0, self._show_crisis_lines)

    def _show_crisis_lines(self) -> None:
        support = self.support
        if support.crisis_box.isVisible():
            self.support_page.scroller.ensureWidgetVisible(support.crisis_box, 0, 0)
            self.support_page.scroller.ensureWidgetVisible(support.crisis_toggle, 0, 0)

    def show_support(self, repeated: bool) -> None:
        self.support.show_for(repeated, self.s.settings.current().contacts)
        self.pages.setCurrentWidget(self.support_page)
        self.fit()

    # -- page 3: one tiny step ---------------------------------------------------------------

    def _build_step(self) -> FlowPage:
        page, v = page_box(
            self.tr("Pick one tiny next step"),
            self.tr(
                "Not the whole mountain: one small thing you could do in the next "
                "few minutes. Small counts."
            ),
        )
        self.suggestion_buttons: list[QPushButton] = []
        grid = spaced(QVBoxLayout(), Space.XS)
        pair: QHBoxLayout | None = None
        for i, suggestion in enumerate(STEP_SUGGESTIONS):
            if i % 2 == 0:
                pair = spaced(QHBoxLayout(), Space.XS)
                grid.addLayout(pair)
            b = flow_button(
                words(FOCUS_CONTEXT, suggestion),
                f"suggestion{i}",
                self.tr("Use this step: %1").replace("%1", words(FOCUS_CONTEXT, suggestion)),
            )
            b.clicked.connect(lambda _=False, s=suggestion: self._choose(words(FOCUS_CONTEXT, s)))
            self.suggestion_buttons.append(b)
            assert pair is not None
            pair.addWidget(b)
        v.addLayout(grid)
        self.step_field = QLineEdit()
        self.step_field.setObjectName("stepField")
        self.step_field.setMaxLength(MAX_STEP)
        self.step_field.setPlaceholderText(self.tr("Or write your own…"))
        self.step_field.setAccessibleName(self.tr("Your tiny step"))
        self.step_field.returnPressed.connect(self.start_block)
        v.addWidget(self.step_field)
        self.step_error = flow_text("", "stepError")
        self.step_error.setVisible(False)
        v.addWidget(self.step_error)
        self.replace_note = flow_text("", "replaceNote")
        self.replace_note.setVisible(False)
        v.addWidget(self.replace_note)
        v.addStretch(1)
        self.keep_btn = flow_button(
            self.tr("Keep my block"), "keepBlock", self.tr("Keep the block that is running")
        )
        self.keep_btn.setAccessibleDescription(self.tr("Closes this; your block goes on"))
        self.keep_btn.clicked.connect(self.close)
        self.keep_btn.setVisible(False)
        self.start_btn = primary(flow_button("", "startBlock"))
        self.start_btn.clicked.connect(self.start_block)
        return FlowPage(page, button_row(self.keep_btn, self.start_btn))

    def _choose(self, step: str) -> None:
        self.step_field.setText(step)

    def show_step(self) -> None:
        minutes = self.s.settings.current().focus_minutes
        if minutes == 1:
            self.start_btn.setText(self.tr("Start 1 minute"))
        else:
            self.start_btn.setText(self.tr("Start %n minute(s)", "", minutes))
        self.start_btn.setAccessibleName(
            self.tr("Start a %n-minute focus block with this step", "", minutes)
        )
        self.start_btn.setDefault(True)
        self.step_error.setVisible(False)
        self.say_replacing()
        self.pages.setCurrentWidget(self.step_page)
        self.step_field.setFocus()

    def say_replacing(self) -> None:
        """Before a block starts here: say that the one running would end, and offer to
        keep it instead."""
        active = self.s.focus.active
        self.warned_for = None if active is None else active.id
        self.replace_note.setVisible(active is not None)
        self.keep_btn.setVisible(active is not None)
        if active is None:
            return
        left = minutes_left(self.s.focus.remaining_s())
        if active.step:
            text = self.tr(
                "Your block for \u201c%1\u201d is still running (%n min left). Starting "
                "this step ends it; you can keep what you did in it as a small win.",
                "",
                left,
            ).replace("%1", active.step)
        else:
            text = self.tr(
                "A block is still running (%n min left). Starting this step ends it; "
                "you can keep what you did in it as a small win.",
                "",
                left,
            )
        self.replace_note.setText(text)

    def start_block(self) -> None:
        active = self.s.focus.active
        if active is not None and active.id != self.warned_for:
            # A block began since this page was shown: say so first, start nothing yet.
            self.say_replacing()
            self.fit()
            return
        step = self.step_field.text().strip() or None
        try:
            # The step chosen here is the one to do now: a block already running is
            # stopped (and offered as a win), not silently renamed.
            self.s.focus.start(step=step, replace=True, origin=self)
        except FocusError as e:
            self.step_error.setText(say(e.phrase))
            self.step_error.setVisible(True)
            self.fit()
            return
        block = self.s.focus.block
        self.started_block_id = None if block is None else block.id
        # Stay around, hidden, to offer "another one?" once this block's win is saved.
        self.c.changed.connect(self._changed)
        self.hide()

    # -- page 4: another one? --------------------------------------------------------------

    def _build_again(self) -> FlowPage:
        page, v = page_box(
            self.tr("That's a small win"),
            self.tr(
                "You moved, even while feeling behind. That's how it starts. "
                "Another tiny step, or is that enough for now?"
            ),
        )
        v.addStretch(1)
        self.again_btn = flow_button(self.tr("Another tiny step"), "another")
        self.again_btn.clicked.connect(self._another)
        self.enough_btn = flow_button(self.tr("Enough for now"), "enough")
        self.enough_btn.clicked.connect(self.close)
        return FlowPage(page, button_row(self.enough_btn, self.again_btn))

    def _changed(self, changes: Changes) -> None:
        win = changes.win
        if self.started_block_id is None or win is None or win.block_id != self.started_block_id:
            return  # a block kept without a win ("Don't keep") offers nothing more
        self.c.changed.disconnect(self._changed)
        self.started_block_id = None
        self.again_btn.setDefault(True)
        self.pages.setCurrentWidget(self.again_page)
        self.show()
        self.raise_()

    def _another(self) -> None:
        self.step_field.clear()
        self.show_step()

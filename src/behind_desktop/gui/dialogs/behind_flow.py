"""The "I'm behind…" flow: a few small pages that follow the essay's chart.

    signs?  ── some fit ──▶ talk to someone (the user's own contacts) ──▶ one tiny step
       └──── none right now ─────────────────────────────────────────────▶ one tiny step
    one tiny step ──▶ a focus block ──(win saved)──▶ another one?

The signs page is also the weekly red-flag self-check: its ticks are saved as this
week's check (ticks already saved this week are shown, so they can be corrected).
Two weeks running with signs shows the support note. Nothing here diagnoses
anything, dials anything or sends anything; contacts are only shown.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QPalette, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from behind_desktop.core.focus import MAX_STEP, STEP_SUGGESTIONS, FocusError
from behind_desktop.core.redflags import NOT_A_DIAGNOSIS, SIGNS, SUPPORT_NOTE
from behind_desktop.core.support import Contact, lines_by_country
from behind_desktop.gui.shell.controller import AppController

WIDTH = 460
MAX_SCREEN_SHARE = 0.85  # the dialog grows with its page, up to this much of the screen


def _text(text: str, name: str = "", small: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if name:
        label.setObjectName(name)
    if small:
        font = label.font()
        if font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF() * 0.9)
        label.setFont(font)
        label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


def _heading(text: str) -> QLabel:
    label = _text(text, "heading")
    font = label.font()
    font.setBold(True)
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * 1.15)
    label.setFont(font)
    return label


class PageScroll(QScrollArea):
    """One page of the flow: as tall as its words need, scrolling once the screen is full.

    A plain QScrollArea asks for a fixed, small height whatever it holds; this one
    reports the height its page needs at the width it is given (wrapped text and all),
    so the dialog can be sized to the page, not cut off and not padded out.
    """

    def __init__(self, page: QWidget) -> None:
        super().__init__()
        self.setObjectName(page.objectName() + "Scroll" if page.objectName() else "")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = page.layout()
        if layout is not None:  # the page's buttons follow right below
            m = layout.contentsMargins()
            layout.setContentsMargins(m.left(), m.top(), m.right(), 0)
        self.setWidget(page)

    def page(self) -> QWidget:
        page = self.widget()
        assert page is not None
        return page

    def _content_height(self, width: int) -> int:
        page = self.page()
        if page.hasHeightForWidth():
            return page.heightForWidth(width)
        return page.sizeHint().height()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        # Measured as if the scroll bar took its share of the width: text that wraps a
        # little more then still fits, so the bar never turns on for a few pixels.
        frame = 2 * self.frameWidth()
        bar = self.verticalScrollBar().sizeHint().width()
        return self._content_height(max(width - frame - bar, 1)) + frame

    def sizeHint(self) -> QSize:
        width = max(self.page().sizeHint().width(), self.page().minimumSizeHint().width())
        frame = 2 * self.frameWidth()
        return QSize(width + frame, self.heightForWidth(width + frame))

    def minimumSizeHint(self) -> QSize:
        # Narrow pages stop at their widest button; height can always scroll.
        min_width = self.page().minimumSizeHint().width() + 2 * self.frameWidth()
        return QSize(min_width, 4 * self.fontMetrics().height())


class FlowPage(QWidget):
    """A page of the flow: its content (scrolling if need be) above its buttons."""

    def __init__(self, content: QWidget, buttons: QHBoxLayout) -> None:
        super().__init__()
        self.scroller = PageScroll(content)
        self.buttons = buttons
        v = QVBoxLayout(self)
        v.setContentsMargins(0, 0, 0, 0)
        v.addWidget(self.scroller, 1)
        v.addLayout(buttons)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        layout = self.layout()
        spacing = layout.spacing() if layout is not None else 0
        return self.scroller.heightForWidth(width) + spacing + self.buttons.sizeHint().height()

    def sizeHint(self) -> QSize:
        width = max(self.scroller.sizeHint().width(), self.buttons.sizeHint().width())
        return QSize(width, self.heightForWidth(width))


def _button(text: str, name: str, accessible: str | None = None) -> QPushButton:
    b = QPushButton(text)
    b.setObjectName(name)
    b.setAccessibleName(accessible or text)
    b.setAutoDefault(False)
    return b


class BehindFlow(QDialog):
    """The flow; ``selfcheck=True`` opens it as the weekly self-check (the pop-up's link)."""

    def __init__(self, controller: AppController, selfcheck: bool = False) -> None:
        super().__init__()
        self.c = controller
        self.setObjectName("behindFlow")
        self.setMinimumWidth(WIDTH)
        self.started_block_id: int | None = None
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

        note = controller.perspective_note()
        self.note = _text(self.tr(note) if note else "", "perspective", small=True)
        self.note.setVisible(bool(note))
        self.line = line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setForegroundRole(QPalette.ColorRole.Mid)
        line.setVisible(bool(note))

        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(line)
        layout.addWidget(self.note)
        self.show_signs()
        self._page_changed()

    # -- size: each page as tall as it needs, up to most of the screen -----------------------

    def _page_changed(self, _index: int = -1) -> None:
        current = self.pages.currentWidget()
        # A hidden page takes no room: the dialog fits the page being shown, not the
        # tallest one (the tiny-step page had a big empty gap).
        for page in (self.signs_page, self.support_page, self.step_page, self.again_page):
            policy = QSizePolicy.Policy.Preferred if page is current else QSizePolicy.Policy.Ignored
            page.setSizePolicy(policy, policy)
        self.fit()

    def max_height(self) -> int:
        screen = self.screen()
        if screen is None:
            return 10_000
        return int(screen.availableGeometry().height() * MAX_SCREEN_SHARE)

    def fit(self) -> None:
        """Size the dialog to the current page; beyond the screen share, the page scrolls."""
        layout = self.layout()
        page = self.pages.currentWidget()
        if layout is None or not isinstance(page, FlowPage):
            return
        for w in (page.scroller.page(), page.scroller, page, self.pages):
            w.updateGeometry()  # drop cached sizes: texts and shown parts change per page
        layout.activate()
        m = layout.contentsMargins()
        width = max(self.minimumWidth(), page.sizeHint().width() + m.left() + m.right())
        if self.isVisible():
            width = max(width, self.width())
        screen = self.screen()
        if screen is not None:
            width = min(width, screen.availableGeometry().width())
        inner = width - m.left() - m.right()
        # Worked out here rather than asked of the layout: a stacked widget answers
        # for its tallest page, and the point is to fit the one being shown.
        height = m.top() + m.bottom() + page.heightForWidth(inner)
        for extra in (self.line, self.note):
            if extra.isHidden():
                continue
            h = extra.heightForWidth(inner) if extra.hasHeightForWidth() else -1
            height += layout.spacing() + (h if h > 0 else extra.sizeHint().height())
        self.resize(width, min(height, self.max_height()))
        if self.isVisible() and screen is not None:
            # Still all on screen after growing (a taller page can push the bottom off).
            area = screen.availableGeometry()
            frame = self.frameGeometry()
            dy = min(0, area.bottom() - frame.bottom())
            dy = max(dy, area.top() - frame.top())
            if dy:
                self.move(self.x(), self.y() + dy)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.fit()

    # -- page 1: any burnout signs? -------------------------------------------------------

    def _build_signs(self) -> FlowPage:
        page = QWidget()
        v = QVBoxLayout(page)
        self.signs_heading = _heading("")
        self.signs_heading.setObjectName("signsHeading")
        v.addWidget(self.signs_heading)
        self.signs_intro = _text("")
        v.addWidget(self.signs_intro)
        self.sign_boxes: dict[str, QCheckBox] = {}
        for sign in SIGNS:
            box = QCheckBox(self.tr(sign.text))
            box.setObjectName(f"sign_{sign.key}")
            box.setAccessibleName(self.tr(sign.text))
            box.toggled.connect(self._signs_changed)
            self.sign_boxes[sign.key] = box
            v.addWidget(box)
        self.selfcheck_note = _text(
            self.tr("This also counts as this week's self-check. Only you see it."),
            "selfcheckNote",
            small=True,
        )
        v.addWidget(self.selfcheck_note)
        v.addStretch(1)
        self.some_btn = _button(self.tr("Some of these fit"), "someFit")
        self.none_btn = _button(self.tr("None of these right now"), "noneFit")
        self.some_btn.clicked.connect(self._some_fit)
        self.none_btn.clicked.connect(self._none_fit)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.none_btn)
        row.addWidget(self.some_btn)
        return FlowPage(page, row)

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
        check = self.c.week_check()
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
        repeated = self.c.save_week_check(self.ticked_signs())
        self.show_support(repeated)

    def _none_fit(self) -> None:
        self.c.save_week_check(frozenset())
        if self.selfcheck:
            # A self-check that comes out clear ends here, with thanks, not with a task.
            self.c.notice.emit(self.tr("Thanks for checking in with yourself. Until next week."))
            self.close()
            return
        self.show_step()

    # -- page 2: talk to someone -------------------------------------------------------------

    def _build_support(self) -> FlowPage:
        page = QWidget()
        v = QVBoxLayout(page)
        v.addWidget(_heading(self.tr("Worth talking to someone")))
        self.support_text = _text("", "supportText")
        v.addWidget(self.support_text)
        self.contacts_label = _text("", "contacts")
        self.contacts_label.setTextFormat(Qt.TextFormat.PlainText)
        self.contacts_label.setAccessibleName(self.tr("Your support contacts"))
        v.addWidget(self.contacts_label)

        self.crisis_toggle = QToolButton()
        self.crisis_toggle.setObjectName("crisisToggle")
        self.crisis_toggle.setText(self.tr("Crisis lines by country"))
        self.crisis_toggle.setAccessibleName(self.tr("Show crisis lines by country"))
        self.crisis_toggle.setCheckable(True)
        self.crisis_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.crisis_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.crisis_toggle.setAutoRaise(True)
        self.crisis_toggle.toggled.connect(self._toggle_crisis)
        lines = "\n".join(f"{line.name}: {line.detail}" for _, _, line in lines_by_country())
        self.crisis_label = _text(
            lines
            + "\n\n"
            + self.tr(
                "Numbers change; check the one for where you are. If you might act on "
                "thoughts of harming yourself, call your local emergency number now."
            ),
            "crisisLines",
            small=True,
        )
        self.crisis_label.setTextFormat(Qt.TextFormat.PlainText)
        self.crisis_label.setVisible(False)
        v.addWidget(self.crisis_toggle)
        v.addWidget(self.crisis_label)

        self.diagnosis_label = _text(self.tr(NOT_A_DIAGNOSIS), "notADiagnosis", small=True)
        v.addWidget(self.diagnosis_label)
        v.addStretch(1)
        self.step_btn = _button(self.tr("Also pick one tiny step"), "alsoStep")
        self.step_btn.clicked.connect(self.show_step)
        self.close_support_btn = _button(self.tr("Close for now"), "closeSupport")
        self.close_support_btn.clicked.connect(self.close)
        return FlowPage(page, _button_row(self.close_support_btn, self.step_btn))

    def _toggle_crisis(self, shown: bool) -> None:
        self.crisis_label.setVisible(shown)
        arrow = Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        self.crisis_toggle.setArrowType(arrow)
        self.fit()
        if shown:
            # Once laid out, scroll so the list can be read (if the page scrolls at all).
            QTimer.singleShot(0, self._show_crisis_lines)

    def _show_crisis_lines(self) -> None:
        if self.crisis_label.isVisible():
            self.support_page.scroller.ensureWidgetVisible(self.crisis_label, 0, 0)
            self.support_page.scroller.ensureWidgetVisible(self.crisis_toggle, 0, 0)

    def show_support(self, repeated: bool) -> None:
        if repeated:
            text = self.tr(SUPPORT_NOTE)
        else:
            text = self.tr(
                "When \u201cbehind\u201d comes with signs like these, grinding harder rarely "
                "helps. The next step is a conversation: tell someone with power and "
                "perspective (an advisor, student affairs, a trusted attending) how it "
                "really is, and ask about fewer extras or more help."
            )
        self.support_text.setText(text)
        self.contacts_label.setText(self._contacts_text())
        self.step_btn.setDefault(True)
        self.pages.setCurrentWidget(self.support_page)
        self.fit()

    def _contacts_text(self) -> str:
        # The user's own people first; crisis lines they saved come after.
        contacts: tuple[Contact, ...] = tuple(
            sorted(self.c.settings.contacts, key=lambda c: c.kind == "crisis")
        )
        if not contacts:
            return self.tr(
                "You can add the people you'd reach out to (advisor, programme office, "
                "counselling, a friend) in Settings, so they are here when you need them."
            )
        lines = [self.tr("Your people:")]
        for contact in contacts:
            detail = contact.detail or self.tr("(details not added yet)")
            lines.append(f"\u2022 {contact.name}: {detail}")
        return "\n".join(lines)

    # -- page 3: one tiny step ---------------------------------------------------------------

    def _build_step(self) -> FlowPage:
        page = QWidget()
        v = QVBoxLayout(page)
        v.addWidget(_heading(self.tr("Pick one tiny next step")))
        v.addWidget(
            _text(
                self.tr(
                    "Not the whole mountain: one small thing you could do in the next "
                    "few minutes. Small counts."
                )
            )
        )
        self.suggestion_buttons: list[QPushButton] = []
        grid = QVBoxLayout()
        grid.setSpacing(4)
        pair: QHBoxLayout | None = None
        for i, suggestion in enumerate(STEP_SUGGESTIONS):
            if i % 2 == 0:
                pair = QHBoxLayout()
                grid.addLayout(pair)
            b = _button(
                self.tr(suggestion),
                f"suggestion{i}",
                self.tr("Use this step: %1").replace("%1", self.tr(suggestion)),
            )
            b.clicked.connect(lambda _=False, s=suggestion: self._choose(self.tr(s)))
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
        self.step_error = _text("", "stepError")
        self.step_error.setVisible(False)
        v.addWidget(self.step_error)
        v.addStretch(1)
        self.start_btn = _button("", "startBlock")
        self.start_btn.clicked.connect(self.start_block)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.start_btn)
        return FlowPage(page, row)

    def _choose(self, step: str) -> None:
        self.step_field.setText(step)

    def show_step(self) -> None:
        minutes = self.c.settings.focus_minutes
        if minutes == 1:
            self.start_btn.setText(self.tr("Start 1 minute"))
        else:
            self.start_btn.setText(self.tr("Start %n minute(s)", "", minutes))
        self.start_btn.setAccessibleName(
            self.tr("Start a %n-minute focus block with this step", "", minutes)
        )
        self.start_btn.setDefault(True)
        self.step_error.setVisible(False)
        self.pages.setCurrentWidget(self.step_page)
        self.step_field.setFocus()

    def start_block(self) -> None:
        step = self.step_field.text().strip() or None
        try:
            # The step chosen here is the one to do now: a block already running is
            # stopped (and offered as a win), not silently renamed.
            block = self.c.start_focus(step=step, replace=True)
        except FocusError as e:
            self.step_error.setText(str(e))
            self.step_error.setVisible(True)
            self.fit()
            return
        self.started_block_id = block.id
        # Stay around, hidden, to offer "another one?" once this block's win is saved.
        self.c.dataChanged.connect(self._data_changed)
        self.hide()

    # -- page 4: another one? --------------------------------------------------------------

    def _build_again(self) -> FlowPage:
        page = QWidget()
        v = QVBoxLayout(page)
        v.addWidget(_heading(self.tr("That's a small win")))
        v.addWidget(
            _text(
                self.tr(
                    "You moved, even while feeling behind. That's how it starts. "
                    "Another tiny step, or is that enough for now?"
                )
            )
        )
        v.addStretch(1)
        self.again_btn = _button(self.tr("Another tiny step"), "another")
        self.again_btn.clicked.connect(self._another)
        self.enough_btn = _button(self.tr("Enough for now"), "enough")
        self.enough_btn.clicked.connect(self.close)
        return FlowPage(page, _button_row(self.enough_btn, self.again_btn))

    def _data_changed(self, what: str) -> None:
        if what != "wins" or self.started_block_id is None:
            return
        block = self.c.block
        if block is None or block.id != self.started_block_id or block.active:
            return
        today = self.c.today()
        wins = self.c.store.wins_between(today - timedelta(days=1), today)
        if not any(w.block_id == block.id for w in wins):
            return  # a block kept without a win ("Don't keep") offers nothing more
        self.c.dataChanged.disconnect(self._data_changed)
        self.started_block_id = None
        self.again_btn.setDefault(True)
        self.pages.setCurrentWidget(self.again_page)
        self.show()
        self.raise_()

    def _another(self) -> None:
        self.step_field.clear()
        self.show_step()


def _button_row(*buttons: QPushButton) -> QHBoxLayout:
    """Buttons at the bottom right, the main one last."""
    row = QHBoxLayout()
    row.addStretch(1)
    for b in buttons:
        row.addWidget(b)
    return row

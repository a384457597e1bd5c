"""The frame each page of the "I'm behind…" flow sits in, and the flow's small parts.

A page's words scroll on their own once taller than the screen allows, while its
buttons stay in view below them; each page reports the height it needs at the
width it is given, so the dialog can be sized to the page being shown.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPalette, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from behind_desktop.gui.widgets.theme import Space, Type, set_type, spaced

MAX_SCREEN_SHARE = 0.85  # the dialog grows with its page, up to this much of the screen


def flow_text(text: str, name: str = "", small: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if name:
        label.setObjectName(name)
    if small:
        set_type(label, Type.CAPTION)
        label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


def flow_heading(text: str) -> QLabel:
    label = flow_text(text, "heading")
    set_type(label, Type.TITLE, bold=True)
    return label


def page_column(page: QWidget) -> QVBoxLayout:
    """A page's own column: no margins of its own (the dialog has them), rows spaced."""
    return spaced(QVBoxLayout(page), Space.S)


def page_box(heading: str, intro: str) -> tuple[QWidget, QVBoxLayout]:
    """A page's words so far: its heading and a first paragraph; add the rest to the layout."""
    page = QWidget()
    v = page_column(page)
    v.addWidget(flow_heading(heading))
    v.addWidget(flow_text(intro))
    return page, v


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
        v = spaced(QVBoxLayout(self), Space.M)
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


def flow_button(text: str, name: str, accessible: str | None = None) -> QPushButton:
    b = QPushButton(text)
    b.setObjectName(name)
    b.setAccessibleName(accessible or text)
    b.setAutoDefault(False)
    return b


def button_row(*buttons: QPushButton) -> QHBoxLayout:
    """Buttons at the bottom right, the main one last."""
    row = spaced(QHBoxLayout(), Space.S)
    row.addStretch(1)
    for b in buttons:
        row.addWidget(b)
    return row


class PagedDialog(QDialog):
    """A dialog of pages (``pages``, set up by the subclass, which calls
    ``_page_changed`` once built) that is as tall as the page being shown, up to
    most of the screen; ``extras()`` are the widgets below the pages."""

    pages: QStackedWidget

    def extras(self) -> tuple[QWidget, ...]:
        return ()

    # -- size: each page as tall as it needs, up to most of the screen -----------------------

    def _page_changed(self, _index: int = -1) -> None:
        current = self.pages.currentWidget()
        # A hidden page takes no room: the dialog fits the page being shown, not the
        # tallest one (the tiny-step page had a big empty gap).
        for n in range(self.pages.count()):
            page = self.pages.widget(n)
            policy = QSizePolicy.Policy.Preferred if page is current else QSizePolicy.Policy.Ignored
            if page is not None:
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
        for extra in self.extras():
            if extra.isHidden():
                continue
            h = extra.heightForWidth(inner) if extra.hasHeightForWidth() else -1
            height += layout.spacing() + (h if h > 0 else extra.sizeHint().height())
        # A fixed size (per page): tiling compositors float it instead of a full tile.
        self.setFixedSize(width, min(height, self.max_height()))
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

"""The Today page: the three layers of "enough" as a checklist for today.

Ticks are saved the moment they change (through ``services.checklist``). Layer 1
comes first: on a rough day only Layer 1 shows, and Layer 3 is drawn lighter and
starts folded away whenever the basics need the attention. The rules (which
layers show, when the basics line appears, what a valid title is) live in
``core.layers``; this page only draws them. Each layer is a ``checklist.LayerSection``;
every read and change of the checklist goes through one method here.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from behind_desktop.core.layers import (
    CONTEXT,
    LAYER_TITLES,
    MAX_TITLE,
    Item,
    ItemError,
    Layer,
    TitleProblem,
    basics_note,
    group_items,
)
from behind_desktop.gui.i18n import long_date, words
from behind_desktop.gui.pages.checklist import LayerSection
from behind_desktop.gui.pages.put_away import PutAwaySection
from behind_desktop.gui.shell.bridge import Bridge
from behind_desktop.gui.widgets.theme import Type
from behind_desktop.gui.widgets.uikit import (
    chain_tab_order,
    note_label,
    page_layout,
    relative_font,
)
from behind_desktop.services.changes import Changes, Topic


class TodayPage(QWidget):
    def __init__(self, bridge: Bridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.c = bridge
        self.checklist = bridge.services.checklist
        self.setObjectName("todayPage")
        self.ticked: frozenset[int] = frozenset()
        self._extras_choice: bool | None = None  # the user's own fold, for this day
        self._day = bridge.services.today()

        self.day_label = QLabel()
        relative_font(self.day_label, Type.HEADING, bold=True)
        self.rough = QCheckBox(self.tr("Rough day"))
        self.rough.setAccessibleDescription(
            self.tr("Shows only Layer 1, the basics of being a functioning human, for today")
        )
        self.rough.setToolTip(self.tr("Just the basics today. The rest will keep."))
        self.rough.toggled.connect(self._rough_toggled)
        self.edit = QPushButton(self.tr("Edit items"))
        self.edit.setCheckable(True)
        self.edit.setAccessibleDescription(
            self.tr("Shows buttons to add, rename, move and put away items")
        )
        self.edit.toggled.connect(self._editing)
        top = QHBoxLayout()
        top.addWidget(self.day_label, 1)
        top.addWidget(self.rough)
        top.addWidget(self.edit)

        self.note = note_label(name=self.tr("A note about the basics"))
        self.note.setVisible(False)
        self.rough_note = note_label(
            self.tr(
                "A rough day. Only the basics are showing; everything else will still be "
                "there tomorrow."
            ),
            self.tr("Rough day note"),
        )
        self.rough_note.setVisible(False)

        self.sections = {layer: LayerSection(layer, self) for layer in Layer}
        self.put_away = PutAwaySection(self)
        self.put_away.setVisible(False)

        content = QWidget()
        content.setObjectName("todayContent")
        col = QVBoxLayout(content)
        page_layout(col, content)
        col.addLayout(top)
        col.addWidget(self.note)
        col.addWidget(self.rough_note)
        for section in self.sections.values():
            col.addWidget(section)
        col.addWidget(self.put_away)
        col.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroller = scroll
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        chain_tab_order(self.tab_widgets())
        bridge.changed.connect(self._changed)
        self.refresh()

    def tab_widgets(self) -> list[QWidget]:
        out: list[QWidget] = [self.rough, self.edit]
        for section in self.sections.values():
            out.extend(section.tab_widgets())
        out.extend(self.put_away.tab_widgets())
        return out

    def layer_texts(self, layer: Layer) -> tuple[str, str, str]:
        """Title, subtitle and list name; worded here so they can be translated."""
        if layer is Layer.BASICS:
            return (
                words(CONTEXT, LAYER_TITLES[layer]),
                "",
                self.tr("Layer 1 checklist: a functioning human"),
            )
        if layer is Layer.TRAINEE:
            return (
                words(CONTEXT, LAYER_TITLES[layer]),
                "",
                self.tr("Layer 2 checklist: trainee minimum"),
            )
        return (
            words(CONTEXT, LAYER_TITLES[layer]),
            self.tr("Genuinely optional: nice when there's room, fine when there isn't."),
            self.tr("Layer 3 checklist: optional extras"),
        )

    def item_problem(self, e: ItemError) -> str:
        if e.problem is TitleProblem.TOO_LONG:
            return self.tr(
                "That's a bit long; a shorter title (under %n characters) fits.", "", MAX_TITLE
            )
        return self.tr("Type a few words first.")

    def show_widget(self, widget: QWidget) -> None:
        """Scroll ``widget`` into view once the page has made room for it."""
        QTimer.singleShot(0, lambda: self.scroller.ensureWidgetVisible(widget))

    # -- the checklist: every read and change, one call each ----------------------------

    # -- the checklist: every change goes through services.checklist ----------------------
    # Ticks are asked by the page itself, and a refresh for its own tick keeps the page
    # still; edits are asked by the layer's section (``origin``), so they redraw fully.

    def add_item(self, layer: Layer, title: str, origin: object) -> Item:
        self._next_change()
        item = self.checklist.add(layer, title, origin).item
        assert item is not None
        return item

    def rename_item(self, item: Item, title: str, origin: object) -> None:
        """Raises ``ItemError`` for a title that can't be used; nothing is changed then."""
        self._next_change()
        self.checklist.rename(item, title, origin)

    def move_item(self, item: Item, delta: int, origin: object) -> None:
        self._next_change()
        self.checklist.move(item, delta, origin)

    def archive_item(self, item: Item, origin: object) -> None:
        self._next_change()
        self.checklist.put_away(item, origin)

    def restore_item(self, item: Item, origin: object) -> None:
        """A put-away item back at its place in its layer."""
        self._next_change()
        self.checklist.restore(item, origin)

    def tick(self, item: Item, ticked: bool) -> None:
        """The user ticked or unticked an item here: save it, keep the page still."""
        self._next_change()
        self.checklist.tick(item, ticked, origin=self)

    def _next_change(self) -> None:
        """Another change by the user: the last Undo is no longer on offer."""
        for section in self.sections.values():
            section.undo_bar.dismiss()

    # -- state -----------------------------------------------------------------------

    def _changed(self, changes: Changes) -> None:
        if changes.fresh:  # everything was deleted: nothing left to undo
            self._extras_choice = None
            self._next_change()
        if changes.topics & (Topic.CHECKLIST | Topic.SETTINGS):
            self.refresh(steady=changes.by(self))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not event.spontaneous():
            self.refresh()  # the evening note catches up with ticks made earlier

    def refresh(self, steady: bool = False) -> None:
        # While the user is ticking (``steady``), the evening note and the fold of the
        # extras stay as they are: taking the note away moved the whole list up under the
        # mouse. They catch up on the next refresh that isn't a tick (page shown again, a
        # new day, a check-in answered, an item edited).
        today = self.c.services.today()
        if today != self._day:
            self._day = today
            self._extras_choice = None
            self._next_change()  # a new day: yesterday's Undo is no longer news
            steady = False
        day = self.checklist.day(today)
        rough, items, self.ticked = day.rough, day.items, day.ticked
        groups = group_items(items, rough_day=False)
        note = basics_note(items, set(self.ticked), self.c.services.now())

        self.day_label.setText(long_date(today))
        self.rough.blockSignals(True)
        self.rough.setChecked(rough)
        self.rough.blockSignals(False)
        self.rough_note.setVisible(rough)
        for layer, section in self.sections.items():
            section.fill(groups[layer], self.ticked)
            section.setVisible(layer is Layer.BASICS or not rough)
        self._fill_put_away()
        if steady:
            if not self.note.isHidden() and note is None:
                # Same place, same size, words that are true again.
                self.note.setMinimumHeight(self.note.height())
                self.note.setText(
                    self.tr("The basics are covered now. That's the part that matters most.")
                )
            return
        self.note.setMinimumHeight(0)
        self.note.setVisible(note is not None and not rough)
        if note is not None:
            self.note.setText(words(CONTEXT, note))
        extras_open = self._extras_choice
        if extras_open is None:
            extras_open = not rough and note is None
        self.sections[Layer.EXTRAS].set_open(extras_open)

    def extras_folded_by_user(self, folded: bool) -> None:
        self._extras_choice = not folded

    def _rough_toggled(self, rough: bool) -> None:
        if rough:
            self._extras_choice = False  # folded, and still folded if the day eases up
        self.checklist.set_rough_day(rough, origin=self.rough)

    def _fill_put_away(self) -> None:
        put_away = [i for i in self.checklist.items(include_put_away=True) if i.archived]
        self.put_away.fill(put_away)
        self.put_away.setVisible(self.edit.isChecked() and bool(put_away))

    def _editing(self, on: bool) -> None:
        for section in self.sections.values():
            section.set_editing(on)
        self._fill_put_away()
        self.edit.setText(self.tr("Done editing") if on else self.tr("Edit items"))
        if on:
            self.sections[Layer.BASICS].add_field.setFocus()

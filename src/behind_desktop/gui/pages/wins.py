"""The Wins page: this week's small wins, grouped by day, with a little chart.

Wins (focus blocks, typed wins and Layer 1 basics ticked) come from
``services.wins`` a week at a time; the list of them is ``wins_list.WinsList``.
The week starts by the one rule there (the setting, else the locale's first day),
as ``behind-desktop wins`` does. Export uses ``core.export`` (the format:
``wins_export``) and an atomic write; the save dialog sits in one method so tests
can answer it.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from behind_desktop.core.atomic import write_private_text
from behind_desktop.core.export import Export, format_weeks
from behind_desktop.core.layers import MAX_TITLE, ItemError, TitleProblem, clean_title
from behind_desktop.core.perspective import Place, note_for
from behind_desktop.core.reasons import os_reason
from behind_desktop.core.wins import WeekSummary, Win
from behind_desktop.gui.i18n import long_date, perspective_note, say, short_date, short_day_name
from behind_desktop.gui.pages.wins_export import export_target
from behind_desktop.gui.pages.wins_list import EDITABLE, WinsList
from behind_desktop.gui.shell.bridge import Bridge
from behind_desktop.gui.widgets.save_place import export_start, remember_export
from behind_desktop.gui.widgets.theme import Space, Type, space
from behind_desktop.gui.widgets.uikit import (
    UndoBar,
    chain_tab_order,
    limit_title,
    make_muted,
    page_layout,
    problem_label,
    relative_font,
    show_problem,
    show_thought,
    thought_label,
)
from behind_desktop.gui.widgets.wins_chart import Bar, WinsChart
from behind_desktop.services.changes import Changes, Topic


class WinsPage(QWidget):
    def __init__(self, bridge: Bridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.c = bridge
        self.wins = bridge.services.wins
        self.setObjectName("winsPage")
        self.week = self._week_of(bridge.services.today())
        self.summary: WeekSummary | None = None

        self.prev_btn = QPushButton(self.tr("‹ Previous"))
        self.prev_btn.setAccessibleName(self.tr("Previous week"))
        self.prev_btn.clicked.connect(lambda: self.go(-1))
        self.week_label = QLabel()
        self.week_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        relative_font(self.week_label, Type.TITLE, bold=True)
        self.next_btn = QPushButton(self.tr("Next ›"))
        self.next_btn.setAccessibleName(self.tr("Next week"))
        self.next_btn.clicked.connect(lambda: self.go(1))
        self.this_btn = QPushButton(self.tr("This week"))
        self.this_btn.setAccessibleDescription(self.tr("Goes back to the current week"))
        self.this_btn.clicked.connect(self.this_week)
        nav = QHBoxLayout()
        nav.addWidget(self.prev_btn)
        nav.addWidget(self.week_label, 1)
        nav.addWidget(self.next_btn)
        nav.addWidget(self.this_btn)

        self.count_label = QLabel()
        self.count_label.setWordWrap(True)
        self.thought = thought_label(self.tr("A thought about this week"))
        self.chart = WinsChart()

        self.add_field = QLineEdit()
        self.add_field.setPlaceholderText(self.tr("Add a small win (Ctrl+N)"))
        self.add_field.setAccessibleName(self.tr("New small win"))
        self.add_field.setAccessibleDescription(
            self.tr("Type something you did today, even a tiny thing, and press Enter")
        )
        self.add_field.returnPressed.connect(self.add_win)
        self.add_btn = QPushButton(self.tr("Add win"))
        self.add_btn.clicked.connect(self.add_win)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_field, 1)
        add_row.addWidget(self.add_btn)

        self.tree = WinsList(self.delete_current)
        self.tree.itemChanged.connect(self._item_changed)
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())

        # One line that never pushes the buttons around; the full text is its tooltip.
        self.undo_bar = UndoBar(self.tr("Undo"), self.tr("Undo delete"))
        self.undo_btn, self.undo_text = self.undo_bar.button, self.undo_bar.text

        self.edit_btn = QPushButton(self.tr("Edit"))
        self.edit_btn.setAccessibleName(self.tr("Edit the selected win"))
        self.edit_btn.clicked.connect(self.edit_current)
        self.delete_btn = QPushButton(self.tr("Delete"))
        self.delete_btn.setAccessibleName(self.tr("Delete the selected win"))
        self.delete_btn.clicked.connect(self.delete_current)
        self.export_week_btn = QPushButton(self.tr("Export week…"))
        self.export_week_btn.setAccessibleDescription(
            self.tr("Saves this week's wins as CSV or Markdown")
        )
        self.export_week_btn.clicked.connect(lambda: self.export(everything=False))
        self.export_all_btn = QPushButton(self.tr("Export all…"))
        self.export_all_btn.setAccessibleName(self.tr("Export all wins"))
        self.export_all_btn.setAccessibleDescription(
            self.tr("Saves every win you have written down as CSV or Markdown")
        )
        self.export_all_btn.clicked.connect(lambda: self.export(everything=True))
        actions = QHBoxLayout()
        actions.addWidget(self.edit_btn)
        actions.addWidget(self.delete_btn)
        actions.addStretch(1)
        actions.addWidget(self.export_week_btn)
        actions.addWidget(self.export_all_btn)

        self.problem = problem_label(self.tr("Note about wins"))
        limit_title(self.add_field, self.problem)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Last change"))
        make_muted(self.status)
        # The last line holds the latest message or, after a delete, the Undo bar. It
        # keeps the Undo button's height whether or not the bar shows, so nothing above
        # it (Edit, Delete, the list) moves when the bar comes and goes.
        self.footer = QWidget()
        footer = QHBoxLayout(self.footer)
        footer.setContentsMargins(0, 0, 0, 0)
        footer.setSpacing(space(Space.S, self))
        footer.addWidget(self.status, 1)
        footer.addWidget(self.undo_bar, 1)
        self.undo_bar.closed.connect(lambda: self.status.setVisible(True))
        self.footer.setMinimumHeight(
            max(self.undo_btn.sizeHint().height(), self.status.fontMetrics().height())
        )

        layout = QVBoxLayout(self)
        page_layout(layout, self)
        layout.addLayout(nav)
        layout.addWidget(self.count_label)
        layout.addWidget(self.thought)
        layout.addWidget(self.chart)
        layout.addLayout(add_row)
        layout.addWidget(self.problem)
        layout.addWidget(self.tree, 1)
        layout.addLayout(actions)
        layout.addWidget(self.footer)

        undo_key = QShortcut(QKeySequence.StandardKey.Undo, self)
        undo_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        undo_key.activated.connect(self.undo)

        chain_tab_order(self.tab_widgets())
        bridge.changed.connect(self._changed)
        self.refresh()

    # -- the wins this page reads ----------------------------------------------------

    def _week_summary(self, start: date) -> WeekSummary:
        return self.wins.week(start)

    # -- weeks -----------------------------------------------------------------------

    def _week_of(self, day: date) -> date:
        return self.wins.week_start(day)

    def go(self, weeks: int) -> None:
        self.show_week_of(self.week + timedelta(days=7 * weeks))

    def this_week(self) -> None:
        self.show_week_of(self.c.services.today())

    def show_week_of(self, day: date) -> None:
        """Another week: last week's "Added. Nice." or "Saved." is no longer news."""
        self.week = self._week_of(day)
        self.tell("")
        show_problem(self.problem, None)
        self.refresh()

    def _changed(self, changes: Changes) -> None:
        if changes.fresh:  # everything was deleted: nothing left to undo or to report
            self.tell("")
        if Topic.SETTINGS in changes:
            self.week = self._week_of(self.week + timedelta(days=3))
        # A win edited in place here is already drawn as saved: no redraw under the editor.
        if changes.topics & (Topic.WINS | Topic.SETTINGS) and not changes.by(self):
            self.refresh()

    def refresh(self) -> None:
        start = self.week
        end = start + timedelta(days=6)
        summary = self._week_summary(start)
        self.summary = summary
        today = self.c.services.today()
        current = self.current_win()

        self.week_label.setText(
            self.tr("%1 – %2").replace("%1", short_date(start)).replace("%2", short_date(end))
            + f" {end.year}"
        )
        self.week_label.setAccessibleName(
            self.tr("Week %1, %2 to %3")
            .replace("%1", summary.label)
            .replace("%2", long_date(start))
            .replace("%3", long_date(end))
        )
        self.week_label.setToolTip(self.tr("Week %1").replace("%1", summary.label))
        this_week = start <= today <= end
        self.next_btn.setEnabled(end < today)
        self.this_btn.setEnabled(not this_week)
        if summary.count:
            self.count_label.setText(
                self.tr("%n small win(s) this week.", "", summary.count)
                if this_week
                else self.tr("%n small win(s) that week.", "", summary.count)
            )
        else:
            self.count_label.setText(
                self.tr("Nothing written down yet this week. Anything counts, even a short walk.")
                if this_week
                else self.tr("Nothing was written down that week, and that's all right.")
            )
        # A note for the week's wins, the same all week: this page is opened on purpose.
        show_thought(self.thought, perspective_note(note_for(Place.WINS, start)))
        self.chart.set_bars(
            [
                Bar(short_day_name(d.day), long_date(d.day), d.count, d.day == today)
                for d in summary.days
            ]
        )

        self.tree.fill(summary)
        if current is not None:
            self.tree.select(current)
        self._update_buttons()

    def current_win(self) -> Win | None:
        return self.tree.current_win()

    def _update_buttons(self) -> None:
        win = self.current_win()
        can = win is not None and win.source in EDITABLE
        self.edit_btn.setEnabled(can)
        self.delete_btn.setEnabled(can)

    # -- adding, editing, deleting -----------------------------------------------------

    def win_problem(self, e: ItemError) -> str:
        if e.problem is TitleProblem.TOO_LONG:
            return self.tr(
                "That's a bit long; a shorter line (under %n characters) fits.", "", MAX_TITLE
            )
        return self.tr("Type a few words first; small is fine.")

    def add_win(self) -> None:
        try:
            text = clean_title(self.add_field.text())
        except ItemError as e:
            show_problem(self.problem, self.win_problem(e))
            return
        show_problem(self.problem, None)
        win = self.wins.add(text, origin=self.add_field).win
        assert win is not None
        self.add_field.clear()
        if not self.week <= win.day <= self.week + timedelta(days=6):
            self.show_week_of(win.day)
        self.tree.select(win)
        self.tell(self.tr("Added. Nice."))

    def focus_add(self) -> None:
        self.add_field.setFocus()
        self.add_field.selectAll()

    def edit_current(self) -> None:
        row = self.tree.currentItem()
        win = self.current_win()
        if row is not None and win is not None and win.source in EDITABLE:
            self.tree.setFocus()
            self.tree.editItem(row, 1)

    def _item_changed(self, row: QTreeWidgetItem, column: int) -> None:
        win = self.tree.win_of(row)
        if win is None or win.id is None or column != 1 or row.text(1) == win.text:
            return
        try:
            text = clean_title(row.text(1))
            self.wins.edit(win.id, text, origin=self)
        except ItemError as e:
            show_problem(self.problem, self.win_problem(e))
            self.tree.show_win(row, win)
            return
        show_problem(self.problem, None)
        self.tree.show_win(row, replace(win, text=text))
        self.tell(self.tr("Saved."))

    def delete_current(self) -> None:
        win = self.current_win()
        if win is None:
            return
        if win.source not in EDITABLE or win.id is None:
            self.tell(
                self.tr("This one comes from the Today checklist; untick it there to take it out.")
            )
            return
        deleted = self.wins.delete(win.id, origin=self.tree).win
        if deleted is None:
            return
        self.tell("")
        self.status.setVisible(False)  # the Undo bar has the line
        self.undo_bar.offer(self.tr("Deleted “%1”."), deleted.text, lambda: self._restore(deleted))
        self.tree.setFocus()

    def undo(self) -> None:
        """Ctrl+Z and the Undo button: the win just deleted, while it is on offer."""
        self.undo_bar.undo()

    def _restore(self, win: Win) -> None:
        self.wins.restore(win, origin=self.undo_btn)
        self.tree.select(win)
        self.tell(self.tr("It's back."))
        self.tree.setFocus()

    def tell(self, text: str) -> None:
        """The latest message; whatever comes next, the last Undo is no longer on offer."""
        self.undo_bar.dismiss()
        self.status.setText(text)

    # -- export ----------------------------------------------------------------------

    def ask_save_path(self, title: str, suggested: str) -> tuple[str, str]:
        """The save dialog; tests replace this method."""
        path, chosen = QFileDialog.getSaveFileName(
            self, title, suggested, self.tr("CSV (*.csv);;Markdown (*.md)")
        )
        return path, chosen

    def weeks_for_export(self, everything: bool) -> list[WeekSummary]:
        if not everything:
            return [self._week_summary(self.week)]
        return self.wins.all_weeks()

    def export(self, everything: bool) -> Path | None:
        weeks = self.weeks_for_export(everything)
        name = "behind-wins-all" if everything else f"behind-wins-{weeks[0].label}"
        title = self.tr("Export all wins") if everything else self.tr("Export this week's wins")
        raw, chosen = self.ask_save_path(title, export_start(self.c.services.state, f"{name}.csv"))
        if not raw:
            return None
        path, fmt = export_target(raw, chosen)
        try:
            write_private_text(path, format_weeks(weeks, fmt, Export(QCoreApplication.translate)))
        except OSError as e:
            show_problem(
                self.problem,
                self.tr("That file couldn't be saved (%1). Another folder may work.").replace(
                    "%1", say(os_reason(e))
                ),
            )
            return None
        remember_export(self.c.services.state, path)
        show_problem(self.problem, None)
        self.tell(self.tr("Saved to %1").replace("%1", str(path)))
        return path

    def tab_widgets(self) -> list[QWidget]:
        return [
            self.prev_btn,
            self.next_btn,
            self.this_btn,
            self.add_field,
            self.add_btn,
            self.tree,
            self.edit_btn,
            self.delete_btn,
            self.export_week_btn,
            self.export_all_btn,
            self.undo_btn,
        ]

"""Runs Behind and reports every text its windows, tray menu and dialogs show.

The app starts as ``python -m behind_desktop`` would. Once it is up, the probe
goes through the tray menu as a user would (Today, Wins, Settings, Check in now,
I'm behind…), then prints one line on stdout and quits the app:

    language-texts {"menu": [...], "window": [...], "checkin": [...], "flow": [...]}

Each list holds what the widgets say: labels, buttons, titles, placeholders,
items, tooltips and accessible names (hidden pages of a dialog included, since a
user reaches them too). The app itself is unchanged. Run from the repository root:
``python -m tests.e2e.language_probe --data-dir DIR``.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QTabBar,
    QTreeWidget,
    QWidget,
)

from behind_desktop.cli import main

PREFIX = "language-texts "
STEP_MS = 400


def widget_texts(root: QWidget) -> list[str]:
    found: list[str] = [root.windowTitle()]
    for w in [root, *root.findChildren(QWidget)]:
        found += [w.accessibleName(), w.accessibleDescription(), w.toolTip()]
        if isinstance(w, QLabel | QAbstractButton):
            found.append(w.text())
        if isinstance(w, QGroupBox):
            found.append(w.title())
        if isinstance(w, QLineEdit):
            found += [w.text(), w.placeholderText()]
        if isinstance(w, QComboBox):
            found += [w.itemText(i) for i in range(w.count())] + [w.placeholderText()]
        if isinstance(w, QTabBar):
            found += [w.tabText(i) for i in range(w.count())]
            found += [w.tabToolTip(i) for i in range(w.count())]
        if isinstance(w, QListWidget):
            found += [w.item(i).text() for i in range(w.count())]
        if isinstance(w, QTreeWidget):
            header = w.headerItem()
            found += [header.text(c) for c in range(w.columnCount())]
            for i in range(w.topLevelItemCount()):
                top = w.topLevelItem(i)
                found += [top.text(0)] + [top.child(j).text(1) for j in range(top.childCount())]
    return [t for t in found if t and t.strip()]


def menu_texts(menu: QMenu) -> list[str]:
    menu.aboutToShow.emit()  # the tray fills in the block's length and state here
    found: list[str] = []
    for action in menu.actions():
        found.append(action.text())
        sub = action.menu()
        if isinstance(sub, QMenu):
            found += menu_texts(sub)
    return [t for t in found if t]


def tray_menu() -> QMenu:
    for w in QApplication.topLevelWidgets():
        if isinstance(w, QMenu) and any(a.objectName() == "quit" for a in w.actions()):
            return w
    raise LookupError("no tray menu")


def trigger(name: str) -> None:
    action = next(a for a in tray_menu().actions() if a.objectName() == name)
    assert isinstance(action, QAction)
    action.trigger()


def shown() -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if w.isVisible() and not isinstance(w, QMenu)]


class Probe:
    def __init__(self) -> None:
        self.report: dict[str, list[str]] = {}
        self.steps: list[Callable[[], None]] = [
            self.menu,
            lambda: trigger("today"),
            self.window,
            lambda: trigger("wins"),
            self.window,
            lambda: trigger("settings"),
            self.window,
            lambda: trigger("checkin"),
            lambda: self.dialog("checkin", "CheckinPopup"),
            lambda: trigger("behind"),
            lambda: self.dialog("flow", "BehindFlow"),
            self.finish,
        ]

    def next(self) -> None:
        step = self.steps.pop(0)
        step()
        if self.steps:
            QTimer.singleShot(STEP_MS, self.next)

    def menu(self) -> None:
        self.report["menu"] = menu_texts(tray_menu())

    def window(self) -> None:
        main = next(w for w in shown() if type(w).__name__ == "MainWindow")
        self.report.setdefault("window", []).extend(widget_texts(main))

    def dialog(self, key: str, cls: str) -> None:
        found = [w for w in shown() if type(w).__name__ == cls]
        self.report[key] = [t for w in found for t in widget_texts(w)]

    def finish(self) -> None:
        print(PREFIX + json.dumps(self.report, ensure_ascii=False), flush=True)
        QApplication.quit()


def run() -> int:
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    )
    app = QApplication([sys.argv[0]])
    probe = Probe()
    QTimer.singleShot(1500, probe.next)  # runs once the app's own start-up is done
    code = main(sys.argv[1:])
    del app
    return code


if __name__ == "__main__":
    sys.exit(run())

"""Every text Behind draws reads at 4.5:1 or better, in light and dark schemes.

Two levels: the palette roles themselves (what every standard widget draws with),
and a walk over every label of every window, each measured against the
background it is actually drawn on.
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLabel, QWidget

from behind_desktop.gui.widgets import theme
from behind_desktop.gui.widgets.theme import contrast
from behind_desktop.gui.widgets.uikit import Card, NoteLabel, muted
from tests.support.gui import FakeAutostart, FakeNavigator, add_win_on, make_controller

Role = QPalette.ColorRole
Group = QPalette.ColorGroup

# text role -> the background it is drawn on; the theme's list, checked to leave none out
PAIRS = theme.TEXT_PAIRS
TEXT_ROLES = {
    Role.WindowText,
    Role.Text,
    Role.ButtonText,
    Role.ToolTipText,
    Role.PlaceholderText,
    Role.Link,
    Role.LinkVisited,
    Role.HighlightedText,
}


def light() -> QPalette:
    return QApplication.style().standardPalette()


def palette_of(colours: dict[Role, str], disabled: str) -> QPalette:
    p = QPalette(light())
    for role, colour in colours.items():
        p.setColor(role, QColor(colour))
    for role in (Role.WindowText, Role.Text, Role.ButtonText):
        p.setColor(Group.Disabled, role, QColor(disabled))
    return p


def dark() -> QPalette:
    """A dark scheme as desktops ship them, half-transparent placeholder text and all."""
    return palette_of(
        {
            Role.Window: "#2b2d31",
            Role.WindowText: "#e6e6e6",
            Role.Base: "#1f2023",
            Role.AlternateBase: "#26282c",
            Role.Text: "#e6e6e6",
            Role.Button: "#3c3e44",
            Role.ButtonText: "#e6e6e6",
            Role.Highlight: "#5b8dd6",
            Role.HighlightedText: "#ffffff",
            Role.ToolTipBase: "#35373c",
            Role.ToolTipText: "#e6e6e6",
            Role.PlaceholderText: "#80e6e6e6",
            Role.Link: "#3d6fbf",
        },
        disabled="#55585e",
    )


PALETTES = {"light": light, "dark": dark}


@pytest.fixture(params=sorted(PALETTES))
def scheme(request, qapp):
    """The app in a light or a dark scheme, kept readable as the app keeps it."""
    before = QPalette(qapp.palette())
    theme.install(qapp)  # as the app does at start (conftest does it for every test)
    qapp.setPalette(PALETTES[request.param]())
    yield request.param
    qapp.setPalette(before)


@pytest.mark.parametrize("name", sorted(PALETTES))
def test_every_text_role_reads_on_its_background(qapp, name):
    assert {text for text, _ in PAIRS} == TEXT_ROLES
    assert {bg for _, bg in PAIRS} >= {Role.Window, Role.Base, Role.Button, Role.Highlight}
    p = theme.readable_palette(PALETTES[name]())
    low = []
    for group in (Group.Active, Group.Inactive, Group.Disabled):
        for text, bg in PAIRS:
            ratio = contrast(p.color(group, text), p.color(group, bg))
            if ratio < 4.5:
                low.append(f"{group.name} {text.name} on {bg.name}: {ratio:.2f}")
    p.setCurrentColorGroup(Group.Active)
    for role, bg in ((Role.WindowText, Role.Window), (Role.Text, Role.Base)):
        ratio = contrast(muted(p, role), p.color(bg))
        if ratio < 4.5:
            low.append(f"muted {role.name}: {ratio:.2f}")
    for what, fg, bg in (
        ("on-accent", theme.on_accent(p), theme.accent(p)),
        ("accent text", theme.accent_text(p), p.color(Role.Window)),
    ):
        if contrast(fg, bg) < 4.5:
            low.append(f"{what}: {contrast(fg, bg):.2f}")
    assert low == []


def test_the_theme_leaves_readable_colours_alone(qapp):
    p = light()
    fixed = theme.readable_palette(p)
    for role in (Role.Window, Role.WindowText, Role.Base, Role.Text, Role.Button):
        assert fixed.color(role) == p.color(role)
    # and quiet text stays quieter than body text
    assert contrast(fixed.color(Role.PlaceholderText), p.color(Role.Base)) < 21


def test_a_window_without_focus_does_not_look_disabled(qapp):
    """Check-ins open without taking focus, so they are drawn with the palette's
    Inactive colours; some themes grey those (GTK's dark Adwaita: #9c9c9b on
    #323232). Text there is as strong as in a focused window."""
    p = QPalette(QColor("#323232"))
    for group in (Group.Active, Group.Inactive):
        p.setColor(group, Role.Window, QColor("#323232"))
        p.setColor(group, Role.Base, QColor("#2d2d2d"))
        p.setColor(group, Role.Button, QColor("#3a3a3a"))
    for role in (Role.WindowText, Role.Text, Role.ButtonText):
        p.setColor(Group.Active, role, QColor("#ffffff"))
        p.setColor(Group.Inactive, role, QColor("#9c9c9b"))
    fixed = theme.readable_palette(p)
    for role in (Role.WindowText, Role.Text, Role.ButtonText):
        assert fixed.color(Group.Inactive, role) == fixed.color(Group.Active, role), role


def background_of(w: QWidget) -> QColor:
    """What ``w``'s text is drawn on: the nearest painted background above it."""
    node: QWidget | None = w
    while node is not None:
        if isinstance(node, (NoteLabel, Card)):
            return node.background()
        if node.autoFillBackground() or node.isWindow():
            return node.palette().color(Group.Active, node.backgroundRole())
        node = node.parentWidget()
    return w.palette().color(Group.Active, Role.Window)


def faint_texts(root: QWidget) -> list[str]:
    low = []
    for w in [root, *root.findChildren(QWidget)]:
        if isinstance(w, QLabel) and w.text().strip():
            fg, bg, what = (
                w.palette().color(Group.Active, w.foregroundRole()),
                background_of(w),
                w.text(),
            )
        elif isinstance(w, QAbstractItemView):
            fg, bg, what = w.palette().color(Role.Text), w.palette().color(Role.Base), "list"
        else:
            continue
        ratio = contrast(fg, bg)
        if ratio < 4.5:
            low.append(f"{w.objectName() or type(w).__name__} {what[:30]!r}: {ratio:.2f}")
    return low


def test_every_label_of_the_main_window_reads(qtbot, store, clock, monkeypatch, scheme):
    from behind_desktop.gui.pages.settings import computer as settings_page
    from behind_desktop.gui.shell.windows import Windows

    monkeypatch.setattr(settings_page, "autostart_backend", lambda: FakeAutostart())
    add_win_on(store, clock, clock.now().date().isoformat(), "08:00", "Sent the email")
    windows = Windows(make_controller(store, clock))
    main = windows.main
    qtbot.addWidget(main)
    main.today.rough.setChecked(True)  # the quieted layers
    assert faint_texts(main) == []


def test_the_safety_screens_read(qtbot, store, clock, scheme):
    """Crisis lines and the people to call were the faintest text in the app."""
    from behind_desktop.gui.dialogs.behind_flow import BehindFlow

    flow = BehindFlow(make_controller(store, clock))
    qtbot.addWidget(flow)
    flow.show_support(repeated=True)
    flow.support.crisis_toggle.setChecked(True)
    assert flow.support.crisis_texts()
    assert faint_texts(flow) == []


def test_check_in_welcome_timer_and_win_prompt_read(qtbot, store, clock, scheme):
    from behind_desktop.gui.dialogs.checkin import CheckinPopup
    from behind_desktop.gui.dialogs.prompts import WinPrompt
    from behind_desktop.gui.dialogs.timer import TimerWindow
    from behind_desktop.gui.dialogs.welcome import WelcomeDialog

    controller = make_controller(store, clock)
    controller.start_focus(step="read 3 pages")
    due = controller.checkin_now()
    timer = TimerWindow(controller)
    controller.services.focus.stop()
    block = controller.services.focus.block
    for w in (
        CheckinPopup(controller, due, None),
        WelcomeDialog(controller, FakeNavigator()),
        timer,
        WinPrompt(controller, block),
    ):
        qtbot.addWidget(w)
        assert faint_texts(w) == [], type(w).__name__

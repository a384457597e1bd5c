"""The safety screens: people and crisis lines in full-contrast text, each with a copy
button, and a straight way to Settings when no contacts are set."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from behind_desktop.core.settings import Settings
from behind_desktop.core.support import Contact
from behind_desktop.gui.dialogs.behind_flow import BehindFlow
from behind_desktop.gui.widgets.theme import contrast
from tests.gui.test_contrast import background_of
from tests.gui.test_contrast import scheme as scheme  # the fixture: light and dark
from tests.support.gui import FakeAutostart, FakeNavigator, make_controller

Role = QPalette.ColorRole
Group = QPalette.ColorGroup

PEOPLE = (
    Contact("Dr Okafor (advisor)", "okafor@example.org"),
    Contact("My sister", "07700 900123"),
    Contact("Samaritans", "116 123", "crisis"),
)


@pytest.fixture
def controller(store, clock):
    c = make_controller(store, clock)
    yield c
    c.stop_timers()


def support_page(qtbot, controller, navigator=None) -> BehindFlow:
    flow = BehindFlow(controller, navigator=navigator)
    qtbot.addWidget(flow)
    flow.show()
    flow.show_support(repeated=False)
    flow.support.crisis_toggle.setChecked(True)
    return flow


def test_people_and_crisis_lines_read_in_full_contrast(qtbot, controller, scheme):
    controller.save_settings(Settings(contacts=PEOPLE))
    flow = support_page(qtbot, controller)
    rows = [*flow.support.contact_rows, *flow.support.crisis_rows]
    assert len(flow.support.contact_rows) == 3 and len(flow.support.crisis_rows) >= 11
    body = QApplication.palette().color(Group.Active, Role.WindowText)
    for label in [*(r.label for r in rows), flow.support.crisis_note]:
        fg = label.palette().color(Group.Active, label.foregroundRole())
        assert fg == body, label.text()  # the body text colour, not a quieter one
        ratio = contrast(fg, background_of(label))
        assert ratio >= 4.5, f"{label.text()[:30]!r}: {ratio:.2f}"
        assert label.font().pointSizeF() >= flow.font().pointSizeF()  # not the small size


def test_each_number_has_a_copy_button(qtbot, controller):
    controller.save_settings(Settings(contacts=PEOPLE))
    flow = support_page(qtbot, controller)
    sister = flow.support.contact_rows[1]
    assert sister.copy_btn is not None
    assert "My sister" in sister.copy_btn.accessibleName()
    sister.copy_btn.click()
    assert QGuiApplication.clipboard().text() == "07700 900123"
    assert sister.copy_btn.text() == "Copied"
    samaritans = next(r for r in flow.support.crisis_rows if r.detail == "116 123")
    assert samaritans.copy_btn is not None
    samaritans.copy_btn.click()
    assert QGuiApplication.clipboard().text() == "116 123"
    assert all(r.copy_btn is not None for r in flow.support.crisis_rows)


def test_a_contact_without_details_has_nothing_to_copy(qtbot, controller):
    controller.save_settings(Settings(contacts=(Contact("Student affairs", ""),)))
    flow = support_page(qtbot, controller)
    (row,) = flow.support.contact_rows
    assert row.copy_btn is None and "details not added yet" in row.label.text()


def test_with_no_people_set_add_my_people_opens_the_contacts(qtbot, controller):
    navigator = FakeNavigator()
    flow = support_page(qtbot, controller, navigator)
    assert flow.support.contact_rows == []
    assert flow.support.add_people_btn.isVisible()
    flow.support.add_people_btn.click()
    assert navigator.asked == ["contacts"]
    # once saved in Settings, the page shows them, and the button goes
    controller.save_settings(Settings(contacts=PEOPLE[:1]))
    assert [r.detail for r in flow.support.contact_rows] == ["okafor@example.org"]
    assert not flow.support.add_people_btn.isVisible()


def test_add_my_people_lands_on_the_contacts_group_in_settings(qtbot, store, clock, monkeypatch):
    from behind_desktop.gui.pages.settings import computer as settings_page
    from behind_desktop.gui.shell.windows import Windows
    from behind_desktop.services.commands import Page

    monkeypatch.setattr(settings_page, "autostart_backend", lambda: FakeAutostart())
    controller = make_controller(store, clock)
    windows = Windows(controller)
    windows.show_behind()
    flow = windows._behind
    assert flow is not None
    qtbot.addWidget(flow)
    qtbot.addWidget(windows.main)
    flow.show_support(repeated=False)
    flow.support.add_people_btn.click()
    main = windows.main
    assert main.isVisible() and main.current_page() is Page.SETTINGS
    settings = main.settings
    contacts = settings.contacts
    top = contacts.mapTo(settings.content, contacts.rect().topLeft()).y()
    view = settings.scroller.verticalScrollBar().value()
    height = settings.scroller.viewport().height()
    assert view <= top < view + height  # the contacts group is in view
    assert main.focusWidget() is contacts.add_contact_btn  # the keyboard is there too
    controller.stop_timers()
    main.close()

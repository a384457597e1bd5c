"""The bare tray app, sending one notification with three buttons, then quitting.

Used by ``bench_notify.py`` to compare ways of sending a check-in notification
on Linux. Each way starts the bare tray (``bare_tray.py``), and once the event
loop runs: loads the notification code, asks the server for its capabilities,
sends one notice with Yes / Not yet / Later, waits for its id, and quits.

    --via jeepney            Behind's own notifier (platform/notify_linux.py)
    --via desktop-notifier   desktop-notifier, its asyncio loop on a thread
    --via qtdbus             PySide6's QtDBus (prints why ``Notify`` is refused)
    --via none               nothing: the bare tray alone, the same way launched
    --stay                   keep running afterwards, the notification still out
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from PySide6.QtCore import QSocketNotifier, QTimer
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from bare_tray import draw_icon  # type: ignore[import-not-found]

BUTTONS = (("yes", "Yes"), ("not_yet", "Not yet"), ("later", "Later"))


def via_jeepney(app: QApplication) -> str:
    from behind_desktop.platform.notify import Action, Notice
    from behind_desktop.platform.notify_linux import FreedesktopNotifier

    keep: list[QSocketNotifier] = []

    def watch(fd: int, callback: Callable[[], None]) -> object:
        n = QSocketNotifier(fd, QSocketNotifier.Type.Read)
        n.activated.connect(lambda *_: callback())
        keep.append(n)
        return n

    notifier = FreedesktopNotifier(watch, "org.behind.desktop")
    if not notifier.can_ask():
        return "no actions"
    notice = Notice("A quick check-in", "Eaten?", tuple(Action(k, v) for k, v in BUTTONS), 60)
    return f"sent {notifier.send(notice, lambda _o: None)}"


def via_desktop_notifier(app: QApplication) -> str:
    import asyncio
    import threading

    from desktop_notifier import Button, DesktopNotifier

    loop = asyncio.new_event_loop()
    threading.Thread(target=loop.run_forever, daemon=True).start()

    async def send() -> str:
        notifier = DesktopNotifier(app_name="Behind")
        caps = await notifier.get_capabilities()
        buttons = [Button(title=label) for _key, label in BUTTONS]
        sent = await notifier.send(title="A quick check-in", message="Eaten?", buttons=buttons)
        return f"sent {sent} ({len(caps)} capabilities)"

    result = asyncio.run_coroutine_threadsafe(send(), loop).result(10)
    loop.call_soon_threadsafe(loop.stop)
    return result


def via_qtdbus(app: QApplication) -> str:
    from PySide6.QtDBus import QDBus, QDBusConnection, QDBusMessage

    bus = QDBusConnection.sessionBus()
    path, name = "/org/freedesktop/Notifications", "org.freedesktop.Notifications"
    msg = QDBusMessage.createMethodCall(name, path, name, "Notify")
    actions = [x for pair in BUTTONS for x in pair]
    # replaces_id must be a D-Bus uint32; from Python it goes as int32 (or uint16).
    msg.setArguments(["Behind", 0, "", "A quick check-in", "Eaten?", actions, {}, 60000])
    reply = bus.call(msg, QDBus.CallMode.Block, 2000)
    if reply.type() == QDBusMessage.MessageType.ErrorMessage:
        return f"refused: {reply.errorMessage()}"
    return f"sent {reply.arguments()}"


WAYS = {
    "jeepney": via_jeepney,
    "desktop-notifier": via_desktop_notifier,
    "qtdbus": via_qtdbus,
    "none": lambda _app: "nothing sent",
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--via", choices=sorted(WAYS), required=True)
    parser.add_argument("--print", action="store_true", help="print what happened")
    parser.add_argument(
        "--stay", action="store_true", help="keep running with the notification out (idle)"
    )
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    app = QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)
    tray = QSystemTrayIcon(draw_icon())
    tray.show()

    def go() -> None:
        result = WAYS[args.via](app)
        if args.print:
            print(result, flush=True)
        if not args.stay:
            app.quit()

    QTimer.singleShot(0, go)
    code = app.exec()
    tray.hide()
    return code


if __name__ == "__main__":
    sys.exit(main())

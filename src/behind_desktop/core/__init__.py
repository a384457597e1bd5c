"""The Qt-free core of Behind.

Everything here is plain Python driven by an injected clock: the layer
checklist, the focus-block state machine, small wins and the week summary,
check-in rules, the red-flag self-check, settings and storage. Only
``behind_desktop.gui`` imports PySide6; a test keeps it that way.
"""

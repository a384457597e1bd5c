"""Small building blocks shared by pages and dialogs: icons, the focus strip, the chart."""

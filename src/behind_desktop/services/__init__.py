"""Behind's use cases, once each, with no Qt: the windows, the tray and the command line
call these, and only these touch the store."""

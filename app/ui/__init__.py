"""The Qt desktop interface: windows, dialogs, table models and the glue to the core (PySide6 only here).

app.ui.application.run_gui() starts it. Widgets talk to one Controller (app.ui.controller), never to
the store or the rule engine directly.
"""


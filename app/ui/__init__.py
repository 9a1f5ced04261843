"""The Qt desktop interface: windows, dialogs, table models and the glue to the core (PySide6 only here).

app.ui.application.run_gui() starts it. Widgets talk to one Controller (app.ui.controller), never to
the store or the rule engine directly.
"""

from app.ui.pyside_sources import read_module_sources_uncached

# Before any page, the models or the rule engine are imported (see pyside_sources.py for why).
read_module_sources_uncached()

"""RepayRadar (还款雷达): local repayment reminders and collection-risk estimates.

The package has three layers: ``app.core`` (loans, schedules, the store; plain Python), ``app.rules``
(the rule pack and the assessment engine; plain Python) and ``app.ui`` (PySide6). Only ``app.ui`` may
import Qt.
"""

__version__ = "0.1.0"
APP_NAME = "RepayRadar"
APP_ID = "org.repayradar.RepayRadar"

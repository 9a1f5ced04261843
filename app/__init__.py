"""RepayRadar (还款雷达): local repayment reminders and collection-risk estimates.

The package has three layers: ``app.core`` (loans, schedules, the store; plain Python), ``app.rules``
(the rule pack and the assessment engine; plain Python) and ``app.ui`` (PySide6). Only ``app.ui`` may
import Qt.
"""

import sys

# RepayRadar opens no network connection and needs no cryptography, so OpenSSL stays out of the process.
# pydantic imports `secrets`, and so hashlib, whose OpenSSL backend (_hashlib) maps libcrypto: about
# 3.5 MB resident for nothing. Without it hashlib serves the same algorithms from CPython's built-in
# modules (sha256 included). setdefault: a process that loaded it already (a test runner) keeps it.
sys.modules.setdefault("_hashlib", None)  # type: ignore[arg-type]

__version__ = "0.1.0"
APP_NAME = "RepayRadar"
APP_ID = "org.repayradar.RepayRadar"

"""The core: loans, repayment schedules, payments, contact log, settings and the store. No Qt here."""

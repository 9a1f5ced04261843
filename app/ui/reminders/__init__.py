"""Reminders outside the window: the system-tray icon, desktop notifications, the scheduler that
looks for due reminders, and the reminder text."""

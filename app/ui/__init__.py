"""The Qt desktop interface (PySide6 only here), grouped by what the user sees:

    shell/       start-up, the main window, settings, language, style, the Controller and its workers, errors
    widgets/     shared building blocks: formatting, labels, form fields, tables, badges, accessibility
    overview/    the dashboard and the "pay this first" panel
    loans/       the loan list, detail page, editor, schedule, payment and rate dialogs, money figures
    assessment/  the assessment tab: the estimate, its timeline, the behaviour form, what-if
    reminders/   the tray icon, notifications, the reminder scheduler and its text
    conduct/     the contact log, the conduct panel and the complaint dialog
    documents/   letters, a loan's documents, the PDF report, the folder files are saved to

app.ui.shell.application.run_gui() starts it. Widgets talk to one Controller (app.ui.shell.controller),
never to the store or the rule engine directly. docs/layout.md shows the whole repository.
"""

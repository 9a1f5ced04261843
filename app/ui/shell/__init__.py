"""The application shell: start-up, the main window, settings, language and style, the Controller and its
workers, error dialogs and hooks, first run, single instance, the sample data and the self-check."""

"""The application shell: start-up, the main window, settings, language, style, the Controller, the data
file's one worker (database.py) and other workers, errors, first run, single instance, sample data, self-check."""

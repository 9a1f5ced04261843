"""Retranslating: the one way a widget follows a language switch.

A widget words itself in ``_retranslate()`` (called once when built); switching language makes Qt send
LanguageChange to every widget (app/ui/shell/i18n.py), and this mixin calls ``_retranslate()`` again.
Put it before the Qt class: ``class SampleBanner(Retranslating, QFrame)``.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent


class Retranslating:
    def _retranslate(self) -> None:
        raise NotImplementedError(f"{type(self).__name__} must word itself in _retranslate()")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)  # type: ignore[misc]

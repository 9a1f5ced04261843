"""Retranslating: the one way a widget follows a language switch.

A fixed text is declared once, where its widget is made: ``self.texts.bind(self.heading.setText,
N_("Overview"))`` sets it now and again, through tr(), on every language switch. Texts that change with
the data (with {fields}) are worded in ``_retranslate()``, called after the bound texts are re-applied.
Switching language makes Qt send LanguageChange to every widget (app/ui/shell/i18n.py). Put the mixin
before the Qt class: ``class SampleBanner(Retranslating, QFrame)``.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable

from PySide6.QtCore import QEvent

from app.ui.shell.i18n import tr


class BoundTexts:
    """Fixed texts with the setter each one goes through; re-applied in the current language.

    The setter's widget is held weakly: a strong hold on the widget itself (``self.setWindowTitle``)
    would make a cycle, and a parentless dialog would then be freed by the garbage collector, on
    whatever thread it runs, instead of when its last reference goes."""

    def __init__(self) -> None:
        self._bound: list[tuple[weakref.ref, str, str]] = []

    def bind(self, setter: Callable[[str], object], msgid: str) -> None:
        """Set ``tr(msgid)`` through ``setter`` (a bound method of a widget) now and on every language
        switch (mark msgid with N_)."""
        widget = setter.__self__  # type: ignore[attr-defined]
        self._bound.append((weakref.ref(widget), setter.__name__, msgid))
        setter(tr(msgid))

    def apply(self) -> None:
        for widget, setter, msgid in self._bound:
            target = widget()
            if target is not None:
                getattr(target, setter)(tr(msgid))


class Retranslating:
    @property
    def texts(self) -> BoundTexts:
        bound = self.__dict__.get("_bound_texts")
        if bound is None:
            bound = self.__dict__["_bound_texts"] = BoundTexts()
        return bound

    def _retranslate(self) -> None:
        """Word what changes with the data; fixed texts are bound with ``self.texts.bind``."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.texts.apply()
            self._retranslate()
        super().changeEvent(event)  # type: ignore[misc]

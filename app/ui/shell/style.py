"""Colours shared by every view: instalment statuses and risk levels, in light and dark palettes alike.

Status colours tint a row (a translucent background over the palette's base) and colour its status
text with a shade chosen for the palette's brightness, so the same table reads well in either theme.
Risk badges are solid pills with white text; their colours are dark enough for that in both themes
and match the assessment tab's badge (app/ui/assessment/assessment_view.py).
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

# status -> (text on a light palette, text on a dark palette, tint)
_STATUS = {
    "paid": ("#1b6e3f", "#7fd6a0", "#2e9e5b"),
    "overdue": ("#b3261e", "#ff8a80", "#d03b3b"),
    "due": ("#8a5300", "#ffc870", "#d98e04"),
    "partly_paid": ("#8a5300", "#ffc870", "#d98e04"),
    "upcoming": (None, None, None),
}
_TINT_ALPHA = 38

# Badge backgrounds dark enough for white text (contrast above 4.5:1) in light and dark themes alike;
# the assessment view, the overview and the PDF report all take them from here.
RISK_COLOURS = {"low": "#2e7d5b", "medium": "#9a6700", "high": "#c2410c", "severe": "#b91c1c"}
RISK_ORDER = {"low": 0, "medium": 1, "high": 2, "severe": 3}
SAMPLE_BANNER_COLOUR = "#3b6fd0"


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def status_text_colour(status: str, palette: QPalette) -> QColor | None:
    """Foreground for a status word, or None to keep the palette's text colour."""
    light, dark, _ = _STATUS.get(status, (None, None, None))
    chosen = dark if is_dark(palette) else light
    return QColor(chosen) if chosen else None


def status_tint(status: str) -> QColor | None:
    """A translucent row background for a status; None for rows that need no attention."""
    tint = _STATUS.get(status, (None, None, None))[2]
    if tint is None:
        return None
    colour = QColor(tint)
    colour.setAlpha(_TINT_ALPHA)
    return colour


def risk_colour(level: str) -> QColor:
    return QColor(RISK_COLOURS.get(level, "#6b7280"))


def error_text_colour(palette: QPalette) -> QColor:
    return QColor("#ff8a80" if is_dark(palette) else "#b3261e")

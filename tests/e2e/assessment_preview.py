"""Render the assessment tab to PNG files for a person to look at (not a pytest test).

    xvfb-run -a -s "-screen 0 1920x1080x24" python tests/e2e/assessment_preview.py [OUT_DIR]

Real engine output for a card 25 days late and a small online loan 70 days late, in English and
Chinese, at 1280x800 (what fits on screen) and at full height (everything below the fold), plus a dark
palette, a what-if outline and the behaviour questionnaire. Files go to screenshots/tmp/ by default.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from PySide6.QtGui import QColor, QPalette  # noqa: E402
from PySide6.QtWidgets import QApplication, QScrollArea, QStyleFactory  # noqa: E402

from app.core.models import Behaviour  # noqa: E402
from app.rules.engine import assess  # noqa: E402
from app.rules.pack import load_pack  # noqa: E402
from app.rules.scenario import parse_scenario  # noqa: E402
from app.ui.assessment import AssessmentView, BehaviourForm  # noqa: E402
from app.ui.shell.i18n import Translations  # noqa: E402

SIZE = (1280, 800)
CASES = {
    "card25": ("credit_card", 25, "3200.00", "18000.00", {}),
    "online70": ("small_online", 70, "4600.00", "4600.00", {"evading": True, "reachable": False}),
}


def scenario(kind: str, days: int, overdue: str, outstanding: str, behaviour: dict) -> str:
    return json.dumps(
        {
            "as_of": "2026-12-01",
            "loan": {"type": kind, "overdue_amount": overdue, "outstanding": outstanding, "secured": False},
            "days_past_due": days,
            "behaviour": {"reachable": True, "communicating": False, **behaviour},
            "history": {"overdue_episodes_24m": 0},
        }
    )


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#202124"), (QPalette.ColorRole.WindowText, "#e8eaed"),
        (QPalette.ColorRole.Base, "#17181a"), (QPalette.ColorRole.Text, "#e8eaed"),
        (QPalette.ColorRole.Button, "#2d2e31"), (QPalette.ColorRole.ButtonText, "#e8eaed"),
        (QPalette.ColorRole.Highlight, "#4c8bf5"), (QPalette.ColorRole.HighlightedText, "#ffffff"),
        (QPalette.ColorRole.Link, "#8ab4f8"), (QPalette.ColorRole.PlaceholderText, "#9aa0a6"),
    ):
        palette.setColor(role, QColor(colour))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor("#7f8389"))
    return palette


def render_view(app: QApplication, out: Path, name: str, lang: str, case: str, **extra) -> list[Path]:
    kind, days, overdue, outstanding, behaviour = CASES[case]
    pack = load_pack()
    assessment = assess(parse_scenario(scenario(kind, days, overdue, outstanding, behaviour)), pack, lang)
    light = app.palette()
    if extra.get("palette") is not None:
        # A dark system theme reaches an app as its application palette, so set it there.
        app.setPalette(extra["palette"])
    view = AssessmentView()
    view.resize(*SIZE)
    view.set_assessment(assessment, days)
    if extra.get("what_if"):
        plan = {**behaviour, "communicating": True, "negotiating": True, "hardship_reported": True}
        comparison = assess(parse_scenario(scenario(kind, days, overdue, outstanding, plan)), pack, lang)
        view.set_comparison(comparison)
    if extra.get("select"):
        view.timeline.select_action(extra["select"])
    view.show()
    app.processEvents()
    screen = out / f"assessment_{name}.png"
    view.grab().save(str(screen))
    # Everything below the fold: the scroll area's content at the width it has on screen.
    content = view.findChild(QScrollArea, "assessmentScroll").widget()
    full = out / f"assessment_{name}_full.png"
    content.resize(content.width(), content.heightForWidth(content.width()) if content.hasHeightForWidth()
                   else content.sizeHint().height())
    app.processEvents()
    content.grab().save(str(full))
    view.close()
    view.deleteLater()
    app.setPalette(light)
    return [screen, full]


# The hint texts belong to the caller (the loan page words them); these stand in for its words.
HINTS = {"en": "prefilled from your contact log", "zh_CN": "根据联系记录预填"}


def render_form(app: QApplication, out: Path, name: str) -> Path:
    form = BehaviourForm()
    form.set_behaviour(Behaviour(communicating=True, broken_promises=1))
    form.set_hints({"communicating": HINTS[name], "broken_promises": HINTS[name]})
    form.resize(640, 720)
    form.show()
    app.processEvents()
    path = out / f"behaviour_form_{name}.png"
    form.grab().save(str(path))
    form.close()
    return path


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else REPO / "screenshots" / "tmp"
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    app.setStyle(QStyleFactory.create("Fusion"))
    written: list[Path] = []
    translations = Translations()
    for lang in ("en", "zh_CN"):
        translations.apply(lang)  # the screens' texts come from the gettext catalogue of ``lang``
        for case in CASES:
            written += render_view(app, out, f"{case}_{lang}", lang, case)
        written.append(render_form(app, out, lang))
    translations.apply("en")
    written += render_view(
        app, out, "card25_en_whatif_dark", "en", "card25", what_if=True, palette=dark_palette(),
        select="phone_call",
    )
    for path in written:
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

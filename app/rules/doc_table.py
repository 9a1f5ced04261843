"""Write docs/rules-<pack>.md from a rule pack, so the pack documents itself.

    python -m app.rules.doc_table            regenerate docs/rules-cn.md from resources/rules/cn.toml
    python -m app.rules.doc_table --check    exit 1 if the committed file is out of date
    python -m app.rules.doc_table --pack FILE.toml --output FILE.md

The day table is read from the engine's own output for a borrower with no behaviour modifiers, so it
shows what the app shows (floors, the acceleration day), not a second reading of the TOML.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable, Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path

from app.core.models import LoanKind
from app.rules.conduct_schema import ConductCheck
from app.rules.engine import assess, floor_day
from app.rules.pack import RulePack, load_pack
from app.rules.pack_text import PackText
from app.rules.scenario import Scenario, ScenarioLoan
from app.rules.vocabulary import Action

REPOSITORY = Path(__file__).resolve().parents[2]


def default_output(pack: RulePack) -> Path:
    return REPOSITORY / "docs" / f"rules-{pack.pack.id}.md"


def _cell(text: object) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def _row(cells: Iterable[object]) -> str:
    return "| " + " | ".join(_cell(cell) for cell in cells) + " |"


def _table(header: Sequence[str], rows: Iterable[Sequence[object]]) -> list[str]:
    return [_row(header), _row("---" for _ in header), *(_row(row) for row in rows), ""]


def _both(text: PackText) -> str:
    return f"{text.text('zh_CN')} / {text.text('en')}"


def _baseline(kind: LoanKind) -> Scenario:
    """A loan of ``kind`` owing 10,000 yuan, all of it due, on day 0, borrower with default answers: the
    plain schedule."""
    return Scenario(
        as_of=date(2026, 1, 1),
        loan=ScenarioLoan(type=kind, overdue_amount=Decimal("10000.00"), outstanding=Decimal("10000.00")),
        days_past_due=0,
    )


def _span(from_day: int, to_day: int | None) -> str:
    if to_day is None:
        return f"{from_day}+"
    return str(from_day) if to_day == from_day else f"{from_day}–{to_day}"


def _day_range(from_day: int, typical_day: int, to_day: int | None) -> str:
    days = str(from_day) if typical_day == from_day else f"{from_day}–{typical_day}"
    return days if to_day is None else f"{days} (until {to_day})"


def _schedule_section(pack: RulePack) -> list[str]:
    kinds = list(LoanKind)
    cells: dict[Action, dict[LoanKind, str]] = {action: {} for action in Action}
    for kind in kinds:
        floors = {entry.action: floor_day(entry, pack.judgement) for entry in pack.schedule_for(kind)}
        for entry in assess(_baseline(kind), pack, "en").timeline:
            floor = floors.get(entry.action)
            shown = f" · floor {floor}" if floor is not None and floor < entry.from_day else ""
            cells[entry.action][kind] = (
                f"{_day_range(entry.from_day, entry.typical_day, entry.to_day)} · {entry.likelihood:.2f}{shown}"
            )
    header = ["Action / 动作", *(_both(pack.labels.kinds[kind]) for kind in kinds)]
    rows = [
        [_both(pack.labels.actions[action]), *(cells[action].get(kind, "—") for kind in kinds)]
        for action in Action
        if cells[action]
    ]
    clause = pack.acceleration
    return [
        "## Lender actions by loan kind / 各类贷款的催收动作",
        "",
        "Days past due when each step starts and when it is typical (`from–typical`), and the likelihood",
        "that it happens if the debt stays unpaid, for a borrower with no behaviour modifiers owing 10,000",
        "yuan, all of it due, to the usual lender of the kind. Behaviour and the lender move these (see below) but never",
        "before the floor day; the amount at stake scales them. `—`: not a step for this kind.",
        "",
        *_table(header, rows),
        f"Acceleration (whole loan called) for {', '.join(clause.kinds)}: after {clause.consecutive} instalments",
        f"missed in a row or {clause.cumulative} in all; the day shown assumes monthly instalments.",
        "",
    ]


def _stage_section(pack: RulePack) -> list[str]:
    rows = []
    for stage in pack.stages:
        days = _span(stage.from_day, stage.to_day)
        if stage.owing is not None:
            days += " (owing)" if stage.owing else " (nothing owed)"
        rows.append([stage.id, _both(stage.label), days, f"`{stage.rule}`"])
    grades = [[grade.value, _both(label)] for grade, label in pack.grades.labels.items()]
    bands = pack.judgement.grade_scores
    lines = ["## Stages / 阶段", "", *_table(["Stage", "Label", "Days past due", "Rule"], rows)]
    lines += [
        "## Lender's grading / 银行内部评级",
        "",
        f"From the risk score once overdue: key watch from {bands.key_watch}, serious overdue from "
        f"{bands.serious_overdue} (judgement); rule `{pack.grades.rule}`.",
        "",
        *_table(["Grade", "Label"], grades),
        "## Regulatory classification / 五级分类",
        "",
    ]
    for scheme in pack.classifications:
        lines += [f"`{scheme.id}` for {', '.join(scheme.kinds)}; rule `{scheme.rule}`.", ""]
        lines += _table(
            ["Class", "Label", "Days overdue"],
            (
                [band.id.value, _both(band.label), _span(band.from_day, band.to_day)]
                for band in scheme.classes
            ),
        )
    return lines


def _modifier_section(pack: RulePack) -> list[str]:
    rows = []
    for modifier in pack.modifiers:
        strength = pack.judgement.strengths[modifier.strength]
        condition = modifier.when
        test = (
            f"= {str(condition.equals).lower()}"
            if condition.equals is not None
            else f"≥ {condition.at_least}"
        )
        scale = f" × count (max {modifier.cap})" if modifier.scale_by else ""
        scale += "; fades" if modifier.fades else ""
        sign = "-" if modifier.direction.value == "worse" else "+"
        effect = (
            f"{sign}{strength.shift_days} days, {'+' if sign == '-' else '-'}{strength.likelihood:.2f} likelihood, "
            f"{'+' if sign == '-' else '-'}{strength.risk} risk{scale}"
        )
        rows.append(
            [
                f"`{modifier.rule}`",
                f"{condition.fact} {test}",
                modifier.direction.value,
                effect,
                ", ".join(modifier.actions),
                ", ".join(modifier.kinds) or "all",
            ]
        )
    return [
        "## Behaviour modifiers / 行为因素",
        "",
        "Sizes come from `[judgement.strengths]`; worse behaviour never delays a step nor lowers a likelihood",
        "or the risk. A step is never brought before its floor day (the schedule table). Talk without payment",
        "(marked *fades*) wears off with the days since the last payment (`shield_left_by_days`).",
        "",
        *_table(["Rule", "When", "Direction", "Effect", "Actions", "Kinds"], rows),
    ]


def _amount_section(pack: RulePack) -> list[str]:
    rows = [
        [
            ", ".join(scale.actions),
            scale.amount,
            ", ".join(scale.kinds) or "all",
            ", ".join(scale.lenders) or "all",
            ", ".join(f"≥{band.at_least:,.0f}: ×{band.factor}" for band in scale.bands),
            f"`{scale.rule}`",
        ]
        for scale in pack.amount_scales
    ]
    return [
        "## Amount at stake / 欠款金额",
        "",
        "A step's likelihood (after behaviour and lender) is multiplied by the factor of the band the amount",
        "falls in. `owed`: what the lender would sue for (a card's principal when known, a loan's total);",
        "`overdue`: what is late now. For each action the first matching row applies.",
        "",
        *_table(["Actions", "Amount", "Kinds", "Lenders", "Bands", "Rule"], rows),
    ]


def _lender_section(pack: RulePack) -> list[str]:
    usual = ", ".join(f"{kind.value}: {lender.value}" for kind, lender in pack.lenders.usual.items())
    rows = [
        [
            adjustment.lender.value,
            ", ".join(adjustment.kinds) or "all",
            ", ".join(adjustment.actions),
            f"{adjustment.shift_days:+d} days" if adjustment.shift_days else "—",
            f"{adjustment.lift:+.2f}" if adjustment.lift else "—",
            f"`{adjustment.rule}`",
        ]
        for adjustment in pack.lender_adjustments
    ]
    limitation = pack.limitation
    return [
        "## Lenders / 贷款机构",
        "",
        f"When a scenario does not say who lent: {usual} (rule `{pack.lenders.rule}`).",
        "",
        *_table(["Lender", "Kinds", "Actions", "Days", "Likelihood", "Rule"], rows),
        f"Limitation period: {limitation.years} years; from {limitation.press_from_day} days without a payment the",
        f"lawsuit's likelihood rises by {limitation.lift} (rule `{limitation.rule}`).",
        "",
    ]


def _judgement_section(pack: RulePack) -> list[str]:
    judgement = pack.judgement
    words = judgement.likelihood_words
    levels = judgement.risk_levels
    rows = [
        [
            "Likelihood words",
            f"unlikely < {words.possible} ≤ possible < {words.likely} ≤ likely < {words.very_likely} ≤ very likely",
        ],
        [
            "Likelihood levels",
            ", ".join(f"{name} {value}" for name, value in judgement.likelihood_levels.items()),
        ],
        ["Risk levels", f"low < {levels.medium} ≤ medium < {levels.high} ≤ high < {levels.severe} ≤ severe"],
        [
            "Likelihood bounds",
            f"never below {judgement.min_likelihood}, never above {judgement.max_likelihood}",
        ],
        ["Default floor", f"from_day less {judgement.max_advance_share:.0%} of it, unless the entry sets one"],
        ["Risk by day", ", ".join(f"day {day}: {score}" for day, score in judgement.risk_by_day)],
        ["Risk by amount owed", ", ".join(f"≥{at:,.0f}: {points:+d}" for at, points in judgement.risk_by_amount)],
        ["Risk cap by amount owed", ", ".join(f"≥{at:,.0f}: {cap}" for at, cap in judgement.risk_cap_by_amount)],
        ["Risk while in grace", f"below {judgement.grace_risk_cap}"],
        [
            "Talk without payment",
            ", ".join(f"day {day}: {share:.0%} left" for day, share in judgement.shield_left_by_days),
        ],
        [
            "Risk by kind",
            ", ".join(f"{kind} {points}" for kind, points in judgement.risk_by_kind.model_dump().items()),
        ],
        ["Field-visit ramp", f"{judgement.ramp_start_share} of the likelihood on the earliest day"],
        ["Days per instalment", judgement.days_per_instalment],
        [
            "Acceleration met / malicious overdraft near",
            f"+{judgement.acceleration_risk} / +{judgement.malicious_overdraft_risk} risk",
        ],
        [
            "Malicious overdraft warning",
            f"from {judgement.malicious_overdraft_approach_share:.0%} of the threshold, at day "
            f"{judgement.malicious_overdraft_approach_day} or with a sign of intent",
        ],
        [
            "Reachable borrower (harassment check)",
            f"the latest attempt to reach them in the {judgement.conduct_reachable_days} days before got through",
        ],
    ]
    return [
        "## Judgement numbers / 判断参数",
        "",
        f"Our estimates, not published figures (rule `{judgement.rule}`); tune them in `[judgement]`.",
        "",
        *_table(["What", "Value"], rows),
    ]


def _conduct_settings(check: ConductCheck) -> str:
    parts = []
    if check.quiet_start is not None and check.quiet_end is not None:
        parts.append(f"{check.quiet_start:%H:%M}–{check.quiet_end:%H:%M}")
    if check.max_calls is not None:
        parts.append(f"at most {check.max_calls} unanswered calls a day")
    for name in ("flags", "channels", "parties"):
        values = getattr(check, name)
        if values:
            parts.append(f"{name}: {', '.join(values)}")
    return "; ".join(parts) or "—"


def _conduct_section(pack: RulePack) -> list[str]:
    conduct = pack.conduct
    rows = [
        [
            f"`{check.id}`",
            check.kind.value,
            _conduct_settings(check),
            f"{check.general_title('zh_CN')} / {check.general_title('en')}",
            ", ".join(f"`{rule}`" for rule in check.rules),
        ]
        for check in conduct.checks
    ]
    return [
        "## Collection conduct / 催收行为规范",
        "",
        "What the harassment check holds the contact log against. Only an incoming contact from "
        f"{', '.join(conduct.collectors)} can break these;",
        "hours and days are read in the user's local time.",
        f"Complaints: {_both(conduct.regulator)}, hotline {conduct.complaint_hotline}; "
        f"credit-report disputes: {conduct.credit_dispute_hotline}.",
        "",
        *_table(["Check", "Kind", "Settings", "Title / 标题", "Rules"], rows),
    ]


def _rules_section(pack: RulePack) -> list[str]:
    lines = ["## Rules and sources / 规则与来源", ""]
    lines += _table(
        ["Rule", "Basis", "Source / 来源", "中文", "English"],
        (
            [
                f"`{rule.id}`",
                rule.basis.value,
                _both(rule.source),
                rule.text.text("zh_CN"),
                rule.text.text("en"),
            ]
            for rule in pack.rules
        ),
    )
    return lines


def render_markdown(pack: RulePack) -> str:
    info = pack.pack
    lines = [
        f"# Rule pack `{pack.rules_version}`: {info.title.text('en')}",
        "",
        f"{info.title.text('zh_CN')}",
        "",
        "<!-- Generated by `python -m app.rules.doc_table` from resources/rules/"
        f"{info.id}.toml; edit the pack, then regenerate. -->",
        "",
        f"> {info.disclaimer.text('zh_CN')}",
        f"> {info.disclaimer.text('en')}",
        "",
        "Days count from the first unpaid due date (day 0).",
        "",
    ]
    lines += _stage_section(pack)
    lines += _schedule_section(pack)
    lines += _modifier_section(pack)
    lines += _amount_section(pack)
    lines += _lender_section(pack)
    lines += _conduct_section(pack)
    lines += _judgement_section(pack)
    lines += _rules_section(pack)
    return "\n".join(lines).rstrip("\n") + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m app.rules.doc_table", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--pack", type=Path, help="a rule pack TOML file instead of the default")
    parser.add_argument("--output", type=Path, help="where to write (default: docs/rules-<pack id>.md)")
    parser.add_argument("--check", action="store_true", help="only check that the file is up to date")
    args = parser.parse_args(argv)
    pack = load_pack(args.pack)
    output = args.output or default_output(pack)
    text = render_markdown(pack)
    if args.check:
        current = output.read_text(encoding="utf-8") if output.exists() else ""
        if current != text:
            print(f"{output} is out of date; run: python -m app.rules.doc_table", file=sys.stderr)
            return 1
        return 0
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(text, encoding="utf-8")
    print(f"wrote {output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""What the printable report of one loan says, in one language, as plain data: report_content().

The Qt side (app/ui/documents/report.py) only lays this out on A4 pages and draws the timeline; every sentence,
number and footnote is decided here, so the CLI, the GUI and the tests print the same report.

Rule sources become numbered footnotes: each rule gets a number the first time the report cites it
(risk, stage, field visit, timeline steps, warnings, consequences, remedies, in reading order), and
every item carries the numbers of its rules, so a reader can go from "[3]" to the rule and its source.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from app.core.i18n import Lang, count_message, join_clauses, join_sentences, message
from app.core.models import (
    ContactChannel,
    ContactDirection,
    ContactEvent,
    Loan,
    Payment,
)
from app.core.money_text import money_text
from app.core.schedule import LoanPosition, position
from app.rules.assessment import Assessment, TimelineEntry
from app.rules.conduct import TIME_FORMAT, Breach, check
from app.rules.engine import assess
from app.rules.pack import RulePack, load_pack
from app.rules.scenario import scenario_for_loan

# The latest entries of the contact log listed in full; the rest are counted.
RECENT_CONTACTS = 5
# A long note is cut here in the report (the app keeps it whole).
SUMMARY_CHARS = 160

Refs = tuple[int, ...]


@dataclass(frozen=True, slots=True)
class Fact:
    label: str
    value: str


@dataclass(frozen=True, slots=True)
class Item:
    """A warning, consequence or remedy: a title, its text and the footnotes of its rules."""

    title: str
    text: str
    refs: Refs


@dataclass(frozen=True, slots=True)
class TimelineRow:
    label: str
    days: str
    likelihood: str
    likelihood_word: str  # unlikely / possible / likely / very_likely: the colour of the row
    status: str  # past / current / upcoming
    status_text: str
    refs: Refs


@dataclass(frozen=True, slots=True)
class ContactLine:
    when: str
    how: str
    direction: str
    with_whom: str
    said: str


@dataclass(frozen=True, slots=True)
class BreachLine:
    """One breach of the collection-conduct rules the contact log shows: the evidence the report is for."""

    when: str
    title: str
    explanation: str
    rules: str  # "Breaks: <source> (law); <source> (practice)"


@dataclass(frozen=True, slots=True)
class ContactSummary:
    heading: str
    overview: str  # "6 entries from ... to ..." or the empty-log advice
    by_channel_heading: str
    by_channel: tuple[Fact, ...]
    by_direction_heading: str
    by_direction: tuple[Fact, ...]
    by_channel_line: str  # "By channel: Phone call 3, Text message 1"
    by_direction_line: str
    promises: str
    recent_heading: str
    columns: tuple[str, str, str, str]
    recent: tuple[ContactLine, ...]
    breaches_heading: str
    breaches_overview: str  # "The conduct check found 2 breaches of the collection rules:" or ""
    breaches: tuple[BreachLine, ...]


@dataclass(frozen=True, slots=True)
class Footnote:
    number: int
    rule: str
    text: str
    source: str  # "Source: ... (law)."
    verify: str  # "To be checked against the text." or ""


@dataclass(frozen=True, slots=True)
class ReportContent:
    lang: Lang
    title: str
    loan_name: str
    prepared: str
    facts: tuple[Fact, ...]
    risk_heading: str
    risk_level: str  # low / medium / high / severe: the badge's colour
    risk_label: str
    risk_score: str
    risk_refs: Refs
    stage_heading: str
    stage_lines: tuple[str, ...]
    stage_refs: Refs
    field_visit_heading: str
    field_visit_text: str
    field_visit_refs: Refs
    timeline_heading: str
    timeline_hint: str
    timeline_columns: tuple[str, str, str, str, str]
    timeline_rows: tuple[TimelineRow, ...]
    # The engine's entries as they are, for the drawing (the timeline widget reads them by attribute).
    timeline_entries: tuple[TimelineEntry, ...]
    days_past_due: int
    warnings_heading: str
    warnings: tuple[Item, ...]
    consequences_heading: str
    consequences: tuple[Item, ...]
    remedies_heading: str
    remedies: tuple[Item, ...]
    none_text: str
    contacts: ContactSummary
    sources_heading: str
    footnotes: tuple[Footnote, ...]
    disclaimer: str  # the pack's own words; printed at the foot of every page

    def page_label(self, page: int, pages: int) -> str:
        return message("report.page", self.lang, page=page, pages=pages)


class _Footnotes:
    """Numbers rules in the order the report first cites them; only rules the assessment explains."""

    def __init__(self, assessment: Assessment) -> None:
        self._explained = {explanation.rule: explanation for explanation in assessment.explanations}
        self._numbers: dict[str, int] = {}

    def cite(self, rules: Iterable[str]) -> Refs:
        refs = []
        for rule in rules:
            if rule not in self._explained:
                continue
            number = self._numbers.setdefault(rule, len(self._numbers) + 1)
            if number not in refs:
                refs.append(number)
        return tuple(sorted(refs))

    def notes(self, lang: Lang) -> tuple[Footnote, ...]:
        # Numbered in the order of first citation, so the list reads [1], [2], ... from the top.
        notes = []
        for rule, number in self._numbers.items():
            explanation = self._explained[rule]
            notes.append(
                Footnote(
                    number=number,
                    rule=rule,
                    text=explanation.text,
                    source=message("report.source", lang, source=explanation.source, basis=explanation.basis_text),
                    verify=message("report.verify", lang) if explanation.verify else "",
                )
            )
        return tuple(notes)


def report_for_loan(
    loan: Loan,
    payments: Sequence[Payment],
    contacts: Sequence[ContactEvent],
    as_of: date,
    lang: Lang,
    pack: RulePack | None = None,
    display: str = "symbol",
) -> ReportContent:
    """Assess the loan on ``as_of`` in ``lang`` and word its report (the CLI's and the GUI's one path);
    amounts are written as the user's Settings.currency_display asks (``display``), as on screen."""
    where = position(loan, payments, as_of)
    scenario = scenario_for_loan(loan, where, contacts, as_of, payments)
    pack = pack or load_pack()
    assessment = assess(scenario, pack, lang)
    # Hours and days in the system's local time, as the app's conduct check reads them.
    breaches = check(contacts, pack, None, lang)
    return report_content(loan, where, contacts, assessment, breaches, display=display)


def report_content(
    loan: Loan,
    where: LoanPosition,
    contacts: Sequence[ContactEvent],
    assessment: Assessment,
    breaches: Sequence[Breach] = (),
    *,
    display: str = "symbol",
) -> ReportContent:
    """The report of ``loan`` from its position and the assessment, in the assessment's language;
    ``breaches`` are what the conduct check found in ``contacts`` (listed with the contact log);
    ``display`` is Settings.currency_display ("symbol" or "code"), as the screens use it."""
    lang: Lang = assessment.lang  # type: ignore[assignment]
    notes = _Footnotes(assessment)

    risk = assessment.risk
    risk_refs = notes.cite([factor.rule for factor in risk.factors] + list(risk.rules))
    stage = assessment.stage
    stage_rules = list(stage.rules) + ([stage.grade.rule] if stage.grade else []) + [stage.classification.rule]
    stage_refs = notes.cite(stage_rules)
    visit = assessment.field_visit
    visit_refs = notes.cite(visit.rules)
    rows = tuple(
        TimelineRow(
            label=entry.label,
            days=_days_text(entry, lang),
            likelihood=entry.likelihood_text,
            likelihood_word=str(entry.likelihood_word),
            status=str(entry.status),
            status_text=entry.status_text,
            refs=notes.cite(entry.rules),
        )
        # The order the drawing uses: the lender's steps as they come.
        for entry in sorted(assessment.timeline, key=lambda entry: entry.from_day)
    )
    warnings = tuple(Item(item.title, item.text, notes.cite(item.rules)) for item in assessment.warnings)
    consequences = tuple(Item(item.title, item.text, notes.cite(item.rules)) for item in assessment.consequences)
    remedies = tuple(
        Item(item.title, item.why, notes.cite(item.rules))
        for item in sorted(assessment.remedies, key=lambda remedy: remedy.priority)
    )

    return ReportContent(
        lang=lang,
        title=message("report.title", lang),
        loan_name=loan.display_name,
        prepared=message("report.prepared", lang, date=assessment.as_of.isoformat(),
                         version=assessment.rules_version),
        facts=_loan_facts(loan, where, assessment, lang, display),
        risk_heading=message("report.heading.risk", lang),
        risk_level=str(risk.level),
        risk_label=risk.label,
        risk_score=message("report.risk_score", lang, score=risk.score),
        risk_refs=risk_refs,
        stage_heading=message("report.heading.stage", lang),
        stage_lines=_stage_lines(assessment, lang),
        stage_refs=stage_refs,
        field_visit_heading=message("report.heading.field_visit", lang),
        field_visit_text=message("report.field_visit_value", lang, likelihood=visit.likelihood_text,
                                 earliest=visit.earliest_day, typical=visit.typical_day),
        field_visit_refs=visit_refs,
        timeline_heading=message("report.heading.timeline", lang),
        timeline_hint=message("report.timeline_hint", lang, days=assessment.days_past_due),
        timeline_columns=tuple(  # type: ignore[arg-type]
            message(f"report.column.{name}", lang) for name in ("step", "days", "likelihood", "status", "sources")
        ),
        timeline_rows=rows,
        timeline_entries=tuple(assessment.timeline),
        days_past_due=assessment.days_past_due,
        warnings_heading=message("report.heading.warnings", lang),
        warnings=warnings,
        consequences_heading=message("report.heading.consequences", lang),
        consequences=consequences,
        remedies_heading=message("report.heading.remedies", lang),
        remedies=remedies,
        none_text=message("report.none", lang),
        contacts=contact_summary(contacts, loan.currency, lang, breaches, display),
        sources_heading=message("report.heading.sources", lang),
        footnotes=notes.notes(lang),
        disclaimer=assessment.disclaimer,
    )


def _loan_facts(
    loan: Loan, where: LoanPosition, assessment: Assessment, lang: Lang, display: str
) -> tuple[Fact, ...]:
    def money(amount):
        return money_text(amount, loan.currency, display)

    facts = [
        Fact(message("report.fact.lender", lang), loan.lender),
        Fact(message("report.fact.kind", lang), assessment.loan_label),
        Fact(message("report.fact.outstanding", lang), money(where.outstanding)),
        Fact(message("report.fact.principal", lang), money(where.outstanding_principal)),
        Fact(message("report.fact.future_interest", lang), money(where.future_interest)),
    ]
    if where.penalty_interest or where.fees:
        facts.append(Fact(message("report.fact.penalty", lang), money(where.penalty_interest + where.fees)))
    if where.amount_to_become_current:
        facts.append(Fact(message("report.fact.to_become_current", lang), money(where.amount_to_become_current)))
    overdue = message("report.fact.overdue", lang)
    if where.overdue_installments and where.first_unpaid_due_date is not None:
        facts.append(Fact(overdue, message("report.fact.overdue_value", lang, amount=money(where.overdue_amount),
                                           since=where.first_unpaid_due_date.isoformat(),
                                           days=where.days_past_due)))
    else:
        facts.append(Fact(overdue, message("report.fact.not_overdue", lang)))
    next_label = message("report.fact.next_due", lang)
    if where.next_due is not None:
        facts.append(Fact(next_label, message("report.fact.next_due_value", lang,
                                              amount=money(where.next_due.outstanding),
                                              date=where.next_due.installment.due_date.isoformat())))
    else:
        facts.append(Fact(next_label, message("report.fact.none", lang)))
    return tuple(facts)


def _stage_lines(assessment: Assessment, lang: Lang) -> tuple[str, ...]:
    stage = assessment.stage
    if stage.to_day is None:
        lines = [message("report.stage_open", lang, label=stage.label, first=stage.from_day)]
    else:
        lines = [message("report.stage_range", lang, label=stage.label, first=stage.from_day, last=stage.to_day)]
    if stage.grade is not None:
        lines.append(message("report.grade", lang, label=stage.grade.label))
    lines.append(message("report.classification", lang, label=stage.classification.label))
    return tuple(lines)


def _days_text(entry: TimelineEntry, lang: Lang) -> str:
    if entry.to_day is None:
        days = message("report.days.open", lang, first=entry.from_day)
    elif entry.to_day == entry.from_day:
        return message("report.days.single", lang, first=entry.from_day)
    else:
        days = message("report.days.range", lang, first=entry.from_day, last=entry.to_day)
    if entry.typical_day > entry.from_day and (entry.to_day is None or entry.typical_day <= entry.to_day):
        return message("report.days.typical", lang, days=days, typical=entry.typical_day)
    return days


def contact_summary(
    contacts: Sequence[ContactEvent],
    currency: str,
    lang: Lang,
    breaches: Sequence[Breach] = (),
    display: str = "symbol",
) -> ContactSummary:
    """Counts by channel and by who started it, the promises' fate, the latest entries in full, and
    every breach of the collection rules the conduct check found, dated, with the rules it breaks."""
    log = sorted(contacts, key=lambda event: event.at)
    if log:
        overview = count_message("report.contacts.total", lang, len(log), first=_when(log[0]),
                                 last=_when(log[-1]))
    else:
        overview = message("report.contacts.none", lang)
    channels = Counter(event.channel for event in log)
    by_channel = tuple(
        Fact(message(f"report.channel.{channel.value}", lang), str(channels[channel]))
        # Most used first; ties in the order the app lists channels.
        for channel in sorted(channels, key=lambda channel: (-channels[channel], list(ContactChannel).index(channel)))
    )
    directions = Counter(event.direction for event in log)
    by_direction = tuple(
        Fact(message(f"report.direction.{direction.value}", lang), str(directions[direction]))
        for direction in ContactDirection
        if directions[direction]
    )
    channel_heading = message("report.contacts.by_channel", lang)
    direction_heading = message("report.contacts.by_direction", lang)
    promised = [event for event in log if event.promised_amount is not None or event.promised_date is not None]
    kept = sum(1 for event in log if event.promise_kept is True)
    broken = sum(1 for event in log if event.promise_kept is False)
    still_open = sum(1 for event in promised if event.promise_kept is None)
    return ContactSummary(
        heading=message("report.heading.contacts", lang),
        overview=overview,
        by_channel_heading=channel_heading,
        by_channel=by_channel,
        by_direction_heading=direction_heading,
        by_direction=by_direction,
        by_channel_line=_counts_line(channel_heading, by_channel, lang),
        by_direction_line=_counts_line(direction_heading, by_direction, lang),
        promises=message("report.contacts.promises", lang, kept=kept, broken=broken, open=still_open),
        recent_heading=message("report.contacts.recent", lang),
        columns=tuple(  # type: ignore[arg-type]
            message(f"report.column.{name}", lang) for name in ("when", "how", "with", "said")
        ),
        recent=tuple(_contact_line(event, currency, lang, display) for event in reversed(log[-RECENT_CONTACTS:])),
        breaches_heading=message("report.contacts.breaches_heading", lang),
        breaches_overview=(
            count_message("report.contacts.breaches", lang, len(breaches))
            if breaches
            else message("report.contacts.no_breaches", lang)
            if log
            else ""
        ),
        breaches=tuple(_breach_line(breach, lang) for breach in sorted(breaches, key=lambda breach: breach.at)),
    )


def _breach_line(breach: Breach, lang: Lang) -> BreachLine:
    # Sources have commas of their own: a semicolon keeps them apart.
    sources = join_clauses(lang, [
        message("report.contacts.breach_rule", lang, source=rule.source, basis=rule.basis_label)
        for rule in breach.rules
    ])
    return BreachLine(
        when=breach.at.strftime(TIME_FORMAT),  # already in the user's zone (conduct._breach)
        title=breach.title,
        explanation=breach.explanation,
        rules=message("report.contacts.breach_rules", lang, rules=sources),
    )


def _counts_line(heading: str, counts: tuple[Fact, ...], lang: Lang) -> str:
    items = message("report.list_separator", lang).join(
        message("report.contacts.count", lang, label=fact.label, count=fact.value) for fact in counts
    )
    return message("report.contacts.counts_line", lang, heading=heading, items=items)


def _when(event: ContactEvent) -> str:
    # In the offset the entry was logged with: the borrower's own clock at the time, as they noted it.
    return event.at.strftime("%Y-%m-%d %H:%M")


def _contact_line(event: ContactEvent, currency: str, lang: Lang, display: str) -> ContactLine:
    said = " ".join(event.summary.split())
    if len(said) > SUMMARY_CHARS:
        said = said[: SUMMARY_CHARS - 1] + "…"
    promise = []
    if event.promised_amount is not None or event.promised_date is not None:
        amount = money_text(event.promised_amount, currency, display) if event.promised_amount is not None else "—"
        when = event.promised_date.isoformat() if event.promised_date else "—"
        promise.append(message("report.contacts.promise", lang, amount=amount, date=when))
        if event.promise_kept is not None:
            if event.promise_kept:
                promise.append(message("report.contacts.promise_kept", lang))
            else:
                promise.append(message("report.contacts.promise_broken", lang))
    counterparty = message(f"report.counterparty.{event.counterparty.value}", lang)
    # "Collection agency · Collection agency" says nothing twice: a name that already says who it is stays alone.
    if not event.who:
        with_whom = counterparty
    elif counterparty.casefold() in event.who.casefold():
        with_whom = event.who
    else:
        with_whom = f"{counterparty} · {event.who}"
    return ContactLine(
        when=_when(event),
        how=message(f"report.channel.{event.channel.value}", lang),
        direction=message(f"report.direction.{event.direction.value}", lang),
        with_whom=with_whom,
        said=join_sentences(lang, [part for part in [said, *promise] if part]),
    )

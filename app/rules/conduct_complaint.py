"""A complaint about collection conduct, drafted from the harassment check's breaches.

    compose_complaint(breaches, log, loan, pack, lang, recipient, today) -> text

Two stages, as a borrower should go: first to the lender ("lender"), then, if that does not resolve it,
to the financial regulator's consumer hotline ("regulator": the pack's [conduct] regulator and hotline).
Each template is a resources/templates/complaint_<recipient>_<lang>.txt file with the catalogue's
``{name}`` placeholders (app/core/templates.py); a template that names a field this module does not
fill, or leaves out the evidence, is refused rather than sent with a hole in it (see TEMPLATE_FIELDS).

The evidence is one numbered item per logged entry that breaks a rule (an entry that breaks several rules
lists them together) and one per day of too many calls, oldest first, each naming the rules it breaks by
reference to the list of rules under it. Only rules that are law or a published practice standard are
cited to the lender; the source article and RepayRadar's own judgement explain things in the app but are
no authority in a letter, so a point resting on them alone is raised as an objection.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Literal

from app.core.errors import RepayRadarError
from app.core.i18n import Lang, context_text, count_message, date_text, join_clauses, join_series, message
from app.core.models import ContactEvent, Counterparty, Loan
from app.core.templates import TemplateSyntaxError, fill_document, template_fields
from app.resources import resource_path
from app.rules.conduct import Breach, CitedRule, local_time
from app.rules.conduct_schema import CheckKind
from app.rules.pack import RulePack

Recipient = Literal["lender", "regulator"]
RECIPIENTS: tuple[Recipient, ...] = ("lender", "regulator")

# What a template may use; the last set it must use, or the letter would say nothing.
TEMPLATE_FIELDS = frozenset(
    {
        "name",
        "lender",
        "loan",
        "loan_kind",
        "today",
        "first_day",
        "last_day",
        "count",
        "period",
        "points_below",
        "evidence",
        "rules",
        "regulator",
        "hotline",
        "quiet_start",
        "quiet_end",
    }
)
REQUIRED_FIELDS = frozenset({"lender", "evidence", "rules"})
# Bases a letter may cite as authority.
CITABLE_BASES = frozenset({"law", "practice"})


class ComplaintTemplateError(RepayRadarError):
    """``detail_key`` (a keyed message, with ``detail``'s fields) says what is wrong with the template."""

    key = "complaint.template_invalid"

    def __init__(self, path: Path, detail_key: str, **detail: object) -> None:
        self.detail_key, self.detail = detail_key, detail
        super().__init__(path=path)

    def text(self, lang: Lang) -> str:
        return message(self.key, lang, **self.params, detail=message(self.detail_key, lang, **self.detail))


def template_path(recipient: Recipient, lang: Lang) -> Path:
    return resource_path("templates", f"complaint_{recipient}_{lang}.txt")


def load_template(path: Path) -> str:
    """The template at ``path``, refused unless it is sound and fills in completely."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise ComplaintTemplateError(path, "file.not_utf8") from None
    except OSError as error:
        raise ComplaintTemplateError(path, "complaint.template_unreadable",
                                     detail=error.strerror or type(error).__name__) from None
    try:
        names = template_fields(text)
    except TemplateSyntaxError as error:
        raise ComplaintTemplateError(path, "complaint.template_bad_brace", line=error.line) from None
    unknown = sorted(names - TEMPLATE_FIELDS)
    if unknown:
        raise ComplaintTemplateError(path, "complaint.template_unknown_fields", names=", ".join(unknown),
                                     known=", ".join(sorted(TEMPLATE_FIELDS)))
    missing = sorted(REQUIRED_FIELDS - names)
    if missing:
        raise ComplaintTemplateError(path, "complaint.template_missing_fields", names=", ".join(missing))
    return text


def compose_complaint(
    breaches: Iterable[Breach],
    log: Iterable[ContactEvent],
    loan: Loan,
    pack: RulePack,
    lang: Lang,
    recipient: Recipient,
    today: date,
    *,
    borrower_name: str = "",
    tz=None,
    template: Path | None = None,
) -> str:
    """The complaint's text, ready to edit. ``breaches`` must come from check() over ``log`` in ``lang``."""
    breaches = sorted(breaches, key=lambda breach: breach.at)
    if not breaches:
        raise ValueError("a complaint needs at least one breach")
    entries = {event.id: event for event in log}
    references: dict[str, int] = {}
    cited: list[CitedRule] = []

    def refs(breach: Breach) -> str:
        numbers = []
        for rule in breach.rules:
            if rule.basis not in CITABLE_BASES:
                continue
            if rule.id not in references:
                references[rule.id] = len(references) + 1
                cited.append(rule)
            numbers.append(f"[{references[rule.id]}]")
        return "".join(numbers)

    items = _evidence_items(breaches, entries, loan, pack, lang, tz, refs)
    rules_text = "\n".join(
        message("complaint.rule", lang, ref=references[rule.id], source=rule.source, text=rule.text)
        for rule in cited
    ) or message("complaint.no_rules", lang)
    night = pack.conduct.first(CheckKind.night_contact)
    first_day, last_day = breaches[0].at.date(), breaches[-1].at.date()
    fields = {
        "name": borrower_name.strip() or message("complaint.no_name", lang),
        "lender": loan.lender,
        "loan": loan.display_name,
        # Mid-sentence ("about my credit card"), where the pack's label is a heading ("Credit card"); the
        # same words as the negotiation letter to the same lender.
        "loan_kind": message(f"letters.kind.{loan.kind.value}", lang),
        "today": date_text(today, lang),
        "first_day": date_text(first_day, lang),
        "last_day": date_text(last_day, lang),
        "count": str(len(items)),
        "period": (
            message("complaint.period.day", lang, day=date_text(first_day, lang))
            if first_day == last_day
            else message("complaint.period.days", lang, first=date_text(first_day, lang),
                         last=date_text(last_day, lang))
        ),
        "points_below": count_message("complaint.points_below", lang, len(items)),
        "evidence": "\n\n".join(items),
        "rules": rules_text,
        "regulator": pack.conduct.regulator.text(lang),
        "hotline": pack.conduct.complaint_hotline,
        **night.numbers(),
    }
    chosen = load_template(template or template_path(recipient, lang))
    return fill_document(chosen, fields)


def _evidence_items(breaches, entries, loan, pack, lang, tz, refs) -> list[str]:
    """One text per entry (all the rules it breaks) or per day of too many calls, oldest first."""
    by_entry: dict[str, list[Breach]] = {}
    order: list[tuple[object, str | Breach]] = []
    for breach in breaches:
        if breach.kind is CheckKind.calls_per_day:
            order.append((breach.at, breach))
            continue
        for event_id in breach.event_ids:
            if event_id not in by_entry:
                by_entry[event_id] = []
                order.append((entries[event_id].at, event_id))
            by_entry[event_id].append(breach)
    order.sort(key=lambda item: item[0])
    items = []
    for number, (_, subject) in enumerate(order, start=1):
        if isinstance(subject, Breach):
            items.append(_calls_item(number, subject, entries, loan, pack, lang, tz, refs))
        else:
            items.append(_entry_item(number, entries[subject], by_entry[subject], loan, pack, lang, tz, refs))
    return items


def _acting(event: ContactEvent, loan: Loan, pack: RulePack, lang: Lang) -> str:
    # The lender by its name: "a call from China Merchants Bank" says more than "from the lender".
    if event.counterparty is Counterparty.lender:
        return loan.lender
    label = pack.conduct.labels.counterparties[event.counterparty].text(lang)
    # Translators: who called or came, in a complaint ("a call from the collection agency"); {label}
    # is the rule pack's name of the party. Chinese needs no article: {label}.
    return context_text(lang, "complaint", "the {label}", label=label)


def _breaks_line(breaches: list[Breach], lang: Lang, refs) -> str:
    parts, any_citable = [], False
    for breach in breaches:
        numbers = refs(breach)
        any_citable = any_citable or bool(numbers)
        # Translators: a breach's title and the numbers of the rules it breaks ("[1][3]"), which may
        # be empty. Chinese puts no space between them.
        parts.append(context_text(lang, "complaint", "{title} {numbers}", title=breach.title,
                                  numbers=numbers).strip())
    if any_citable:
        return message("complaint.entry_breaks", lang, breaks=join_clauses(lang, parts))
    return message("complaint.entry_concern", lang, breaks=join_clauses(lang, parts))


def _when(moment, lang: Lang) -> str:
    """A logged contact's day and time as a letter in ``lang`` writes them (2026年6月10日 23:30)."""
    return f"{date_text(moment.date(), lang)} {moment:%H:%M}"


def _entry_item(number, event, breaches, loan, pack, lang, tz, refs) -> str:
    labels = pack.conduct.labels
    who = message("complaint.who", lang, who=event.who) if event.who else ""
    lines = [
        message(
            "complaint.entry",
            lang,
            number=number,
            time=_when(local_time(event.at, tz), lang),
            channel=labels.channels[event.channel].text(lang),
            by=_acting(event, loan, pack, lang),
            who=who,
            party=labels.letter_parties[event.contacted].text(lang),
        )
    ]
    summary = " ".join(event.summary.split())
    if summary:
        lines.append(message("complaint.entry_said", lang, summary=summary))
    lines.append(_breaks_line(breaches, lang, refs))
    return "\n".join(lines)


def _calls_item(number, breach, entries, loan, pack, lang, tz, refs) -> str:
    calls = [entries[event_id] for event_id in breach.evidence_ids]
    times = []
    for call in calls:
        clock = local_time(call.at, tz).strftime("%H:%M")
        times.append(
            clock
            if call.attempts == 1
            else message("complaint.call_time_repeated", lang, time=clock, attempts=call.attempts)
        )
    head = message(
        "complaint.calls_day",
        lang,
        number=number,
        day=date_text(breach.at.date(), lang),
        count=breach.count,
        by=_acting(calls[-1], loan, pack, lang),
        times=join_series(lang, times),
    )
    return "\n".join([head, _breaks_line([breach], lang, refs)])

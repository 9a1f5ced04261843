"""The [conduct] table of a rule pack: the limits on collectors, as checks the harassment check runs.

Which checks apply, their numbers and their texts are data ([[conduct.checks]] in the pack); what each
kind of check means is code (app/rules/conduct.py). A check names its kind and only the settings that
kind reads, for example:

    [[conduct.checks]]
    id = "night_contact"
    kind = "night_contact"
    quiet_start = 22:00:00
    quiet_end = 08:00:00
    channels = ["call", "sms", "app_message", "visit"]
    rules = ["practice.collection_conduct_2026"]
    title = "..."      # English; texts may quote the entry and the check's numbers ({time}, {quiet_start}...)

A setting a kind does not read, a missing one, or a placeholder the kind cannot fill is refused when the
pack loads, with its line, like every other pack problem.
"""

from __future__ import annotations

from datetime import time
from enum import StrEnum

from pydantic import Field, field_validator, model_validator

from app.core.errors import FieldProblem
from app.core.i18n import Lang
from app.core.models import ConductFlag, ContactChannel, ContactedParty, Counterparty
from app.rules.pack_schema import Name, RuleId, Section, _require_every, _unique
from app.rules.pack_text import AnyText, PlainText, placeholders


class CheckKind(StrEnum):
    night_contact = "night_contact"  # contact inside the quiet hours, in the user's local time
    calls_per_day = "calls_per_day"  # more unanswered calls to the borrower in one local day than allowed
    third_party_contact = "third_party_contact"  # a third party contacted while the borrower was reachable
    third_party_disclosure = "third_party_disclosure"  # a third party told of the debt
    forbidden_conduct = "forbidden_conduct"  # the collector did something on the check's list of flags
    unannounced_visit = "unannounced_visit"  # a visit the borrower was not told of beforehand


# The settings each kind reads: (required, optional). Every other setting is refused for that kind.
_SETTINGS: dict[CheckKind, tuple[frozenset[str], frozenset[str]]] = {
    CheckKind.night_contact: (frozenset({"quiet_start", "quiet_end"}), frozenset({"channels"})),
    CheckKind.calls_per_day: (frozenset({"max_calls"}), frozenset()),
    CheckKind.third_party_contact: (frozenset({"parties"}), frozenset({"channels"})),
    CheckKind.third_party_disclosure: (frozenset({"parties"}), frozenset()),
    CheckKind.forbidden_conduct: (frozenset({"flags"}), frozenset({"channels", "parties"})),
    CheckKind.unannounced_visit: (frozenset(), frozenset({"parties"})),
}
ALL_SETTINGS = frozenset({"quiet_start", "quiet_end", "max_calls", "channels", "parties", "flags"})

# Placeholders every check's texts may use (the offending entry), and those only some kinds can fill.
COMMON_PLACEHOLDERS = frozenset({"time", "day", "channel", "by", "party"})
KIND_PLACEHOLDERS: dict[CheckKind, frozenset[str]] = {
    CheckKind.night_contact: frozenset({"quiet_start", "quiet_end"}),
    CheckKind.calls_per_day: frozenset({"count", "limit"}),
    CheckKind.third_party_contact: frozenset({"reached"}),
    CheckKind.third_party_disclosure: frozenset(),
    CheckKind.forbidden_conduct: frozenset({"flags"}),
    CheckKind.unannounced_visit: frozenset(),
}

# Parties to the debt: contacting them is not contacting a third party.
PARTIES_TO_THE_DEBT = frozenset({ContactedParty.borrower, ContactedParty.guarantor})


class ConductCheck(Section):
    """One rule on collectors' conduct that contact-log entries are checked against."""

    id: Name
    kind: CheckKind
    rules: list[RuleId] = Field(min_length=1)
    title: AnyText
    text: AnyText
    quiet_start: time | None = None
    quiet_end: time | None = None
    max_calls: int | None = Field(default=None, ge=1, le=100)
    channels: list[ContactChannel] | None = Field(default=None, min_length=1)
    parties: list[ContactedParty] | None = Field(default=None, min_length=1)
    flags: list[ConductFlag] | None = Field(default=None, min_length=1)

    @field_validator("rules", "channels", "parties", "flags")
    @classmethod
    def _each_once(cls, values: list | None) -> list | None:
        return values if values is None else _unique(values)

    @model_validator(mode="after")
    def _fits_kind(self) -> ConductCheck:
        required, optional = _SETTINGS[self.kind]
        given = {name for name in self.model_fields_set & ALL_SETTINGS if getattr(self, name) is not None}
        missing, unused = sorted(required - given), sorted(given - required - optional)
        if missing:
            raise FieldProblem(
                missing[0], "rules.conduct_setting_missing", kind=self.kind.value, name=missing[0]
            )
        if unused:
            allowed = ", ".join(sorted(required | optional)) or "-"
            raise FieldProblem(
                unused[0],
                "rules.conduct_setting_unused",
                kind=self.kind.value,
                name=unused[0],
                allowed=allowed,
            )
        if self.quiet_start is not None and self.quiet_start == self.quiet_end:
            raise FieldProblem(
                "quiet_end", "rules.conduct_quiet_hours", time=self.quiet_start.strftime("%H:%M")
            )
        if self.kind in (CheckKind.third_party_contact, CheckKind.third_party_disclosure):
            for party in self.parties or ():
                if party in PARTIES_TO_THE_DEBT:
                    raise FieldProblem("parties", "rules.conduct_not_third_party", party=party.value)
        allowed_names = COMMON_PLACEHOLDERS | KIND_PLACEHOLDERS[self.kind]
        # The English is checked here; the catalogue's check holds every translation to the same names.
        for field in ("title", "text"):
            names = placeholders(getattr(self, field))
            if names is None:
                raise FieldProblem(field, "rules.conduct_braces")
            unknown = sorted(names - allowed_names)
            if unknown:
                raise FieldProblem(
                    field,
                    "rules.conduct_placeholder",
                    kind=self.kind.value,
                    allowed=", ".join(f"{{{name}}}" for name in sorted(allowed_names)),
                    unknown=", ".join(f"{{{name}}}" for name in unknown),
                )
        return self

    def numbers(self) -> dict[str, str]:
        """The check's own numbers as its texts quote them."""
        values = {}
        if self.quiet_start is not None and self.quiet_end is not None:
            values["quiet_start"] = self.quiet_start.strftime("%H:%M")
            values["quiet_end"] = self.quiet_end.strftime("%H:%M")
        if self.max_calls is not None:
            values["limit"] = str(self.max_calls)
        return values

    def general_title(self, lang: Lang) -> str:
        """The title with the check's numbers filled in and no entry's details (for lists of checks):
        a placeholder the check cannot fill stays as written ("{time}")."""
        unfilled = {name: "{" + name + "}" for name in placeholders(self.title) or ()}
        return self.title.text(lang, **{**unfilled, **self.numbers()})


class ConductLabels(Section):
    """Words for the contact log's choices, for the breach texts and the complaint (no Qt in rules)."""

    parties: dict[ContactedParty, PlainText]
    letter_parties: dict[ContactedParty, PlainText]  # as the borrower names them: "me", "my employer"
    flags: dict[ConductFlag, PlainText]
    channels: dict[ContactChannel, PlainText]
    counterparties: dict[Counterparty, PlainText]

    @field_validator("parties", "letter_parties", "flags", "channels", "counterparties")
    @classmethod
    def _complete(cls, labels: dict, info) -> dict:
        members = {
            "parties": ContactedParty,
            "letter_parties": ContactedParty,
            "flags": ConductFlag,
            "channels": ContactChannel,
            "counterparties": Counterparty,
        }[info.field_name]
        return _require_every(labels, members)


class Conduct(Section):
    """Limits on collectors: the checks the contact log is held against, and where to complain."""

    rule: RuleId
    rules: list[RuleId] = Field(default_factory=list)
    # Whose contacts the rules bind: only an incoming contact from one of these can break them.
    collectors: list[Counterparty] = Field(min_length=1)
    complaint_hotline: str = Field(pattern=r"^[0-9]{3,12}$")
    # The central bank's consumer line (12363): complaints about credit reporting by a lender.
    credit_dispute_hotline: str = Field(pattern=r"^[0-9]{3,12}$")
    # The Credit Reference Center's own service line: obtaining a report and filing a dispute.
    credit_centre_hotline: str = Field(pattern=r"^[0-9][0-9-]{2,15}$")
    # The body the complaint hotline belongs to, named in the second-stage complaint.
    regulator: PlainText
    labels: ConductLabels
    checks: list[ConductCheck] = Field(min_length=1)

    @field_validator("collectors")
    @classmethod
    def _collectors_once(cls, values: list[Counterparty]) -> list[Counterparty]:
        return _unique(values)

    @model_validator(mode="after")
    def _checks_fit_together(self) -> Conduct:
        seen: set[str] = set()
        for position, check in enumerate(self.checks):
            if check.id in seen:
                raise FieldProblem(f"checks.{position}.id", "rules.conduct_duplicate_check", id=check.id)
            seen.add(check.id)
        # The engine's advice quotes the night hours and the call limit (app/rules/facts.py).
        for kind in (CheckKind.night_contact, CheckKind.calls_per_day):
            if not any(check.kind is kind for check in self.checks):
                raise FieldProblem("checks", "rules.conduct_needs_kind", kind=kind.value)
        return self

    def first(self, kind: CheckKind) -> ConductCheck:
        return next(check for check in self.checks if check.kind is kind)

    @property
    def quiet_start(self) -> time:
        """The night hours the pack's advice quotes: those of its first night_contact check."""
        return self.first(CheckKind.night_contact).quiet_start  # type: ignore[return-value]

    @property
    def quiet_end(self) -> time:
        return self.first(CheckKind.night_contact).quiet_end  # type: ignore[return-value]

    @property
    def max_unanswered_calls_per_day(self) -> int:
        """The call limit the pack's advice quotes: that of its first calls_per_day check."""
        return self.first(CheckKind.calls_per_day).max_calls  # type: ignore[return-value]

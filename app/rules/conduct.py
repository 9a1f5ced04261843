"""The harassment check: which contact-log entries break the collection-conduct rules of a rule pack.

    check(log, pack, tz, lang) -> [Breach, ...]      oldest first

The rules are data ([[conduct.checks]] in the pack, app/rules/conduct_schema.py); this module knows what
each kind of check means. Only an incoming contact from one of the pack's collectors (the lender, its
agency, its lawyer) can break a rule: what the borrower did, or a court, never does.

Time: entries are instants; a rule about hours or days is read in the user's zone ``tz`` (None: the
system's local zone, instant by instant, so a summer-time change is followed). A call at 23:30 in
Shanghai is at night even when it was stored in UTC, and the calls of a local day are counted together.

"Reachable" (third_party_contact): third parties may be contacted only when the borrower cannot be
reached. The log shows reachability only through attempts whose outcome is known: an incoming call to
the borrower marked answered or not, a visit that met the borrower (a success), and anything the
borrower sent or said to the lender side (a success). SMS, letters and app messages from the lender
show nothing either way. A third-party contact is a breach when the latest such attempt in the
judgement window before it (pack.judgement.conduct_reachable_days) got through. When the latest attempt
failed, the lender may fairly have found the borrower unreachable; when there is none, the log cannot
say; neither is flagged, because a complaint built on a doubtful point weakens the sound ones.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta, tzinfo
from itertools import groupby

from app.core.i18n import Lang, join_words
from app.core.models import (
    ConductFlag,
    ContactChannel,
    ContactDirection,
    ContactedParty,
    ContactEvent,
    Counterparty,
)
from app.rules.conduct_schema import CheckKind, ConductCheck
from app.rules.pack import RulePack

TIME_FORMAT = "%Y-%m-%d %H:%M"


@dataclass(frozen=True, slots=True)
class CitedRule:
    """A rule a breach breaks, worded in the language asked for."""

    id: str
    basis: str  # law | practice | seed | judgement
    basis_label: str
    source: str
    text: str
    verify: bool  # the pack says the article or number is still to be checked against the text


@dataclass(frozen=True, slots=True)
class Breach:
    """One way the log shows a rule broken: the check, the entries, when, why, and the rules."""

    check_id: str
    kind: CheckKind
    at: datetime  # in the user's zone: the entry that broke the rule (a day's calls: the one over the limit)
    event_ids: tuple[str, ...]  # the entries that break it
    evidence_ids: tuple[str, ...]  # the entries a complaint cites (a day's calls: every one of that day)
    title: str
    explanation: str
    rules: tuple[CitedRule, ...]
    count: int = 0  # calls_per_day: the unanswered calls of that day


@dataclass(frozen=True, slots=True)
class EntryQuestions:
    """What the contact dialog should ask about an entry so the pack's checks can judge it."""

    contacted: bool = False
    answered: bool = False
    attempts: bool = False
    announced: bool = False
    flags: tuple[ConductFlag, ...] = ()


@dataclass(slots=True)
class _Hit:
    event: ContactEvent  # the entry the texts speak of
    event_ids: tuple[str, ...]
    evidence_ids: tuple[str, ...] = ()
    params: dict[str, object] = field(default_factory=dict)
    count: int = 0
    flags: tuple[ConductFlag, ...] = ()  # forbidden_conduct: the check's flags the entry shows


def check(
    log: Iterable[ContactEvent], pack: RulePack, tz: tzinfo | None = None, lang: Lang = "zh_CN"
) -> list[Breach]:
    """Every breach the log shows, oldest first (checks in pack order on the same instant)."""
    entries = sorted(log, key=lambda event: (event.at, event.id))
    bound = [event for event in entries if _by_collector(event, pack)]
    found: list[tuple[datetime, int, Breach]] = []
    for position, rule_check in enumerate(pack.conduct.checks):
        for hit in _FINDERS[rule_check.kind](rule_check, bound, entries, pack, tz):
            found.append((hit.event.at, position, _breach(rule_check, hit, pack, tz, lang)))
    found.sort(key=lambda item: (item[0], item[1]))
    return [breach for _, _, breach in found]


def entry_questions(
    pack: RulePack,
    channel: ContactChannel,
    direction: ContactDirection,
    counterparty: Counterparty,
    contacted: ContactedParty,
) -> EntryQuestions:
    """Which of the harassment check's fields matter for an entry like this one (the dialog shows only
    these): derived from the pack's checks, so a pack with other checks asks other questions."""
    channel, direction = ContactChannel(channel), ContactDirection(direction)
    counterparty, contacted = Counterparty(counterparty), ContactedParty(contacted)
    if direction is not ContactDirection.incoming or counterparty not in pack.conduct.collectors:
        return EntryQuestions()
    flags: list[ConductFlag] = []
    announced = False
    for rule_check in pack.conduct.checks:
        if not _admits(rule_check, channel, contacted):
            continue
        if rule_check.kind is CheckKind.forbidden_conduct:
            flags += [flag for flag in rule_check.flags or () if flag not in flags]
        elif rule_check.kind is CheckKind.third_party_disclosure and ConductFlag.disclosed_debt not in flags:
            flags.append(ConductFlag.disclosed_debt)
        elif rule_check.kind is CheckKind.unannounced_visit and channel is ContactChannel.visit:
            announced = True
    is_call = channel is ContactChannel.call
    ordered = tuple(flag for flag in ConductFlag if flag in flags)
    return EntryQuestions(
        contacted=True, answered=is_call, attempts=is_call, announced=announced, flags=ordered
    )


def local_time(instant: datetime, tz: tzinfo | None) -> datetime:
    return instant.astimezone(tz)


# ------------------------------------------------------------------------------------------ finders


def _by_collector(event: ContactEvent, pack: RulePack) -> bool:
    return event.direction is ContactDirection.incoming and event.counterparty in pack.conduct.collectors


def _admits(rule_check: ConductCheck, channel: ContactChannel, contacted: ContactedParty) -> bool:
    if rule_check.channels is not None and channel not in rule_check.channels:
        return False
    return rule_check.parties is None or contacted in rule_check.parties


def _in_quiet_hours(moment: time, start: time, end: time) -> bool:
    if start < end:  # e.g. 00:00-06:00
        return start <= moment < end
    return moment >= start or moment < end  # across midnight, e.g. 22:00-08:00


def _night(rule_check: ConductCheck, bound, entries, pack, tz) -> Iterator[_Hit]:
    start, end = rule_check.quiet_start, rule_check.quiet_end
    assert start is not None and end is not None  # the schema requires both for this kind
    for event in bound:
        if rule_check.channels is not None and event.channel not in rule_check.channels:
            continue
        moment = local_time(event.at, tz).time().replace(tzinfo=None)
        if _in_quiet_hours(moment, start, end):
            yield _Hit(event, (event.id,))


def _calls_per_day(rule_check: ConductCheck, bound, entries, pack, tz) -> Iterator[_Hit]:
    limit = rule_check.max_calls or 0
    unanswered = [
        event
        for event in bound
        if event.channel is ContactChannel.call
        and event.contacted is ContactedParty.borrower
        and event.answered is False
    ]
    for _, calls_of_day in groupby(unanswered, key=lambda event: local_time(event.at, tz).date()):
        calls = list(calls_of_day)
        running, over = 0, []
        for call in calls:
            running += call.attempts
            if running > limit:
                over.append(call)
        if over:
            yield _Hit(
                over[0],
                tuple(call.id for call in over),
                tuple(call.id for call in calls),
                {"count": running, "limit": limit},
                count=running,
            )


def _reach_outcome(event: ContactEvent, pack: RulePack) -> bool | None:
    """Whether this entry shows the lender side reaching the borrower (None: it shows nothing)."""
    if event.counterparty not in pack.conduct.collectors:
        return None
    if event.direction is ContactDirection.outgoing:
        return True
    if event.contacted is not ContactedParty.borrower:
        return None
    if event.channel is ContactChannel.call:
        return event.answered
    if event.channel is ContactChannel.visit:
        return True
    return None


def _third_party_contact(rule_check: ConductCheck, bound, entries, pack, tz) -> Iterator[_Hit]:
    window = timedelta(days=pack.judgement.conduct_reachable_days)
    attempts = [(event, outcome) for event in entries if (outcome := _reach_outcome(event, pack)) is not None]
    for event in bound:
        if not _admits(rule_check, event.channel, event.contacted):
            continue
        before = [
            (attempt, outcome) for attempt, outcome in attempts if event.at - window <= attempt.at < event.at
        ]
        if before and before[-1][1]:
            reached = local_time(before[-1][0].at, tz).strftime(TIME_FORMAT)
            yield _Hit(event, (event.id,), params={"reached": reached})


def _third_party_disclosure(rule_check: ConductCheck, bound, entries, pack, tz) -> Iterator[_Hit]:
    for event in bound:
        if (
            _admits(rule_check, event.channel, event.contacted)
            and ConductFlag.disclosed_debt in event.conduct
        ):
            yield _Hit(event, (event.id,))


def _forbidden_conduct(rule_check: ConductCheck, bound, entries, pack, tz) -> Iterator[_Hit]:
    for event in bound:
        if not _admits(rule_check, event.channel, event.contacted):
            continue
        matched = tuple(flag for flag in rule_check.flags or () if flag in event.conduct)
        if matched:
            yield _Hit(event, (event.id,), flags=matched)


def _unannounced_visit(rule_check: ConductCheck, bound, entries, pack, tz) -> Iterator[_Hit]:
    for event in bound:
        if (
            event.channel is ContactChannel.visit
            and event.announced is False
            and _admits(rule_check, event.channel, event.contacted)
        ):
            yield _Hit(event, (event.id,))


_FINDERS = {
    CheckKind.night_contact: _night,
    CheckKind.calls_per_day: _calls_per_day,
    CheckKind.third_party_contact: _third_party_contact,
    CheckKind.third_party_disclosure: _third_party_disclosure,
    CheckKind.forbidden_conduct: _forbidden_conduct,
    CheckKind.unannounced_visit: _unannounced_visit,
}


# ------------------------------------------------------------------------------------------ wording


def cited_rules(rule_ids: Iterable[str], pack: RulePack, lang: Lang) -> tuple[CitedRule, ...]:
    cited = []
    for rule_id in rule_ids:
        rule = pack.rule(rule_id)
        cited.append(
            CitedRule(
                id=rule.id,
                basis=rule.basis.value,
                basis_label=pack.labels.basis[rule.basis].text(lang),
                source=rule.source.text(lang),
                text=rule.text.text(lang),
                verify=rule.verify,
            )
        )
    return tuple(cited)


def _breach(rule_check: ConductCheck, hit: _Hit, pack: RulePack, tz: tzinfo | None, lang: Lang) -> Breach:
    labels = pack.conduct.labels
    event = hit.event
    when = local_time(event.at, tz)
    values: dict[str, object] = {
        "time": when.strftime(TIME_FORMAT),
        "day": when.date().isoformat(),
        "channel": labels.channels[event.channel].text(lang),
        "by": labels.counterparties[event.counterparty].text(lang),
        "party": labels.parties[event.contacted].text(lang),
    }
    values.update(rule_check.numbers())
    values.update(hit.params)
    if hit.flags:
        values["flags"] = join_words(lang, [labels.flags[flag].text(lang) for flag in hit.flags])
    return Breach(
        check_id=rule_check.id,
        kind=rule_check.kind,
        at=when,
        event_ids=hit.event_ids,
        evidence_ids=hit.evidence_ids or hit.event_ids,
        title=rule_check.title.text(lang, **values),
        explanation=rule_check.text.text(lang, **values),
        rules=cited_rules(rule_check.rules, pack, lang),
        count=hit.count,
    )

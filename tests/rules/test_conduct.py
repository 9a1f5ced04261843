"""The harassment check: for each conduct rule of the shipped pack an entry that breaks it and one that does
not, read in the user's local time (DST days included); the rules are data, and a bad [conduct] table is
refused with its line."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from pydantic import ValidationError

from app.core.clock import FixedClock
from app.core.exchange import export_backup, import_backup
from app.core.models import ConductFlag, ContactEvent, Loan
from app.core.store import Store
from app.core.validation import field_errors
from app.rules.conduct import check, entry_questions
from app.rules.pack import PackError, default_pack_path, parse_pack

SHANGHAI = ZoneInfo("Asia/Shanghai")
BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")

_counter = iter(range(1_000_000))


def entry(at: datetime, **fields) -> ContactEvent:
    """An incoming call from the collection agency to the borrower, unless told otherwise."""
    values = {
        "id": f"e{next(_counter)}",
        "loan_id": "loan",
        "at": at,
        "channel": "call",
        "direction": "incoming",
        "counterparty": "collector",
        **fields,
    }
    return ContactEvent.model_validate(values)


def shanghai(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 6, day, hour, minute, tzinfo=SHANGHAI)


def flagged(log, pack, tz=SHANGHAI, lang="en") -> dict[str, list[tuple[str, ...]]]:
    """check id -> the entry ids of each of its breaches."""
    found: dict[str, list[tuple[str, ...]]] = {}
    for breach in check(log, pack, tz, lang):
        found.setdefault(breach.check_id, []).append(breach.event_ids)
    return found


def shipped_text() -> str:
    return default_pack_path().read_text(encoding="utf-8")


# ------------------------------------------------------------------------------------------- night


def test_a_call_at_2330_is_flagged_with_the_rule_and_one_at_2130_is_not(pack):
    late, evening = entry(shanghai(10, 23, 30)), entry(shanghai(10, 21, 30))
    breaches = check([late, evening], pack, SHANGHAI, "en")
    assert [breach.check_id for breach in breaches] == ["night_contact"]
    (breach,) = breaches
    assert breach.event_ids == (late.id,)
    assert breach.at == shanghai(10, 23, 30)
    assert breach.title == "Contact at night (22:00–08:00)"
    assert "23:30" in breach.explanation and "22:00" in breach.explanation
    assert [rule.id for rule in breach.rules] == ["practice.collection_conduct_2026"]
    # The guideline is named as such, with no "to be verified" note (issue 15: no internal markers).
    assert "China Banking Association" in breach.rules[0].source and not breach.rules[0].verify


@pytest.mark.parametrize(
    ("hour", "minute", "at_night"),
    [(21, 59, False), (22, 0, True), (2, 0, True), (7, 59, True), (8, 0, False), (12, 0, False)],
)
def test_the_quiet_hours_run_from_2200_to_0800(pack, hour, minute, at_night):
    log = [entry(shanghai(10, hour, minute))]
    assert ("night_contact" in flagged(log, pack)) is at_night


def test_night_is_read_in_the_users_zone_whatever_offset_the_entry_was_stored_with(pack):
    stored_in_utc = entry(datetime(2026, 6, 10, 15, 30, tzinfo=timezone.utc))  # 23:30 in Shanghai
    assert "night_contact" in flagged([stored_in_utc], pack, SHANGHAI)
    # The same instant is 17:30 in Berlin: a borrower living there was called in the afternoon.
    assert flagged([stored_in_utc], pack, BERLIN) == {}


def test_night_follows_summer_time_on_the_days_the_clocks_change(pack):
    # 2026-03-29, Berlin moves from +01:00 to +02:00: 06:30 UTC is 08:30 there, not 07:30.
    after_spring_change = entry(datetime(2026, 3, 29, 6, 30, tzinfo=timezone.utc))
    assert flagged([after_spring_change], pack, BERLIN) == {}
    assert "night_contact" in flagged([after_spring_change], pack, timezone(timedelta(hours=1)))
    # 2026-10-25, back to +01:00: 20:30 UTC is 21:30 there, not 22:30.
    after_autumn_change = entry(datetime(2026, 10, 25, 20, 30, tzinfo=timezone.utc))
    assert flagged([after_autumn_change], pack, BERLIN) == {}
    assert "night_contact" in flagged([after_autumn_change], pack, timezone(timedelta(hours=2)))


def test_only_contacts_by_the_lender_side_can_break_the_rules(pack):
    at_night = shanghai(10, 23, 30)
    mine = entry(at_night, direction="outgoing")
    court = entry(at_night, counterparty="court", channel="sms")
    lawyer = entry(at_night, counterparty="lawyer", channel="sms")
    lender = entry(at_night, counterparty="lender")
    found = flagged([mine, court, lawyer, lender], pack)
    assert found == {"night_contact": [(lawyer.id,), (lender.id,)]}


def test_a_letter_dated_at_night_is_not_a_night_contact(pack):
    # The pack lists the channels that disturb at night: calls, texts, app messages, visits.
    assert flagged([entry(shanghai(10, 23, 30), channel="letter")], pack) == {}
    assert "night_contact" in flagged([entry(shanghai(10, 23, 30), channel="visit")], pack)


# -------------------------------------------------------------------------------------- calls a day


def _unanswered(hours, day=10, **fields):
    return [entry(shanghai(day, hour), answered=False, **fields) for hour in hours]


def test_seven_unanswered_calls_in_a_day_are_flagged_and_six_are_not(pack):
    six = _unanswered(range(9, 15))
    assert flagged(six, pack) == {}
    seven = _unanswered(range(9, 16))
    breaches = check(seven, pack, SHANGHAI, "en")
    (breach,) = breaches
    assert breach.check_id == "calls_per_day" and breach.count == 7
    assert breach.event_ids == (seven[-1].id,)  # the call over the limit
    assert breach.evidence_ids == tuple(call.id for call in seven)  # the whole day, for a complaint
    assert breach.at == shanghai(10, 15)
    assert "7 times" in breach.explanation and "6" in breach.explanation


def test_one_entry_can_stand_for_several_missed_calls(pack):
    assert flagged([entry(shanghai(10, 9), answered=False, attempts=6)], pack) == {}
    breaches = check([entry(shanghai(10, 9), answered=False, attempts=9)], pack, SHANGHAI, "zh_CN")
    assert [breach.count for breach in breaches] == [9]
    assert "9次" in breaches[0].explanation


def test_answered_calls_unnoted_calls_and_calls_to_others_do_not_count(pack):
    log = [
        *_unanswered(range(9, 15)),
        *[entry(shanghai(10, hour), answered=True) for hour in (15, 16, 17)],
        entry(shanghai(10, 18)),  # not noted whether it got through
        *_unanswered((19, 20), contacted="family"),
    ]
    assert "calls_per_day" not in flagged(log, pack)


def test_calls_are_counted_in_the_users_local_day(pack):
    # Four missed calls late on the 10th and three early on the 11th in Shanghai: two days, both within
    # the limit; in UTC all seven fall on the 10th.
    late = [entry(shanghai(10, 23, minute), answered=False) for minute in (0, 15, 30, 45)]
    early = [entry(shanghai(11, 0, minute), answered=False) for minute in (10, 20, 30)]
    quiet_hours_aside = {
        key: value for key, value in flagged(late + early, pack).items() if key != "night_contact"
    }
    assert quiet_hours_aside == {}
    in_utc = flagged(late + early, pack, timezone.utc)
    assert in_utc["calls_per_day"] == [(early[-1].id,)]


def test_the_25_hour_day_when_new_york_leaves_summer_time_is_one_day(pack):
    # 2026-11-01 in New York: 00:30 EDT to 23:30 EST spans 24 hours of local clock and 25 of real time.
    start = datetime(2026, 11, 1, 0, 30, tzinfo=NEW_YORK)
    calls = [
        entry(
            (start.astimezone(timezone.utc) + timedelta(hours=4 * step)).astimezone(timezone.utc),
            answered=False,
        )
        for step in range(7)
    ]
    assert calls[-1].at.astimezone(NEW_YORK).date() == start.date()
    found = flagged(calls, pack, NEW_YORK)
    assert found["calls_per_day"] == [(calls[-1].id,)]


# ----------------------------------------------------------------------------------- third parties


def test_employer_contacted_while_the_borrower_was_reachable_is_flagged(pack):
    answered = entry(shanghai(9, 10), answered=True)
    employer = entry(shanghai(10, 11), contacted="employer")
    breaches = check([answered, employer], pack, SHANGHAI, "en")
    assert [breach.check_id for breach in breaches] == ["third_party_contact"]
    assert breaches[0].event_ids == (employer.id,)
    assert "2026-06-09 10:00" in breaches[0].explanation
    assert [rule.id for rule in breaches[0].rules] == [
        "practice.collection_conduct_2026",
        "judgement.reachable_borrower",
    ]


def test_the_borrowers_own_call_shows_they_were_reachable(pack):
    mine = entry(shanghai(8, 10), direction="outgoing", counterparty="lender")
    family = entry(shanghai(10, 11), contacted="family", channel="sms")
    assert flagged([mine, family], pack) == {"third_party_contact": [(family.id,)]}


def test_third_party_contact_after_the_borrower_stopped_answering_is_not_flagged(pack):
    answered = entry(shanghai(8, 10), answered=True)
    missed = entry(shanghai(9, 10), answered=False)
    employer = entry(shanghai(10, 11), contacted="employer")
    assert flagged([answered, missed, employer], pack) == {}


def test_reachability_older_than_the_judgement_window_or_unknown_is_not_flagged(pack):
    window = pack.judgement.conduct_reachable_days
    long_ago = entry(shanghai(10, 10) - timedelta(days=window, minutes=1), answered=True)
    employer = entry(shanghai(10, 10), contacted="employer")
    assert flagged([long_ago, employer], pack) == {}
    assert flagged([employer], pack) == {}
    just_inside = entry(shanghai(10, 10) - timedelta(days=window) + timedelta(minutes=1), answered=True)
    assert "third_party_contact" in flagged([just_inside, employer], pack)


def test_a_guarantor_is_no_third_party(pack):
    answered = entry(shanghai(9, 10), answered=True)
    guarantor = entry(shanghai(10, 11), contacted="guarantor")
    assert flagged([answered, guarantor], pack) == {}


def test_telling_a_third_party_of_the_debt_is_flagged_even_when_the_borrower_was_unreachable(pack):
    told = entry(shanghai(10, 11), contacted="family", conduct=["disclosed_debt"])
    asked_only = entry(shanghai(10, 12), contacted="family")
    assert flagged([told, asked_only], pack) == {"third_party_disclosure": [(told.id,)]}
    # The same flag on a call to the borrower says nothing: no third party learnt anything.
    assert flagged([entry(shanghai(10, 11), conduct=["disclosed_debt"])], pack) == {}


def test_pressing_a_third_party_to_pay_is_flagged(pack):
    pressed = entry(shanghai(10, 11), contacted="friend", conduct=["pressing_third_party"])
    not_pressed = entry(shanghai(10, 12), contacted="friend")
    assert flagged([pressed, not_pressed], pack) == {"pressing_third_parties": [(pressed.id,)]}


# ------------------------------------------------------------------------------- forbidden conduct


@pytest.mark.parametrize(
    ("flag", "check_id", "word"),
    [
        ("threats", "threats_violence", "threats"),
        ("violence", "threats_violence", "violence"),
        ("insults", "insults", "insulted"),
        ("impersonating_authorities", "impersonation", "police"),
        ("public_exposure", "public_exposure", "public"),
    ],
)
def test_each_forbidden_act_is_flagged_and_a_plain_call_is_not(pack, flag, check_id, word):
    acted = entry(shanghai(10, 11), conduct=[flag])
    plain = entry(shanghai(10, 12))
    breaches = check([acted, plain], pack, SHANGHAI, "en")
    assert [(breach.check_id, breach.event_ids) for breach in breaches] == [(check_id, (acted.id,))]
    assert word in breaches[0].explanation


def test_forbidden_acts_the_borrower_reports_of_themselves_are_not_breaches(pack):
    assert flagged([entry(shanghai(10, 11), direction="outgoing", conduct=["insults"])], pack) == {}


def test_threats_and_violence_in_one_entry_are_one_breach_naming_both(pack):
    (breach,) = check(
        [entry(shanghai(10, 11), channel="visit", conduct=["violence", "threats"])], pack, SHANGHAI, "en"
    )
    assert "threats and violence" in breach.explanation
    (chinese,) = check(
        [entry(shanghai(10, 11), channel="visit", conduct=["violence", "threats"])], pack, SHANGHAI, "zh_CN"
    )
    assert "威胁恐吓、暴力或以暴力相威胁" in chinese.explanation


def test_a_visitor_without_id_is_flagged_but_the_flag_means_nothing_on_a_call(pack):
    visit = entry(shanghai(10, 11), channel="visit", conduct=["no_identification"], announced=True)
    call = entry(shanghai(10, 12), conduct=["no_identification"])
    assert flagged([visit, call], pack) == {"visit_without_id": [(visit.id,)]}


def test_an_unannounced_visit_is_flagged_and_an_announced_or_unnoted_one_is_not(pack):
    unannounced = entry(shanghai(10, 11), channel="visit", announced=False)
    announced = entry(shanghai(11, 11), channel="visit", announced=True)
    unnoted = entry(shanghai(12, 11), channel="visit")
    breaches = check([unannounced, announced, unnoted], pack, SHANGHAI, "en")
    assert [(breach.check_id, breach.event_ids) for breach in breaches] == [
        ("unannounced_visit", (unannounced.id,))
    ]
    bases = {rule.id: rule.basis for rule in breaches[0].rules}
    assert bases == {"seed.no_harassment": "seed", "judgement.visit_notice": "judgement"}


# ------------------------------------------------------------------------------ results and words


def test_breaches_come_oldest_first_in_the_language_asked_for(pack):
    log = [
        entry(shanghai(12, 23, 30)),
        entry(shanghai(10, 11), conduct=["insults"]),
        entry(shanghai(11, 11), channel="visit", announced=False),
    ]
    english = check(log, pack, SHANGHAI, "en")
    chinese = check(log, pack, SHANGHAI, "zh_CN")
    assert [breach.check_id for breach in english] == ["insults", "unannounced_visit", "night_contact"]
    assert [breach.check_id for breach in chinese] == [breach.check_id for breach in english]
    assert chinese[2].title == "夜间催收（22:00至次日08:00）"
    assert chinese[0].rules[0].source.startswith("中国银行业协会")
    assert chinese[0].rules[0].basis_label == "行业惯例" and english[0].rules[0].basis_label == "Practice"


def test_an_empty_or_blameless_log_has_no_breaches(pack):
    assert check([], pack, SHANGHAI) == []
    calm = [entry(shanghai(10, 10), answered=True), entry(shanghai(11, 14), direction="outgoing")]
    assert check(calm, pack, SHANGHAI) == []


def test_the_dialog_asks_only_what_the_packs_checks_can_use(pack):
    call = entry_questions(pack, "call", "incoming", "collector", "borrower")
    assert call.contacted and call.answered and call.attempts and not call.announced
    assert ConductFlag.threats in call.flags and ConductFlag.disclosed_debt not in call.flags
    assert ConductFlag.no_identification not in call.flags
    visit_at_work = entry_questions(pack, "visit", "incoming", "collector", "employer")
    assert visit_at_work.announced and not visit_at_work.answered
    assert {
        ConductFlag.disclosed_debt,
        ConductFlag.pressing_third_party,
        ConductFlag.no_identification,
    } <= set(visit_at_work.flags)
    assert entry_questions(pack, "call", "outgoing", "lender", "borrower").flags == ()
    assert not entry_questions(pack, "letter", "incoming", "court", "borrower").contacted


# ----------------------------------------------------------------------------- the rules are data


def test_the_checks_numbers_come_from_the_pack(pack):
    text = shipped_text()
    text = text.replace("quiet_start = 22:00:00", "quiet_start = 21:00:00", 1).replace(
        "max_calls = 6", "max_calls = 3", 1
    )
    stricter = parse_pack(text, "stricter.toml")
    log = [entry(shanghai(10, 21, 30)), *_unanswered((9, 10, 11, 12))]
    assert flagged(log, pack).keys() == set()
    assert flagged(log, stricter).keys() == {"night_contact", "calls_per_day"}
    assert check(log, stricter, SHANGHAI, "en")[0].title == "More than 3 unanswered calls in a day"


def _refusal(text: str) -> PackError:
    with pytest.raises(PackError) as caught:
        parse_pack(text, "conduct.toml")
    return caught.value


def _line_of(text: str, fragment: str) -> int:
    return next(number for number, line in enumerate(text.splitlines(), start=1) if fragment in line)


def test_a_setting_the_kind_does_not_read_is_refused_on_its_line_in_both_languages():
    text = shipped_text().replace("max_calls = 6\n", "max_calls = 6\nquiet_start = 21:00:00\n", 1)
    (problem,) = _refusal(text).problems
    assert problem.location == "conduct.checks[1].quiet_start"
    assert problem.line == _line_of(text, "quiet_start = 21:00:00")
    assert "not a setting of calls_per_day checks" in problem.text("en")
    assert "不是 calls_per_day 检查的设置" in problem.text("zh_CN")


def test_a_missing_setting_is_refused():
    text = shipped_text().replace('flags = ["insults"]\n', "", 1)
    (problem,) = _refusal(text).problems
    assert problem.location.endswith(".flags") and "forbidden_conduct checks need “flags”" in problem.text(
        "en"
    )
    assert problem.line == _line_of(text, 'id = "insults"') - 1  # the check's [[conduct.checks]] header


def test_a_placeholder_the_kind_cannot_fill_is_refused_on_its_line():
    text = shipped_text().replace("between {quiet_start} and {quiet_end}.", "between {quiet_start} and {count}.", 1)
    (problem,) = _refusal(text).problems
    assert problem.location == "conduct.checks[0].text"
    assert problem.line == _line_of(text, "and {count}.")
    assert "{count}" in problem.text("en") and "{quiet_start}" in problem.text("en")


def test_an_unknown_kind_a_duplicate_id_and_the_borrower_as_third_party_are_refused():
    text = shipped_text()
    unknown_kind = text.replace('kind = "unannounced_visit"', 'kind = "surprise_visit"', 1)
    (problem,) = _refusal(unknown_kind).problems
    assert problem.location == "conduct.checks[10].kind" and "night_contact" in problem.text("en")
    assert problem.line == _line_of(unknown_kind, 'kind = "surprise_visit"')
    duplicate = text.replace('id = "insults"', 'id = "threats_violence"', 1)
    assert "threats_violence" in _refusal(duplicate).text("en")
    borrower = text.replace(
        'parties = ["family", "employer", "friend", "other"]', 'parties = ["borrower", "family"]', 1
    )
    (problem,) = _refusal(borrower).problems
    assert problem.location == "conduct.checks[2].parties" and "not a third party" in problem.text("en")


def test_a_pack_without_a_night_rule_is_refused_because_its_advice_quotes_the_hours():
    text = shipped_text()
    start = text.index('[[conduct.checks]]\nid = "night_contact"')
    end = text.index("[[conduct.checks]]", start + 1)
    (problem,) = _refusal(text[:start] + text[end:]).problems
    assert "night_contact" in problem.text("en") and problem.location.startswith("conduct.checks")


def test_equal_quiet_hours_are_refused():
    text = shipped_text().replace("quiet_end = 08:00:00", "quiet_end = 22:00:00", 1)
    (problem,) = _refusal(text).problems
    assert problem.location == "conduct.checks[0].quiet_end" and "22:00" in problem.text("zh_CN")


# ------------------------------------------------------------------------------ the entry's fields


def test_an_entry_logged_before_the_conduct_fields_existed_loads_with_safe_defaults():
    old = ContactEvent.model_validate(
        {
            "id": "c-1",
            "loan_id": "l",
            "at": "2026-04-05T10:15:00+08:00",
            "channel": "call",
            "direction": "incoming",
        }
    )
    assert (old.contacted, old.answered, old.attempts, old.announced, old.conduct) == (
        "borrower",
        None,
        1,
        None,
        [],
    )


def test_conduct_flags_are_kept_once_in_a_fixed_order_so_backups_stay_identical():
    event = entry(shanghai(10, 11), conduct=["insults", "threats", "insults"])
    assert event.conduct == [ConductFlag.threats, ConductFlag.insults]
    dumped = event.model_dump(mode="json")
    assert ContactEvent.model_validate(dumped).model_dump(mode="json") == dumped


def test_several_calls_in_one_entry_only_for_a_phone_call_worded_in_both_languages():
    with pytest.raises(ValidationError) as caught:
        entry(shanghai(10, 11), channel="sms", attempts=3)
    (english,) = field_errors(caught.value, "en")
    (chinese,) = field_errors(caught.value, "zh_CN")
    assert english.field == "attempts" and "Phone call" in english.message
    assert "电话" in chinese.message
    with pytest.raises(ValidationError):
        entry(shanghai(10, 11), conduct=["rudeness"])


def test_a_backup_with_conduct_answers_exports_the_same_bytes_after_a_re_import(tmp_path):
    loan = Loan(
        id="loan",
        lender="Bank",
        kind="credit_card",
        method="credit_card",
        principal="1000.00",
        annual_rate="18",
        start_date="2026-05-01",
        due_day=20,
    )
    log = [
        entry(shanghai(10, 23, 30), answered=False, attempts=7, conduct=["insults", "threats"]),
        entry(
            shanghai(11, 10),
            channel="visit",
            contacted="employer",
            announced=False,
            conduct=["disclosed_debt"],
        ),
        entry(shanghai(12, 9), direction="outgoing", counterparty="lender"),
    ]
    clock = FixedClock(shanghai(15, 10))
    first, second = tmp_path / "first.json", tmp_path / "second.json"
    with Store.open(tmp_path / "a", clock=clock) as store:
        store.merge([loan], [], log)
        export_backup(store, first)
    with Store.open(tmp_path / "b", clock=clock) as store:
        import_backup(store, first)
        assert {event.id: event for event in store.contacts()} == {event.id: event for event in log}
        export_backup(store, second)
    assert second.read_bytes() == first.read_bytes()
    assert '"conduct": [\n        "threats",\n        "insults"\n      ]' in first.read_text(encoding="utf-8")

"""The real yearly cost of a loan and the bands courts and regulators draw (issue 13, rate check).

The APR is schedule.implied_apr: the IRR of what the borrower received (principal less any fee taken
at the start) against every repayment, prepayment fees included. Above 24 % and above 36 % a year
the app says what courts and regulators say about those levels, never that the loan is illegal:
- 24 %: courts support a financial lender's total charges up to about 24 % a year; private lending up
  to 4 x the one-year LPR (2020 rules) — the project's domain notes (collection-facts.md), "Penalty
  interest on overdue bank loans" (judicial practice).
- 36 %: the 2015 Supreme People's Court private-lending rules (法释〔2015〕18号 art. 26: interest above
  36 % a year void), amended in 2020 to 4 x the one-year LPR; and the 2017 cash-loan notice
  (整治办函〔2017〕141号), which tied a cash loan's total cost to the courts' limits.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from app.core.i18n import Lang, join_sentences, message
from app.core.models import Loan, Payment
from app.core.schedule import implied_apr

JUDICIAL_CAP = Decimal("24")
OLD_PRIVATE_LENDING_CAP = Decimal("36")


class RateBand(StrEnum):
    within = "within"  # at most 24 % a year
    above_24 = "above_24"
    above_36 = "above_36"


@dataclass(frozen=True, slots=True)
class RateCheck:
    apr: Decimal | None  # percent a year, to the cent; None when no rate describes the loan
    quoted: Decimal | None  # the contract's annual rate (or a flat fee's monthly rate x 12)
    band: RateBand | None  # None with apr
    sources: tuple[str, ...]  # message keys of the sources the band's text rests on
    monthly_fee: Decimal | None = None  # a flat-fee loan's quoted monthly fee rate, percent


def rate_check(loan: Loan, payments: Sequence[Payment] = ()) -> RateCheck:
    apr = implied_apr(loan, payments)
    quoted = loan.annual_rate
    if quoted is None and loan.monthly_fee_rate is not None:
        quoted = loan.monthly_fee_rate * 12
    fee = loan.monthly_fee_rate if loan.annual_rate is None else None
    if apr is None:
        return RateCheck(None, quoted, None, (), fee)
    if apr > OLD_PRIVATE_LENDING_CAP:
        return RateCheck(apr, quoted, RateBand.above_36, ("rate.source_24", "rate.source_36"), fee)
    if apr > JUDICIAL_CAP:
        return RateCheck(apr, quoted, RateBand.above_24, ("rate.source_24",), fee)
    return RateCheck(apr, quoted, RateBand.within, ("rate.source_24",), fee)


def rate_check_text(check: RateCheck, lang: Lang) -> str:
    """The check as sentences for a tooltip or the loan page: the APR, then what its band means."""
    if check.apr is None:
        return message("rate.apr_unknown", lang)
    if check.monthly_fee is not None:
        quoted = message("rate.quoted_monthly_fee", lang, fee=f"{check.monthly_fee.normalize():f}")
    elif check.quoted is not None:
        quoted = f"{check.quoted.normalize():f}%"
    else:
        quoted = message("rate.quoted_none", lang)
    parts = [message("rate.apr", lang, apr=check.apr, quoted=quoted)]
    if check.band is RateBand.above_36:
        parts.append(message("rate.band.above_24", lang))
    parts.append(message(f"rate.band.{check.band}", lang))
    return join_sentences(lang, parts)


def rate_sources_text(check: RateCheck, lang: Lang) -> list[str]:
    return [message(key, lang) for key in check.sources]

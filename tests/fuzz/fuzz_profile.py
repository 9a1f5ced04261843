"""The fuzz suite's hypothesis profile, its example budget and the one rule every target keeps.

Hypothesis runs 100 examples a test unless told otherwise; this suite asks for 10,200 in all (the
budget below), which CI runs in about a minute. The examples are derandomized: every CI run tries the
same 10,200, so a red run is reproducible and never a matter of luck. To hunt for new faults, set
REPAYRADAR_FUZZ_RANDOM=1 (fresh examples each run) and REPAYRADAR_FUZZ_SCALE to multiply every budget
(10 for a long hunt before a release; 0.1 for a quick look while editing).

The rule: whatever comes in, the app either accepts it or refuses it with its own error (a
RepayRadarError, or pydantic's ValidationError as app.core.validation words it), which says what is
wrong in both languages. Any other exception is a crash the user would meet as "something
unexpected went wrong".
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings
from pydantic import ValidationError

from app.core.errors import RepayRadarError
from app.core.validation import describe_validation_error, field_errors

RANDOM = os.environ.get("REPAYRADAR_FUZZ_RANDOM") == "1"

settings.register_profile(
    "repayradar-fuzz",
    deadline=None,  # two shared cores: timing is not what is under test
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
    print_blob=True,
    derandomize=not RANDOM,
    # Derandomized runs replay nothing from .hypothesis/: what they try depends on the code alone.
    database=settings.default.database if RANDOM else None,
)

SCALE = float(os.environ.get("REPAYRADAR_FUZZ_SCALE", "1"))

# Examples per target: cheap targets get more; parsing a whole rule pack takes ~15 ms.
BUDGET = {
    "loan_form": 3000,
    "scenario_structured": 2200,
    "scenario_text": 1000,
    "backup_structured": 1600,
    "backup_bytes": 1000,
    "pack_values": 900,
    "pack_lines": 500,
}


def fuzz_settings(target: str) -> settings:
    return settings(settings.get_profile("repayradar-fuzz"), max_examples=max(1, int(BUDGET[target] * SCALE)))


def explain_refusal(error: Exception) -> None:
    """Check that a refusal is the app's own and reads as a non-empty sentence in both languages."""
    if isinstance(error, RepayRadarError):
        texts = [error.text("en"), error.text("zh_CN")]
    elif isinstance(error, ValidationError):
        texts = [describe_validation_error(error, "en"), describe_validation_error(error, "zh_CN")]
        for lang in ("en", "zh_CN"):
            assert all(problem.message.strip() for problem in field_errors(error, lang))
    else:
        raise AssertionError(f"not the app's own error: {type(error).__name__}: {error}") from error
    for text in texts:
        assert text.strip(), f"an empty message for {error!r}"
        assert "Traceback" not in text

"""Fixtures for the rule tests: the shipped pack and assess() with it."""

from __future__ import annotations

import pytest

from app.rules.engine import assess
from app.rules.pack import RulePack, load_pack
from app.rules.scenario import Scenario


@pytest.fixture(scope="session")
def pack() -> RulePack:
    return load_pack()


@pytest.fixture(scope="session")
def assess_cn(pack):
    """assess() with the shipped pack, in Chinese unless told otherwise."""

    def run(scenario: Scenario, lang: str = "zh_CN"):
        return assess(scenario, pack, lang)

    return run

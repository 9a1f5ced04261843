"""The rule module: a scenario (one loan's situation on one day), the rule pack that describes what lenders
do, and the engine that turns the first into an Assessment using the second. Plain Python, no Qt.

    from app.rules.scenario import parse_scenario, scenario_for_loan
    from app.rules.pack import load_pack
    from app.rules.engine import assess
"""

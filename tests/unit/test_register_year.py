"""A year of the register that lists no decision says what its noted page holds, counted by what each item is."""

from types import SimpleNamespace

from generator.derive.register import RegisterYear


def year_with(*significances: str) -> RegisterYear:
    return RegisterYear(2021, "decisions/2021/index.md", "decisions/2021/noted.md",
                        noted=[SimpleNamespace(significance=s) for s in significances])


def test_noted_items_and_approvals_of_minutes_are_counted_apart():
    assert year_with("minutes", "noted", "noted").noted_phrase == "2 items noted and 1 approval of earlier minutes"
    assert year_with("noted").noted_phrase == "1 item noted"
    assert year_with("minutes", "minutes").noted_phrase == "2 approvals of earlier minutes"
    assert year_with().noted_phrase == ""

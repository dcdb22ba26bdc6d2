"""What a meeting's page says its record lacks: a fact about this record, never a claim about the office."""

import datetime as dt
from types import SimpleNamespace

from generator.derive.record import not_yet_published

TODAY = dt.date(2026, 11, 29)


def meeting(day, papers_due=None, cancelled=None):
    return SimpleNamespace(date=day, papers_due=papers_due, cancelled=cancelled)


def test_a_past_meeting_without_minutes_is_said_to_lack_them_here_not_to_be_unpublished():
    said = not_yet_published(meeting(dt.date(2021, 12, 8)), has_agenda=True, has_minutes=False, today=TODAY)
    assert said == ["Minutes: not in this record yet; minutes are added once approved at a later meeting."]


def test_an_upcoming_meeting_names_the_day_its_papers_are_due():
    said = not_yet_published(meeting(dt.date(2027, 1, 15), papers_due=dt.date(2027, 1, 7)), has_agenda=False, has_minutes=False, today=TODAY)
    assert said == ["Agenda and papers: not yet published; they are due to be published on 7 January 2027.",
                    "Minutes: not yet published; the meeting has not taken place yet."]


def test_a_cancelled_meeting_or_one_with_its_minutes_lacks_nothing():
    assert not_yet_published(meeting(dt.date(2021, 12, 8), cancelled=object()), has_agenda=False, has_minutes=False, today=TODAY) == []
    assert not_yet_published(meeting(dt.date(2021, 12, 8)), has_agenda=True, has_minutes=True, today=TODAY) == []

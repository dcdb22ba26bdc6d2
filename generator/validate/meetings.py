"""Checks of a meeting file that look across its parts: the date in its name, the numbering of
its agenda and minutes, what its items name within it, the minutes it approves, a late agenda."""

from __future__ import annotations

import datetime as dt

from generator.problems import Problem
from generator.validate.content import ContentFile
from generator.validate.fields import View
from generator.validate.structure import duplicates, numbering
from generator.validate.suggest import did_you_mean

NOTICE_WORKING_DAYS = 5


def clear_working_days(start: dt.date, end: dt.date) -> int:
    """Weekdays strictly between two dates (bank holidays are not known here and count as working days)."""
    between = (end - start).days - 1
    if between <= 0:
        return 0
    weeks, rest = divmod(between, 7)
    first = (start.weekday() + 1) % 7
    return weeks * 5 + sum((first + i) % 7 < 5 for i in range(rest))


def _late_agenda(file: ContentFile, meeting: View) -> list[Problem]:
    notice = meeting.one("notice")
    publish_from = meeting.get("publish_from")
    published = publish_from or (notice.get("date") if notice else None)
    date = meeting.get("date")
    if meeting.get("status") != "published" or not meeting.each("agenda") or published is None or date is None:
        return []
    clear = clear_working_days(published, date)
    if clear >= NOTICE_WORKING_DAYS:
        return []
    field = ("publish_from",) if publish_from else ("notice", "date")
    return [file.source.problem(field, (
        f"the agenda went out on {published.isoformat()}, {clear} clear working day(s) before the meeting on "
        f"{date.isoformat()}; agendas are published {NOTICE_WORKING_DAYS} clear working days before "
        "(weekends excluded), so say in the papers why it was late"), severity="warning")]


def _approved_minutes(file: ContentFile, item: View, meetings: dict[str, ContentFile]) -> list[Problem]:
    """An item that approves another meeting's minutes names a meeting other than its own, on its date."""
    other = item.get("minutes_of")
    if other is None:
        return []
    if other == file.id:
        return [file.source.problem(item.loc + ("minutes_of",), "a meeting cannot approve its own minutes")]
    stated = item.get("minutes_of_date")
    target = meetings.get(other)
    actual = target.view().get("date") if target and target.source else None
    if stated is None or actual is None or stated == actual:
        return []
    return [file.source.problem(item.loc + ("minutes_of_date",),
                                f"minutes_of_date {stated.isoformat()} does not match the date of meeting '{other}' ({actual.isoformat()})")]


def check_meeting(file: ContentFile, meetings: dict[str, ContentFile]) -> list[Problem]:
    source = file.source
    meeting = file.view()
    problems = []
    date = meeting.get("date")
    if date is not None and not file.id.startswith(date.isoformat()):
        problems.append(source.problem(("date",), f"date {date.isoformat()} does not match the file name '{file.id}.yaml'; rename the file or correct the date"))
    problems += _late_agenda(file, meeting)

    agenda = meeting.each("agenda")
    presentations = meeting.each("presentations")
    problems += numbering(source, agenda, "agenda item", first=1)
    problems += duplicates(source, presentations, "id", "presentation id")
    agenda_numbers = {n for item in agenda if (n := item.get("number")) is not None}
    agenda_known = bool(agenda) and meeting.complete("agenda", "number")
    presentation_ids = {p for item in presentations if (p := item.get("id")) is not None}
    presentations_known = meeting.complete("presentations", "id")

    for item in agenda:
        named = item.get("presentation")
        if named and presentations_known and named not in presentation_ids:
            number = item.get("number")
            which = f"agenda item {number}" if number is not None else "this agenda item"
            problems.append(source.problem(item.loc + ("presentation",), f"{which} names presentation '{named}', which is not among this meeting's presentations{did_you_mean(named, presentation_ids)}"))
        problems += _approved_minutes(file, item, meetings)
    for presentation in presentations:
        number = presentation.get("agenda_item")
        if number is not None and agenda_known and number not in agenda_numbers:
            name = presentation.get("id")
            which = f"presentation '{name}'" if name else "this presentation"
            problems.append(source.problem(presentation.loc + ("agenda_item",), f"{which} names agenda item {number}, which this meeting's agenda does not have"))

    minutes = meeting.one("minutes")
    items = minutes.each("items") if minutes else []
    problems += numbering(source, items, "minute")
    for item in items:
        number = item.get("agenda_item")
        if number is not None and agenda_known and number not in agenda_numbers:
            own = item.get("number")
            which = f"minute {own:03d}" if own is not None else "this minute"
            problems.append(source.problem(item.loc + ("agenda_item",), f"{which} names agenda item {number}, which this meeting's agenda does not have"))
        problems += duplicates(source, item.each("recommendations"), "id", "recommendation")
        problems += _approved_minutes(file, item, meetings)
    return problems

"""Who attended a meeting, in the groups the minutes list them in; the one list of those groups."""

from __future__ import annotations

from dataclasses import dataclass

from generator import models


@dataclass(frozen=True)
class AttendanceGroup:
    """One group of a meeting's attendance: its capacity (as the data names it), its heading on the page, who."""

    capacity: str
    heading: str
    attendees: tuple[models.Attendee, ...]


# (capacity, heading, field of models.Attendance), in the order the minutes list them.
GROUPS: tuple[tuple[str, str, str], ...] = (
    ("present", "Present", "present"),
    ("also present", "Also present", "also_present"),
    ("apologies", "Apologies", "apologies"),
    ("observer", "Observing", "observers"),
    ("minute taker", "Minutes taken by", "minute_taker"),
)


def attendance_groups(attendance: models.Attendance | None) -> list[AttendanceGroup]:
    """The groups that have anyone in them, in order."""
    if attendance is None:
        return []
    found = []
    for capacity, heading, name in GROUPS:
        value = getattr(attendance, name)
        attendees = tuple(value) if isinstance(value, list) else ((value,) if value is not None else ())
        if attendees:
            found.append(AttendanceGroup(capacity, heading, attendees))
    return found

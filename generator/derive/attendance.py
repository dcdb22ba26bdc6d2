"""Who attended a meeting, in the groups the minutes list them in; the one list of those groups."""

from __future__ import annotations

from dataclasses import dataclass

from generator import models
from generator.derive.names import Named, Names


@dataclass(frozen=True)
class AttendanceGroup:
    """One group of a meeting's attendance: its capacity (as the data names it), its heading on the page, who."""

    capacity: str
    heading: str
    attendees: tuple[models.Attendee, ...]
    named: tuple[Named, ...] = ()  # the attendees as the page names them


# (capacity, heading, field of models.Attendance), in the order the minutes list them.
GROUPS: tuple[tuple[str, str, str], ...] = (
    ("present", "Present", "present"),
    ("also present", "Also present", "also_present"),
    ("apologies", "Apologies", "apologies"),
    ("observer", "Observing", "observers"),
    ("minute taker", "Minutes taken by", "minute_taker"),
)


def attendance_groups(attendance: models.Attendance | None, names: Names | None = None) -> list[AttendanceGroup]:
    """The groups that have anyone in them, in order (each attendee also named for the page, given the names)."""
    if attendance is None:
        return []
    found = []
    for capacity, heading, name in GROUPS:
        value = getattr(attendance, name)
        attendees = tuple(value) if isinstance(value, list) else ((value,) if value is not None else ())
        if attendees:
            named = tuple(names.attendee(a) for a in attendees) if names else ()
            found.append(AttendanceGroup(capacity, heading, attendees, named))
    return found

"""`papers new meeting`: a new meeting file with the standing agenda and today's standing attendees."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import jinja2

from generator import models
from generator.validate.content import Content

class ScaffoldError(Exception):
    pass


def _standing_attendees(people: models.PeopleFile, on: dt.date) -> list[dict]:
    """Who holds a standing post on the day, in the order the posts are listed."""
    attendees = []
    for post in people.posts:
        if not post.standing:
            continue
        for person in people.people:
            for membership in person.memberships:
                current = (membership.start_date is None or membership.start_date <= on) and (
                    membership.end_date is None or membership.end_date >= on)
                if membership.post == post.id and current:
                    attendees.append({"person": person.id, "post": post.id, "chair": post.chairs})
    return attendees


def _last_meeting(content: Content, body: str, before: dt.date) -> dict | None:
    earlier = [d for d in content.of_kind("meeting")
               if d.model.body == body and d.model.date < before and d.model.status == "published" and not d.model.cancelled]
    if not earlier:
        return None
    last = max(earlier, key=lambda d: d.model.date)
    day = last.model.date
    name = content.get("body", body).model.name
    return {"id": last.id, "body": name, "date": day.isoformat(), "date_words": f"{day.day} {day:%B %Y}"}


def new_meeting_text(content: Content, templates: Path, date: dt.date, kind: str, body: str) -> str:
    people = content.of_kind("people")[0].model
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(templates / "scaffold"), trim_blocks=True,
                             lstrip_blocks=True, keep_trailing_newline=True, undefined=jinja2.StrictUndefined)
    return env.get_template("meeting.yaml.j2").render(
        kind=kind, date=date.isoformat(), invited=_standing_attendees(people, date),
        last=_last_meeting(content, body, date), body=body, body_name=content.get("body", body).model.name)


def new_meeting(root: Path, content: Content, date: dt.date, kind: str, body: str) -> Path:
    if kind not in models.MEETING_KINDS:
        raise ScaffoldError(f"'{kind}' is not a kind of meeting; use one of: {', '.join(models.MEETING_KINDS)}")
    bodies = sorted(d.id for d in content.of_kind("body"))
    if body not in bodies:
        raise ScaffoldError(f"'{body}' is not a body; use one of: {', '.join(bodies) or 'none yet (add content/bodies/<id>.yaml)'}")
    path = root / "content" / "meetings" / str(date.year) / f"{date.isoformat()}-{body}.yaml"
    if path.exists():
        raise ScaffoldError(f"{path.relative_to(root)} already exists; edit it instead")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(new_meeting_text(content, root / "templates", date, kind, body), encoding="utf-8")
    return path

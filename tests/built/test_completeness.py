"""Nothing in content is lost on the way to the website: every item, minute, decision and attendee is on its page."""

from __future__ import annotations

import pytest

from generator.derive import paths
from generator.pipeline import validated

from .htmltext import built_page, normalise, page_text


@pytest.fixture(scope="module")
def content(built_site):
    return validated(built_site)[0]


def test_every_meeting_item_minute_decision_and_attendee_is_published(built_site, content):
    site = built_site / "site"
    checked = 0
    for document in content.of_kind("meeting"):
        meeting = document.model
        text = page_text(built_page(site, paths.meeting_page(document.id)))
        expected = []
        for item in meeting.agenda:
            expected.append(f"{item.number}. {item.title}" if item.title else f"{item.number}.")
            if item.description and item.part == 1:
                expected.append(item.description)
        if meeting.minutes:
            for item in meeting.minutes.items:
                expected.append(f"{item.number:03d}. {item.title or ''}".strip())
                expected += [r.text for r in item.resolutions]
                expected += [r.text for r in item.recommendations]
        if meeting.attendance:
            a = meeting.attendance
            people = a.present + a.also_present + a.apologies + a.observers + ([a.minute_taker] if a.minute_taker else [])
            expected += [site_person(content, p.person) for p in people]
        for presentation in meeting.presentations:
            expected.append(presentation.title)
            for section in presentation.sections:
                expected += [section.title] if section.title else []
                expected += section.key_points
                for table in section.tables:
                    expected += [str(row[0]) for row in table.rows if row[0] is not None]
        missing = [e for e in expected if normalise(e) not in text]
        assert missing == [], f"{document.id}: not on the page: {missing[:5]}"
        checked += len(expected)
    assert checked > 0


def site_person(content, person_id: str) -> str:
    people = content.of_kind("people")[0].model.people
    return next(p.name for p in people if p.id == person_id)


def test_every_plan_objective_and_action_is_published(built_site, content):
    site = built_site / "site"
    for document in content.of_kind("plan"):
        for objective in document.model.objectives:
            text = page_text(built_page(site, paths.objective_page(f"{document.id}/{objective.id}")))
            expected = [a.text for a in objective.actions] + ([objective.title] if objective.title else [])
            missing = [e for e in expected if normalise(e) not in text]
            assert missing == [], f"{document.id}/{objective.id}: {missing[:3]}"


def test_every_assessment_section_is_published(built_site, content):
    site = built_site / "site"
    for document in content.of_kind("section"):
        section = document.model
        text = page_text(built_page(site, paths.section_page(document.id)))
        expected = section.headline + [f.label for f in section.key_figures] + ([section.title] if section.title else [])
        missing = [e for e in expected if normalise(e) not in text]
        assert missing == [], f"{document.id}: {missing[:3]}"


def test_every_person_has_a_page_listing_their_meetings(built_site, content):
    site = built_site / "site"
    for person in content.of_kind("people")[0].model.people:
        text = page_text(built_page(site, paths.person_page(person.id)))
        assert normalise(person.name) in text

"""Open data of the whole record: bodies (data/bodies.json), formal decisions (data/decision-notices.json and
.csv) and registers of interests (data/interests.json). Their JSON Schemas are in ``schemas/`` beside this module.

A decision's restricted part is never written: the public view has already removed its text.
"""

from __future__ import annotations

import csv
import io
import json
from typing import Any, Optional

from generator.derive import paths
from generator.derive.record import DocumentLink
from generator.derive.site import Site
from generator.render.links import absolute

NOTICE_COLUMNS: list[tuple[str, str]] = [
    ("id", "The decision's address form, as in /decisions/<year>/<id>/."),
    ("reference", "The reference as the office writes it, e.g. 018-2020 or 012/2019."),
    ("year", "The year it is filed under."),
    ("date", "The date of the decision, YYYY-MM-DD; empty where the source gives none."),
    ("title", "Its title; empty where the source gives none."),
    ("decision_maker", "Who took it, with their post."),
    ("summary", "The summary, as the notice gives it."),
    ("decision", "The decision, as the notice gives it; empty where the source does not hold the notice."),
    ("restricted_paragraph", "When part of it is restricted: the paragraph of Schedule 12A that exempts it; otherwise empty."),
    ("signed_on", "When it was signed, YYYY-MM-DD."),
    ("document_url", "The original document, where it is published here."),
    ("url", "The decision's page on this site."),
]


def _document(base: str, link: Optional[DocumentLink]) -> Optional[dict]:
    if link is None:
        return None
    return {"url": absolute(base, link.page), "media_type": link.media_type, "bytes": link.size}


def _date(day) -> Optional[str]:
    return day.isoformat() if day else None


def bodies_data(site: Site, base: str) -> list[dict[str, Any]]:
    return [{
        "id": b.id,
        "name": b.body.name,
        "short_name": b.body.short_name,
        "classification": b.body.kind,
        "description": b.body.description,
        "terms_of_reference": b.body.terms_of_reference,
        "meeting_kinds": list(b.body.meeting_kinds),
        "website": b.body.website,
        "members": [{"person_id": m.person, "name": m.name, "role": m.role, "start_date": _date(m.start_date),
                     "end_date": _date(m.end_date), "note": m.note} for m in b.members],
        "meetings": [absolute(base, paths.meeting_page(v.id)) for v in b.upcoming + b.past],
        "url": absolute(base, b.page),
    } for b in site.meeting_bodies.values()]


def notices_data(site: Site, base: str) -> list[dict[str, Any]]:
    found = []
    for nv in site.notices:
        n = nv.notice
        found.append({
            "id": nv.id,
            "reference": n.reference,
            "listed_as": n.listed_as,
            "year": nv.year,
            "date": _date(n.date),
            "title": n.title,
            "decision_maker": None if nv.decision_maker is None else {"person_id": nv.decision_maker.person,
                                                                      "name": nv.decision_maker.name, "post": nv.decision_maker.post},
            "summary": n.summary,
            "background": n.background,
            "decision": n.decision,
            "reasons": n.reasons,
            "financial_implications": n.financial_implications,
            "advice": n.advice,
            "restricted": None if n.restricted is None else {"exempt_paragraph": n.restricted.exempt_paragraph,
                                                             "reason": n.restricted.reason},
            "signed_by": None if nv.signed_by is None else {"person_id": nv.signed_by.person, "name": nv.signed_by.name,
                                                            "post": nv.signed_by.post},
            "signed_on": _date(n.signed_on),
            "meetings": [absolute(base, v.page) for v in nv.meetings],
            "objectives": list(n.objectives),
            "topics": list(n.topics),
            "missing": dict(sorted(n.missing.items())),
            "sources": list(n.sources),
            "document": _document(base, nv.document),
            "url": absolute(base, nv.page),
        })
    return found


def interests_data(site: Site, base: str) -> list[dict[str, Any]]:
    return [{
        "person_id": iv.person,
        "name": iv.name,
        "declared_on": _date(iv.register.declared_on),
        "nil_return": iv.register.nil_return,
        "entries": [{"category": e.category, "description": e.description, "registered_on": _date(e.registered_on),
                     "ended_on": _date(e.ended_on), "note": e.note} for e in iv.register.entries],
        "document": _document(base, iv.document),
        "url": absolute(base, iv.page),
    } for iv in site.interests.values()]


def _notice_rows(site: Site, base: str) -> list[dict[str, str]]:
    rows = []
    for record in notices_data(site, base):
        maker = record["decision_maker"]
        rows.append({
            "id": record["id"], "reference": record["reference"], "year": str(record["year"]), "date": record["date"] or "",
            "title": record["title"] or "",
            "decision_maker": "" if maker is None else maker["name"] + (f", {maker['post']}" if maker["post"] else ""),
            "summary": record["summary"] or "", "decision": record["decision"] or "",
            "restricted_paragraph": str(record["restricted"]["exempt_paragraph"]) if record["restricted"] else "",
            "signed_on": record["signed_on"] or "",
            "document_url": record["document"]["url"] if record["document"] else "", "url": record["url"],
        })
    return rows


def _json(data: Any) -> bytes:
    return (json.dumps(data, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def record_files(site: Site, base: str) -> dict[str, bytes]:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=[name for name, _ in NOTICE_COLUMNS], lineterminator="\n")
    writer.writeheader()
    writer.writerows(_notice_rows(site, base))
    return {
        paths.BODIES_JSON: _json({"bodies": bodies_data(site, base)}),
        paths.NOTICES_JSON: _json({"decision_notices": notices_data(site, base)}),
        paths.NOTICES_CSV: out.getvalue().encode("utf-8"),
        paths.INTERESTS_JSON: _json({"registers": interests_data(site, base)}),
    }

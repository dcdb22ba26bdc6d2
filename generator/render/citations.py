"""What a "Copy citation" button needs, put in a page's front matter for the theme to hand to the page's
script (templates/assets/papers.js), which adds the buttons and copies plain text or CSL-JSON.

A meeting page carries its title, date and address: the script cites each minute, recommendation and
decision on it from their anchors. A page of the decision register and a decision notice carry one
citation for each entry they list, so that a decision is cited in the same words from its meeting's
page and from the register, always at the address of the record itself.
"""

from __future__ import annotations

import json
from typing import Callable, Optional

from generator.derive.decisions import Decision
from generator.derive.record import NoticeView
from generator.derive.register import Entry
from generator.derive.site import MeetingView, Site, short_date

# A page and an optional anchor -> the absolute address at the site's public address.
Permalink = Callable[..., str]


def meeting_citation(view: MeetingView, permalink: Permalink) -> dict:
    return {"title": view.title, "date": view.meeting.date.isoformat(), "url": permalink(view.page)}


def decision_part(decision: Decision) -> str:
    """The part of the minutes a decision is, as the meeting page's citations name it."""
    minute = f"minute {decision.minute.number:03d}"
    if decision.kind == "resolution":
        return f"{minute}, decision ({decision.number})"
    return f"{minute}, recommendation {decision.number.upper()}"


def _cite(target: Optional[str], name: str, text: str, url: str, date, container: Optional[str] = None) -> dict:
    """One citation: the element it belongs to (None: the page's heading), what its buttons call it,
    its words and address, its date when known, and the record it is part of."""
    cite = {"target": target, "name": name, "text": text, "url": url, "date": date.isoformat() if date else None}
    if container:
        cite["container"] = container
    return cite


def _decision_cite(target: str, decision: Decision, permalink: Permalink) -> dict:
    view = decision.view
    text = f"{view.title}, {decision_part(decision)}"
    return _cite(target, text, text, permalink(view.page, decision.anchor), view.meeting.date, view.title)


def _notice_cite(target: Optional[str], nv: NoticeView, permalink: Permalink) -> dict:
    n = nv.notice
    text = nv.label + (f", {short_date(n.date)}" if n.date else "")
    return _cite(target, f"decision {n.reference}", text, permalink(nv.page), n.date)


def register_citations(site: Site, entries: list[Entry], permalink: Permalink) -> dict:
    """A citation of each entry of a page of the register, keyed to the entry's element."""
    decisions = {(d.view.page, d.anchor): d for d in site.decisions}
    notices = {(nv.page, None): nv for nv in site.notices}
    cites = []
    for entry in entries:
        record = (entry.page, entry.link_anchor)
        if record in decisions:
            cites.append(_decision_cite(entry.anchor, decisions[record], permalink))
        elif record in notices:
            cites.append(_notice_cite(entry.anchor, notices[record], permalink))
    return {"entries": cites}


def notice_citation(nv: NoticeView, permalink: Permalink) -> dict:
    """A decision notice's page cites the notice, beside its heading."""
    return {"entries": [_notice_cite(None, nv, permalink)]}


def with_citation(text: str, cite: Optional[dict]) -> str:
    """The page's Markdown with the citation details in its front matter (unchanged without them)."""
    if not cite or not text.startswith("---\n"):
        return text
    return "---\ncitation: " + json.dumps(cite, ensure_ascii=False, sort_keys=True) + "\n" + text[4:]

"""`papers new meeting`: the standing agenda, the last meeting's minutes to approve, today's standing attendees."""

import shutil

import yaml

from generator.cli import main
from generator.pipeline import check

from support.project import MEETING, ROOT

PEOPLE = """\
organisations:
  - id: opcc
    name: Office of the Police and Crime Commissioner
posts:
  - id: commissioner
    label: Police and Crime Commissioner
    organisation: opcc
    source: {document: Example paper, quote: Example words}
    standing: true
    chairs: true
  - id: chief-executive
    label: Chief Executive
    organisation: opcc
    source: {document: Example paper, quote: Example words}
    standing: true
  - id: observer
    label: Observer
    organisation: opcc
    source: {document: Example paper, quote: Example words}
people:
  - id: ann-example
    name: Ann Example
    memberships:
      - post: commissioner
        source: {document: Example paper, quote: Example words}
  - id: old-chief
    name: Old Chief
    memberships:
      - post: chief-executive
        source: {document: Example paper, quote: Example words}
        end_date: 2020-01-01
  - id: new-chief
    name: New Chief
    memberships:
      - post: chief-executive
        source: {document: Example paper, quote: Example words}
        start_date: 2020-01-02
  - id: someone
    name: Someone Else
    memberships:
      - post: observer
        source: {document: Example paper, quote: Example words}
"""


def test_new_meeting_is_valid_and_points_at_the_last_meeting(tree, capsys):
    root = tree({"people.yaml": PEOPLE, "meetings/2021/2021-11-03-public-accountability-conference.yaml": MEETING})
    shutil.copytree(ROOT / "templates", root / "templates")
    assert main(["--root", str(root), "new", "meeting", "--body", "public-accountability-conference", "--date", "2021-12-09", "--kind", "performance"]) == 0
    path = root / "content" / "meetings" / "2021" / "2021-12-09-public-accountability-conference.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert data["status"] == "draft" and data["kind"] == "performance"
    assert [a["person"] for a in data["notice"]["invited"]] == ["ann-example", "new-chief"]
    assert data["notice"]["invited"][0]["chair"] is True
    titles = [item["title"] for item in data["agenda"]]
    assert titles == ["Apologies for absence", "Urgent business and exclusion of press and public",
                      "Questions from the public", "Disclosure of personal interests", "Minutes of meeting"]
    assert data["agenda"][4]["minutes_of"] == "2021-11-03-public-accountability-conference"
    assert [p for p in check(root)[1] if p.severity == "error"] == []
    assert main(["--root", str(root), "new", "meeting", "--body", "public-accountability-conference", "--date", "2021-12-09"]) == 1
    assert "already exists" in capsys.readouterr().err


def test_bad_date_and_kind_are_refused(tree, capsys):
    root = tree()
    assert main(["--root", str(root), "new", "meeting", "--body", "public-accountability-conference", "--date", "2021-02-30"]) == 2
    assert main(["--root", str(root), "new", "meeting", "--body", "public-accountability-conference", "--date", "2021-12-09", "--kind", "party"]) == 1
    assert "is not a kind of meeting" in capsys.readouterr().err

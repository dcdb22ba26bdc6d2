"""`papers check` on small content trees: exact messages with file, line and column."""

from pathlib import Path

from support.project import MEETING

from generator.cli import main
from generator.pipeline import check

M = "meetings/2021/2021-11-03-public-accountability-conference.yaml"
SHOWN = "content/" + M


def messages(root: Path) -> list[str]:
    return [str(p) for p in check(root)[1]]


def test_valid_tree_has_no_problems(tree):
    assert messages(tree({M: MEETING})) == []


def test_unknown_field_suggests_the_right_one(tree):
    root = tree({M: MEETING.replace("start_time:", "start_tme:")})
    assert messages(root) == [
        f"{SHOWN}:4:1: error: unknown field 'start_tme'; did you mean 'start_time'? the fields allowed here are: "
        "missing, corrections, body, kind, date, start_time, tentative, cancelled, changes, papers_due, status, publish_from, location, purpose, notice, agenda, attendance, minutes, presentations, document, sources"
    ]


def test_impossible_date(tree):
    root = tree({M: MEETING.replace("date: 2021-11-03", "date: 2021-02-30")})
    found = messages(root)
    assert f"{SHOWN}:3:7: error: '2021-02-30' is not a real date; write dates as YYYY-MM-DD, e.g. 2021-11-03" in found


def test_impossible_time(tree):
    root = tree({M: MEETING.replace('"15:30"', '"25:00"')})
    assert messages(root) == [
        f"{SHOWN}:4:13: error: '25:00' is not a time of day; write it as HH:MM on the 24-hour clock, e.g. 09:30"
    ]


def test_missing_required_field(tree):
    root = tree({M: MEETING.replace("kind: finance\n", "")})
    assert messages(root) == [f"{SHOWN}:1:1: error: 'kind' is required here; add a line 'kind: ...'"]


def test_wrong_kind_lists_the_choices(tree):
    root = tree({M: MEETING.replace("kind: finance", "kind: financial")})
    assert messages(root) == [
        f"{SHOWN}:2:7: error: 'financial' is not allowed for 'kind'; use one of: "
        "'performance', 'finance', 'budget-setting', 'thematic' or 'other'"
    ]


def test_unknown_person_suggests_a_close_one(tree):
    root = tree({M: MEETING.replace("person: ann-example", "person: ann-exampel")})
    assert messages(root) == [
        f"{SHOWN}:9:15: error: unknown person 'ann-exampel'; did you mean 'ann-example'? (add it to content/people.yaml first)"
    ]


def test_unknown_topic(tree):
    root = tree({M: MEETING.replace("topics: [finance]", "topics: [finances, drugs]")})
    assert messages(root) == [
        f"{SHOWN}:19:16: error: unknown topic 'finances'; did you mean 'finance'? (add it to content/topics.yaml first)",
        f"{SHOWN}:19:26: error: unknown topic 'drugs' (add it to content/topics.yaml first)",
    ]


def test_minute_numbering_gap(tree):
    root = tree({M: MEETING.replace("number: 2", "number: 4")})
    assert messages(root) == [
        f"{SHOWN}:17:15: error: minute 4 follows minute 1; expected 2 (numbers run on without gaps or repeats)"
    ]


def test_resolutions_out_of_order(tree):
    root = tree({M: MEETING.replace("number: i\n", "number: ii\n")})
    assert messages(root) == [f"{SHOWN}:17:7: error: resolutions are numbered ii; expected i"]


def test_reference_to_a_meeting_that_does_not_exist(tree):
    root = tree({M: MEETING.replace("      title: Finance\n", "      title: Finance\n      minutes_of: 2021-07-12-public-accountability-conference\n")})
    assert messages(root) == [
        # another date is another meeting: never suggested for it
        f"{SHOWN}:19:19: error: unknown meeting '2021-07-12-public-accountability-conference' "
        "(add it to content/meetings/ first)"
    ]


def test_date_must_match_file_name(tree):
    root = tree({M: MEETING.replace("date: 2021-11-03", "date: 2021-11-04")})
    assert messages(root) == [
        f"{SHOWN}:3:7: error: date 2021-11-04 does not match the file name "
        "'2021-11-03-public-accountability-conference.yaml'; rename the file or correct the date"
    ]


def test_stray_file(tree):
    root = tree({M: MEETING, "meetings/2021/notes.txt": "remember the minutes"})
    assert messages(root) == [
        "content/meetings/2021/notes.txt:1:1: error: stray file: not a kind of content this site knows; move or rename it "
        "(expected one of: content/people.yaml; content/topics.yaml; content/metrics.yaml; content/glossary.yaml; content/meetings/<year>/<yyyy-mm-dd>-<body>.yaml; "
        "content/plan/<id>.yaml; content/plan/reports/<id>.yaml; content/assessments/<year>/assessment.yaml; "
        "content/assessments/<year>/<nn>-<name>.md; content/pages/<name>.md; content/bodies/<id>.yaml; "
        "content/decisions/<year>/<reference>.yaml; content/interests/<person id>.yaml; content/documents/<any path>)"
    ]


def test_missing_value_is_a_warning_not_an_error(tree):
    text = MEETING.replace("      title: Finance\n", "      missing:\n        title: Heading lost in the PDF.\n")
    root = tree({M: text})
    assert messages(root) == [
        f"{SHOWN}:19:9: warning: 'title' is missing from the source document: Heading lost in the PDF. "
        "(fill it in, then remove it from 'missing')"
    ]


def test_every_problem_in_one_run_sorted(tree):
    root = tree({
        M: MEETING.replace("kind: finance", "kind: financial").replace("person: ann-example", "person: nobody"),
        "topics.yaml": "topics:\n  - id: finance\n    label: Finance\n  - id: finance\n    label: Again\n",
    })
    found = messages(root)
    assert found == sorted(found)
    # the bad value does not stop the meeting's references being checked
    assert found == [
        f"{SHOWN}:2:7: error: 'financial' is not allowed for 'kind'; use one of: "
        "'performance', 'finance', 'budget-setting', 'thematic' or 'other'",
        f"{SHOWN}:9:15: error: unknown person 'nobody' (add it to content/people.yaml first)",
        "content/topics.yaml:4:9: error: topic id 'finance' is used more than once; each must be unique",
    ]


def test_check_command_exit_status_and_output(tree, capsys):
    root = tree({M: MEETING.replace("date: 2021-11-03", "date: 2021-02-30")})
    assert main(["--root", str(root), "check"]) == 1
    out = capsys.readouterr().out
    assert "is not a real date" in out and "Traceback" not in out
    assert out.strip().endswith("error(s), 0 warning(s)")
    good = tree({M: MEETING})
    assert main(["--root", str(good), "check"]) == 0


def test_part_two_needs_a_paragraph_and_confidential_is_refused(tree):
    text = MEETING.replace("      title: Finance\n", "      title: Finance\n      part: 2\n")
    assert messages(tree({M: text})) == [
        f"{SHOWN}:17:7: error: a part 2 item needs 'exempt_paragraph' (1 to 7, from Schedule 12A)"
    ]
    text = MEETING.replace("      title: Finance\n", "      title: Finance\n      confidential: true\n")
    assert "must not be stored in this repository" in messages(tree({M: text}))[0]


def test_dangerous_markup_is_refused_where_it_is(tree):
    text = MEETING.replace("      text: None.\n", '      text: "None. <script>alert(1)</script> [x](javascript:alert(1)) <img src=x onerror=alert(1)>"\n')
    assert messages(tree({M: text})) == [
        f"{SHOWN}:16:13: error: 'javascript:' addresses are not allowed in content; link to a web page (https://...) or a page of this site",
        f"{SHOWN}:16:13: error: HTML event handlers (on...=) are not allowed in content; remove the attribute",
        f"{SHOWN}:16:13: error: the HTML element <script> is not allowed in content; write plain text or Markdown",
    ]


def test_dangerous_markup_in_a_markdown_body_is_located_by_line(tree):
    section = "---\ntitle: Roads\n---\n\nSafe text.\n\n<iframe src=\"https://example.org\"></iframe>\n"
    root = tree({"assessments/2019/assessment.yaml": "title: Strategic Assessment 2019\nyear: 2019\n",
                 "assessments/2019/01-roads.md": section})
    assert messages(root) == [
        "content/assessments/2019/01-roads.md:7:1: error: the HTML element <iframe> is not allowed in content; write plain text or Markdown"
    ]


def test_missing_notes_are_not_read_as_references(tree):
    text = MEETING.replace("      title: Finance\n", "      missing:\n        title: The heading named no person.\n")
    assert [m for m in messages(tree({M: text})) if "error" in m] == []


def test_late_agenda_is_a_warning():
    from generator.validate.meetings import clear_working_days
    import datetime as dt
    assert clear_working_days(dt.date(2021, 12, 1), dt.date(2021, 12, 8)) == 4  # Thu, Fri, Mon, Tue
    assert clear_working_days(dt.date(2021, 11, 30), dt.date(2021, 12, 8)) == 5


def test_late_agenda_message(tree):
    text = MEETING + "notice:\n  date: 2021-10-29\nagenda:\n  - number: 1\n    title: Apologies\n"
    assert messages(tree({M: text})) == [
        f"{SHOWN}:24:9: warning: the agenda went out on 2021-10-29, 2 clear working day(s) before the meeting on "
        "2021-11-03; agendas are published 5 clear working days before (weekends excluded), so say in the papers why it was late"
    ]


def test_did_you_mean_only_for_slips_and_never_another_date():
    from generator.validate.suggest import closest

    people = ["mark-webster", "peter-mccall", "vivian-stafford"]
    assert closest("mark-websterr", people) == "mark-webster"
    assert closest("paeter-mcall", people) == "peter-mccall"
    assert closest("ann-example", people) is None
    meetings = ["2021-11-03-public-accountability-conference", "2021-12-08-public-accountability-conference"]
    assert closest("2021-11-03-public-acountability-conference", meetings) == meetings[0]
    assert closest("2021-11-30-public-accountability-conference", meetings) is None
    assert closest("2021-2024", ["2021-2025", "2017-2021"]) is None


def test_references_are_the_fields_the_models_mark():
    import typing

    from generator import models
    from generator.validate.references import references_in
    from generator.validate.targets import gather

    data = {
        "kind": "finance", "date": "2021-11-03",
        "attendance": {"present": [{"person": "ann-example", "post": "commissioner", "missing": {"note": "lost"}}]},
        "minutes": {"published_with": "2021-12-08-public-accountability-conference",
                    "items": [{"number": 1, "topics": ["finance"], "text": "post: not-a-reference"}]},
        "presentations": [{"id": "p", "title": "T", "presenter": "ann-example",
                           "sections": [{"tables": [{"id": "t", "columns": ["a"], "rows": [[1]],
                                                     "metrics": [{"metric": "crime", "row": "a", "column": "a"}]}]}]}],
    }
    found = [(loc, ref.target, value) for loc, ref, value in references_in(models.Meeting, data)]
    assert found == [
        (("attendance", "present", 0, "person"), "person", "ann-example"),
        (("attendance", "present", 0, "post"), "post", "commissioner"),
        (("minutes", "published_with"), "meeting", "2021-12-08-public-accountability-conference"),
        (("minutes", "items", 0, "topics", 0), "topic", "finance"),
        (("presentations", 0, "sections", 0, "tables", 0, "metrics", 0, "metric"), "metric", "crime"),
    ]
    marked = {m.target for name in dir(models) for m in typing.get_args(getattr(models, name))
              if isinstance(m, models.RefTo)}
    assert marked == set(gather([]))  # every kind of reference has its targets, and no more


def test_a_reference_to_a_file_with_errors_is_not_unknown(tree):
    broken = MEETING.replace("kind: finance", "kind: finanse").replace("date: 2021-11-03", "date: 2021-11-31")
    later = MEETING.replace("date: 2021-11-03", "date: 2021-12-08").replace(
        "      title: Finance\n", "      title: Finance\n      minutes_of: 2021-11-03-public-accountability-conference\n"
        "      minutes_of_date: 2021-11-03\n")
    root = tree({M: broken, "meetings/2021/2021-12-08-public-accountability-conference.yaml": later})
    assert [m.split(": error: ")[0] for m in messages(root)] == [f"{SHOWN}:2:7", f"{SHOWN}:3:7"]


def test_a_decision_names_meetings_by_reference_type(tree):
    decision = ('reference: "018-2020"\ntitle: Petals\nmeetings:\n  - 2021-11-03-public-accountability-conference\n'
                "  - 2021-11-30-public-accountability-conference\n")
    broken = MEETING.replace("kind: finance", "kind: finanse")  # the meeting has an error of its own
    root = tree({M: broken, "decisions/2020/018-2020.yaml": decision})
    assert [m for m in messages(root) if "decisions" in m] == [
        "content/decisions/2020/018-2020.yaml:5:5: error: unknown meeting '2021-11-30-public-accountability-conference' "
        "(add it to content/meetings/ first)",
    ]

"""The package's flow runs one way: models <- load <- validate <- derive <- render <- build <- cli."""

import ast
import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "generator"

# What each part may import from the package (besides itself and generator.problems).
ALLOWED = {
    "models": set(),
    "problems": set(),
    "load": set(),
    "validate": {"models", "load"},
    "derive": {"models", "validate"},
    "render": {"models", "derive"},
    "write": set(),
    "pipeline": {"load", "validate"},
    "csp": set(),
    "settings": set(),
    "build": {"pipeline", "derive", "render", "write", "validate", "csp", "search_index", "settings"},
    "search_index": {"render", "search_index_order"},
    "search_index_order": set(),
    "preview": {"build", "settings", "validate"},
    "schema": {"models"},
    "sanitize": set(),
    "markdown_sanitize": {"sanitize", "derive"},
    "page_cache": set(),
    "mkdocs_hooks": {"page_cache"},
    "scaffold": {"models", "validate"},
    "importer": {"models", "load"},
    "changes": set(),
    "archive": {"build", "pipeline", "derive", "render", "csp", "settings"},
    "cli": {"build", "pipeline", "scaffold", "schema", "importer", "archive", "preview", "settings", "changes"},
}


def imports_of(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("generator"):
            parts = node.module.split(".")
            if len(parts) > 1:
                found.add(parts[1])
            else:
                found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("generator."):
                    found.add(alias.name.split(".")[1])
    return found


def part_of(path: Path) -> str:
    relative = path.relative_to(PACKAGE)
    return relative.parts[0].removesuffix(".py")


def test_every_module_imports_only_what_comes_before_it():
    wrong = []
    for path in sorted(PACKAGE.rglob("*.py")):
        part = part_of(path)
        if part == "__init__":
            continue
        assert part in ALLOWED, f"{path} is in no known part of the flow; add it to ALLOWED"
        extra = imports_of(path) - ALLOWED[part] - {part, "problems", "__version__"}
        if extra:
            wrong.append(f"{path.relative_to(PACKAGE)} imports {sorted(extra)}")
    assert wrong == []


def test_models_import_nothing_of_the_package():
    for path in sorted((PACKAGE / "models").glob("*.py")):
        assert imports_of(path) <= {"models"}, path


# ---------------------------------------------------------------- render formats only

RENDER = PACKAGE / "render"
# Render modules any other render module may use: they format (addresses, page kinds, chart drawing,
# a page's search filters, breadcrumbs or citations as front matter), they decide nothing about the content.
FORMATTING_HELPERS = {"links", "kinds", "charts", "chart_cache", "search", "crumbs", "citations"}


def _sibling_imports(path: Path) -> list[tuple[str, list[str]]]:
    """(sibling module, names) for each `from generator.render.<sibling> import names` in a render module."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("generator.render."):
            found.append((node.module.split(".")[2], [alias.name for alias in node.names]))
        elif isinstance(node, ast.ImportFrom) and node.module == "generator.render":
            found += [(alias.name, ["*"]) for alias in node.names]
    return found


def _describes_an_output(name: str) -> bool:
    """A name another render module may take from an output: a constant (a file's address, its columns)
    or the catalogue of what the output offers, for the page that lists it."""
    return name.isupper() or name.endswith("_catalogue")


def test_render_modules_take_only_formatting_from_their_siblings():
    wrong = []
    for path in sorted(RENDER.glob("*.py")):
        for sibling, names in _sibling_imports(path):
            if sibling in FORMATTING_HELPERS or sibling == path.stem:
                continue
            rules = [name for name in names if not _describes_an_output(name)]
            if rules:
                wrong.append(f"render/{path.name} takes {rules} from render/{sibling}.py")
    assert wrong == [], "a rule used by two render modules belongs in derive/: " + "; ".join(wrong)


def test_the_sibling_check_would_catch_a_rule_taken_from_a_sibling(tmp_path):
    module = tmp_path / "feeds.py"
    module.write_text("from generator.render.register import decisions, CSV_FILE\n", encoding="utf-8")
    assert _sibling_imports(module) == [("register", ["decisions", "CSV_FILE"])]
    assert [n for n in ["decisions", "CSV_FILE"] if not _describes_an_output(n)] == ["decisions"]


# ---------------------------------------------------------------- only derive decides what is public

# The fields that say whether something is public: a meeting's status and publish-from day, and an
# agenda item's or minute's part (part 2 is exempt business).
PUBLICITY_FIELDS = {"status", "publish_from", "part"}
PUBLICITY_FUNCTIONS = {"is_public", "redact"}
# The publishing side of the package: everything between the validated content and the site.
PUBLISHING = ("derive", "render", "build.py", "pipeline.py", "write.py", "csp.py", "sanitize.py", "mkdocs_hooks.py",
              "archive.py")
THE_PUBLIC_VIEW = PACKAGE / "derive" / "public.py"


def _publishing_modules() -> list[Path]:
    found = []
    for name in PUBLISHING:
        path = PACKAGE / name
        found += sorted(path.rglob("*.py")) if path.is_dir() else [path]
    return found


def _publicity_decisions(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Attribute) and node.attr in PUBLICITY_FIELDS:
            found.append(f"{path.relative_to(PACKAGE)}:{node.lineno} reads .{node.attr}")
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in PUBLICITY_FUNCTIONS:
            found.append(f"{path.relative_to(PACKAGE)}:{node.lineno} calls {node.func.id}()")
    return found


def test_only_the_public_view_decides_what_is_public():
    wrong = []
    for path in _publishing_modules():
        if path != THE_PUBLIC_VIEW:
            wrong += _publicity_decisions(path)
    assert wrong == [], "what is public is decided in derive/public.py only: " + "; ".join(wrong)


def test_the_public_view_is_where_the_decisions_are():
    found = _publicity_decisions(THE_PUBLIC_VIEW)
    assert any(".status" in f for f in found) and any(".part" in f for f in found) and any(".publish_from" in f for f in found)


def test_publishing_modules_import_the_public_view_only_through_derive():
    wrong = []
    for path in _publishing_modules():
        if path.parent.name == "derive":
            continue
        text = path.read_text(encoding="utf-8")
        if "derive.public" in text or "derive import public" in text:
            wrong.append(str(path.relative_to(PACKAGE)))
    assert wrong == []


# ---------------------------------------------------------------- templates receive view models

TEMPLATES = PACKAGE.parent / "templates"
# What a template would use to look something up or join two lists itself: a view model gives it the result.
LOOKUPS = ("site.meeting(", "selectattr", "rejectattr", "src_uri", "| groupby(\"year", ".items() if ", "minutes.items if")


def test_templates_do_no_lookups_or_joins():
    wrong = []
    for path in sorted(TEMPLATES.rglob("*")):
        if path.suffix not in (".j2", ".html"):
            continue
        text = path.read_text(encoding="utf-8")
        wrong += [f"{path.relative_to(TEMPLATES)} uses {word!r}" for word in LOOKUPS if word in text]
    assert wrong == []


# What a page template would use to look an id up in a mapping, or to group, sort or join lists itself: its
# view model gives it the entries ready (derive/views.py, derive/meetings.py), and derive's `names` the link
# of each id the content names.
PAGE_LOOKUPS = re.compile(r"\.get\(|\.items\(\)|\.values\(\)|\|\s*(groupby|sort|selectattr|rejectattr)\b|\b\w+\[\s*[a-z_.]+\s*\]")


def _page_lookups(text: str) -> list[str]:
    """The lookups and joins in a page template's expressions and statements (its prose is left alone)."""
    code = " ".join(re.findall(r"{{.*?}}|{%.*?%}", text, flags=re.S))
    return [match.group(0) for match in PAGE_LOOKUPS.finditer(code)]


def _uses_the_whole_site(source: str) -> bool:
    from jinja2 import meta

    from generator.render.pages import environment

    return "site" in meta.find_undeclared_variables(environment(TEMPLATES).parse(source))


def test_page_templates_are_never_given_the_whole_site():
    """A template that could reach the whole site could look anything up; each gets its page's view model."""
    wrong = [path.name for path in sorted((TEMPLATES / "pages").glob("*.j2"))
             if _uses_the_whole_site(path.read_text(encoding="utf-8"))]
    assert wrong == [], f"templates that use `site`: {wrong}"
    source = (RENDER / "pages.py").read_text(encoding="utf-8")
    assert "site=site" not in source.replace(" ", ""), "render/pages.py hands the templates the whole site"


def test_page_templates_look_nothing_up():
    wrong = {path.name: found for path in sorted((TEMPLATES / "pages").glob("*.j2"))
             if (found := _page_lookups(path.read_text(encoding="utf-8")))}
    assert wrong == {}, f"lookups and joins in page templates (give them to the view model): {wrong}"


def test_the_template_checks_would_catch_a_lookup():
    assert _uses_the_whole_site("{{ site.topics[t].label }}")
    assert not _uses_the_whole_site("{{ names.topic(t).label }} on this site")
    assert _page_lookups("{% set obs = observations.get(metric_id, []) %}") == [".get("]
    assert _page_lookups("{{ posts[ms.post].label }}") == ["posts[ms.post]"]
    assert _page_lookups("{% for part, items in m.agenda | groupby('part') %}") == ["| groupby"]
    assert _page_lookups("{% for k, v in people.items() %}") == [".items()"]
    assert _page_lookups("Text that says site.get( in prose, and {{ entry.link.label }}") == []


# What a page template may call: the macros of the templates, the environment's formatting helpers (a link
# between two pages, a date, a chart, a permalink), the site's addresses, and two methods that only format
# text. A call of anything else (``names.person(id)``, ``objective_label(plan, o)``, ``topics.get(t)``) looks
# something up that the page's view model should hold ready.
FORMATTING_CALLS = {"href", "permalink", "file_address", "figure", "long_date", "short_date", "namespace"}
ADDRESS_MODULES = {"paths"}
TEXT_METHODS = {"keys", "removeprefix"}


def _callee(node) -> tuple[str, str]:
    """(the name a call starts from, the dotted rest) of a call's callee: ("names", "person") for names.person(id)."""
    from jinja2 import nodes

    chain = []
    while isinstance(node, nodes.Getattr):
        chain.insert(0, node.attr)
        node = node.node
    return (node.name if isinstance(node, nodes.Name) else type(node).__name__), ".".join(chain)


def _lookup_calls(source: str) -> list[str]:
    """The calls in a page template that are neither macros nor formatting."""
    from jinja2 import nodes

    from generator.render.pages import environment

    tree = environment(TEMPLATES).parse(source)
    macros = {macro.name for macro in tree.find_all(nodes.Macro)}
    wrong = []
    for call in tree.find_all(nodes.Call):
        root, rest = _callee(call.node)
        if not rest and (root in macros or root in FORMATTING_CALLS):
            continue
        if rest and (root == "x" or root in ADDRESS_MODULES or rest.split(".")[-1] in TEXT_METHODS):
            continue
        wrong.append(f"{root}.{rest}()" if rest else f"{root}()")
    return wrong


def test_page_templates_call_no_lookups():
    wrong = {path.name: found for path in sorted((TEMPLATES / "pages").glob("*.j2"))
             if (found := _lookup_calls(path.read_text(encoding="utf-8")))}
    assert wrong == {}, f"page templates that look things up (give the result to the view model in derive/): {wrong}"
    source = (RENDER / "pages.py").read_text(encoding="utf-8")
    assert "names=" not in source.replace(" ", ""), "render/pages.py hands the templates the lookup of names"


def test_the_call_check_would_catch_a_lookup():
    assert _lookup_calls("{{ names.person(a.person).label }}") == ["names.person()"]
    assert _lookup_calls("{% set t = names.tags(place) %}") == ["names.tags()"]
    assert _lookup_calls("{{ objective_label(plan, objective) }}") == ["objective_label()"]
    assert _lookup_calls("{{ site.topics.get(t) }}") == ["site.topics.get()"]
    assert _lookup_calls("{% macro m(a) %}{{ a }}{% endmacro %}{{ m(1) }} [x]({{ href(paths.person_page(p)) }}) "
                         "{{ short_date(d) }} {{ obj.missing.keys() | join(', ') }}") == []


def test_every_page_kind_has_its_template_and_every_template_a_page_kind():
    from generator.render.kinds import PageKind

    templates = {p.name for p in (TEMPLATES / "pages").glob("*.md.j2") if not p.name.startswith("_")}
    assert templates == {kind.template for kind in PageKind}


def test_every_page_is_rendered_from_a_view_model_of_its_kind():
    """The renderer hands each template its page kind's view model; the search filters are keyed by the same kinds."""
    from generator.render import pages, search
    from generator.render.kinds import PageKind

    source = (RENDER / "pages.py").read_text(encoding="utf-8")
    assert "kind.template" in source and ".md.j2" not in source
    assert set(search.PAPER_KINDS) <= set(PageKind)
    assert all(isinstance(kind, PageKind) for kind in search.PAPER_KINDS)
    assert pages.PageKind is PageKind


# ---------------------------------------------------------------- small rooms

LARGEST = 400


def test_every_module_is_small():
    """One job a module: a module that grows past LARGEST lines is doing more than one."""
    modules = list(PACKAGE.rglob("*.py"))
    large = {str(p.relative_to(PACKAGE)): n for p in modules if (n := len(p.read_text(encoding="utf-8").splitlines())) > LARGEST}
    assert modules and large == {}, f"modules over {LARGEST} lines (split them along their jobs): {large}"

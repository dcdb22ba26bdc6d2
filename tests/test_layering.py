"""The package's flow runs one way: models <- load <- validate <- derive <- render <- build <- cli."""

import ast
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
    "build": {"pipeline", "derive", "render", "write", "validate", "csp", "settings"},
    "preview": {"build", "settings"},
    "schema": {"models"},
    "sanitize": set(),
    "markdown_sanitize": {"sanitize"},
    "page_cache": set(),
    "mkdocs_hooks": {"page_cache"},
    "scaffold": {"models", "validate"},
    "importer": {"models", "load"},
    "cli": {"build", "pipeline", "scaffold", "schema", "importer", "preview", "settings"},
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
    assert imports_of(PACKAGE / "models.py") == set()

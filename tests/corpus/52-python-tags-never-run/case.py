"""Tags that would run code or make objects: refused by name, and nothing they ask for happens."""

CANARIES = ["pwned-by-os-system", "pwned-by-open", "pwned-by-popen", "pwned-by-verbatim-tag"]


def after(root):
    for name in CANARIES:
        assert not (root / name).exists(), f"{name} was created: a tag was executed"
        assert not (root / "content" / name).exists()

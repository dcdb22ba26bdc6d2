"""Half a megabyte of half-open tags in a page body, made at run time: checked without running away
(a scan that backtracked would exceed the corpus's hang guard by hours)."""


def prepare(root):
    body = "<a " * 100000 + "href= " + " " * 100000 + "x](" + " " * 100000 + "\n\n<script>alert(1)</script>\n"
    (root / "content" / "pages" / "accessibility.md").write_text(
        "---\ntitle: Accessibility\n---\n\n" + body, encoding="utf-8")

"""A 50 MB meeting file, made at run time: refused by its size before it is read."""

M = "content/meetings/2021/2021-11-04-public-accountability-conference.yaml"


def prepare(root):
    line = b"# padding to make the file far too large for a content file\n"
    with open(root / M, "wb") as f:
        f.write(b"body: public-accountability-conference\nkind: finance\ndate: 2021-11-04\n")
        f.write(line * (50 * 1024 * 1024 // len(line)))

"""Render: pages (Markdown for MkDocs) from the derived site, through Jinja2 templates."""

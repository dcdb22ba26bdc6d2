// Give the search dialog an accessible name (the theme's dialog element has none).
document.querySelectorAll('.md-search[role="dialog"]').forEach(function (dialog) {
  dialog.setAttribute("aria-label", "Search the papers");
});

// Give the search dialog an accessible name (the theme's dialog element has none).
document.querySelectorAll('.md-search[role="dialog"]').forEach(function (dialog) {
  dialog.setAttribute("aria-label", "Search the papers");
});

// The search results box is a Tab stop only while there is a query. With an empty query the
// theme closes search as soon as focus leaves the search box, so Tab would otherwise land on the
// results box just as it collapses and focus would vanish from the screen.
document.querySelectorAll(".md-search__input").forEach(function (input) {
  var inner = input.closest(".md-search__inner");
  var results = inner && inner.querySelector(".md-search__scrollwrap");
  if (!results) {
    return;
  }
  function sync() {
    results.tabIndex = input.value.trim() ? 0 : -1;
  }
  input.addEventListener("input", sync);
  if (input.form) {
    input.form.addEventListener("reset", function () {
      setTimeout(sync, 0);
    });
  }
  sync();
});

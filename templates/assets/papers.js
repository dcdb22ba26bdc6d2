// Search page: start the search interface (Pagefind's, served from this site) and run the
// query given in the address (?q=...), so that a search can be linked to and the 404 page's
// form works.
(function () {
  var element = document.getElementById("search");
  if (!element || typeof PagefindUI === "undefined") {
    return;
  }
  var script = document.querySelector('script[src$="pagefind/pagefind-ui.js"]');
  var base = new URL(".", new URL("..", script.src)).pathname;
  var ui = new PagefindUI({
    element: "#search",
    baseUrl: base,
    showSubResults: true,
    showImages: false,
    excerptLength: 24,
    openFilters: ["Year", "Kind of paper"],
    translations: { placeholder: "Search the papers", zero_results: "No papers contain [SEARCH_TERM]" }
  });
  var query = new URLSearchParams(window.location.search).get("q");
  if (query) {
    ui.triggerSearch(query);
  }
})();

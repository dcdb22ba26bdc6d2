// Every page: the search box in the header (results in place as a person types, the search page
// for filters), its keyboard shortcuts, and the loader of Pagefind's index that the search page
// shares. Also: fold buttons for presentations and "Copy citation" buttons.
(function () {
  "use strict";

  // The site's root, from the theme's configuration (a path relative to this page).
  function siteRoot() {
    var config = document.getElementById("__config");
    var base = ".";
    try {
      base = JSON.parse(config.textContent).base || ".";
    } catch (error) {
      base = ".";
    }
    return new URL(base.replace(/\/?$/, "/"), window.location.href);
  }

  var loading = null;
  window.PapersSearch = {
    root: siteRoot,
    load: function () {
      if (!loading) {
        var root = siteRoot();
        loading = import(new URL("pagefind/pagefind.js", root).href).then(function (pagefind) {
          return pagefind.options({ baseUrl: root.pathname, excerptLength: 24 }).then(function () {
            pagefind.init();
            return pagefind;
          });
        });
      }
      return loading;
    }
  };

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (key) { node.setAttribute(key, attrs[key]); });
    if (text !== undefined) {
      node.textContent = text;
    }
    return node;
  }

  // ---------------------------------------------------------------- header search

  var box = document.querySelector(".papers-header-search");
  if (box) {
    var input = box.querySelector("input[name=q]");
    var panel = box.querySelector(".papers-header-search__results");
    var opener = document.querySelector(".papers-header-search__open");
    var timer = null;
    var shown = 0;

    var close = function () {
      panel.hidden = true;
    };
    var closeAll = function () {
      close();
      document.body.classList.remove("papers-header-search--open");
    };

    var searchPage = function (query) {
      return new URL("search/", siteRoot()).pathname + (query ? "?q=" + encodeURIComponent(query) : "");
    };

    var show = function (query) {
      var mine = ++shown;
      if (!query.trim()) {
        close();
        return;
      }
      window.PapersSearch.load().then(function (pagefind) {
        return pagefind.search(query).then(function (found) {
          return Promise.all(found.results.slice(0, 5).map(function (r) { return r.data(); })).then(function (data) {
            if (mine !== shown) {
              return;
            }
            panel.textContent = "";
            var total = found.results.length;
            panel.appendChild(el("p", { "class": "papers-header-search__status", role: "status" },
              total ? total + " result" + (total === 1 ? "" : "s") : "No paper contains all of these words"));
            var list = el("ul");
            data.forEach(function (result) {
              var li = el("li");
              var link = el("a", { href: result.url });
              link.appendChild(el("strong", {}, (result.meta && result.meta.title) || result.url));
              var context = result.meta ? [result.meta.kind, result.meta.context].filter(Boolean).join(" · ") : "";
              if (context) {
                link.appendChild(el("span", {}, context));
              }
              li.appendChild(link);
              list.appendChild(li);
            });
            panel.appendChild(list);
            panel.appendChild(el("a", { href: searchPage(query), "class": "papers-header-search__all" },
              total ? "All " + total + " results, with filters" : "Search page, with filters"));
            panel.hidden = false;
          });
        });
      }).catch(function () {
        panel.textContent = "";
        panel.appendChild(el("a", { href: searchPage(query) }, "Search could not load here: open the search page"));
        panel.hidden = false;
      });
    };

    input.addEventListener("input", function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(function () { show(input.value); }, 150);
    });
    input.addEventListener("focus", function () {
      window.PapersSearch.load();
    });
    box.addEventListener("keydown", function (event) {
      if (event.key === "Escape") {
        closeAll();
        input.blur();
        if (opener && opener.offsetParent !== null) {
          opener.focus();
        }
      } else if (event.key === "ArrowDown") {
        var links = panel.querySelectorAll("a");
        var at = Array.prototype.indexOf.call(links, document.activeElement);
        if (links.length) {
          event.preventDefault();
          links[Math.min(at + 1, links.length - 1)].focus();
        }
      } else if (event.key === "ArrowUp") {
        var all = panel.querySelectorAll("a");
        var index = Array.prototype.indexOf.call(all, document.activeElement);
        if (index >= 0) {
          event.preventDefault();
          (index === 0 ? input : all[index - 1]).focus();
        }
      }
    });
    document.addEventListener("click", function (event) {
      if (!box.contains(event.target) && (!opener || !opener.contains(event.target))) {
        close();
      }
    });
    if (opener) {
      opener.addEventListener("click", function (event) {
        event.preventDefault();
        document.body.classList.add("papers-header-search--open");
        input.focus();
      });
    }
    // "/" or "s" anywhere but in a field puts the cursor in the search box.
    document.addEventListener("keydown", function (event) {
      var target = event.target;
      var typing = target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
      if (typing || event.ctrlKey || event.metaKey || event.altKey || (event.key !== "/" && event.key !== "s")) {
        return;
      }
      var pageBox = document.getElementById("search-query");
      event.preventDefault();
      if (pageBox) {
        pageBox.focus();
        return;
      }
      document.body.classList.add("papers-header-search--open");
      input.focus();
    });
  }
})();

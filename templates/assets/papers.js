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
            panel.setAttribute("data-query", query);
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

    // Leaving the page from the results (or for the search page) keeps the words in this page's
    // history entry, so that Back finds the box as it was left, with its results, wherever the page
    // was scrolled to.
    var remember = function () {
      var state = Object.assign({}, window.history.state || {});
      state.papersHeaderQuery = input.value;
      window.history.replaceState(state, "");
    };
    panel.addEventListener("click", function (event) {
      if (event.target.closest("a[href]")) {
        remember();
      }
    });
    box.addEventListener("submit", remember);
    var kept = window.history.state && window.history.state.papersHeaderQuery;
    if (kept && !input.value) {
      input.value = kept;
      document.body.classList.add("papers-header-search--open");
      show(kept);
    }

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
    // A tap or click outside the box closes its results (and, on a small screen, the box).
    document.addEventListener("click", function (event) {
      if (!box.contains(event.target) && (!opener || !opener.contains(event.target))) {
        closeAll();
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

  // ---------------------------------------------------------------- citations

  // "Copy citation" (plain text) and "CSL-JSON" (for reference managers) beside each thing that can
  // be cited, at the site's public address. A meeting page gives its title, date and address, and
  // each minute, recommendation and decision on it is cited from its anchor; a page of the decision
  // register or a decision notice gives the citation of each entry it lists.
  var details = document.getElementById("papers-citation");
  if (details) {
    var cite = JSON.parse(details.textContent);
    var announce = el("p", { "class": "papers-visually-hidden", role: "status" });
    document.body.appendChild(announce);

    var part = function (id) {
      var found = /^minute-(\d+)(?:-resolution-([a-z0-9]+)|-(r\d+))?$/.exec(id);
      if (!found) {
        return null;
      }
      if (found[2]) {
        return "minute " + found[1] + ", decision (" + found[2] + ")";
      }
      if (found[3]) {
        return "minute " + found[1] + ", recommendation " + found[3].toUpperCase();
      }
      return "minute " + found[1];
    };

    var fallback = function (text) {
      var area = el("textarea", { "class": "papers-visually-hidden", readonly: "" });
      area.value = text;
      document.body.appendChild(area);
      area.select();
      document.execCommand("copy");
      area.remove();
    };
    var copy = function (text, what) {
      var done = function () { announce.textContent = what + " copied"; };
      if (navigator.clipboard && navigator.clipboard.writeText) {
        return navigator.clipboard.writeText(text).then(done, function () { fallback(text); done(); });
      }
      fallback(text);
      done();
      return Promise.resolve();
    };

    // One citation: its name on the buttons, its words, address and date (ISO, or null when the
    // record gives none), and the record it is part of.
    var buttons = function (target, one) {
      var plainText = cite.publisher + ". " + one.text + ". " + one.url;
      var csl = {
        id: one.url.replace(/^https?:\/\//, "").replace(/\/(#|$)/, "$1"),
        type: "document",
        title: one.text,
        author: [{ literal: cite.publisher }],
        publisher: cite.publisher,
        URL: one.url
      };
      if (one.container) {
        csl["container-title"] = one.container;
      }
      if (one.date) {
        csl.issued = { "date-parts": [one.date.split("-").map(Number)] };
      }
      var group = el("span", { "class": "papers-cite-buttons" });
      var first = el("button", { type: "button", "class": "papers-cite-button", "aria-label": "Copy citation of " + one.name }, "Copy citation");
      first.addEventListener("click", function () { copy(plainText, "Citation of " + one.name); });
      var second = el("button", { type: "button", "class": "papers-cite-button", "aria-label": "Copy CSL-JSON citation of " + one.name }, "CSL-JSON");
      second.addEventListener("click", function () { copy(JSON.stringify([csl], null, 2), "CSL-JSON citation of " + one.name); });
      group.appendChild(first);
      group.appendChild(second);
      var link = target.querySelector("a.permalink");
      var heading = target.querySelector("strong");
      if (/^H\d$/.test(target.tagName)) {
        group.classList.add("papers-cite-buttons--block");
        target.insertAdjacentElement("afterend", group);
      } else if (target.classList.contains("register-entry")) {
        // An entry of the register: the buttons on a row of their own under its text, so every entry's
        // heading starts and ends the same way.
        group.classList.add("papers-cite-buttons--block");
        target.appendChild(group);
      } else if (link && link.nextSibling) {
        target.insertBefore(group, link.nextSibling);
      } else if (heading && heading.parentNode === target) {
        heading.insertAdjacentElement("afterend", group);
      } else {
        target.appendChild(group);
      }
    };

    if (cite.entries) {
      cite.entries.forEach(function (one) {
        var target = one.target ? document.getElementById(one.target) : document.querySelector(".md-content h1");
        if (target) {
          buttons(target, one);
        }
      });
    } else {
      var targets = document.querySelectorAll(".md-content h4[id^='minute-'], .md-content dl.recommendations dt[id], .md-content ol.resolutions li[id]");
      Array.prototype.forEach.call(targets, function (target) {
        var which = part(target.id);
        if (which) {
          buttons(target, { name: which, text: cite.title + ", " + which, url: cite.url + "#" + target.id,
                            date: cite.date, container: cite.title });
        }
      });
    }
  }

  // ---------------------------------------------------------------- presentations fold

  // A long meeting page is mostly presentations: each can be folded away under its heading, and
  // unfolds again when an address points into it.
  var folds = [];
  Array.prototype.forEach.call(document.querySelectorAll(".md-content h3[id^='presentation-']"), function (heading) {
    var body = el("div", { "class": "papers-fold", id: heading.id + "-body" });
    var next = heading.nextElementSibling;
    while (next && !/^H[123]$/.test(next.tagName)) {
      var after = next.nextElementSibling;
      body.appendChild(next);
      next = after;
    }
    var name = heading.textContent.replace(/\u00b6/g, "").trim();
    var button = el("button", { type: "button", "class": "papers-fold-button", "aria-expanded": "true", "aria-controls": body.id }, "Fold");
    button.setAttribute("aria-label", "Fold presentation: " + name);
    var setOpen = function (open) {
      body.hidden = !open;
      button.setAttribute("aria-expanded", open ? "true" : "false");
      button.textContent = open ? "Fold" : "Unfold";
      button.setAttribute("aria-label", (open ? "Fold" : "Unfold") + " presentation: " + name);
    };
    button.addEventListener("click", function () { setOpen(body.hidden); });
    heading.insertAdjacentElement("afterend", body);
    heading.insertAdjacentElement("afterend", button);
    folds.push({ body: body, open: setOpen });
  });
  var unfoldTarget = function () {
    var id = decodeURIComponent(window.location.hash.slice(1));
    var target = id && document.getElementById(id);
    folds.forEach(function (fold) {
      if (target && fold.body.contains(target) && fold.body.hidden) {
        fold.open(true);
        target.scrollIntoView();
      }
    });
  };
  window.addEventListener("hashchange", unfoldTarget);

  // ---------------------------------------------------------------- tables that scroll

  // A table wider than its box says so under the box (and again when the window changes size).
  var hints = function () {
    Array.prototype.forEach.call(document.querySelectorAll(".md-typeset .data-table"), function (box) {
      var hint = box.nextElementSibling && box.nextElementSibling.classList.contains("papers-scroll-hint") ? box.nextElementSibling : null;
      var wide = box.scrollWidth > box.clientWidth + 1;
      if (wide && !hint) {
        box.insertAdjacentElement("afterend", el("p", { "class": "papers-scroll-hint", "aria-hidden": "true" },
          "This table is wider than the screen: scroll it sideways to see every column."));
      } else if (!wide && hint) {
        hint.remove();
      }
    });
  };
  hints();
  window.addEventListener("resize", hints);
})();

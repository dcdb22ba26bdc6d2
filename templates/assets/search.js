// The search page: Pagefind's index searched from the page's own form, with filters, and the whole
// state (words, filters, page of results) kept in the address so that Back, reload and a shared
// link show the same results. Filters appear in a fixed order: Year, Body, Kind of meeting, Topic,
// the objectives of each plan, Kind of paper.
(function () {
  "use strict";
  var root = document.getElementById("papers-search");
  if (!root || !window.PapersSearch) {
    return;
  }
  var PER_PAGE = 10;
  var OBJECTIVE = "Objective \u00b7 ";
  var GROUPS = [
    ["Year", "year"], ["Body", "body"], ["Kind of meeting", "meeting"], ["Topic", "topic"],
    [OBJECTIVE, "objective"], ["Kind of paper", "paper"]
  ];
  var OPEN = { "Year": true, "Body": true, "Kind of meeting": true, "Kind of paper": true };
  var form = root.querySelector("form");
  var input = document.getElementById("search-query");
  var toggle = root.querySelector(".papers-search__toggle");
  var panel = document.getElementById("search-filters");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  var pager = root.querySelector(".papers-search__pager");
  var state = readState();
  var allFilters = null;
  var run = 0;

  function paramOf(name) {
    if (name.indexOf(OBJECTIVE) === 0) {
      return "objective";
    }
    for (var i = 0; i < GROUPS.length; i++) {
      if (GROUPS[i][0] === name) {
        return GROUPS[i][1];
      }
    }
    return null;
  }

  function readState() {
    var params = new URLSearchParams(window.location.search);
    var chosen = {};
    GROUPS.forEach(function (group) {
      params.getAll(group[1]).forEach(function (value) {
        var name = group[0];
        if (group[1] === "objective") {
          var cut = value.indexOf("|");
          if (cut < 0) {
            return;
          }
          name = OBJECTIVE + value.slice(0, cut);
          value = value.slice(cut + 1);
        }
        (chosen[name] = chosen[name] || []).push(value);
      });
    });
    var page = parseInt(params.get("page") || "1", 10);
    return { q: params.get("q") || "", filters: chosen, page: page > 0 ? page : 1 };
  }

  function address(s) {
    var params = new URLSearchParams();
    if (s.q) {
      params.set("q", s.q);
    }
    Object.keys(s.filters).sort(order).forEach(function (name) {
      s.filters[name].forEach(function (value) {
        var param = paramOf(name);
        params.append(param, param === "objective" ? name.slice(OBJECTIVE.length) + "|" + value : value);
      });
    });
    if (s.page > 1) {
      params.set("page", String(s.page));
    }
    var query = params.toString();
    return window.location.pathname + (query ? "?" + query : "");
  }

  function rank(name) {
    for (var i = 0; i < GROUPS.length; i++) {
      if (name === GROUPS[i][0] || (GROUPS[i][0] === OBJECTIVE && name.indexOf(OBJECTIVE) === 0)) {
        return i;
      }
    }
    return GROUPS.length;
  }

  function order(a, b) {
    return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
  }

  function chosenCount() {
    return Object.keys(state.filters).reduce(function (n, k) { return n + state.filters[k].length; }, 0);
  }

  function pagefindFilters(filters, leaveOut) {
    var found = {};
    Object.keys(filters).forEach(function (name) {
      if (name !== leaveOut && filters[name].length) {
        found[name] = { any: filters[name].slice() };
      }
    });
    return found;
  }

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (key) { node.setAttribute(key, attrs[key]); });
    if (text !== undefined) {
      node.textContent = text;
    }
    return node;
  }

  // ---------------------------------------------------------------- filters

  function buildFilters(counts) {
    panel.textContent = "";
    var names = Object.keys(allFilters).filter(function (n) { return rank(n) < GROUPS.length; }).sort(order);
    var objectivesHeading = false;
    names.forEach(function (name) {
      var values = Object.keys(allFilters[name]);
      if (!values.length) {
        return;
      }
      values.sort(function (a, b) {
        return name === "Year" ? (a < b ? 1 : -1) : a.localeCompare(b, "en", { numeric: true });
      });
      var isObjective = name.indexOf(OBJECTIVE) === 0;
      if (isObjective && !objectivesHeading) {
        panel.appendChild(el("h2", { "class": "papers-search__group-heading" }, "Plan objective"));
        objectivesHeading = true;
      }
      var chosen = state.filters[name] || [];
      var details = el("details", { "class": "papers-search__group" });
      if (OPEN[name] || chosen.length) {
        details.open = true;
      }
      var title = isObjective ? name.slice(OBJECTIVE.length) : name;
      var summary = el("summary", {}, title);
      if (chosen.length) {
        summary.appendChild(el("span", { "class": "papers-search__chosen" }, " (" + chosen.length + " chosen)"));
      }
      details.appendChild(summary);
      var fieldset = el("fieldset");
      fieldset.appendChild(el("legend", { "class": "papers-visually-hidden" }, title));
      values.forEach(function (value, index) {
        var id = "filter-" + rank(name) + "-" + names.indexOf(name) + "-" + index;
        var box = el("input", { type: "checkbox", id: id, "data-filter": name, value: value });
        box.checked = chosen.indexOf(value) >= 0;
        var count = counts && counts[name] ? counts[name][value] || 0 : allFilters[name][value];
        var label = el("label", { "for": id });
        label.appendChild(el("span", { "class": "papers-search__value" }, value));
        label.appendChild(el("span", { "class": "papers-search__count" }, String(count)));
        var row = el("div", { "class": "papers-search__option" + (count ? "" : " papers-search__option--none") });
        row.appendChild(box);
        row.appendChild(label);
        fieldset.appendChild(row);
      });
      details.appendChild(fieldset);
      panel.appendChild(details);
    });
    var n = chosenCount();
    toggle.textContent = n ? "Filters (" + n + ")" : "Filters";
    if (n) {
      var clear = el("button", { type: "button", "class": "papers-search__clear" }, "Remove all filters");
      clear.addEventListener("click", function () {
        state.filters = {};
        state.page = 1;
        update(true);
      });
      panel.appendChild(clear);
    }
  }

  panel.addEventListener("change", function (event) {
    var box = event.target;
    if (!box.matches("input[type=checkbox][data-filter]")) {
      return;
    }
    var name = box.getAttribute("data-filter");
    var chosen = (state.filters[name] || []).filter(function (v) { return v !== box.value; });
    if (box.checked) {
      chosen.push(box.value);
    }
    if (chosen.length) {
      state.filters[name] = chosen;
    } else {
      delete state.filters[name];
    }
    state.page = 1;
    update(true, box.id);
  });

  toggle.addEventListener("click", function () {
    var open = toggle.getAttribute("aria-expanded") !== "true";
    toggle.setAttribute("aria-expanded", open ? "true" : "false");
    panel.classList.toggle("papers-search__filters--open", open);
  });

  // ---------------------------------------------------------------- searching

  // Counts a person can trust: for each group, the results there would be with that group's own
  // choices set aside (choices within a group widen the results, across groups narrow them).
  function counts(pagefind, query, primary) {
    var names = Object.keys(state.filters);
    var found = {};
    Object.keys(primary.filters || {}).forEach(function (name) { found[name] = primary.filters[name]; });
    // One search after another: searches run side by side share Pagefind's counts.
    return names.reduce(function (done, name) {
      return done.then(function () {
        return pagefind.search(query, { filters: pagefindFilters(state.filters, name) }).then(function (other) {
          found[name] = other.filters[name] || {};
        });
      });
    }, Promise.resolve()).then(function () { return found; });
  }

  function describe(result) {
    var meta = result.meta || {};
    var item = el("li", { "class": "papers-search__result" });
    var heading = el("h2", { "class": "papers-search__result-title" });
    heading.appendChild(el("a", { href: result.url, "class": "papers-search__result-link" }, meta.title || result.url));
    item.appendChild(heading);
    var context = [meta.kind, meta.context].filter(Boolean).join(" · ");
    if (context) {
      item.appendChild(el("p", { "class": "papers-search__result-context" }, context));
    }
    var excerpt = el("p", { "class": "papers-search__excerpt" });
    excerpt.innerHTML = result.excerpt;
    item.appendChild(excerpt);
    var subs = (result.sub_results || []).filter(function (s) { return s.url !== result.url && s.url.indexOf("#") > 0; }).slice(0, 3);
    if (subs.length) {
      var more = el("ul", { "class": "papers-search__subresults" });
      subs.forEach(function (sub) {
        var li = el("li");
        li.appendChild(el("a", { href: sub.url }, sub.title));
        more.appendChild(li);
      });
      item.appendChild(more);
    }
    return item;
  }

  function emptyMessage(pagefind, query, total) {
    var names = Object.keys(state.filters);
    status.textContent = "";
    if (!names.length || !total) {
      status.appendChild(el("span", {}, query
        ? "No paper contains all of the words \u201c" + query + "\u201d. Check the spelling, or try fewer or other words."
        : "No papers match."));
      return Promise.resolve();
    }
    status.appendChild(el("span", {}, "No results for \u201c" + (query || "everything") + "\u201d with these filters. "
      + total + " result" + (total === 1 ? "" : "s") + " without filters. Remove a filter:"));
    var options = el("ul", { "class": "papers-search__remove" });
    status.appendChild(options);
    var checks = Promise.resolve();
    names.sort(order).forEach(function (name) {
      state.filters[name].forEach(function (value) {
        var without = JSON.parse(JSON.stringify(state.filters));
        without[name] = without[name].filter(function (v) { return v !== value; });
        checks = checks.then(function () { return pagefind.search(query || null, { filters: pagefindFilters(without) }); }).then(function (found) {
          var li = el("li");
          var label = (name.indexOf(OBJECTIVE) === 0 ? "Plan objective" : name) + ": " + value;
          var button = el("button", { type: "button" }, "Remove " + label + " (" + found.results.length + " result"
            + (found.results.length === 1 ? "" : "s") + ")");
          button.addEventListener("click", function () {
            if (without[name].length) {
              state.filters[name] = without[name];
            } else {
              delete state.filters[name];
            }
            state.page = 1;
            update(true);
          });
          li.appendChild(button);
          options.appendChild(li);
        });
      });
    });
    return checks;
  }

  function showPager(total) {
    pager.textContent = "";
    var pages = Math.ceil(total / PER_PAGE);
    if (pages < 2) {
      return;
    }
    function go(page, text) {
      var link = el("a", { href: address({ q: state.q, filters: state.filters, page: page }), "class": "md-button" }, text);
      link.addEventListener("click", function (event) {
        event.preventDefault();
        state.page = page;
        update(true);
        input.focus();
        window.scrollTo(0, 0);
      });
      pager.appendChild(link);
    }
    if (state.page > 1) {
      go(state.page - 1, "Previous page");
    }
    pager.appendChild(el("span", {}, " Page " + state.page + " of " + pages + " "));
    if (state.page < pages) {
      go(state.page + 1, "Next page");
    }
  }

  function update(remember, focusId) {
    var url = address(state);
    if (remember && url !== window.location.pathname + window.location.search) {
      window.history.pushState(null, "", url);
    } else {
      window.history.replaceState(null, "", url);
    }
    var mine = ++run;
    var query = state.q.trim();
    root.setAttribute("aria-busy", "true");
    window.PapersSearch.load().then(function (pagefind) {
      var filters = pagefindFilters(state.filters);
      // Every filter value first, then the search: run side by side, the two share Pagefind's counts.
      var everything = allFilters ? Promise.resolve(allFilters) : pagefind.filters();
      return everything.then(function (all) {
        allFilters = all;
        return query || chosenCount() ? pagefind.search(query || null, { filters: filters }) : null;
      }).then(function (found) {
        if (mine !== run) {
          return null;
        }
        if (!found) {
          list.textContent = "";
          pager.textContent = "";
          status.textContent = "Type a word to search every published paper, or choose a filter.";
          buildFilters(null);
          return null;
        }
        return counts(pagefind, query || null, found).then(function (tally) {
          if (mine !== run) {
            return null;
          }
          buildFilters(tally);
          if (focusId && document.getElementById(focusId)) {
            document.getElementById(focusId).focus();
          }
          var total = found.results.length;
          var pages = Math.max(1, Math.ceil(total / PER_PAGE));
          if (state.page > pages) {
            state.page = pages;
          }
          var shown = found.results.slice((state.page - 1) * PER_PAGE, state.page * PER_PAGE);
          return Promise.all(shown.map(function (r) { return r.data(); })).then(function (data) {
            if (mine !== run) {
              return;
            }
            list.textContent = "";
            data.forEach(function (result) { list.appendChild(describe(result)); });
            showPager(total);
            if (total) {
              status.textContent = total + " result" + (total === 1 ? "" : "s")
                + (query ? " for \u201c" + query + "\u201d" : "")
                + (chosenCount() ? " with " + chosenCount() + " filter" + (chosenCount() === 1 ? "" : "s") : "")
                + (pages > 1 ? ", page " + state.page + " of " + pages : "");
              return null;
            }
            var unfiltered = query ? pagefind.search(query, {}) : Promise.resolve({ results: [] });
            return unfiltered.then(function (all) { return emptyMessage(pagefind, query, all.results.length); });
          });
        });
      });
    }).catch(function (error) {
      status.textContent = "Search could not load. Reload the page to try again.";
      throw error;
    }).then(function () {
      root.removeAttribute("aria-busy");
    });
  }

  var typing = null;
  input.addEventListener("input", function () {
    window.clearTimeout(typing);
    typing = window.setTimeout(function () {
      state.q = input.value;
      state.page = 1;
      update(false);
    }, 200);
  });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    window.clearTimeout(typing);
    state.q = input.value;
    state.page = 1;
    update(false);
  });
  window.addEventListener("popstate", function () {
    state = readState();
    input.value = state.q;
    update(false);
  });

  input.value = state.q;
  toggle.hidden = false;
  update(false);
})();

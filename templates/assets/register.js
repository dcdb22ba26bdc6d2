// Decision register: filters by body, kind and outcome, built from the entries on the page. Without
// script every entry is shown; with it, a visitor narrows the list and hears how many remain.
// And the register's first page takes an address of the time it was one page (/decisions/#<anchor>)
// on to the page that holds that anchor now.
(function () {
  var holder = document.getElementById("register-filters");
  if (!holder) {
    return;
  }
  var entries = Array.prototype.slice.call(document.querySelectorAll("li.register-entry"));
  var facets = [["entry-body", "Body"], ["entry-kind", "Kind"], ["entry-outcome", "Outcome"]];
  var status = document.createElement("p");
  status.setAttribute("role", "status");
  status.className = "register-count";
  var selects = [];

  function valueOf(entry, name) {
    var span = entry.querySelector("." + name);
    return span ? span.textContent.trim() : "";
  }

  function update() {
    var shown = 0;
    entries.forEach(function (entry) {
      var match = selects.every(function (pair) {
        return !pair[1].value || valueOf(entry, pair[0]) === pair[1].value;
      });
      entry.hidden = !match;
      if (match) {
        shown += 1;
      }
    });
    status.textContent = "Showing " + shown + " of " + entries.length + ".";
  }

  facets.forEach(function (facet) {
    var values = [];
    entries.forEach(function (entry) {
      var value = valueOf(entry, facet[0]);
      if (value && values.indexOf(value) < 0) {
        values.push(value);
      }
    });
    values.sort();
    var label = document.createElement("label");
    label.textContent = facet[1] + " ";
    var select = document.createElement("select");
    var all = document.createElement("option");
    all.value = "";
    all.textContent = "All";
    select.appendChild(all);
    values.forEach(function (value) {
      var option = document.createElement("option");
      option.value = value;
      option.textContent = value;
      select.appendChild(option);
    });
    select.addEventListener("change", update);
    label.appendChild(select);
    holder.appendChild(label);
    selects.push([facet[0], select]);
  });
  holder.appendChild(status);
  update();
})();

(function () {
  var note = document.getElementById("earlier-addresses");
  var id = decodeURIComponent(window.location.hash.slice(1));
  if (!note || !id || document.getElementById(id) || !window.fetch) {
    return;
  }
  var root = window.PapersSearch ? window.PapersSearch.root() : new URL("../", window.location.href);
  // Written by generator/render/register.py: each earlier anchor, and its address from the site's root.
  window.fetch(new URL("decisions/addresses.json", root).href).then(function (response) {
    return response.ok ? response.json() : {};
  }).then(function (moved) {
    if (Object.prototype.hasOwnProperty.call(moved, id)) {
      window.location.replace(new URL(moved[id], root).href);
    } else {
      var unknown = document.createElement("strong");
      unknown.textContent = "Nothing on the register has the address #" + id + ". ";
      note.insertBefore(unknown, note.firstChild);
    }
  }).catch(function () {
    return null;
  });
})();

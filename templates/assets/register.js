// Decision register: filters by body, kind and outcome, built from the entries on the page. Without
// script every entry is shown; with it, a visitor narrows the list and hears how many remain.
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

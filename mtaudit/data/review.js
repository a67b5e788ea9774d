(function () {
  "use strict";
  var doc = document.body.getAttribute("data-doc");
  var filters = document.getElementById("filters");
  filters.hidden = false;
  document.querySelectorAll(".actions").forEach(function (el) { el.hidden = false; });

  function setState(id, state) {
    document.querySelectorAll('[data-id="' + id + '"]').forEach(function (el) {
      el.setAttribute("data-state", state);
    });
    var label = document.querySelector("#n-" + id + " .status");
    if (label) { label.textContent = state; }
  }

  document.addEventListener("click", function (ev) {
    var button = ev.target.closest("button[data-verdict]");
    if (!button) { return; }
    var note = button.closest("li.note");
    var verdict = button.getAttribute("data-verdict");
    note.setAttribute("data-decided", verdict);
    setState(note.getAttribute("data-id"), verdict === "accept" ? "applied" : "rejected");
  });

  function applyFilters() {
    var off = {};
    filters.querySelectorAll("input[data-filter]").forEach(function (box) {
      if (!box.checked) { off[box.getAttribute("data-filter") + ":" + box.value] = true; }
    });
    var shown = 0;
    document.querySelectorAll("[data-category]").forEach(function (el) {
      var hide = off["category:" + el.getAttribute("data-category")] ||
                 off["confidence:" + el.getAttribute("data-confidence")];
      el.classList.toggle("filtered", Boolean(hide));
      if (!hide && el.matches("li.note")) { shown += 1; }
    });
    document.getElementById("shown").textContent = String(shown);
  }
  filters.addEventListener("change", applyFilters);
  applyFilters();

  document.getElementById("export").addEventListener("click", function () {
    var decisions = [];
    document.querySelectorAll("li.note[data-fixable]").forEach(function (note) {
      var state = note.getAttribute("data-state");
      if (state !== "applied" && state !== "rejected") { return; }
      decisions.push({
        fingerprint: note.getAttribute("data-fingerprint"),
        verdict: state === "applied" ? "accept" : "reject",
        code: note.getAttribute("data-code"),
        text: note.getAttribute("data-text")
      });
    });
    var payload = JSON.stringify({ mtaudit_decisions: 1, doc: doc, decisions: decisions }, null, 2) + "\n";
    var link = document.getElementById("download");
    if (link.href) { URL.revokeObjectURL(link.href); }
    link.href = URL.createObjectURL(new Blob([payload], { type: "application/json" }));
    link.download = doc + ".decisions.json";
    link.textContent = "download " + decisions.length + " decisions";
    link.hidden = false;
    link.click();
  });
}());

(function () {
  "use strict";
  var body = document.body;
  var doc = body.getAttribute("data-doc");
  var scoring = JSON.parse(body.getAttribute("data-score"));
  var controls = document.getElementById("controls");
  var notes = Array.prototype.slice.call(document.querySelectorAll("li.note"));
  var byId = {};
  var history = [];
  var current = null;

  controls.hidden = false;
  document.querySelectorAll(".actions, .status-actions, #keys").forEach(function (el) { el.hidden = false; });
  notes.forEach(function (note) { byId[note.getAttribute("data-id")] = note; });

  function isFixable(note) { return note.getAttribute("data-fixable") === "true"; }
  function decision(note) { return note.getAttribute("data-decided") || ""; }

  function stateOf(note) {
    var verdict = decision(note);
    if (!verdict) { return note.getAttribute("data-initial"); }
    if (isFixable(note)) { return verdict === "accept" ? "applied" : "rejected"; }
    return "note";
  }

  function label(note) {
    var verdict = decision(note);
    if (!verdict) { return note.getAttribute("data-initial-label"); }
    if (isFixable(note)) { return verdict === "accept" ? "accepted" : "rejected"; }
    return verdict === "accept" ? "confirmed" : "dismissed";
  }

  // Inline marks: one member follows it; a group of changes of several passes shows its
  // final text unless one is rejected (the first pass: the original; a later one: mixed).
  function refreshInline(el) {
    var ids = el.getAttribute("data-members").split(" ");
    var members = ids.map(function (id) { return byId[id]; }).filter(Boolean);
    var state;
    if (members.length === 1) {
      state = stateOf(members[0]);
    } else if (decision(members[0]) === "reject") {
      state = "rejected";
    } else if (members.some(function (m) { return decision(m) === "reject"; })) {
      state = "mixed";
    } else {
      state = "applied";
    }
    el.setAttribute("data-state", state);
    el.setAttribute("data-decided", members.length === 1 ? decision(members[0]) : "");
  }

  function inlineFor(id) {
    return document.querySelectorAll('[data-members~="' + id + '"]');
  }

  function setDecision(note, verdict) {
    if (verdict) { note.setAttribute("data-decided", verdict); } else { note.removeAttribute("data-decided"); }
    note.setAttribute("data-state", stateOf(note));
    note.querySelector(".status").textContent = label(note);
    note.querySelectorAll("button[data-verdict]").forEach(function (b) {
      b.setAttribute("aria-pressed", String(b.getAttribute("data-verdict") === verdict));
    });
    inlineFor(note.getAttribute("data-id")).forEach(refreshInline);
  }

  // Every user action is one step of the undo history, however many findings it decides.
  function decide(list, verdict) {
    var step = [];
    list.forEach(function (note) {
      if (decision(note) === verdict) { return; }
      step.push([note, decision(note)]);
      setDecision(note, verdict);
    });
    if (step.length) { history.push(step); }
    update();
  }

  function undo() {
    var step = history.pop();
    if (!step) { return; }
    step.forEach(function (pair) { setDecision(pair[0], pair[1]); });
    setCurrent(step[0][0], true);
    update();
  }

  function score(penalty) {
    if (!scoring.words) { return penalty ? 0 : 100; }
    return Math.max(0, 100 - 1000 * penalty / scoring.words);
  }

  function update() {
    var accepted = 0, rejected = 0, all = 0, kept = 0, confirmed = 0, nConfirmed = 0;
    notes.forEach(function (note) {
      var weight = parseFloat(note.getAttribute("data-weight")) || 0;
      var verdict = decision(note);
      var firstPass = note.getAttribute("data-pass") === "1";
      if (verdict === "accept") { accepted += 1; confirmed += weight; nConfirmed += 1; }
      if (verdict === "reject") { rejected += 1; }
      if (firstPass) { all += weight; if (verdict !== "reject") { kept += weight; } }
    });
    document.getElementById("n-accepted").textContent = String(accepted);
    document.getElementById("n-rejected").textContent = String(rejected);
    document.getElementById("n-open").textContent = String(notes.length - accepted - rejected);
    document.getElementById("score-all").textContent = score(all).toFixed(1);
    document.getElementById("score-kept").textContent = score(kept).toFixed(1);
    document.getElementById("score-confirmed").textContent = score(confirmed).toFixed(1);
    document.getElementById("issues-confirmed").textContent = String(nConfirmed);
    document.getElementById("undo").disabled = history.length === 0;
  }

  function visibleNotes() {
    return notes.filter(function (note) { return !note.classList.contains("filtered"); });
  }

  function setCurrent(note, scroll) {
    document.querySelectorAll(".current").forEach(function (el) { el.classList.remove("current"); });
    current = note;
    if (!note) { return; }
    note.classList.add("current");
    inlineFor(note.getAttribute("data-id")).forEach(function (el) { el.classList.add("current"); });
    note.focus({ preventScroll: true });
    if (scroll) {
      var section = note.closest(".para");
      (section || note).scrollIntoView({ block: "nearest" });
      note.scrollIntoView({ block: "nearest" });
    }
  }

  function move(step) {
    var list = visibleNotes();
    if (!list.length) { return; }
    var at = list.indexOf(current);
    var next = at < 0 ? (step > 0 ? 0 : list.length - 1) : Math.min(Math.max(at + step, 0), list.length - 1);
    setCurrent(list[next], true);
  }

  function decideCurrent(verdict) {
    if (!current) { move(1); }
    if (!current) { return; }
    var note = current;
    decide([note], verdict);
    move(1);
    if (current === note) { setCurrent(note, true); }
  }

  function acceptSafe() {
    decide(notes.filter(function (n) { return n.getAttribute("data-safe") === "true" && !decision(n); }), "accept");
  }

  document.addEventListener("click", function (ev) {
    var button = ev.target.closest("button");
    if (button && button.hasAttribute("data-verdict")) {
      var note = button.closest("li.note");
      var verdict = button.getAttribute("data-verdict");
      decide([note], decision(note) === verdict ? "" : verdict);  // pressing again takes it back
      setCurrent(note, false);
      return;
    }
    if (button && button.hasAttribute("data-bulk")) {
      var category = button.getAttribute("data-for");
      decide(notes.filter(function (n) { return n.getAttribute("data-category") === category; }),
             button.getAttribute("data-bulk"));
      return;
    }
    if (button && button.id === "accept-safe") { acceptSafe(); return; }
    if (button && button.id === "undo") { undo(); return; }
    var clicked = ev.target.closest("li.note");
    if (clicked) { setCurrent(clicked, false); return; }
    var mark = ev.target.closest("[data-members]");
    if (mark) { setCurrent(byId[mark.getAttribute("data-members").split(" ")[0]], true); }
  });

  document.addEventListener("keydown", function (ev) {
    if (ev.ctrlKey || ev.metaKey || ev.altKey) { return; }
    var tag = ev.target.tagName;
    if (tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT") { return; }
    var actions = { j: function () { move(1); }, n: function () { move(1); },
                    k: function () { move(-1); }, p: function () { move(-1); },
                    a: function () { decideCurrent("accept"); }, r: function () { decideCurrent("reject"); },
                    u: undo, s: acceptSafe,
                    "?": function () { var keys = document.getElementById("keys"); keys.hidden = !keys.hidden; } };
    var action = actions[ev.key];
    if (action) { ev.preventDefault(); action(); }
  });

  function applyFilters() {
    var off = {};
    controls.querySelectorAll("input[data-filter]").forEach(function (box) {
      if (!box.checked) { off[box.getAttribute("data-filter") + ":" + box.value] = true; }
    });
    var shown = 0;
    document.querySelectorAll("li.note, .c").forEach(function (el) {
      var hide = off["category:" + el.getAttribute("data-category")] ||
                 off["confidence:" + el.getAttribute("data-confidence")];
      el.classList.toggle("filtered", Boolean(hide));
      if (!hide && el.matches("li.note")) { shown += 1; }
    });
    document.getElementById("shown").textContent = String(shown);
    if (current && current.classList.contains("filtered")) { setCurrent(null, false); }
  }
  controls.addEventListener("change", applyFilters);

  document.getElementById("export").addEventListener("click", function () {
    var decisions = [];
    notes.forEach(function (note) {
      var verdict = decision(note);
      if (!verdict) { return; }
      decisions.push({
        fingerprint: note.getAttribute("data-fingerprint"),
        verdict: verdict,
        code: note.getAttribute("data-code"),
        text: note.getAttribute("data-text")
      });
    });
    var payload = JSON.stringify({ mtaudit_decisions: 1, doc: doc, decisions: decisions }, null, 2) + "\n";
    var link = document.getElementById("download");
    if (link.href) { URL.revokeObjectURL(link.href); }
    link.href = URL.createObjectURL(new Blob([payload], { type: "application/json" }));
    link.download = doc + ".decisions.json";
    link.textContent = "download " + decisions.length + " decision" + (decisions.length === 1 ? "" : "s");
    link.hidden = false;
    link.click();
  });

  notes.forEach(function (note) {
    note.setAttribute("data-initial-label", note.querySelector(".status").textContent);
  });
  applyFilters();
  update();
}());

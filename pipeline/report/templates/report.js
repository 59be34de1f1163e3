// Sorting, filtering and evidence navigation. No network, no libraries: works from file://.
(function () {
  "use strict";
  function cellValue(row, index, type) {
    var cell = row.children[index];
    var raw = cell.getAttribute("data-v");
    if (raw === null) raw = cell.textContent.trim();
    if (type === "num") {
      var n = parseFloat(raw);
      return isNaN(n) ? null : n;
    }
    return raw.toLowerCase();
  }
  function sortTable(table, th) {
    var headers = Array.prototype.slice.call(th.parentNode.children);
    var index = headers.indexOf(th);
    var type = th.getAttribute("data-type") || "text";
    var ascending = th.getAttribute("aria-sort") !== "ascending";
    headers.forEach(function (h) { h.removeAttribute("aria-sort"); });
    th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = cellValue(a, index, type), y = cellValue(b, index, type);
      if (x === y) return 0;
      if (x === null) return 1;   // unknown values last, whatever the direction
      if (y === null) return -1;
      return (x < y ? -1 : 1) * (ascending ? 1 : -1);
    });
    rows.forEach(function (r) { body.appendChild(r); });
  }
  function applyFilters() {
    var table = document.getElementById("overview");
    if (!table) return;
    var q = document.getElementById("f-text").value.trim().toLowerCase();
    var status = document.getElementById("f-status").value;
    var ko = document.getElementById("f-ko").value;
    var shortOnly = document.getElementById("f-short").checked;
    var openOnly = document.getElementById("f-open").checked;
    var shown = 0, rows = table.tBodies[0].rows;
    for (var i = 0; i < rows.length; i++) {
      var r = rows[i], d = r.dataset, ok = true;
      if (q && d.search.indexOf(q) < 0) ok = false;
      if (status && d.status !== status) ok = false;
      if (ko && d.ko.split(" ").indexOf(ko) < 0) ok = false;
      if (shortOnly && d.short !== "1") ok = false;
      if (openOnly && d.open === "0") ok = false;
      r.hidden = !ok;
      if (ok) shown++;
    }
    document.getElementById("f-count").textContent = shown + " van " + rows.length + " zichtbaar";
  }
  function flash(id) {
    var marks = document.querySelectorAll('mark[data-ev~="' + id + '"]');
    if (!marks.length) return;
    Array.prototype.forEach.call(document.querySelectorAll("mark.flash"), function (m) {
      m.classList.remove("flash");
    });
    Array.prototype.forEach.call(marks, function (m) { m.classList.add("flash"); });
    reveal(marks[0]);
  }
  // Scroll the CV pane to the words, not the whole page: the value clicked stays in sight.
  function reveal(mark) {
    var pane = document.getElementById("cv");
    if (!pane) { mark.scrollIntoView({ block: "center" }); return; }
    var offset = mark.getBoundingClientRect().top - pane.getBoundingClientRect().top;
    pane.scrollTop += offset - pane.clientHeight / 3;
    var box = pane.getBoundingClientRect();
    if (box.bottom < 60 || box.top > window.innerHeight - 60) pane.scrollIntoView({ block: "start" });
  }
  document.addEventListener("DOMContentLoaded", function () {
    Array.prototype.forEach.call(document.querySelectorAll("table.sortable th.sortable"), function (th) {
      th.addEventListener("click", function () { sortTable(th.closest("table"), th); });
    });
    ["f-text", "f-status", "f-ko", "f-short", "f-open"].forEach(function (id) {
      var el = document.getElementById(id);
      if (el) el.addEventListener("input", applyFilters);
      if (el) el.addEventListener("change", applyFilters);
    });
    applyFilters();
    Array.prototype.forEach.call(document.querySelectorAll("a.evlink"), function (a) {
      a.addEventListener("click", function (e) {
        e.preventDefault();
        var id = a.getAttribute("href").slice(1);
        history.replaceState(null, "", "#" + id);
        flash(id);
      });
    });
    if (location.hash && location.hash.indexOf("#ev-") === 0) flash(location.hash.slice(1));
  });
})();

// Decisions in the report. On a candidate page an analyst confirms or overrules each knock-out,
// scores each analyst-scored criterion (the motivation) and corrects facts; the overview counts
// what is decided and open,
// exports every decision as review.yaml (the file `cvscreen screen --review` reads) and reads
// one back. Decisions live in this browser's localStorage under the run's id, so two runs never
// mix. No network, no libraries: works from file://.
(function () {
  "use strict";
  var PREFIX = "cvscreen:";
  var KNOCKOUT_RESULTS = ["pass", "fail", "review"];

  // ------------------------------------------------------------------ small helpers
  function byId(id) { return document.getElementById(id); }
  function each(selector, fn) {
    Array.prototype.forEach.call(document.querySelectorAll(selector), fn);
  }
  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (key) {
      if (key === "text") node.textContent = attrs[key];
      else node.setAttribute(key, attrs[key]);
    });
    (children || []).forEach(function (child) {
      node.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
    });
    return node;
  }
  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }
  function clone(value) { return JSON.parse(JSON.stringify(value)); }
  function now() { return new Date().toISOString().slice(0, 16).replace("T", " "); }
  // Sorted keys, without the times a decision was made at: two states compare by content.
  function canonical(value) {
    if (Array.isArray(value)) return "[" + value.map(canonical).join(",") + "]";
    if (value && typeof value === "object") {
      return "{" + Object.keys(value).sort().filter(function (k) { return k !== "at"; })
        .map(function (k) { return JSON.stringify(k) + ":" + canonical(value[k]); }).join(",") + "}";
    }
    return JSON.stringify(value === undefined ? null : value);
  }

  // ------------------------------------------------------------------ storage
  function load(key) {
    try {
      var raw = localStorage.getItem(PREFIX + key);
      return raw === null ? null : JSON.parse(raw);
    } catch (e) { return null; }
  }
  function keep(key, value) { localStorage.setItem(PREFIX + key, JSON.stringify(value)); }
  function storageWorks() {
    try { keep("probe", 1); localStorage.removeItem(PREFIX + "probe"); return true; }
    catch (e) { return false; }
  }
  function stateKey(run, cid) { return "run:" + run + ":" + cid; }
  // A candidate's decisions: what this browser holds for the run, else what the run applied.
  function stateOf(run, candidate) {
    var stored = load(stateKey(run, candidate.cid));
    return stored && stored.knockouts && stored.points ? stored : clone(candidate.decided);
  }
  function pending(state, candidate) { return canonical(state) !== canonical(candidate.decided); }
  // Open: required and neither decided nor waiting for a correction of its inputs (the next
  // run recomputes a knock-out from a corrected value, as the review file does).
  function openItems(state, candidate, inputs) {
    var applied = candidate.decided.corrections.map(canonical);
    var corrected = state.corrections.filter(function (c) {
      return applied.indexOf(canonical(c)) < 0;
    }).map(function (c) { return c.field; });
    return candidate.required.filter(function (key) {
      var name = key.split(".")[1];
      if (key.indexOf("points.") === 0) return !state.points[name];
      return !state.knockouts[name] && !corrected.some(function (field) {
        return inputs[name].some(function (prefix) { return field.indexOf(prefix) === 0; });
      });
    });
  }
  function madeCount(state) {
    return Object.keys(state.knockouts).length + Object.keys(state.points).length;
  }

  // ------------------------------------------------------------------ reviewer, asked once
  function reviewerName() { return load("reviewer") || ""; }
  function renderReviewer(onChange) {
    var box = byId("reviewer");
    if (!box) return;
    clear(box);
    var name = reviewerName();
    if (name) {
      var change = el("button", { type: "button", id: "reviewer-change", "class": "link", text: "wijzigen" });
      change.addEventListener("click", function () {
        localStorage.removeItem(PREFIX + "reviewer");
        renderReviewer(onChange);
        byId("reviewer-name").value = name;
        byId("reviewer-name").focus();
      });
      box.appendChild(el("span", {}, ["Beoordelaar: ", el("strong", { id: "reviewer-current", text: name }), " "]));
      box.appendChild(change);
      return;
    }
    var input = el("input", { type: "text", id: "reviewer-name", placeholder: "voornaam achternaam", "aria-label": "uw naam" });
    var save = el("button", { type: "button", id: "reviewer-save", text: "Opslaan" });
    function commit() {
      if (!input.value.trim()) { input.focus(); return; }
      keep("reviewer", input.value.trim());
      renderReviewer(onChange);
      if (onChange) onChange();
    }
    save.addEventListener("click", commit);
    input.addEventListener("keydown", function (e) { if (e.key === "Enter") commit(); });
    box.appendChild(el("label", {}, ["Uw naam als beoordelaar (één keer; staat bij elk besluit): ", input]));
    box.appendChild(save);
  }

  // ------------------------------------------------------------------ values and their controls
  function parseDate(text, months) {
    var t = " " + text.toLowerCase().replace(/\s+/g, " ") + " ";
    var m = t.match(/(\d{4})-(\d{1,2})-(\d{1,2})/);
    if (m) return isoDate(+m[1], +m[2], +m[3]);
    m = t.match(/(\d{1,2})[-./ ](\d{1,2})[-./ ](\d{4})/);
    if (m) return isoDate(+m[3], +m[2], +m[1]);
    var names = Object.keys(months).sort(function (a, b) { return b.length - a.length; }).join("|");
    m = t.match(new RegExp("(\\d{1,2})\\s+(" + names + ")\\.?\\s+(\\d{4})"));
    if (m) return isoDate(+m[3], months[m[2]], +m[1]);
    // a month without a day means its last day, as the pipeline reads 'geldig tot 03-2028'
    m = t.match(new RegExp("[^a-z](" + names + ")\\.?\\s+(\\d{4})"));
    if (m) return isoDate(+m[2], months[m[1]], 0);
    m = t.match(/[^\d](\d{1,2})[-/](\d{4})/);
    if (m) return isoDate(+m[2], +m[1], 0);
    return null;
  }
  function isoDate(year, month, day) {
    if (month < 1 || month > 12) return null;
    if (day === 0) day = new Date(Date.UTC(year, month, 0)).getUTCDate();
    var date = new Date(Date.UTC(year, month - 1, day));
    if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
    return date.toISOString().slice(0, 10);
  }
  function show(value, field, d) {
    if (value === null || value === undefined) return "onbekend";
    if (value === true) return "ja";
    if (value === false) return "nee";
    if (Array.isArray(value)) return value.length ? value.join(", ") : "geen";
    if (typeof value === "object") return value.name || JSON.stringify(value);
    if (/field_class$/.test(field) && d.field_classes[value]) return d.field_classes[value];
    return String(value);
  }
  function select(options, value) {
    var node = el("select", { id: "cor-input" });
    options.forEach(function (option) {
      var o = el("option", { value: JSON.stringify(option[0]), text: option[1] });
      if (canonical(option[0]) === canonical(value)) o.selected = true;
      node.appendChild(o);
    });
    return node;
  }
  // The control for one field type: a node, how to read a value from it, and how to take a
  // value over from words selected in the CV text.
  function control(field, d) {
    var type = field.type, value = field.value;
    var yesNo = [[true, "ja"], [false, "nee"]];
    if (type === "bool" || type === "completed" || type === "level" || type === "field_class") {
      var options = type === "bool" ? yesNo
        : type === "completed" ? yesNo.concat([[null, "onbekend"]])
        : type === "level" ? d.levels.map(function (l) { return [l, l.toUpperCase()]; })
        : Object.keys(d.field_classes).map(function (k) { return [k, d.field_classes[k]]; });
      var node = select(options, value);
      return {
        node: node,
        read: function () { return { value: JSON.parse(node.value) }; },
        take: null
      };
    }
    if (type === "names") {
      var box = el("span", { id: "cor-input" });
      var current = Array.isArray(value) ? value : [];
      d.counted.forEach(function (name) {
        var check = el("input", { type: "checkbox", value: name, "class": "cert" });
        check.checked = current.indexOf(name) >= 0;
        box.appendChild(el("label", {}, [check, " " + name + " "]));
      });
      var other = el("input", { type: "text", id: "cor-other", placeholder: "andere, met komma's" });
      other.value = current.filter(function (n) { return d.counted.indexOf(n) < 0; }).join(", ");
      box.appendChild(other);
      return {
        node: box,
        read: function () {
          var names = [];
          Array.prototype.forEach.call(box.querySelectorAll("input.cert"), function (c) {
            if (c.checked) names.push(c.value);
          });
          other.value.split(",").forEach(function (n) { if (n.trim()) names.push(n.trim()); });
          return { value: names };
        },
        take: function (words) {
          var found = d.counted.filter(function (name) {
            return new RegExp("(^|[^a-z])" + name.toLowerCase() + "([^a-z]|$)").test(words.toLowerCase());
          });
          Array.prototype.forEach.call(box.querySelectorAll("input.cert"), function (c) {
            if (found.indexOf(c.value) >= 0) c.checked = true;
          });
          return found.length ? "" : "geen certificaat " + d.counted.join("/") + " in de selectie";
        }
      };
    }
    var input = el("input", { type: "text", id: "cor-input", size: type === "text" ? 30 : 12 });
    if (type === "date") input.placeholder = "JJJJ-MM-DD of DD-MM-JJJJ";
    if (value !== null && value !== undefined && typeof value !== "object") input.value = String(value);
    return {
      node: input,
      read: function () {
        var text = input.value.trim();
        if (type === "date") {
          var iso = parseDate(text, d.months);
          return iso ? { value: iso } : { error: "geen geldige datum: gebruik JJJJ-MM-DD of DD-MM-JJJJ" };
        }
        if (type === "count" || type === "count1") {
          var min = type === "count1" ? 1 : 0;
          if (!/^\d+$/.test(text) || +text < min) return { error: "geef een heel getal van " + min + " of meer" };
          return { value: +text };
        }
        return text ? { value: text } : { error: "vul een waarde in" };
      },
      take: function (words) {
        if (type === "date") {
          var iso = parseDate(words, d.months);
          if (!iso) return "geen datum in de selectie";
          input.value = iso;
        } else if (type === "count" || type === "count1") {
          var number = words.match(/\d+/);
          if (!number) return "geen getal in de selectie";
          input.value = number[0];
        } else {
          input.value = words;
        }
        return "";
      }
    };
  }

  // The words last selected in the CV text, without the labels the report puts between them.
  var selection = null;
  function watchSelection() {
    document.addEventListener("selectionchange", function () {
      var sel = window.getSelection();
      var pane = byId("cv");
      if (!sel || sel.isCollapsed || !pane || !pane.contains(sel.anchorNode)) return;
      var fragment = sel.getRangeAt(0).cloneContents();
      Array.prototype.forEach.call(fragment.querySelectorAll(".evtag"), function (tag) { tag.remove(); });
      var words = fragment.textContent.replace(/\s+/g, " ").trim();
      var node = sel.anchorNode.nodeType === 1 ? sel.anchorNode : sel.anchorNode.parentNode;
      var page = node.closest("section.page");
      if (words) selection = { words: words, page: page ? page.id.replace("page-", "") : "" };
    });
  }

  // ------------------------------------------------------------------ candidate page
  function initCandidate(d) {
    var candidate = { cid: d.cid, decided: d.decided, required: d.required };
    var key = stateKey(d.run, d.cid);
    var state = stateOf(d.run, candidate);
    var fields = {};
    d.fields.forEach(function (f) { fields[f.field] = f; });
    var message = byId("decide-msg");
    function say(text, bad) {
      message.textContent = text;
      message.className = "small" + (bad ? " bad" : "");
    }
    function label(field) {
      return fields[field] ? fields[field].label : (d.field_labels[field] || field);
    }
    function ready(reasonInput) {
      if (!reviewerName()) {
        say("Vul eerst uw naam als beoordelaar in.", true);
        if (byId("reviewer-name")) byId("reviewer-name").focus();
        return false;
      }
      if (!reasonInput.value.trim()) {
        say("Een besluit heeft een reden nodig.", true);
        reasonInput.focus();
        return false;
      }
      return true;
    }
    function commit(text) {
      keep(key, state);
      render();
      say(text, false);
    }
    function decision(extra, reason) {
      extra.reviewer = reviewerName();
      extra.reason = reason.value.trim();
      extra.at = now();
      return extra;
    }
    function status(row, made, text) {
      var span = row.querySelector(".decision-status");
      span.textContent = made ? text : "nog geen besluit";
      span.className = "decision-status small" + (made ? " made" : "");
      row.querySelector(".withdraw").hidden = !made;
    }

    each("tr.decide-row[data-ko]", function (row) {
      var name = row.getAttribute("data-ko");
      var choice = row.querySelector(".ko-choice"), reason = row.querySelector(".ko-reason");
      row.querySelector(".ko-save").addEventListener("click", function () {
        if (!choice.value) { say("Kies: voorstel bevestigen of overrulen.", true); choice.focus(); return; }
        if (!ready(reason)) return;
        var result = choice.value === "confirm" ? d.proposals[name] : choice.value;
        state.knockouts[name] = decision({ result: result }, reason);
        commit(d.labels["knockouts." + name] + ": " + d.results[result] + " vastgelegd.");
      });
      row.querySelector(".withdraw").addEventListener("click", function () {
        delete state.knockouts[name];
        commit(d.labels["knockouts." + name] + ": besluit ingetrokken.");
      });
    });

    each("tr.decide-row[data-points]", function (row) {
      var name = row.getAttribute("data-points"), max = d.points_max[name];
      var label = d.labels["points." + name];
      var points = row.querySelector(".pts-value"), reason = row.querySelector(".pts-reason");
      row.querySelector(".pts-save").addEventListener("click", function () {
        var value = Number(points.value.trim().replace(",", "."));
        if (points.value.trim() === "" || isNaN(value) || value < 0 || value > max) {
          say(label + ": een getal van 0 tot " + max + ".", true);
          points.focus();
          return;
        }
        if (!ready(reason)) return;
        state.points[name] = decision({ points: value }, reason);
        commit(label + ": " + value + " punten vastgelegd.");
      });
      row.querySelector(".withdraw").addEventListener("click", function () {
        delete state.points[name];
        commit(label + ": besluit ingetrokken.");
      });
    });

    var fieldSelect = byId("cor-field"), current = null;
    function showControl() {
      var field = fields[fieldSelect.value];
      current = control(field, d);
      var holder = byId("cor-value");
      clear(holder);
      holder.appendChild(current.node);
      byId("cor-current").textContent = show(field.value, field.field, d);
      byId("cor-pick").hidden = !current.take;
      byId("cor-picked").textContent = "";
    }
    if (fieldSelect) {
      fieldSelect.addEventListener("change", showControl);
      showControl();
      byId("cor-pick").addEventListener("click", function () {
        if (!selection) { say("Selecteer eerst de woorden in de tekst van het cv (rechts).", true); return; }
        var problem = current.take(selection.words);
        byId("cor-picked").textContent = problem ? "" :
          "uit het cv" + (selection.page ? ", p. " + selection.page : "") + ": “" + selection.words + "”";
        say(problem || "Waarde overgenomen; controleer haar en geef een reden.", !!problem);
      });
      byId("cor-save").addEventListener("click", function () {
        var field = fieldSelect.value, read = current.read(), reason = byId("cor-reason");
        if (read.error) { say(label(field) + ": " + read.error + ".", true); return; }
        if (!ready(reason)) return;
        state.corrections = state.corrections.filter(function (c) { return c.field !== field; });
        state.corrections.push(decision({ field: field, value: read.value }, reason));
        reason.value = "";
        commit(label(field) + ": correctie vastgelegd (" + show(read.value, field, d) + ").");
      });
      each("button.fix", function (button) {
        button.addEventListener("click", function () {
          if (!fields[button.getAttribute("data-field")]) return;
          fieldSelect.value = button.getAttribute("data-field");
          showControl();
          byId("correct-form").scrollIntoView({ block: "center" });
          byId("cor-input").focus();
        });
      });
    }

    function renderCorrections() {
      var table = byId("cor-list");
      if (!table) return;
      var body = table.tBodies[0];
      clear(body);
      var applied = d.decided.corrections.map(canonical);
      state.corrections.forEach(function (c, index) {
        var undo = el("button", { type: "button", "class": "link", text: "intrekken" });
        undo.addEventListener("click", function () {
          state.corrections.splice(index, 1);
          commit(label(c.field) + ": correctie ingetrokken.");
        });
        var done = applied.indexOf(canonical(c)) >= 0;
        body.appendChild(el("tr", {}, [
          el("td", { text: label(c.field) }), el("td", { text: show(c.value, c.field, d) }),
          el("td", { text: c.reviewer || "" }), el("td", { text: c.reason || "" }),
          el("td", { "class": "small", text: done ? "verwerkt in deze run" : "nog niet verwerkt" }),
          el("td", {}, [undo])
        ]));
      });
      table.hidden = !state.corrections.length;
    }

    function render() {
      var open = openItems(state, candidate, d.inputs);
      each("tr.decide-row[data-ko]", function (row) {
        var name = row.getAttribute("data-ko"), made = state.knockouts[name];
        var waits = !made && d.required.indexOf("knockouts." + name) >= 0 && open.indexOf("knockouts." + name) < 0;
        status(row, !!made, made ? "besloten: " + d.results[made.result] + " – " + made.reviewer + ": " + made.reason : "");
        if (waits) row.querySelector(".decision-status").textContent = "wordt opnieuw berekend uit de correctie bij de volgende run";
        row.setAttribute("data-open", open.indexOf("knockouts." + name) >= 0 ? "1" : "0");
        var badge = byId("fact-ko-" + name).querySelector(".ko-open");
        if (badge) badge.hidden = open.indexOf("knockouts." + name) < 0;
      });
      each("tr.decide-row[data-points]", function (row) {
        var m = state.points[row.getAttribute("data-points")];
        status(row, !!m, m ? "besloten: " + m.points + " punten – " + m.reviewer + ": " + (m.reason || "") : "");
        row.setAttribute("data-open", m ? "0" : "1");
      });
      renderCorrections();
      var banner = byId("open-decisions");
      byId("open-list").textContent = open.map(function (k) { return d.labels[k]; }).join("; ");
      banner.hidden = !open.length;
      var note = pending(state, candidate) ?
        " Besluiten gewijzigd sinds deze run: exporteer review.yaml op het overzicht en screen opnieuw." : "";
      if (!open.length && !message.textContent) say("Alle besluiten op deze pagina zijn genomen." + note, false);
    }

    renderReviewer(function () { say("", false); });
    watchSelection();
    render();
  }

  // ------------------------------------------------------------------ review.yaml out and in
  function yamlString(text) {
    // JSON's escapes are YAML's; characters YAML may not hold raw are escaped too
    return JSON.stringify(String(text)).replace(/[\u007f-\u009f\u2028\u2029\ufeff]/g, function (c) {
      return "\\u" + ("000" + c.charCodeAt(0).toString(16)).slice(-4);
    });
  }
  function yamlValue(value) {
    if (value === null || value === undefined) return "null";
    if (typeof value === "boolean" || typeof value === "number") return String(value);
    if (Array.isArray(value)) return "[" + value.map(yamlValue).join(", ") + "]";
    if (typeof value === "object") {
      return "{" + Object.keys(value).map(function (k) { return k + ": " + yamlValue(value[k]); }).join(", ") + "}";
    }
    return yamlString(value);
  }
  function flow(decision, keys) {
    return "{" + keys.map(function (k) { return k + ": " + yamlValue(decision[k]); }).join(", ") + "}";
  }
  function reviewYaml(d, states) {
    var lines = [
      "# Reviewbestand (cvscreen), geëxporteerd uit het rapport van run " + d.run + " op " + now() + " UTC.",
      "# Pas het toe met: cvscreen screen INVOERMAP --out UITVOERMAP --review review.yaml",
      "# Formaat: docs/review-file.md.",
      "candidates:"
    ];
    d.candidates.forEach(function (candidate) {
      var state = states[candidate.cid];
      var names = Object.keys(state.knockouts), scored = Object.keys(state.points);
      if (!scored.length && !names.length && !state.corrections.length) return;
      lines.push("  " + yamlString(candidate.file) + ":");
      scored.forEach(function (name) {
        lines.push("    " + name + ": " + flow(state.points[name], ["points", "reviewer", "reason"]));
      });
      if (names.length) {
        lines.push("    knockouts:");
        names.forEach(function (name) {
          lines.push("      " + name + ": " + flow(state.knockouts[name], ["result", "reviewer", "reason"]));
        });
      }
      if (state.corrections.length) {
        lines.push("    corrections:");
        state.corrections.forEach(function (c) {
          lines.push("      - field: " + yamlString(c.field));
          lines.push("        value: " + yamlValue(c.value));
          lines.push("        reviewer: " + yamlValue(c.reviewer));
          lines.push("        reason: " + yamlValue(c.reason));
        });
      }
    });
    return lines.join("\n") + "\n";
  }

  // The YAML that review files are written in: block mappings and lists, one-line {..} and
  // [..], plain and quoted scalars, comments. Anything else is refused with its line.
  function parseYaml(text) {
    var lines = [];
    text.replace(/^\ufeff/, "").replace(/\r\n?/g, "\n").split("\n").forEach(function (raw, index) {
      var line = stripComment(raw);
      if (!line.trim()) return;
      var indent = line.match(/^[ \t]*/)[0];
      if (indent.indexOf("\t") >= 0) throw fail(index + 1, "tab in de inspringing");
      lines.push({ n: index + 1, indent: indent.length, text: line.trim() });
    });
    var pos = 0;
    function fail(n, why) { return new Error("regel " + n + ": " + why); }
    function isItem(line) { return line.text === "-" || line.text.indexOf("- ") === 0; }
    function block(indent) {
      return isItem(lines[pos]) ? sequence(lines[pos].indent) : mapping(lines[pos].indent);
    }
    function nested(indent) {
      var next = lines[pos];
      if (next && (next.indent > indent || (next.indent === indent && isItem(next)))) return block(indent);
      return null;
    }
    function mapping(indent) {
      var out = {};
      while (pos < lines.length && lines[pos].indent === indent && !isItem(lines[pos])) {
        var line = lines[pos], pair = splitKey(line.text, line.n);
        if (!pair) throw fail(line.n, "'sleutel: waarde' verwacht");
        pos++;
        if (Object.prototype.hasOwnProperty.call(out, pair.key)) throw fail(line.n, "'" + pair.key + "' staat er twee keer");
        out[pair.key] = pair.rest === "" ? nested(indent) : inline(pair.rest, line.n);
      }
      if (pos < lines.length && lines[pos].indent > indent) throw fail(lines[pos].n, "onverwachte inspringing");
      return out;
    }
    function sequence(indent) {
      var out = [];
      while (pos < lines.length && lines[pos].indent === indent && isItem(lines[pos])) {
        var line = lines[pos], rest = line.text.slice(1).trim();
        if (rest === "") { pos++; out.push(nested(indent)); continue; }
        if (splitKey(rest, line.n)) {
          lines[pos] = { n: line.n, indent: indent + line.text.length - rest.length, text: rest };
          out.push(mapping(lines[pos].indent));
        } else {
          pos++;
          out.push(inline(rest, line.n));
        }
      }
      return out;
    }
    var result = lines.length ? block(0) : null;
    if (pos < lines.length) throw fail(lines[pos].n, "onverwachte inspringing");
    return result;
  }
  function stripComment(line) {
    var quote = null;
    for (var i = 0; i < line.length; i++) {
      var c = line[i];
      if (quote) {
        if (c === "\\" && quote === '"') i++;
        else if (c === quote) quote = null;
      } else if (c === '"' || c === "'") {
        if (i === 0 || /[\s:,[{-]/.test(line[i - 1])) quote = c;
      } else if (c === "#" && (i === 0 || /\s/.test(line[i - 1]))) {
        return line.slice(0, i);
      }
    }
    return line;
  }
  // "key: rest" -> {key, rest}, or null when the text is no mapping entry.
  function splitKey(text, n) {
    if (/^[[{]/.test(text)) return null;
    var key, rest;
    if (text[0] === '"' || text[0] === "'") {
      var reader = { text: text, i: 0, n: n };
      key = quoted(reader);
      rest = text.slice(reader.i);
      if (!/^\s*:(\s|$)/.test(rest)) return null;
      rest = rest.replace(/^\s*:/, "");
    } else {
      var match = text.match(/^([^:]*?)\s*:(\s|$)/);
      if (!match) return null;
      key = match[1];
      rest = text.slice(match[0].length);
    }
    return { key: key, rest: rest.trim() };
  }
  function inline(text, n) {
    if (/^[|>]/.test(text)) throw new Error("regel " + n + ": tekst over meer regels wordt niet gelezen; zet hem op één regel");
    var reader = { text: text, i: 0, n: n };
    var value = flowValue(reader, true);
    if (reader.text.slice(reader.i).trim()) throw new Error("regel " + n + ": onverwachte tekst na de waarde");
    return value;
  }
  function quoted(r) {
    var q = r.text[r.i++], out = "";
    while (r.i < r.text.length) {
      var c = r.text[r.i++];
      if (c === q) {
        if (q === "'" && r.text[r.i] === "'") { out += "'"; r.i++; continue; }
        return out;
      }
      if (c === "\\" && q === '"') {
        var e = r.text[r.i++];
        var simple = { n: "\n", t: "\t", r: "\r", b: "\b", f: "\f", "0": "\0", '"': '"', "\\": "\\", "/": "/", " ": " " };
        if (e === "u" || e === "x") {
          var size = e === "u" ? 4 : 2;
          out += String.fromCharCode(parseInt(r.text.substr(r.i, size), 16));
          r.i += size;
        } else if (simple[e] !== undefined) {
          out += simple[e];
        } else {
          throw new Error("regel " + r.n + ": onbekende escape \\" + e);
        }
        continue;
      }
      out += c;
    }
    throw new Error("regel " + r.n + ": aanhalingsteken niet gesloten");
  }
  function flowValue(r, top) {
    while (r.text[r.i] === " ") r.i++;
    var c = r.text[r.i];
    if (c === "{" || c === "[") {
      var close = c === "{" ? "}" : "]", out = c === "{" ? {} : [];
      r.i++;
      for (;;) {
        while (r.text[r.i] === " ") r.i++;
        if (r.text[r.i] === close) { r.i++; return out; }
        if (c === "{") {
          var key = r.text[r.i] === '"' || r.text[r.i] === "'" ? quoted(r) : plain(r, ":").trim();
          while (r.text[r.i] === " ") r.i++;
          if (r.text[r.i] !== ":") throw new Error("regel " + r.n + ": ':' verwacht na '" + key + "'");
          r.i++;
          out[key] = flowValue(r, false);
        } else {
          out.push(flowValue(r, false));
        }
        while (r.text[r.i] === " ") r.i++;
        if (r.text[r.i] === ",") { r.i++; continue; }
        if (r.text[r.i] !== close) throw new Error("regel " + r.n + ": '" + close + "' verwacht");
      }
    }
    if (c === '"' || c === "'") return quoted(r);
    return resolve(plain(r, top ? "" : ",]}").trim());
  }
  function plain(r, stops) {
    var start = r.i;
    while (r.i < r.text.length && stops.indexOf(r.text[r.i]) < 0) r.i++;
    return r.text.slice(start, r.i);
  }
  function resolve(text) {
    if (/^(null|Null|NULL|~|)$/.test(text)) return null;
    if (/^(true|True|TRUE|yes|Yes|YES|on|On|ON)$/.test(text)) return true;
    if (/^(false|False|FALSE|no|No|NO|off|Off|OFF)$/.test(text)) return false;
    if (/^[-+]?\d+$/.test(text)) return parseInt(text, 10);
    if (/^[-+]?(\d+\.\d*|\.\d+)([eE][-+]?\d+)?$/.test(text)) return parseFloat(text);
    return text;
  }
  // A review file's entries as decision states, by candidate; unknown files are named.
  function importReview(parsed, d) {
    if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) throw new Error("geen reviewbestand: 'candidates:' ontbreekt");
    var entries = parsed.candidates || {};
    var byFile = {};
    d.candidates.forEach(function (c) { byFile[c.file] = c; });
    var states = {}, unknown = [];
    Object.keys(entries).forEach(function (file) {
      var candidate = byFile[file], entry = entries[file] || {};
      if (!candidate) { unknown.push(file); return; }
      var state = { points: {}, knockouts: {}, corrections: [] };
      d.scored.forEach(function (name) {
        var m = entry[name];
        if (m && m.points !== null && m.points !== undefined) {
          state.points[name] = { points: Number(String(m.points).replace(",", ".")), reviewer: m.reviewer || null, reason: m.reason || null };
        }
      });
      Object.keys(entry.knockouts || {}).forEach(function (name) {
        var k = entry.knockouts[name];
        if (k && KNOCKOUT_RESULTS.indexOf(k.result) >= 0) {
          state.knockouts[name] = { result: k.result, reviewer: k.reviewer || null, reason: k.reason || null };
        }
      });
      (entry.corrections || []).forEach(function (c) {
        if (c && c.field) {
          state.corrections.push({ field: c.field, value: c.value === undefined ? null : c.value, reviewer: c.reviewer || null, reason: c.reason || null });
        }
      });
      states[candidate.cid] = state;
    });
    return { states: states, unknown: unknown };
  }

  // ------------------------------------------------------------------ overview
  function initOverview(d) {
    var states = {};
    function render() {
      var made = 0, open = 0, corrections = 0, waiting = 0, behindOpen = 0;
      d.candidates.forEach(function (candidate) {
        var state = stateOf(d.run, candidate);
        states[candidate.cid] = state;
        var items = openItems(state, candidate, d.inputs);
        made += madeCount(state);
        open += items.length;
        corrections += state.corrections.length;
        if (pending(state, candidate)) waiting++;
        if (candidate.behind) behindOpen += items.length;
        var row = byId("row-" + candidate.number), cell = row && row.querySelector("td.decisions");
        if (!cell) return;
        row.setAttribute("data-open", String(items.length));
        cell.setAttribute("data-v", String(items.length));
        clear(cell);
        cell.appendChild(items.length ? el("span", { "class": "badge open", title: items.map(function (k) { return d.labels[k]; }).join("; "), text: items.length + " open" })
          : el("span", { "class": "small muted", text: "genomen" }));
        if (pending(state, candidate)) cell.appendChild(el("div", { "class": "small", text: "nog niet verwerkt" }));
      });
      var text = made + " genomen, " + open + " open";
      if (corrections) text += " · " + corrections + " correctie(s)";
      if (waiting) {
        text += " · " + waiting + (waiting === 1 ? " kandidaat" : " kandidaten") +
          " met besluiten die nog niet in de uitkomsten staan: exporteer review.yaml en screen opnieuw met --review";
      }
      byId("decision-count").textContent = text;
      var badge = byId("shortlist-state"), note = byId("shortlist-note");
      var final = !d.provisional && !waiting;
      badge.textContent = final ? "definitief" : "voorlopig";
      badge.className = "badge " + (final ? "pass" : "provisional");
      note.textContent = final ? "Alle besluiten achter de shortlist zijn genomen en verwerkt."
        : behindOpen ? behindOpen + " open besluit(en) kunnen de shortlist nog veranderen."
        : "Alle besluiten achter de shortlist zijn genomen; exporteer review.yaml en screen opnieuw met --review om de shortlist definitief te maken.";
      var filter = byId("f-open");
      if (filter) filter.dispatchEvent(new Event("change"));
    }
    renderReviewer(render);
    var exportButton = byId("export");
    if (exportButton) {
      exportButton.addEventListener("click", function () {
        render();
        var blob = new Blob([reviewYaml(d, states)], { type: "text/yaml;charset=utf-8" });
        var link = el("a", { href: URL.createObjectURL(blob), download: "review.yaml" });
        document.body.appendChild(link);
        link.click();
        setTimeout(function () { URL.revokeObjectURL(link.href); link.remove(); }, 1000);
        byId("import-msg").textContent = "review.yaml geëxporteerd.";
      });
    }
    var importInput = byId("import");
    if (importInput) {
      importInput.addEventListener("change", function () {
        var file = importInput.files[0], msg = byId("import-msg");
        if (!file) return;
        var reader = new FileReader();
        reader.onload = function () {
          try {
            var result = importReview(parseYaml(String(reader.result)), d);
            Object.keys(result.states).forEach(function (cid) { keep(stateKey(d.run, cid), result.states[cid]); });
            msg.textContent = "Ingelezen: besluiten van " + Object.keys(result.states).length + " kandidaat/kandidaten" +
              (result.unknown.length ? "; niet in deze run: " + result.unknown.join(", ") : "") + ".";
            msg.className = "small" + (result.unknown.length ? " bad" : "");
          } catch (error) {
            msg.textContent = file.name + " niet ingelezen: " + error.message;
            msg.className = "small bad";
          }
          importInput.value = "";
          render();
        };
        reader.readAsText(file, "utf-8");
      });
    }
    window.addEventListener("storage", render);     // a candidate page in another tab decided
    window.addEventListener("pageshow", render);    // back from a candidate page
    render();
  }

  document.addEventListener("DOMContentLoaded", function () {
    var holder = byId("cvscreen-data");
    if (!holder) return;
    var d = JSON.parse(holder.textContent);
    if (!storageWorks()) {
      var bar = byId("decision-bar");
      if (bar) bar.textContent = "Deze browser bewaart geen gegevens voor pagina's van schijf (localStorage is uit), dus besluiten kunnen hier niet worden vastgelegd. Gebruik Chrome, Edge of Chromium, of het reviewbestand (cvscreen review init).";
      return;
    }
    if (d.page === "candidate") initCandidate(d);
    else initOverview(d);
  });
})();

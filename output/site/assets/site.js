/* doc2spec reference site, part 3 of 3: table filters, copy buttons, deep links, tabs;
   starts every part once the page is parsed (search.js and search-results.js come first).
   All text from the spec reaches the page through textContent, never as markup. */
(function () {
  "use strict";

  var D = window.DOC2SPEC;
  var norm = D.norm, tokensOf = D.tokensOf, el = D.el;

  /* ---------- table and list filters ---------- */
  function setupFilters() {
    var containers = {};
    function entry(sel) {
      if (!containers[sel]) containers[sel] = { sel: sel, node: document.querySelector(sel), texts: [], selects: [], itemsSel: null, groupsSel: null };
      return containers[sel];
    }
    document.querySelectorAll("[data-filter]").forEach(function (input) {
      var c = entry(input.getAttribute("data-filter"));
      c.texts.push(input);
      c.itemsSel = input.getAttribute("data-filter-items");
      c.groupsSel = input.getAttribute("data-filter-groups");
      c.count = input.parentNode.querySelector("[data-filter-count]");
      c.countSel = input.getAttribute("data-filter-count-items");
      c.countLabel = input.getAttribute("data-filter-count-label") || "shown";
    });
    document.querySelectorAll("[data-filter-select]").forEach(function (sel) {
      entry(sel.getAttribute("data-filter-select")).selects.push(sel);
    });
    Object.keys(containers).forEach(function (k) {
      var c = containers[k];
      if (!c.node || !c.itemsSel) return;
      c.items = Array.prototype.slice.call(c.node.querySelectorAll(c.itemsSel));
      c.hay = c.items.map(function (it) { return norm(it.textContent); });
      var apply = function () { applyFilter(c); };
      c.texts.forEach(function (i) { i.addEventListener("input", apply); });
      c.selects.forEach(function (s) { s.addEventListener("change", apply); });
      c.apply = apply;
      var q = new URLSearchParams(location.search).get("q");
      if (q && c.texts.length) c.texts[0].value = q;
      apply();
    });
    return containers;
  }

  function applyFilter(c) {
    var toks = [];
    c.texts.forEach(function (i) { toks = toks.concat(tokensOf(i.value)); });
    var shown = 0, total = 0;
    c.items.forEach(function (it, n) {
      var ok = toks.every(function (t) { return c.hay[n].indexOf(t) >= 0; });
      c.selects.forEach(function (s) {
        if (s.value && it.getAttribute("data-" + s.getAttribute("data-filter-attr")) !== s.value) ok = false;
      });
      it.hidden = !ok;
      if (!c.countSel || it.matches(c.countSel)) { total++; if (ok) shown++; }
    });
    if (c.groupsSel) {
      c.node.querySelectorAll(c.groupsSel).forEach(function (g) {
        g.hidden = !g.querySelector(c.itemsSel.split(",")[0] + ":not([hidden])");
      });
    }
    if (c.count) c.count.textContent = shown + " of " + total + " " + c.countLabel;
  }

  /* ---------- copy buttons, expand/collapse, print ---------- */
  function copyText(text, done) {
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(done, function () { fallbackCopy(text); done(); });
    } else { fallbackCopy(text); done(); }
  }
  function fallbackCopy(text) {
    var ta = el("textarea"); ta.value = text; ta.setAttribute("readonly", "");
    ta.style.position = "fixed"; ta.style.opacity = "0";
    document.body.appendChild(ta); ta.select();
    try { document.execCommand("copy"); } catch (e) { /* nothing more to try */ }
    document.body.removeChild(ta);
  }
  function setupButtons() {
    document.addEventListener("click", function (e) {
      var b = e.target.closest ? e.target.closest("button") : null;
      if (!b) return;
      if (b.hasAttribute("data-copy")) {
        var target = document.getElementById(b.getAttribute("data-copy"));
        if (!target) return;
        copyText(target.textContent, function () {
          b.textContent = "Copied"; b.classList.add("copied");
          setTimeout(function () { b.textContent = "Copy"; b.classList.remove("copied"); }, 1500);
        });
      } else if (b.hasAttribute("data-expand")) {
        var open = b.getAttribute("data-expand") === "open";
        var block = b.closest("[data-schema]");
        if (block) block.querySelectorAll("details").forEach(function (d) { d.open = open; });
      }
    });
    var opened = [];
    window.addEventListener("beforeprint", function () {
      document.querySelectorAll("details:not([open])").forEach(function (d) { d.open = true; opened.push(d); });
    });
    window.addEventListener("afterprint", function () {
      opened.forEach(function (d) { d.open = false; }); opened = [];
    });
  }

  /* ---------- deep links: open enclosing details, highlight all rows of an error code ---------- */
  function revealHash(filters) {
    var id = "";
    try { id = decodeURIComponent(location.hash.slice(1)); } catch (e) { id = location.hash.slice(1); }
    document.querySelectorAll(".is-target").forEach(function (n) { n.classList.remove("is-target"); });
    if (!id) return;
    var target = document.getElementById(id);
    if (!target) return;
    if (target.hidden || (target.closest && target.closest("[hidden]"))) {
      Object.keys(filters).forEach(function (k) {
        var c = filters[k];
        c.texts.forEach(function (i) { i.value = ""; });
        c.selects.forEach(function (s) { s.value = ""; });
        if (c.apply) c.apply();
      });
    }
    for (var p = target.parentElement; p; p = p.parentElement) {
      if (p.tagName === "DETAILS") p.open = true;
    }
    var code = target.getAttribute("data-code");
    if (code !== null) {
      document.querySelectorAll("tr[data-code]").forEach(function (row) {
        if (row.getAttribute("data-code") === code) row.classList.add("is-target");
      });
    } else {
      target.classList.add("is-target");
    }
    target.scrollIntoView({ block: "start" });
  }

  /* ---------- tabs (snippets): arrow keys move, the choice of language is remembered ---------- */
  var TAB_KEY = "doc2spec-tab";
  function selectTab(tab, focus) {
    var box = tab.closest("[data-tabs]");
    box.querySelectorAll('[role="tab"]').forEach(function (t) {
      var on = t === tab;
      t.setAttribute("aria-selected", on ? "true" : "false");
      t.tabIndex = on ? 0 : -1;
      var panel = document.getElementById(t.getAttribute("aria-controls"));
      if (panel) panel.hidden = !on;
    });
    if (focus) tab.focus();
  }
  function setupTabs() {
    var wanted = null;
    try { wanted = window.localStorage.getItem(TAB_KEY); } catch (e) { /* file:// may refuse */ }
    document.querySelectorAll("[data-tabs]").forEach(function (box) {
      var tabs = Array.prototype.slice.call(box.querySelectorAll('[role="tab"]'));
      tabs.forEach(function (t, n) {
        t.addEventListener("click", function () {
          selectTab(t, false);
          try { window.localStorage.setItem(TAB_KEY, t.id.split("-tab-").pop()); } catch (e) { /* ignore */ }
        });
        t.addEventListener("keydown", function (e) {
          var to = e.key === "ArrowRight" ? n + 1 : e.key === "ArrowLeft" ? n - 1 : null;
          if (to === null) return;
          e.preventDefault();
          selectTab(tabs[(to + tabs.length) % tabs.length], true);
        });
      });
      var pick = wanted && tabs.filter(function (t) { return t.id.split("-tab-").pop() === wanted; })[0];
      if (pick) selectTab(pick, false);
    });
  }

  setupTabs();
  var filters = setupFilters();
  document.querySelectorAll("[data-search-form]").forEach(D.setupSearch);
  setupButtons();
  revealHash(filters);
  window.addEventListener("hashchange", function () { revealHash(filters); });
})();

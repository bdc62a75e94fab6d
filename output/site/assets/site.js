/* doc2spec reference site: search, table filters, copy buttons, deep links.
   Works from file:// with no network: the search index is a script file, loaded on demand.
   All text from the spec reaches the page through textContent, never as markup. */
(function () {
  "use strict";

  var INDEX_GLOBAL = "DOC2SPEC_SEARCH";
  var POPUP_LIMIT = 5, PAGE_LIMIT = 20;
  var root = document.body.getAttribute("data-root") || "";

  function norm(s) { return String(s).normalize("NFKC").toLowerCase(); }
  function tokensOf(q) { return norm(q).split(/\s+/).filter(Boolean); }
  var CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = text;
    return e;
  }

  /* ---------- the search index ---------- */
  var index = null, indexWaiters = [], indexRequested = false;

  function compact(s) { return norm(s).replace(/[\s_\-]+/g, ""); }

  function prepare(data) {
    var docs = data.docs.map(function (d, i) {
      var t = norm(d[2]);
      return { i: i, type: d[0], key: d[1], title: d[2], sub: d[3], url: d[4], extra: d[5],
               more: d[6] || [], k: norm(d[1]), t: t, tc: t.replace(/\s+/g, ""),
               h: norm([d[1], d[2], d[3], d[5]].join(" ")), n: d[7], w: d[8], dep: d[9] };
    });
    return { types: data.types, order: Object.keys(data.types), docs: docs };
  }

  function withIndex(fn) {
    if (index) { fn(index); return; }
    indexWaiters.push(fn);
    if (window[INDEX_GLOBAL]) { indexLoaded(); return; }
    if (indexRequested) return;
    indexRequested = true;
    var s = document.createElement("script");
    s.src = root + "assets/search-index.js";
    s.onload = indexLoaded;
    document.head.appendChild(s);
  }

  function indexLoaded() {
    if (!index && window[INDEX_GLOBAL]) index = prepare(window[INDEX_GLOBAL]);
    var waiting = indexWaiters; indexWaiters = [];
    waiting.forEach(function (fn) { fn(index); });
  }

  /* Mirrors extractor/generate/site/search.py: score and search (same tiers and numbers). */
  var EXACT = 1000, PREFIX = 900, TITLE = 800, WORDS = 600, PATH = 400, TEXT = 200, GRAMS = 100;
  var OTHER_TYPES = 300, CLOSE = 10, DEPRECATED = 20;

  /* A query token, with what every document's test needs worked out once per keystroke. */
  function queryToken(tok) {
    var cjk = CJK.test(tok), grams = [];
    if (tok.length >= 3 && cjk) {
      var seen = new Set();
      for (var i = 0; i < tok.length - 1; i++) seen.add(tok.slice(i, i + 2));
      seen.forEach(function (g) { grams.push(g); });
    }
    return { tok: tok, word: " " + tok + " ", cjk: cjk, grams: grams };
  }

  function tokenTier(qt, d) {
    var tok = qt.tok;
    if (d.w.indexOf(qt.word) >= 0 || (qt.cjk && d.t.indexOf(tok) >= 0)) return WORDS;
    if (d.k.indexOf(tok) >= 0) return PATH;
    if (d.t.indexOf(tok) >= 0 || d.h.indexOf(tok) >= 0) return TEXT;
    if (qt.grams.length) {
      var hit = 0;
      for (var i = 0; i < qt.grams.length; i++) {
        if (d.k.indexOf(qt.grams[i]) >= 0 || d.t.indexOf(qt.grams[i]) >= 0) hit++;
      }
      if (hit / qt.grams.length >= 0.6) return GRAMS;
    }
    return 0;
  }

  function score(d, toks, qts, q, qc) {
    var total, i;
    if (d.n.indexOf(qc) >= 0 || d.k === q) return EXACT;
    var shortest = 0;
    if (qc.length >= 3) {
      for (i = 0; i < d.n.length; i++) {
        if (d.n[i].indexOf(qc) === 0 && (!shortest || d.n[i].length < shortest)) shortest = d.n[i].length;
      }
    }
    if (shortest) {
      total = PREFIX + Math.floor(CLOSE * qc.length / shortest);
    } else if (d.t === q) {
      total = TITLE;
    } else {
      total = Infinity;
      for (i = 0; i < qts.length; i++) total = Math.min(total, tokenTier(qts[i], d));
      if (!total) return 0;
      if (total === WORDS) {
        var inTitle = toks.every(function (t) { return d.t.indexOf(t) >= 0; });
        var target = d.tc;
        if (!inTitle && d.n.length) {
          target = d.n.reduce(function (a, b) { return b.length < a.length ? b : a; });
        }
        total += Math.floor(CLOSE * qc.length / Math.max(target.length, qc.length));
      }
    }
    if (d.type !== "op") total -= OTHER_TYPES;
    return total - (d.dep ? DEPRECATED : 0);
  }

  function search(idx, query) {
    var toks = tokensOf(query);
    if (!toks.length) return [];
    var q = toks.join(" "), qc = compact(query), qts = toks.map(queryToken), hits = [];
    for (var i = 0; i < idx.docs.length; i++) {
      var s = score(idx.docs[i], toks, qts, q, qc);
      if (s) hits.push({ score: s, doc: idx.docs[i] });
    }
    hits.sort(function (a, b) { return b.score - a.score || a.doc.i - b.doc.i; });
    return hits;
  }

  function grouped(idx, hits) {
    var groups = {};
    hits.forEach(function (h) { (groups[h.doc.type] = groups[h.doc.type] || []).push(h); });
    return idx.order.filter(function (t) { return groups[t]; }).map(function (t) {
      return { type: t, label: idx.types[t], hits: groups[t] };
    }).sort(function (a, b) {
      return b.hits[0].score - a.hits[0].score || idx.order.indexOf(a.type) - idx.order.indexOf(b.type);
    });
  }

  /* Text with the query's tokens wrapped in <mark>, built from text nodes only. */
  function highlighted(cls, text, toks) {
    var span = el("span", cls), low = String(text).toLowerCase(), ranges = [];
    toks.forEach(function (t) {
      if (!t) return;
      var at = low.indexOf(t);
      while (at >= 0) { ranges.push([at, at + t.length]); at = low.indexOf(t, at + t.length); }
    });
    ranges.sort(function (a, b) { return a[0] - b[0]; });
    var pos = 0;
    ranges.forEach(function (r) {
      if (r[0] < pos) return;
      span.appendChild(document.createTextNode(text.slice(pos, r[0])));
      span.appendChild(el("mark", "", text.slice(r[0], r[1])));
      pos = r[1];
    });
    span.appendChild(document.createTextNode(text.slice(pos)));
    return span;
  }

  function resultItem(h, toks) {
    var d = h.doc, li = el("li", "result result-" + d.type), a = el("a");
    a.href = root + d.url;
    a.appendChild(highlighted("r-key", d.key, toks));
    a.appendChild(highlighted("r-title", d.title, toks));
    if (d.sub) a.appendChild(el("span", "r-sub", d.sub));
    li.appendChild(a);
    if (d.more.length) {
      var more = el("span", "r-more", "also: ");
      d.more.slice(0, 3).forEach(function (m, n) {
        var ma = el("a", "", m[0]);
        ma.href = root + m[1];
        if (n) more.appendChild(document.createTextNode(" · "));
        more.appendChild(ma);
      });
      li.appendChild(more);
    }
    return li;
  }

  /* ---------- rendering: the first screenful at once, the rest in idle time ----------
     A keystroke builds what fits on the screen into a fragment and swaps it in with one
     mutation; the remaining results follow in idle callbacks (or at once when the user
     scrolls or moves through them with the keyboard). A newer keystroke cancels the
     older one's pending job, so stale results never land. While results are still
     arriving the container has aria-busy="true"; when complete it fires search-rendered.
     The least height (px) of a result line, a sub line and a group heading: a screenful
     estimated from these is never less than what really fits on the screen. */
  var LINE_PX = 32, SUB_PX = 18, HEAD_PX = 36;
  var IDLE_MIN_ITEMS = 8;       /* per idle callback, even when the browser reports no time left */
  var viewHeight = window.innerHeight;   /* read once and on resize: reading it can force layout */
  window.addEventListener("resize", function () { viewHeight = window.innerHeight; });
  var idle = window.requestIdleCallback ? function (fn) { return window.requestIdleCallback(fn, { timeout: 150 }); }
    : function (fn) { return setTimeout(fn, 16); };
  var cancelIdle = window.cancelIdleCallback ? function (id) { window.cancelIdleCallback(id); } : clearTimeout;

  /* The results of one query as a queue of items, appended group by group. */
  function Job(box, query, toks, groups, total, full) {
    this.box = box; this.query = query; this.toks = toks; this.groups = groups; this.total = total;
    this.full = full; this.limit = full ? PAGE_LIMIT : POPUP_LIMIT; this.g = 0; this.h = 0;
    this.ul = null; this.sec = null;
  }
  Job.prototype.done = function () { return this.g >= this.groups.length; };
  /* Append one result (a new group's section goes into `into`); returns its least height.
     Results appended after the first screen are marked `later`: the stylesheet lets the
     browser skip their layout until they come near the screen. */
  Job.prototype.step = function (into, later) {
    var g = this.groups[this.g], full = this.full, toks = this.toks, limit = this.limit;
    var hit = g.hits[this.h], px = LINE_PX + (hit.doc.sub ? SUB_PX : 0) + (hit.doc.more.length ? SUB_PX : 0);
    if (this.h === 0) {
      px += HEAD_PX;
      this.sec = el("section", "result-group");
      this.sec.appendChild(el(full ? "h2" : "h3", "", g.label + " (" + g.hits.length + ")"));
      this.ul = el("ul");
      this.sec.appendChild(this.ul);
      into.appendChild(this.sec);
    }
    var li = resultItem(hit, toks);
    if (later) li.classList.add("later");
    this.ul.appendChild(li);
    this.h++;
    if (this.h < Math.min(limit, g.hits.length)) return px;
    if (full && g.hits.length > limit) {
      var ul = this.ul, sec = this.sec;
      var more = el("button", "show-more", "Show all " + g.hits.length + " " + g.label.toLowerCase());
      more.type = "button";
      more.addEventListener("click", function () {
        var frag = document.createDocumentFragment();
        g.hits.slice(limit).forEach(function (hit) {
          var li = resultItem(hit, toks);
          li.classList.add("later");
          frag.appendChild(li);
        });
        ul.appendChild(frag);
        sec.removeChild(more);
      });
      sec.appendChild(more);
    }
    this.g++; this.h = 0;
    return px;
  };
  Job.prototype.finish = function () {
    var box = this.box, results = box.results;
    if (!this.full && this.total) {
      var all = el("a", "all-results", "All " + this.total + " results →");
      all.href = root + "search.html?q=" + encodeURIComponent(this.query);
      results.appendChild(all);
    }
    results.setAttribute("aria-busy", "false");
    box.job = null;
    results.dispatchEvent(new CustomEvent("search-rendered", { detail: { query: this.query } }));
  };

  function cancel(box) {
    if (box.idleId !== undefined) cancelIdle(box.idleId);
    box.idleId = undefined;
    box.job = null;
  }

  /* Finish the current job now (the user scrolls or moves through the results). */
  function flush(box) {
    var job = box.job;
    if (!job) return;
    cancel(box);
    var frag = document.createDocumentFragment();
    while (!job.done()) job.step(frag, true);
    box.results.appendChild(frag);
    job.finish();
  }

  function pump(box, job) {
    box.idleId = idle(function (deadline) {
      box.idleId = undefined;
      if (box.job !== job) return;           /* a newer query took over */
      var frag = document.createDocumentFragment(), n = 0;
      while (!job.done() && (n < IDLE_MIN_ITEMS || (deadline && deadline.timeRemaining() > 2))) {
        job.step(frag, true); n++;
      }
      box.results.appendChild(frag);
      if (job.done()) job.finish(); else pump(box, job);
    });
  }

  function render(box, idx, query, full) {
    cancel(box);
    var hits = search(idx, query), toks = tokensOf(query);
    var results = box.results, status = box.status;
    if (!toks.length) {
      results.textContent = "";
      results.setAttribute("aria-busy", "false");
      if (status) status.textContent = "";
      if (!full) close(box);
      return hits;
    }
    var groups = grouped(idx, hits);
    if (status) {
      status.textContent = hits.length ? hits.length + " result" + (hits.length === 1 ? "" : "s") +
        " for “" + query + "”" : "No results for “" + query + "”";
    }
    var frag = document.createDocumentFragment();
    if (!hits.length) {
      frag.appendChild(el("p", "no-results", "No results. Try an operation title, an error code, an IAM action or a path segment."));
    }
    var job = new Job(box, query, toks, groups, hits.length, full);
    for (var px = 0; px < viewHeight && !job.done();) px += job.step(frag);
    results.replaceChildren ? results.replaceChildren(frag) : (results.textContent = "", results.appendChild(frag));
    if (!full) results.hidden = false;
    box.job = job;
    if (job.done()) job.finish(); else { results.setAttribute("aria-busy", "true"); pump(box, job); }
    return hits;
  }

  function close(box) { if (box.results && !box.full) box.results.hidden = true; }

  function setupSearch(form) {
    var box = {
      form: form, input: form.querySelector("[data-search-input]"),
      results: form.querySelector("[data-search-results]"), status: form.querySelector("[data-search-status]"),
      full: form.hasAttribute("data-search-full")
    };
    if (box.full) box.results = document.querySelector("main [data-search-results]");
    if (!box.input || !box.results) return;
    var urlTimer = null;
    var run = function () {
      var q = box.input.value;
      withIndex(function (idx) {
        if (box.input.value !== q) return;
        render(box, idx, q, box.full);
        if (box.full && window.history.replaceState) {   /* the address follows, once typing pauses */
          clearTimeout(urlTimer);
          urlTimer = setTimeout(function () {
            try { window.history.replaceState(null, "", q ? "?q=" + encodeURIComponent(q) : location.pathname); } catch (e) { /* file:// may refuse */ }
          }, 400);
        }
      });
    };
    box.input.addEventListener("input", run);
    box.input.addEventListener("focus", function () {
      withIndex(function () {});
      if (box.input.value && !box.escaped) run();
      box.escaped = false;
    });
    if (box.full) {
      form.addEventListener("submit", function (e) { e.preventDefault(); run(); });
      var q = new URLSearchParams(location.search).get("q");
      if (q) { box.input.value = q; }
      run();
    }
    /* the rest of the results at once when the user goes looking for them */
    (box.full ? window : box.results).addEventListener("scroll", function () { flush(box); }, { passive: true });
    form.addEventListener("keydown", function (e) {
      if (e.key === "ArrowDown" || e.key === "ArrowUp") flush(box);
      var links = Array.prototype.slice.call(box.results.querySelectorAll("a"));
      var at = links.indexOf(document.activeElement);
      if (e.key === "ArrowDown" && links.length) {
        e.preventDefault(); links[Math.min(at + 1, links.length - 1)].focus();
      } else if (e.key === "ArrowUp" && at >= 0) {
        e.preventDefault(); if (at === 0) box.input.focus(); else links[at - 1].focus();
      } else if (e.key === "Escape" && !box.full) {
        close(box); box.escaped = document.activeElement !== box.input; box.input.focus();
      }
    });
    if (!box.full) {
      document.addEventListener("click", function (e) { if (!form.contains(e.target)) close(box); });
      form.addEventListener("focusout", function (e) { if (e.relatedTarget && !form.contains(e.relatedTarget)) close(box); });
    }
  }

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
  document.querySelectorAll("[data-search-form]").forEach(setupSearch);
  setupButtons();
  revealHash(filters);
  window.addEventListener("hashchange", function () { revealHash(filters); });

  /* For tests and benchmarks: the same search the boxes run. */
  window.DOC2SPEC = {
    search: function (q, cb) { withIndex(function (idx) { cb(search(idx, q).map(function (h) { return [h.score, h.doc.type, h.doc.key, h.doc.url]; })); }); }
  };
})();

/* doc2spec reference site, part 2 of 3: search results and the search boxes (the header's
   popup and the search page). All text from the spec reaches the page through
   textContent, never as markup. */
(function () {
  "use strict";

  var D = window.DOC2SPEC;
  var root = D.root, el = D.el, tokensOf = D.tokensOf, withIndex = D.withIndex;
  var search = D.rank, grouped = D.grouped;
  var POPUP_LIMIT = 5, PAGE_LIMIT = 20;

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

  D.setupSearch = setupSearch;
})();

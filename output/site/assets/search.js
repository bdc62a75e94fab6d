/* doc2spec reference site, part 1 of 3: the search index and its ranking.
   Works from file:// with no network: the index is a script file, loaded on demand.
   Shares with search-results.js and site.js through window.DOC2SPEC: the text
   normalisation (norm, tokensOf), el() and the search. */
(function () {
  "use strict";

  var D = window.DOC2SPEC = window.DOC2SPEC || {};
  var INDEX_GLOBAL = "DOC2SPEC_SEARCH";
  var root = D.root = document.body.getAttribute("data-root") || "";

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

  D.norm = norm;
  D.tokensOf = tokensOf;
  D.el = el;
  D.withIndex = withIndex;
  D.rank = search;
  D.grouped = grouped;
  /* For tests and benchmarks: the same search the boxes run. */
  D.search = function (q, cb) {
    withIndex(function (idx) { cb(search(idx, q).map(function (h) { return [h.score, h.doc.type, h.doc.key, h.doc.url]; })); });
  };
})();

/* onrecord search. Works from file://: the index is a plain script,
   search-index.js, which sets window.ONRECORD_SEARCH; it is loaded with a
   <script> tag the first time someone searches (no fetch, no module, no
   worker). Every page reads fully without this script. */
(function () {
  'use strict';
  var me = document.currentScript;
  /* The site root: the script's own address without `assets/search.js`
     (a page names it relative to itself), unless `data-root` says it. */
  var given = me && me.getAttribute('data-root');
  var root = given !== null && given !== undefined ? given
    : ((me && me.getAttribute('src')) || '').replace(/assets\/search\.js$/, '');
  var docs = null;
  var waiting = [];
  var failed = false;

  function fold(text) {
    return String(text).normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  }

  /* The packed index -> one flat list of searchable entries. Numbers are
     written in a self-delimiting code (digits below `finals` end a
     number); texts are word numbers. See src/render/search.rs. */
  var MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July',
    'August', 'September', 'October', 'November', 'December'];
  // "2016-12-08" -> "8 December 2016", the date style of the whole site.
  function dateLabel(iso) {
    var m = /^(-?\d+)-(\d\d)-(\d\d)$/.exec(iso || '');
    return m ? Number(m[3]) + ' ' + MONTHS[Number(m[2]) - 1] + ' ' + Number(m[1]) : (iso || '');
  }

  function build(data) {
    var out = [];
    var digits = data.digits || '';
    var finals = data.finals || 1;
    var more = digits.length - finals;
    var actors = data.actors || [];
    var speakers = data.speakers || [];
    var words = data.words || [];
    var dates = data.dates || [];
    var outlets = data.outlets || [];
    function numbers(coded) {
      var list = [];
      var value = 0, width = 0;
      for (var i = 0; i < coded.length; i++) {
        var d = digits.indexOf(coded.charAt(i));
        width++;
        if (d < finals) {
          var offset = 0, span = finals;
          for (var w = 1; w < width; w++) { offset += span; span *= more; }
          list.push(offset + value * finals + d);
          value = 0; width = 0;
        } else {
          value = value * more + (d - finals);
        }
      }
      return list;
    }
    var texts = (data.texts || '').split(' ').map(function (coded) {
      return numbers(coded).map(function (n) { return words[n]; }).join(' ');
    });
    function add(kind, rank, title, text, url) {
      out.push({ kind: kind, rank: rank, title: title, text: text, url: url,
        hayTitle: fold(title), hayText: fold(text), order: out.length });
    }
    actors.forEach(function (a) {
      add('Actor', 0, a[1], a[2] ? 'Also: ' + a[2] : '', 'actors/' + a[0] + '/index.html');
    });
    speakers.forEach(function (s) {
      var actor = s[3] >= 0 ? actors[s[3]][1] : 'no actor';
      add('Speaker', 1, s[1], [s[2], actor].filter(Boolean).join(' · '), s[0]);
    });
    (data.pages || []).forEach(function (p) { add('Page', 2, p[1], '', p[0]); });
    var slug = '';
    var rows = numbers(data.articles || '');
    (data.slugs || []).forEach(function (entry, i) {
      var shared = numbers(entry.charAt(0))[0];
      slug = slug.slice(0, shared) + entry.slice(1);
      var r = rows.slice(3 * i, 3 * i + 3);
      add('Article', 3, texts[r[0]], [outlets[r[1]], dateLabel(dates[r[2]])].filter(Boolean).join(' · '), 'articles/' + slug + '/index.html');
    });
    var ids = data.ids ? data.ids.split(' ') : [];
    var cells = numbers(data.statements || '');
    // Page n > 1 of a list lives at <first page's folder>/n/index.html.
    function numbered(first, n) {
      return n > 1 ? first.replace(/index\.html$/, n + '/index.html') : first;
    }
    ids.forEach(function (id, i) {
      var who = cells[4 * i + 1];
      var speaker = who > 0 && who <= speakers.length ? speakers[who - 1] : null;
      var actorAt = speaker ? speaker[3] : who - speakers.length - 1;
      var actor = actorAt >= 0 ? actors[actorAt] : null;
      var title = (speaker ? speaker[1] : 'Speaker not named') + (actor && (!speaker || actor[1] !== speaker[1]) ? ' (' + actor[1] + ')' : '') + ' · ' + dateLabel(dates[cells[4 * i + 2]]);
      var first = actor ? 'actors/' + actor[0] + '/index.html' : speaker ? speaker[0] : 'voices/index.html';
      add('Statement', 4, title, texts[cells[4 * i]], numbered(first, cells[4 * i + 3]) + '#' + id);
    });
    return out;
  }

  function load(then) {
    if (docs) { then(); return; }
    if (window.ONRECORD_SEARCH) { docs = build(window.ONRECORD_SEARCH); then(); return; }
    waiting.push(then);
    if (waiting.length > 1) return;
    var tag = document.createElement('script');
    tag.src = root + 'search-index.js';
    tag.onload = function () {
      docs = build(window.ONRECORD_SEARCH || {});
      waiting.splice(0).forEach(function (f) { f(); });
    };
    tag.onerror = function () { failed = true; waiting.splice(0).forEach(function (f) { f(); }); };
    document.head.appendChild(tag);
  }

  function terms(query) {
    return fold(query).split(/[\s"“”'‘’.,;:!?()[\]{}]+/).filter(function (t) { return t.length > 0; });
  }

  function search(query) {
    var ts = terms(query);
    if (!ts.length || !docs) return [];
    var hits = [];
    docs.forEach(function (d) {
      var score = 0;
      for (var i = 0; i < ts.length; i++) {
        var inTitle = d.hayTitle.indexOf(ts[i]);
        var inText = d.hayText.indexOf(ts[i]);
        if (inTitle < 0 && inText < 0) return;
        score += inTitle >= 0 ? 3 : 1;
        if (inTitle === 0 || (inTitle > 0 && /\W/.test(d.hayTitle.charAt(inTitle - 1)))) score += 1;
      }
      hits.push({ doc: d, score: score });
    });
    hits.sort(function (a, b) {
      return b.score - a.score || a.doc.rank - b.doc.rank || a.doc.order - b.doc.order;
    });
    return hits.map(function (h) { return h.doc; });
  }

  /* Text with the search terms wrapped in <mark>, built as DOM nodes. */
  function marked(text, ts, limit) {
    var span = document.createElement('span');
    var folded = fold(text);
    var start = 0;
    if (limit && text.length > limit) {
      var first = -1;
      ts.forEach(function (t) { var at = folded.indexOf(t); if (at >= 0 && (first < 0 || at < first)) first = at; });
      start = Math.max(0, first - 40);
      text = (start > 0 ? '…' : '') + text.slice(start, start + limit) + (start + limit < text.length ? '…' : '');
      folded = fold(text);
    }
    var pos = 0;
    while (pos < text.length) {
      var next = -1, len = 0;
      ts.forEach(function (t) { var at = folded.indexOf(t, pos); if (at >= 0 && (next < 0 || at < next)) { next = at; len = t.length; } });
      if (next < 0 || len === 0 || fold(text.slice(next, next + len)).length !== len) { span.appendChild(document.createTextNode(text.slice(pos))); break; }
      if (next > pos) span.appendChild(document.createTextNode(text.slice(pos, next)));
      var m = document.createElement('mark');
      m.textContent = text.slice(next, next + len);
      span.appendChild(m);
      pos = next + len;
    }
    return span;
  }

  function show(list, query, max, status) {
    var ts = terms(query);
    list.textContent = '';
    var results = search(query);
    results.slice(0, max).forEach(function (d) {
      var li = document.createElement('li');
      var a = document.createElement('a');
      a.href = root + d.url;
      var kind = document.createElement('span');
      kind.className = 'result-kind';
      kind.textContent = d.kind;
      var title = marked(d.title, ts, 0);
      title.className = 'result-title';
      a.appendChild(kind);
      a.appendChild(title);
      if (d.text) {
        var text = marked(d.text, ts, 180);
        text.className = 'result-text';
        a.appendChild(text);
      }
      li.appendChild(a);
      list.appendChild(li);
    });
    if (status) {
      if (failed) status.textContent = 'The search index could not be loaded.';
      else if (!ts.length) status.textContent = '';
      else if (!results.length) status.textContent = 'No results for “' + query + '”.';
      else status.textContent = results.length + (results.length === 1 ? ' result' : ' results') +
        (results.length > max ? ', showing the first ' + max : '') + '.';
    }
    return results.length;
  }

  /* Arrow keys move between the input and the results; Escape closes. */
  function keys(input, list, close) {
    input.addEventListener('keydown', function (e) {
      if (e.key === 'ArrowDown') {
        var first = list.querySelector('a');
        if (first) { e.preventDefault(); first.focus(); }
      } else if (e.key === 'Escape' && close) { close(); }
    });
    list.addEventListener('keydown', function (e) {
      var links = Array.prototype.slice.call(list.querySelectorAll('a'));
      var at = links.indexOf(document.activeElement);
      if (at < 0) return;
      if (e.key === 'ArrowDown' && at + 1 < links.length) { e.preventDefault(); links[at + 1].focus(); }
      else if (e.key === 'ArrowUp') { e.preventDefault(); (at > 0 ? links[at - 1] : input).focus(); }
      else if (e.key === 'Escape') { input.focus(); if (close) close(); }
    });
  }

  /* The box in the masthead: results drop down as you type. It is made
     here, not written into every page: it only works with this script
     (the search page has its own box; a theme may write its own form). */
  var form = document.querySelector('form.site-search');
  var masthead = document.querySelector('.masthead-inner, body > header > div');
  if (!form && masthead && !document.getElementById('search-page')) {
    masthead.insertAdjacentHTML('beforeend',
      '<form class="site-search" role="search" action="' + root + 'search/index.html" method="get">' +
      '<label class="visually-hidden" for="site-search-q">Search statements, speakers, actors and articles</label>' +
      '<input id="site-search-q" class="search-input" type="search" name="q" placeholder="Search statements, people, actors\u2026" autocomplete="off" spellcheck="false">' +
      '<button type="submit" class="search-button">Search</button></form>');
    form = masthead.querySelector('form.site-search');
  }
  if (form) {
    /* The results panel is made here, not on every page: it only works
       with this script. */
    form.insertAdjacentHTML('beforeend',
      '<div class="search-panel" hidden><ul class="search-results"></ul>' +
      '<p class="search-more"><a class="search-all" href="' + root + 'search/index.html">All results</a></p></div>' +
      '<p class="visually-hidden search-status" role="status" aria-live="polite"></p>');
    var input = form.querySelector('input[type=search]');
    var panel = form.querySelector('.search-panel');
    var list = form.querySelector('.search-results');
    var status = form.querySelector('.search-status');
    var all = form.querySelector('.search-all');
    var close = function () { panel.hidden = true; };
    input.setAttribute('aria-controls', list.id || (list.id = 'site-search-results'));
    var update = function () {
      var query = input.value.trim();
      if (!query) { close(); status.textContent = ''; return; }
      load(function () {
        if (input.value.trim() !== query) return;
        show(list, query, 8, status);
        all.href = root + 'search/index.html?q=' + encodeURIComponent(query);
        panel.hidden = false;
      });
    };
    input.addEventListener('input', update);
    input.addEventListener('focus', function () { load(function () {}); });
    form.addEventListener('focusout', function (e) {
      if (!form.contains(e.relatedTarget)) close();
    });
    keys(input, list, close);
  }

  /* The search page: full results, the query kept in the address. */
  var page = document.getElementById('search-page');
  if (page) {
    var pageInput = page.querySelector('input[type=search]');
    var pageList = page.querySelector('.search-results');
    var pageStatus = page.querySelector('.search-status');
    var run = function () {
      var query = pageInput.value.trim();
      load(function () {
        if (pageInput.value.trim() !== query) return;
        show(pageList, query, 200, pageStatus);
      });
    };
    var q = new URLSearchParams(window.location.search).get('q');
    if (q) { pageInput.value = q; }
    pageInput.addEventListener('input', run);
    page.addEventListener('submit', function (e) {
      e.preventDefault();
      var query = pageInput.value.trim();
      if (window.history && window.history.replaceState) {
        try { window.history.replaceState(null, '', '?q=' + encodeURIComponent(query)); } catch (err) { /* file:// may refuse */ }
      }
      run();
    });
    keys(pageInput, pageList, null);
    if (q) run();
    else pageInput.focus();
  }

  /* An old permalink (#s-...) to a statement that now lives on another
     page of a long list: the index knows its page; go there. */
  var wanted = decodeURIComponent(location.hash.slice(1));
  if (/^s-[0-9a-f]+$/.test(wanted) && !document.getElementById(wanted)) {
    load(function () {
      var hit = (docs || []).filter(function (d) {
        return d.kind === 'Statement' && d.url.slice(-wanted.length - 1) === '#' + wanted;
      })[0];
      if (hit) location.replace(root + hit.url);
    });
  }
})();

/**
 * The report's one script: text search, filters by verdict, variant, family and kind, and
 * expand/collapse of the claim cards. It reads the page it is in (data-* attributes the
 * renderer writes on each card and index row) and carries no data of its own, so its text is
 * the same for every report and the page's Content-Security-Policy allows exactly it by hash
 * (csp.ts): a claim's text can never add a script. Without it (scripts off) the page is the
 * same minus the toolbar, which stays hidden; the cards are native <details>.
 *
 * Plain ES2015 in one IIFE: nothing is fetched, nothing is stored, no global is left behind.
 */
export const NAV_SCRIPT = `(function () {
  'use strict';
  var d = document;
  var bar = d.getElementById('nav');
  if (!bar) return;
  bar.hidden = false;
  var cards = Array.prototype.slice.call(d.querySelectorAll('article.claim'));
  var rows = {};
  Array.prototype.forEach.call(d.querySelectorAll('tr[data-claim]'), function (r) { rows[r.getAttribute('data-claim')] = r; });
  var sections = Array.prototype.slice.call(d.querySelectorAll('section.family'));
  var text = cards.map(function (c) { return c.textContent.toLowerCase().replace(/\\s+/g, ' '); });
  var search = d.getElementById('nav-search');
  var count = d.getElementById('nav-count');
  var buttons = Array.prototype.slice.call(bar.querySelectorAll('button[data-group]'));
  var groups = ['verdict', 'variant', 'family', 'kind'];
  function pressed(b) { return b.getAttribute('aria-pressed') === 'true'; }
  function apply() {
    var words = search.value.toLowerCase().split(/\\s+/).filter(Boolean);
    var chosen = {};
    groups.forEach(function (g) {
      chosen[g] = buttons.filter(function (b) { return b.getAttribute('data-group') === g && pressed(b); })
        .map(function (b) { return b.getAttribute('data-value'); });
    });
    var shown = 0;
    cards.forEach(function (c, i) {
      var ok = groups.every(function (g) { return chosen[g].length === 0 || chosen[g].indexOf(c.getAttribute('data-' + g)) >= 0; })
        && words.every(function (w) { return text[i].indexOf(w) >= 0; });
      c.hidden = !ok;
      var row = rows[c.getAttribute('data-claim')];
      if (row) row.hidden = !ok;
      if (ok) shown++;
    });
    sections.forEach(function (s) { s.hidden = !s.querySelector('article.claim:not([hidden])'); });
    count.textContent = shown === cards.length ? 'all ' + cards.length + ' claims shown' : shown + ' of ' + cards.length + ' claims shown';
  }
  function reset() {
    search.value = '';
    buttons.forEach(function (b) { b.setAttribute('aria-pressed', 'false'); });
    apply();
  }
  search.addEventListener('input', apply);
  buttons.forEach(function (b) {
    b.addEventListener('click', function () { b.setAttribute('aria-pressed', pressed(b) ? 'false' : 'true'); apply(); });
  });
  d.getElementById('nav-reset').addEventListener('click', reset);
  function openAll(open) { cards.forEach(function (c) { var x = c.querySelector('details.card'); if (x) x.open = open; }); }
  d.getElementById('nav-expand').addEventListener('click', function () { openAll(true); });
  d.getElementById('nav-collapse').addEventListener('click', function () { openAll(false); });
  // a link to a card (the index, the findings, a shared #claim-… URL) opens it, even when a
  // filter had hidden it
  function open(id) {
    var el = id && d.getElementById(id);
    if (!el || !el.matches('article.claim')) return undefined;
    if (el.hidden) reset();
    var x = el.querySelector('details.card');
    if (x && !x.open) x.open = true;
    return el;
  }
  function reveal() {
    var el = open(decodeURIComponent(location.hash.slice(1)));
    if (el) el.scrollIntoView();
  }
  window.addEventListener('hashchange', reveal);
  // a second click on the same link changes no hash: open the card on the click itself
  d.addEventListener('click', function (e) {
    var a = e.target.closest && e.target.closest('a[href^="#claim-"]');
    if (a) open(decodeURIComponent(a.getAttribute('href').slice(1)));
  });
  apply();
  if (location.hash) reveal();
})();`;

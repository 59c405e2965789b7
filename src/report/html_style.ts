/** The report's stylesheet, inlined into the page: system fonts only, nothing fetched. */
export const REPORT_CSS = `
:root { --fg:#1b1f24; --muted:#5b6470; --line:#d9dee5; --bg:#f5f7fa; --card:#fff;
  --sup:#15803d; --ref:#b91c1c; --inc:#b45309; --err:#7e22ce; --accent:#1f4e9c; }
* { box-sizing: border-box; }
html { background: var(--bg); color: var(--fg); }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
.wrap { max-width: 1180px; margin: 0 auto; padding: 0 20px; }
a { color: var(--accent); text-decoration: none; } a:hover { text-decoration: underline; }
code, pre { font-family: ui-monospace, "SFMono-Regular", "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 13px; }
h1 { font-size: 22px; margin: 0; } h2 { font-size: 18px; margin: 0 0 10px; } h3 { margin: 0; }
.muted { color: var(--muted); font-weight: normal; } .small { font-size: 13px; }
.top { color: #fff; padding: 16px 0 14px; margin-bottom: 18px; }
.top.good { background: linear-gradient(90deg, #1e293b, #334155); }
.top.bad { background: linear-gradient(90deg, #7f1d1d, #b91c1c); }
.top .muted { color: rgba(255,255,255,.85); } .top a { color: #fff; text-decoration: underline; }
.headline { margin: 4px 0 0; font-size: 18px; font-weight: 700; }
.subline { margin: 2px 0 0; font-size: 14px; }
.alarm-line { margin: 2px 0 0; font-size: 15px; font-weight: 700; } .alarm-line a { color: inherit; }
.card, .claim { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 14px 18px; margin: 0 0 16px; }
.attention { border-color: #f3b4b4; background: #fff8f8; }
table { border-collapse: collapse; width: 100%; }
th, td { padding: 5px 10px; border-bottom: 1px solid var(--line); text-align: left; vertical-align: middle; }
thead th { font-size: 13px; color: var(--muted); font-weight: 600; }
table.summary td, table.summary thead th:not(:first-child) { text-align: center; }
table.summary tfoot th, table.summary tfoot td { font-weight: 700; border-bottom: none; }
td.zero { color: #c3c9d1; } td.n { font-weight: 700; }
.v-supported-text { color: var(--sup); } .v-refuted-text { color: var(--ref); } .v-inconclusive-text { color: var(--inc); } .v-error-text { color: var(--err); }
td.num, th.num { text-align: right; white-space: nowrap; }
tr.row-bad { background: #fff4f4; }
.badge { display: inline-block; padding: 1px 9px; border-radius: 999px; font-size: 12px; font-weight: 700; color: #fff; letter-spacing: .02em; white-space: nowrap; }
.v-supported { background: var(--sup); } .v-refuted { background: var(--ref); } .v-inconclusive { background: var(--inc); } .v-error { background: var(--err); }
.ok { color: var(--sup); font-weight: 600; white-space: nowrap; } .bad-mark { color: var(--ref); font-weight: 700; white-space: nowrap; }
.warn { color: var(--inc); font-weight: 600; }
ul.unexpected { padding-left: 18px; margin: 0; } ul.unexpected li { margin-bottom: 8px; }
.family > h2 { margin: 26px 0 10px; font-size: 20px; }
.claim { border-left: 6px solid var(--sup); }
.claim.unexpected { border-left-color: var(--ref); box-shadow: 0 0 0 1px #f3b4b4; }
.claim-head { display: flex; flex-wrap: wrap; align-items: center; gap: 8px; }
.claim-id { font-size: 14px; font-weight: 700; }
.chips { display: inline-flex; gap: 4px; flex-wrap: wrap; }
.chip { font-size: 11.5px; border: 1px solid var(--line); border-radius: 4px; padding: 0 6px; color: var(--muted); background: #fafbfc; }
.chip.variant-control { border-color: #e0b36a; color: #8a5a00; background: #fff8eb; }
.chip.variant-corrected { border-color: #8fb3e8; color: #1f4e9c; background: #f2f7ff; }
.spacer { flex: 1; }
.claim-title { font-size: 16.5px; margin: 8px 0 2px; overflow-wrap: anywhere; }
.reason { margin: 2px 0 10px; color: #333; }
.statements { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 12px; margin: 8px 0; }
.statements.stacked { grid-template-columns: minmax(0, 1fr); }
@media (max-width: 860px) { .statements, .cx-grid, .run-grid { grid-template-columns: 1fr !important; } }
.stmt { border: 1px solid var(--line); border-radius: 6px; padding: 8px 12px; background: #fbfcfd; min-width: 0; }
.stmt.tested { background: #f6f9ff; border-color: #cdd9ee; }
.label { overflow-wrap: anywhere; font-size: 12px; font-weight: 700; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); margin-bottom: 4px; }
.label .muted { text-transform: none; letter-spacing: 0; font-weight: 400; }
/* an evidence title names quantities (step size μ, ‖B_T − B₀‖_F): upper case would turn μ into Μ */
.ev-block > .label { text-transform: none; letter-spacing: 0; font-size: 13px; }
.sublabel { font-size: 12px; color: var(--muted); margin: 6px 0 2px; }
blockquote { margin: 0; padding: 0 0 0 10px; border-left: 3px solid #c9ced6; font-style: italic; overflow-x: auto; overflow-wrap: anywhere; }
math { font-size: 1.08em; font-family: math, "STIX Two Math", "Latin Modern Math", "DejaVu Math TeX Gyre", serif; }
.math-display { overflow-x: auto; padding: 4px 0; }
.math-display math[display="block"], .katex-display math { margin: 4px 0; }
.hyp { margin: 6px 0 0; padding-left: 18px; font-size: 13.5px; color: #333; }
.same-draws { margin: 8px 0; font-size: 14px; }
.same-draws > summary { cursor: pointer; }
table.same-draws-table { border-collapse: collapse; width: 100%; }
table.same-draws-table th, table.same-draws-table td { padding: 4px 8px; border-bottom: 1px solid #e3e6ea; text-align: center; }
table.same-draws-table td:first-child, table.same-draws-table th:first-child { text-align: left; }
table.same-draws-table tr.self { background: #fffbe6; }
.note { background: #f2f7ff; border: 1px solid #cdd9ee; border-radius: 6px; padding: 6px 10px; font-size: 14px; }
.evidence { margin-top: 8px; }
.ev-block { margin: 10px 0; }
.plot-row { display: flex; flex-wrap: wrap; gap: 14px; align-items: flex-start; }
.plot-row .kv { flex: 1; min-width: 240px; }
.plot-row > .plot { flex: 0 1 480px; min-width: 0; max-width: 100%; }
.plot svg, .series svg, .ev-block > svg, .ev-block > figure { max-width: 100%; height: auto; }
.series { display: flex; flex-wrap: wrap; gap: 14px; }
.series figure, .ev-block figure { margin: 0; } .series figcaption { font-size: 13px; font-weight: 600; }
.legend { margin: 2px 0 0; color: var(--muted); }
.sw { display: inline-block; width: 18px; height: 0; vertical-align: middle; margin: 0 3px 0 10px; }
.sw.fit { border-top: 2.5px solid #1f4e9c; }
.sw.band { height: 10px; background: rgba(31,78,156,.18); }
.sw.claimed { border-top: 2px dashed #c2410c; }
.sw.res { height: 10px; background: rgba(194,65,12,.14); }
.sw.pts { width: 9px; height: 9px; border: 1.6px solid #4e79a7; border-radius: 50%; }
dl.kv { display: grid; grid-template-columns: max-content 1fr; gap: 2px 14px; margin: 4px 0; font-size: 14px; }
dl.kv dt { color: var(--muted); } dl.kv dd { margin: 0; overflow-wrap: anywhere; font-variant-numeric: tabular-nums; }
.meter { height: 6px; width: 240px; background: #e6ebf1; border-radius: 3px; overflow: hidden; margin-top: 4px; }
.meter span { display: block; height: 100%; background: var(--sup); }
pre { background: #f3f5f8; border: 1px solid var(--line); border-radius: 6px; padding: 8px 10px; overflow-x: auto; margin: 4px 0; white-space: pre-wrap; overflow-wrap: anywhere; }
pre.cmd { background: #111827; color: #e5e7eb; border-color: #111827; }
pre.cmd code { user-select: all; -webkit-user-select: all; color: inherit; }
pre.cmd code::before { content: "$ "; color: #6b7280; user-select: none; -webkit-user-select: none; }
.counterexample { border: 1px solid #f3b4b4; background: #fff8f8; border-radius: 6px; padding: 8px 12px; margin: 10px 0; }
.counterexample p { margin: 2px 0 4px; }
.cx-grid { display: grid; grid-template-columns: 1fr 1fr; gap: 10px; }
.cx-grid > div { min-width: 0; }
.cx-case { background: #fff; border: 1px solid #f3d0d0; border-radius: 6px; padding: 4px 10px 6px; }
.cx-case.worst { border-style: dashed; }
.cx-why { font-size: 13.5px; overflow-wrap: anywhere; }
pre.drawn { font-size: 12px; }
.sides { margin: 2px 0 6px; color: #374151; } .sides::before { content: "sides: "; color: var(--muted); }
.error-block pre { background: #faf5ff; border-color: #d8b4fe; color: #581c87; }
details.more { margin-top: 6px; font-size: 14px; } details.more summary { cursor: pointer; color: var(--muted); }
.meta { margin: 8px 0 0; }
.run-grid { display: grid; grid-template-columns: 1fr 1fr; gap: 16px; }
footer { padding: 10px 20px 30px; font-size: 12.5px; }
.tex-raw { background: #fff4e5; border-radius: 3px; padding: 0 3px; }

[hidden] { display: none !important; }
.short { display: none; }
/* MathML does not wrap: a block holding inline math scrolls sideways rather than widening the page */
.hyp li, .note, .why, .fix, .claim-title, .ix-title, .reason, .plot-caption, .lead, dl.kv dd { overflow-x: auto; overflow-y: hidden; }
h3.sub { font-size: 14px; margin: 6px 0 4px; color: var(--muted); text-transform: uppercase; letter-spacing: .04em; }
a.anchor, a.to-top { font-size: 13px; font-weight: 400; margin-left: 6px; color: var(--muted); }
.findings { border-top: 4px solid var(--ref); }
.findings h3 { font-size: 15.5px; margin: 10px 0 6px; }
.findings .lead { font-size: 16px; margin: 0 0 6px; }
.alarm { background: #fff4f4; border: 1px solid #f3b4b4; border-radius: 6px; padding: 6px 10px; color: var(--ref); font-weight: 600; }
.findings-grid { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 8px 28px; }
.finding-list { margin: 0; padding-left: 22px; }
.finding-list li { margin: 0 0 8px; }
.finding-title { font-weight: 600; color: var(--fg); overflow-wrap: anywhere; }
.finding-title:hover { color: var(--accent); }
.why { font-size: 13.5px; color: #333; overflow-wrap: anywhere; }
.fix { font-size: 13.5px; color: var(--accent); }
/* the first screen keeps each undecided reason to three lines; the card has the whole of it */
.findings-side .why { display: -webkit-box; -webkit-line-clamp: 3; line-clamp: 3; -webkit-box-orient: vertical; overflow: hidden; }
.fix .finding-title { font-weight: 500; color: var(--accent); }
.table-scroll { overflow-x: auto; max-width: 100%; }
.summary-grid { display: grid; grid-template-columns: minmax(0, 1fr); gap: 6px; }
table.variants td, table.variants thead th:not(:first-child) { text-align: center; }
table.variants tbody th .muted { font-weight: 400; margin-left: 6px; }
table.budget td.num { text-align: right; }
.toolbar { padding: 10px 14px; }
.search-row { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; }
#nav-search { flex: 1 1 260px; min-width: 0; font: inherit; padding: 6px 10px; border: 1px solid #b8c1cc; border-radius: 6px; }
.filters { display: flex; flex-direction: column; gap: 4px; margin-top: 8px; }
.fgroup { display: flex; flex-wrap: wrap; gap: 4px; align-items: center; }
.flabel { font-size: 12px; font-weight: 700; color: var(--muted); text-transform: uppercase; width: 64px; }
.fbtn, .tbtn { font: inherit; font-size: 12.5px; border: 1px solid var(--line); background: #fafbfc; border-radius: 999px; padding: 1px 10px; cursor: pointer; color: var(--fg); }
.fbtn .n { color: var(--muted); font-size: 11.5px; }
.fbtn[aria-pressed="true"] { background: var(--accent); border-color: var(--accent); color: #fff; }
.fbtn[aria-pressed="true"] .n { color: #dbe4f3; }
.tbtn { border-radius: 6px; }
.hint { margin: 4px 0 0; }
details.index-box > summary { cursor: pointer; list-style: none; }
details.index-box > summary::-webkit-details-marker { display: none; }
details.index-box > summary h2 { display: inline; }
details.index-box > summary::before { content: "▸ "; color: var(--muted); }
details.index-box[open] > summary::before { content: "▾ "; }
.ix-title { font-size: 13px; color: #333; overflow-wrap: anywhere; }
.claim { padding: 0; }
.claim > details.card { padding: 12px 18px 14px; }
.claim > details > summary { cursor: pointer; list-style: none; }
.claim > details > summary::-webkit-details-marker { display: none; }
.claim > details > summary .claim-head::before { content: "▾"; color: var(--muted); font-size: 14px; }
.claim > details:not([open]) > summary .claim-head::before { content: "▸"; }
.claim.variant-control { border-left-color: #d6a354; }
.claim.variant-literal[data-verdict="refuted"] { border-left-color: var(--ref); }
.claim[data-verdict="inconclusive"] { border-left-color: var(--inc); }
.plot-caption { font-size: 13px; color: #333; margin: 2px 0 0; }
.plot-caption math { font-size: 1em; }
@media (max-width: 860px) {
  .findings-grid, .summary-grid { grid-template-columns: minmax(0, 1fr); }
}
@media (max-width: 600px) {
  body { font-size: 14.5px; }
  .wrap { padding: 0 10px; }
  .card { padding: 12px 12px; }
  .claim > details.card { padding: 10px 12px 12px; }
  .headline { font-size: 16px; }
  th, td { padding: 4px 6px; }
  table.index thead { display: none; }
  table.index, table.index tbody, table.index tr, table.index td { display: block; width: 100%; }
  table.index tr { border-bottom: 1px solid var(--line); padding: 6px 0; }
  table.index td { border: none; padding: 1px 0; }
  table.index td.ix-variant, table.index td.ix-kind, table.index td.ix-expect, table.index td.ix-verdict, table.index td.num { display: inline-block; width: auto; margin-right: 8px; }
  table.index td.ix-expect::before { content: "expected "; color: var(--muted); }
  table.variants tbody th .muted { display: none; }
  .long { display: none; } .short { display: inline; }
  table.summary th, table.summary td, table.variants th, table.variants td { padding: 4px 3px; font-size: 13.5px; }
  thead .badge { padding: 1px 5px; }
  dl.kv { grid-template-columns: minmax(0, max-content) minmax(0, 1fr); gap: 2px 10px; font-size: 13.5px; }
  .meter { width: 100%; }
  .flabel { width: 100%; }
  .claim-head .spacer { display: none; }
  .plot-row .kv { min-width: 0; }
}
`;

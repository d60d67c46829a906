package io.rolelens.batch.report;

import io.rolelens.analyzer.Role;

/**
 * The report page's inline style sheet: the role colours of {@link Role} (as the server page and
 * the extension show them) and the product's type, headline cards, readable tables with tabular,
 * right-aligned numbers, and print rules that keep cards in a row, keep charts and table rows
 * whole, and open every collapsed table.
 */
final class HtmlStyle {
  static final String CSS =
      """
      :root{--pdm:{pdm};--pjm:{pjm};--po:{po};--ink:#1d1d1f;--muted:#5a5a60;--line:#d7d7dc;--soft:#f3f4f7;--bg:#fbfbfd}
      *{box-sizing:border-box}
      body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:var(--bg);max-width:1040px;margin:0 auto;padding:1.5rem 1.5rem 3rem}
      h1{font-size:2rem;line-height:1.2;margin:.1rem 0 .4rem}h2{font-size:1.35rem;margin:0 0 .4rem}h3{font-size:1rem;margin:1.2rem 0 .4rem}
      a{color:#1d3f91}a:focus-visible,summary:focus-visible{outline:3px solid #ffbf47;outline-offset:2px}
      .eyebrow{margin:0;color:var(--muted);font-size:.8rem;letter-spacing:.08em;text-transform:uppercase;font-weight:600}
      .question{font-size:1.1rem;margin:.2rem 0}.meta,.note,.muted{color:var(--muted)}.meta,.note{font-size:.9rem}
      section,nav.toc{background:#fff;border:1px solid var(--line);border-radius:10px;padding:1.1rem 1.4rem 1.2rem;margin:1.2rem 0}
      nav.toc h2{font-size:1rem;margin:0 0 .3rem}nav.toc ol{columns:3;column-gap:2rem;margin:0;padding-left:1.4rem}nav.toc li{break-inside:avoid;padding:.1rem 0}
      .lead{font-weight:600;margin:.2rem 0 .4rem}.note{margin:.2rem 0 .8rem}
      .cards{display:grid;grid-template-columns:repeat(4,minmax(0,1fr));gap:.9rem;margin:.8rem 0 .4rem}
      .card{border:1px solid var(--line);border-top:6px solid var(--muted);border-radius:10px;padding:.8rem .95rem .85rem;background:#fff;display:flex;flex-direction:column}
      .card h3{margin:0 0 .2rem;font-size:.95rem}.card p{margin:0}
      .card .big{font-size:2.6rem;font-weight:750;line-height:1.1;font-variant-numeric:tabular-nums;margin:.15rem 0 .1rem}
      .card .what{font-size:.9rem;min-height:2.7em}.card .delta{font-weight:600;font-size:.9rem;margin-top:.45rem;font-variant-numeric:tabular-nums}
      .card .basis{color:var(--muted);font-size:.8rem;margin-top:.15rem}
      .card.product_manager{border-top-color:var(--pdm)}.card.project_manager{border-top-color:var(--pjm)}.card.product_owner{border-top-color:var(--po)}
      .card.total{background:var(--soft)}
      .takeaways{margin:.3rem 0 0;padding:0;list-style:none}.takeaways li{border-left:4px solid var(--line);padding:.25rem .7rem;margin:.35rem 0}
      .tag{display:inline-block;min-width:2.6em;text-align:center;font-size:.72em;font-weight:700;color:#fff;background:#6e6e73;border-radius:3px;padding:.05em .35em;margin-right:.15em;vertical-align:.12em;letter-spacing:.02em}
      .tag.product_manager{background:var(--pdm)}.tag.project_manager{background:var(--pjm)}.tag.product_owner{background:var(--po)}
      .role{white-space:nowrap}.arrow{margin:0 .35em;color:var(--muted)}
      figure{margin:.6rem 0 1rem}figure svg{display:block;width:100%;height:auto}figcaption{font-weight:600;font-size:.9rem;margin-bottom:.2rem}
      .tbl{overflow-x:auto}
      table{border-collapse:collapse;width:100%;margin:.4rem 0 .8rem;font-size:.9rem}
      th,td{padding:.35rem .6rem;text-align:left;vertical-align:top;border-bottom:1px solid var(--line)}
      thead th{border-bottom:2px solid var(--ink);font-size:.8rem;color:var(--muted);font-weight:600;vertical-align:bottom}
      tbody th{font-weight:500}
      .n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
      tr.group th{background:var(--soft);font-weight:700;padding-top:.45rem}
      td.same{font-weight:700;background:var(--soft)}
      .meter{display:inline-block;width:64px;height:.55em;background:#e8e8ec;border-radius:2px;margin-right:.5em;vertical-align:.05em;overflow:hidden}
      .meter span{display:block;height:100%;background:#6e6e73}
      .meter .product_manager{background:var(--pdm)}.meter .project_manager{background:var(--pjm)}.meter .product_owner{background:var(--po)}
      .small{font-size:.8rem;color:var(--muted);font-weight:400}.nowrap{white-space:nowrap}th.posting{width:34%}
      .ev{display:inline-block;background:var(--soft);border:1px solid var(--line);border-radius:4px;padding:0 .35em;margin:.1em .25em .1em 0;font-size:.85em}
      details{margin:.2rem 0 .4rem}summary{cursor:pointer;color:#1d3f91;font-size:.9rem}
      .vh{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
      .methodology p{max-width:75ch}footer{color:var(--muted);font-size:.85rem;margin-top:1.5rem}
      @media (max-width:800px){.cards{grid-template-columns:repeat(2,minmax(0,1fr))}nav.toc ol{columns:1}}
      @media print{
      @page{margin:12mm}
      *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
      body{background:#fff;max-width:none;padding:0;font-size:10.5pt}
      section,nav.toc{border:none;border-radius:0;padding:0;margin:0 0 1rem}
      h1,h2,h3,figcaption,.lead,.note,summary{break-after:avoid}
      .cards{grid-template-columns:repeat(4,minmax(0,1fr))}
      .card,figure,tr,.takeaways li,.ev{break-inside:avoid}
      table.keep{break-inside:avoid}thead{display:table-header-group}
      .card .big{font-size:2rem}table{font-size:8.5pt}
      .tbl{overflow:visible}
      details::details-content{content-visibility:visible;display:contents}
      summary{list-style:none;color:var(--muted);font-weight:600}summary::-webkit-details-marker{display:none}
      a{color:inherit;text-decoration:none}a[href^="http"]::after{content:" (" attr(href) ")";font-size:.85em}
      }
      """
          .replace("{pdm}", Role.PRODUCT_MANAGER.colour())
          .replace("{pjm}", Role.PROJECT_MANAGER.colour())
          .replace("{po}", Role.PRODUCT_OWNER.colour());

  private HtmlStyle() {}
}

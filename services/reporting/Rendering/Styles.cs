namespace Assessment.Reporting.Rendering;

/// <summary>
/// The one stylesheet, inlined so a page (and its PDF) needs no second request. Colours keep at least 4.5:1
/// contrast; the print rules drop navigation and keep tables whole.
/// </summary>
public static class Styles
{
    public const string Css = """
        :root { --ink: #1a1a1a; --muted: #4a4a4a; --line: #c8c8c8; --accent: #00558c; --bg: #ffffff; --band: #f3f6f9; }
        * { box-sizing: border-box; }
        body { font-family: system-ui, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif; color: var(--ink); background: var(--bg); margin: 0; line-height: 1.45; }
        a { color: var(--accent); }
        a:focus, button:focus, input:focus, select:focus, textarea:focus { outline: 3px solid #f0a000; outline-offset: 2px; }
        .skip { position: absolute; left: -999px; }
        .skip:focus { left: 1rem; top: 1rem; background: #fff; padding: .5rem; z-index: 10; }
        header.site { background: var(--accent); color: #fff; padding: .75rem 1.5rem; display: flex; flex-wrap: wrap; gap: 1rem; align-items: center; justify-content: space-between; }
        header.site a { color: #fff; }
        header.site .brand { font-weight: 700; font-size: 1.1rem; text-decoration: none; }
        nav.languages ul { list-style: none; display: flex; gap: .75rem; margin: 0; padding: 0; }
        nav.languages a[aria-current="true"] { font-weight: 700; text-decoration: none; border-bottom: 2px solid #fff; }
        main { max-width: 72rem; margin: 0 auto; padding: 1rem 1.5rem 3rem; }
        h1 { font-size: 1.7rem; margin: 1rem 0 .5rem; }
        h2 { font-size: 1.3rem; margin: 2rem 0 .5rem; border-bottom: 1px solid var(--line); padding-bottom: .25rem; }
        h3 { font-size: 1.1rem; margin: 1.5rem 0 .25rem; }
        p.meta, .muted { color: var(--muted); }
        .notice { background: #fff4d6; border-left: 4px solid #8a6100; padding: .5rem 1rem; }
        table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
        caption { text-align: left; font-weight: 600; padding: .25rem 0; color: var(--muted); }
        th, td { border-bottom: 1px solid var(--line); padding: .35rem .5rem; text-align: left; vertical-align: top; }
        th[scope="col"] { background: var(--band); }
        td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
        dl.lineage { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; }
        dl.lineage dt { color: var(--muted); }
        section.why article { border: 1px solid var(--line); padding: .5rem 1rem; margin: .75rem 0; }
        section.why article:target { border-color: var(--accent); box-shadow: 0 0 0 3px #b9d6ea; }
        svg text { font-size: 11px; fill: var(--ink); }
        .downloads a { margin-right: 1rem; }
        footer { color: var(--muted); border-top: 1px solid var(--line); margin-top: 2rem; padding-top: .5rem; font-size: .9rem; }
        @media print {
          header.site nav, .skip, .downloads, .no-print { display: none !important; }
          header.site { background: none; color: #000; padding: 0; }
          header.site a { color: #000; text-decoration: none; }
          main { max-width: none; padding: 0; }
          a { color: #000; text-decoration: none; }
          table, article, figure { page-break-inside: avoid; }
          th[scope="col"] { background: none; border-bottom: 2px solid #000; }
        }
        """;
}

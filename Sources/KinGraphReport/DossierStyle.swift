/// The dossier's style sheet: A4 pages, the Nanum font for Korean, each section on
/// a new page, diagrams scaled to the page.
enum DossierStyle {
    static let css = """
        @page { size: A4; margin: 16mm 15mm; }
        body { font-family: "Nanum Gothic", "NanumGothic", "DejaVu Sans", sans-serif; font-size: 10pt; line-height: 1.4; color: #111; }
        h1 { font-size: 22pt; margin: 0 0 8mm; }
        h2 { font-size: 15pt; border-bottom: 1px solid #888; padding-bottom: 2px; }
        h3 { font-size: 11.5pt; margin: 5mm 0 2mm; }
        .title-page { page-break-after: always; padding-top: 50mm; }
        .kicker { text-transform: uppercase; letter-spacing: 0.15em; color: #555; }
        .scope { font-size: 13pt; }
        .redaction { border: 1px solid #888; padding: 3mm 5mm; margin: 10mm 0; background: #f3f3f3; }
        .redaction.revealed { border: 2px solid #b00; background: #fee; }
        section.victim, section.statistics { page-break-before: always; }
        table { border-collapse: collapse; margin: 2mm 0; }
        th, td { border: 1px solid #bbb; padding: 1px 5px; text-align: left; vertical-align: top; font-size: 9pt; }
        th { background: #eee; }
        table.facts th { width: 30mm; }
        table.timeline td:nth-child(-n+2), .summary td:nth-child(-n+2), .summary td:last-child { white-space: nowrap; }
        ol.chain, ol.notes { list-style: none; padding-left: 0; }
        ol.chain li { margin: 1.5mm 0; padding-left: 6mm; text-indent: -6mm; }
        ol.notes li { font-size: 8.5pt; margin: 0.5mm 0; }
        .n { font-weight: bold; }
        .note { color: #555; font-style: italic; }
        figure.diagram { margin: 2mm 0; }
        .drawing { page-break-inside: avoid; }
        figure.diagram svg { max-width: 100%; max-height: 230mm; height: auto; }
        .stat { page-break-inside: avoid; margin-bottom: 6mm; }
        svg.chart { font-size: 9pt; font-family: inherit; }

        """
}

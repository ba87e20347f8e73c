import Testing
@testable import DossierBench

/// The parts of `docs/benchmarks.md` that a rewrite of the report keeps.
struct ReportSectionTests {
    @Test func aRewriteKeepsTheNotesAndThePagesOfThePreviousReport() {
        let previous = """
            # Benchmarks

            old table

            <!-- notes -->
            ## Notes
            kept by hand
            <!-- /notes -->

            <!-- pages -->
            old pages
            <!-- /pages -->
            """
        let report = ReportSection.keeping([.notes, .pages], from: previous, in: "# Benchmarks\n\nnew table\n")
        #expect(report.hasPrefix("# Benchmarks\n\nnew table\n"))
        #expect(!report.contains("old table"))
        #expect(ReportSection.notes.text(of: report) == "<!-- notes -->\n## Notes\nkept by hand\n<!-- /notes -->")
        #expect(ReportSection.pages.text(of: report) == "<!-- pages -->\nold pages\n<!-- /pages -->")
        #expect(report.range(of: "kept by hand")!.lowerBound < report.range(of: "old pages")!.lowerBound)
    }

    @Test func writingASectionReplacesOnlyThatSection() {
        let report = "# Benchmarks\n\n<!-- notes -->\nnotes\n<!-- /notes -->\n\n<!-- pages -->\nold\n<!-- /pages -->\n"
        let written = ReportSection.pages.replacing(in: report, with: "<!-- pages -->\nnew\n<!-- /pages -->")
        #expect(written == "# Benchmarks\n\n<!-- notes -->\nnotes\n<!-- /notes -->\n\n<!-- pages -->\nnew\n<!-- /pages -->\n")
        #expect(ReportSection.notes.replacing(in: "# B\n", with: "<!-- notes -->\nn\n<!-- /notes -->") == "# B\n\n<!-- notes -->\nn\n<!-- /notes -->\n")
        #expect(ReportSection.keeping([.notes], from: nil, in: "# B\n") == "# B\n")
    }
}

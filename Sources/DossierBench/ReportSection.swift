import Foundation

/// A part of `docs/benchmarks.md` between two marker comments that one command writes and the others keep: the
/// saved pages' speed (`dossier-bench pages`) and the notes written by hand.
public struct ReportSection: Sendable {
    /// The comment that opens the section.
    public let start: String
    /// The comment that closes it.
    public let end: String

    /// The speed of reading saved HTML pages, written by `dossier-bench pages`.
    public static let pages = ReportSection(named: "pages")
    /// Notes on earlier measurements, written by hand and kept by every command.
    public static let notes = ReportSection(named: "notes")

    init(named name: String) {
        start = "<!-- \(name) -->"
        end = "<!-- /\(name) -->"
    }

    /// `report` with this section replaced by `section` (or `section` appended when it has none).
    public func replacing(in report: String, with section: String) -> String {
        guard let range = range(in: report) else { return report.trimmingCharacters(in: .newlines) + "\n\n" + section + "\n" }
        return report.replacingCharacters(in: range, with: section)
    }

    /// This section of `report`, its markers included, if it has one.
    public func text(of report: String) -> String? {
        range(in: report).map { String(report[$0]) }
    }

    /// `generated` with each of `sections` that `previous` holds carried over from it.
    public static func keeping(_ sections: [ReportSection], from previous: String?, in generated: String) -> String {
        sections.reduce(generated) { report, section in
            previous.flatMap(section.text(of:)).map { section.replacing(in: report, with: $0) } ?? report
        }
    }

    private func range(in report: String) -> Range<String.Index>? {
        guard let from = report.range(of: start), let to = report.range(of: end, range: from.upperBound..<report.endIndex) else { return nil }
        return from.lowerBound..<to.upperBound
    }
}

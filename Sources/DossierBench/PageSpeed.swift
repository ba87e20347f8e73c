import DossierCore
import Foundation

/// How fast saved pages are read into articles on one core: each page of a folder read, parsed and extracted
/// (`CollectionLoader.readFile`: file, decoding, libxml2, metadata, body) several times, its median time kept.
public struct PageSpeed: Codable, Sendable {
    /// How many pages were measured, and how many of them gave an article.
    public var pages: Int
    public var articles: Int
    /// Median bytes of a page.
    public var medianBytes: Int
    /// Seconds for the median page (the median of the pages' median times), and the slowest page's median.
    public var medianSeconds: Double
    public var slowestSeconds: Double
    /// Pages a second over the whole folder, one after another.
    public var folderPagesPerSecond: Double

    /// Pages a second at the median page's time.
    public var medianPagesPerSecond: Double { medianSeconds > 0 ? 1 / medianSeconds : 0 }

    /// Measures every `.html` and `.htm` file in `folder`, each read `repetitions` times.
    public static func measure(folder: String, repetitions: Int = 5) throws -> PageSpeed {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder)
            .filter { $0.hasSuffix(".html") || $0.hasSuffix(".htm") }.sorted()
        let loader = CollectionLoader()
        var times: [Double] = []
        var sizes: [Int] = []
        var articles = 0
        for name in names {
            let path = folder + "/" + name
            sizes.append((try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0)
            var samples: [Double] = []
            for _ in 0..<max(1, repetitions) {
                let (reading, seconds) = Stopwatch.time { loader.readFile(path) }
                samples.append(seconds)
                if samples.count == 1, case .success(let found) = reading, !found.articles.isEmpty { articles += 1 }
            }
            times.append(Summary(samples).median)
        }
        let total = times.reduce(0, +)
        return PageSpeed(pages: names.count, articles: articles, medianBytes: sizes.sorted().dropFirst(sizes.count / 2).first ?? 0,
                         medianSeconds: Summary(times).median, slowestSeconds: times.max() ?? 0,
                         folderPagesPerSecond: total > 0 ? Double(names.count) / total : 0)
    }

    /// The report's section on pages, between markers that `dossier-bench run` keeps when it rewrites the report.
    public func markdown(folder: String, machine: String, date: String) -> String {
        """
        \(ReportSection.pages.start)
        ## HTML pages

        Measured by `dossier-bench pages \(folder)` on \(date) (\(machine)); release build, one core.

        | | target | measured |
        |---|---|---|
        | Median page (\(medianBytes / 1024) KiB) | ≥ 200 pages/s | \(String(format: "%.2f ms, %.0f pages/s", medianSeconds * 1000, medianPagesPerSecond)) |
        | Whole folder, one page after another |  | \(String(format: "%.0f pages/s", folderPagesPerSecond)) (\(pages) pages, \(articles) articles) |
        | Slowest page |  | \(String(format: "%.1f ms", slowestSeconds * 1000)) |

        Each page is read from its file, decoded, parsed by libxml2, its metadata and body found, and made an `Article`
        (`CollectionLoader.readFile`), five times; a page's time is the median of its five.
        \(ReportSection.pages.end)
        """
    }
}

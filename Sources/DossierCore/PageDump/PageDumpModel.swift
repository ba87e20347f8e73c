import Foundation

/// The trained page-dump classifier: boosted trees over each line's `PageLineFeatures`, then a logistic model that
/// also reads what the trees believed of the lines around it, and the threshold above which a line is body. Ships as
/// `Resources/pagedump-weights.json`; rebuild it with
/// `dossier train-pagedump` (see docs/formats.md, "Whole-page text dumps").
public struct PageDumpModel: Codable, Hashable, Sendable {
    /// The per-line stage.
    public var stageOne: BoostedTrees
    /// The stage that also reads stage one's beliefs about neighbouring lines.
    public var stageTwo: LogisticModel
    /// The stage-two probability from which a line counts as body.
    public var threshold: Double

    public init(stageOne: BoostedTrees, stageTwo: LogisticModel, threshold: Double = 0.4) {
        self.stageOne = stageOne
        self.stageTwo = stageTwo
        self.threshold = threshold
    }

    /// The model shipped in Dossier's resources, loaded once per process.
    public static func shipped() throws -> PageDumpModel {
        try shippedModel.get()
    }

    private static let shippedModel = Result<PageDumpModel, Error> {
        guard let url = Bundle.module.url(forResource: "pagedump-weights", withExtension: "json", subdirectory: "Resources")
            ?? Bundle.module.url(forResource: "pagedump-weights", withExtension: "json") else {
            throw PageDumpModelError.unreadable("Resources/pagedump-weights.json", "missing from the bundle")
        }
        return try PageDumpModel(contentsOf: url)
    }

    /// Reads a model written by `write(to:)`, checking that it was trained on the features this build computes.
    public init(contentsOf url: URL) throws {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw PageDumpModelError.unreadable(url.path, error.localizedDescription)
        }
        do { self = try JSONDecoder().decode(PageDumpModel.self, from: data) } catch {
            throw PageDumpModelError.unreadable(url.path, "not a page-dump model: \(error)")
        }
        guard stageOne.names == PageLineFeatures.stageOneNames, stageTwo.names == PageLineFeatures.stageTwoNames,
              stageOne.isWellFormed, stageTwo.weights.count == stageTwo.names.count else {
            throw PageDumpModelError.unreadable(url.path, "trained on other features; retrain with dossier train-pagedump")
        }
    }

    /// Writes the model as JSON.
    public func write(to url: URL) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        try encoder.encode(self).write(to: url, options: .atomic)
    }

    /// The body probability of each non-blank line of `layout`.
    func probabilities(_ layout: PageLayout) -> [Double] {
        let first = PageLineFeatures.stageOne(layout)
        let firstProbabilities = first.map { stageOne.probability($0.values) }
        return PageLineFeatures.stageTwo(layout, stageOne: first, probabilities: firstProbabilities)
            .map { stageTwo.probability($0.values) }
    }
}

/// Why a page-dump model could not be used.
public enum PageDumpModelError: Error, CustomStringConvertible, Equatable {
    /// The file at the path could not be read or is not a usable model.
    case unreadable(String, String)

    public var description: String {
        switch self {
        case .unreadable(let path, let reason): "\(path): \(reason)"
        }
    }
}

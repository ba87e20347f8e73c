import ArgumentParser
import DossierCore
import Foundation

/// `dossier mark-stress` (hidden): makes many marks, printing each one's article id once it is committed.
/// The crash-safety and concurrency tests run it as a child process.
struct MarkStressCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mark-stress",
        abstract: "Tag COUNT synthetic articles PREFIX-0… one commit each, printing each id after its commit.",
        shouldDisplay: false
    )

    @OptionGroup var database: DatabaseOptions
    @Option(help: "How many marks to make.") var count = 1000
    @Option(help: "The prefix of the synthetic article ids.") var prefix = "stress"
    @Option(help: "The tag to add.") var tag = "stress"

    func run() throws {
        let store = try database.open()
        try reportingStoreErrors { () throws(MarkStoreError) in
            for number in 0 ..< count {
                let id = ArticleID(rawValue: "\(prefix)-\(number)")
                try store.apply(.addTag(tag, [id]))
                Output.line(id.rawValue)
                Output.flush()
            }
        }
    }
}

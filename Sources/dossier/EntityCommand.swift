import ArgumentParser
import DossierCore
import DossierText
import Foundation

/// `dossier entity`: corrects one entity (pins, hides, renames, merges, detaches wrongly joined names), for scripts.
struct EntityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entity",
        abstract: "Correct an entity: pin, hide, rename, merge into another, or detach a name wrongly joined to it.",
        discussion: """
        ENTITY is an entity's id or name as `dossier entities --json` prints it (case, full stops and `'s` do not \
        matter). Each change is committed on its own and applies wherever the marks database is read (the reader, \
        `entities`, `links`, `mentions`); with no change, the entity's marks are printed.
        Examples:
          dossier entity "Peter Hale" --detach "Mrs Hale"
          dossier entity acme --merge-into "Acme Group" --json
        """
    )

    @Argument(help: "An entity id or name.") var entity: String
    @OptionGroup var database: DatabaseOptions
    @Flag(help: "Pin it.") var star = false
    @Flag(help: "Unpin it.") var unstar = false
    @Flag(help: "Hide it (not a real entity).") var hide = false
    @Flag(help: "Show it again.") var unhide = false
    @Option(help: ArgumentHelp("Give it this name; an empty text restores the extracted one.", valueName: "name")) var rename: String?
    @Option(help: ArgumentHelp("Merge it into the entity with this id or name.", valueName: "entity")) var mergeInto: String?
    @Flag(help: "Undo a merge: it stands alone again.") var split = false
    @Option(help: ArgumentHelp("Take a name wrongly joined to it out, into an entity of its own (repeatable).", valueName: "name"))
    var detach: [String] = []
    @Option(help: ArgumentHelp("Join a detached name to it again (repeatable).", valueName: "name")) var reattach: [String] = []
    @Flag(help: "Print the entity's marks as JSON.") var json = false

    func validate() throws {
        for (on, off, name) in [(star, unstar, "star"), (hide, unhide, "hide")] where on && off {
            throw ValidationError("--\(name) and --un\(name) cannot be used together")
        }
        if split && mergeInto != nil { throw ValidationError("--split and --merge-into cannot be used together") }
        if EntityID(canonicalName: entity).rawValue.isEmpty { throw ValidationError("the entity \(entity.debugDescription) has no name") }
    }

    func run() throws {
        let id = EntityID(canonicalName: entity)
        let store = try database.open()
        var changes: [MarkChange] = []
        if star || unstar { changes.append(.setEntityStarred(star, id)) }
        if hide || unhide { changes.append(.setEntityHidden(hide, id)) }
        if let rename { changes.append(.renameEntity(id, to: rename.isEmpty ? nil : rename)) }
        if let mergeInto { changes.append(.mergeEntity(id, into: EntityID(canonicalName: mergeInto))) }
        if split { changes.append(.splitEntity(id)) }
        changes += detach.map { .detachAlias(id, alias: $0) } + reattach.map { .reattachAlias(id, alias: $0) }
        let marks = try reportingStoreErrors { () throws(MarkStoreError) in
            for change in changes { try store.apply(change) }
            return try store.marks(for: id)
        }
        if json { return try Output.printJSON(MarkedEntity(id: id, marks: marks)) }
        var words: [String] = []
        if marks.isStarred { words.append("pinned") }
        if marks.isHidden { words.append("hidden") }
        if let name = marks.name { words.append("named \(name)") }
        if let target = marks.mergedInto { words.append("merged into \(target)") }
        if !marks.detached.isEmpty { words.append("detached: " + marks.detached.sorted().joined(separator: ", ")) }
        Output.line(ArticleText.safe(id.rawValue + "  " + (words.isEmpty ? "as extracted" : words.joined(separator: "; "))))
    }
}

/// An entity id with its marks, as `dossier entity --json` prints it: ids as plain strings, detached names sorted.
struct MarkedEntity: Encodable {
    var id: EntityID
    var marks: EntityMarks

    private enum Key: String, CodingKey { case id, marks }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(id.rawValue, forKey: .id)
        var fields = container.nestedContainer(keyedBy: EntityMarks.Field.self, forKey: .marks)
        try fields.encode(marks.isStarred, forKey: .isStarred)
        try fields.encode(marks.isHidden, forKey: .isHidden)
        try fields.encode(marks.name, forKey: .name)
        try fields.encode(marks.mergedInto?.rawValue, forKey: .mergedInto)
        try fields.encode(marks.detached.sorted(), forKey: .detached)
    }
}

// libxml2 through CHTMLTree's plain C interface, whose header includes none of libxml2's: no module that imports
// Foundation ever loads libxml2's headers, whose ICU clashes with Foundation's.
import CHTMLTree

/// An HTML page parsed by libxml2 into plain values: its elements and texts in document order, each with its source
/// line, so that code which may not import libxml2 (anything importing Foundation, whose ICU clashes with the one
/// libxml2's headers pull in) can read the page. Comments, processing instructions and the doctype are left out.
public struct HTMLPage: Sendable {
    /// An element or a text of the page.
    public struct Node: Sendable {
        /// The element's lower-case name, or empty for a text.
        public var name: String
        /// A text's characters (references decoded); empty for an element.
        public var text: String
        /// An element's attributes in the order written (names lower case).
        public var attributes: [Attribute]
        /// The line (from 1) an element's start tag ends on, or the first line of a text.
        public var line: Int
        /// The last line of a text; an element's `line`.
        public var lastLine: Int
        /// The index of the element holding this node, or -1 at the top.
        public var parent: Int
        /// The index just past this node's last descendant: its subtree is `index..<end`.
        public var end: Int

        /// Whether this is a text.
        public var isText: Bool { name.isEmpty }

        /// The value of the attribute `name` (lower case), if written.
        public func attribute(_ name: String) -> String? {
            attributes.first { $0.name == name }?.value
        }
    }

    /// An attribute and its value (references decoded).
    public struct Attribute: Sendable {
        public var name: String
        public var value: String
    }

    /// The nodes in document order (a preorder walk).
    public private(set) var nodes: [Node] = []

    /// Parses `utf8` (the page decoded and encoded again as UTF-8) with libxml2's HTML parser, recovering from
    /// broken markup; nothing is fetched and no entity is read from outside the page.
    public init(utf8 bytes: [UInt8]) {
        Self.initialise
        guard !bytes.isEmpty, bytes.count < Int(Int32.max) else { return }
        let builder = Builder()
        var visitor = chtmltree_visitor(
            element: { context, name, line in Builder.from(context).element(String(cString: name!), line: line) },
            attribute: { context, name in Builder.from(context).attribute(String(cString: name!)) },
            attributeValue: { context, chunk in Builder.from(context).attributeValue(String(cString: chunk!)) },
            text: { context, content, line in Builder.from(context).text(content.map { String(cString: $0) } ?? "", line: line) },
            end: { context in Builder.from(context).end() })
        withExtendedLifetime(builder) {
            let context = Unmanaged.passUnretained(builder).toOpaque()
            _ = bytes.withUnsafeBufferPointer { buffer in
                buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { base in
                    chtmltree_walk(base, Int32(buffer.count), &visitor, context)
                }
            }
        }
        builder.finish()
        nodes = builder.nodes
    }

    /// libxml2's one-time set-up, done before the first parse so that threads may parse at once.
    private static let initialise: Void = chtmltree_initialise()

    /// The nodes as the walk reports them, each element's subtree closed at its end.
    private final class Builder {
        var nodes: [Node] = []
        /// The elements open, innermost last.
        private var open: [Int] = []

        static func from(_ context: UnsafeMutableRawPointer?) -> Builder { Unmanaged<Builder>.fromOpaque(context!).takeUnretainedValue() }

        func element(_ name: String, line: Int) {
            nodes.append(Node(name: name, text: "", attributes: [], line: line, lastLine: line, parent: open.last ?? -1, end: nodes.count + 1))
            open.append(nodes.count - 1)
        }

        func attribute(_ name: String) {
            nodes[nodes.count - 1].attributes.append(Attribute(name: name, value: ""))
        }

        func attributeValue(_ chunk: String) {
            let last = nodes[nodes.count - 1].attributes.count - 1
            nodes[nodes.count - 1].attributes[last].value += chunk
        }

        /// libxml2 gives a text the line it ends on (of its first chunk, for a long one).
        func text(_ text: String, line last: Int) {
            let parent = open.last ?? -1
            var text = text
            // Counted over the bytes in place: walking the string's view a byte at a time cost more than the count.
            let breaks = text.withUTF8 { bytes in bytes.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) } }
            let first = max(parent >= 0 ? nodes[parent].line : 1, last - breaks)
            nodes.append(Node(name: "", text: text, attributes: [], line: first, lastLine: max(first, last), parent: parent, end: nodes.count + 1))
        }

        func end() {
            guard let index = open.popLast() else { return }
            nodes[index].end = nodes.count
        }

        /// Closes the elements a walk left open.
        func finish() {
            while !open.isEmpty { end() }
        }
    }
}

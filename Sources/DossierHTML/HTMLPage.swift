// Implementation-only, not `internal import`: a release build with cross-module optimisation (the fuzz harnesses')
// still loaded libxml2's module into DossierCore, where its ICU clashes with Foundation's. Safe without library
// evolution because no public declaration here holds a libxml2 type (the compiler warns of that case).
@_implementationOnly import CLibXML2

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
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { base in
                htmlReadMemory(base, Int32(buffer.count), nil, "UTF-8", clibxml2_page_options())
            }
        }
        guard let document else { return }
        defer { xmlFreeDoc(document) }
        walk(from: document.pointee.children)
    }

    /// libxml2's one-time set-up, done before the first parse so that threads may parse at once.
    private static let initialise: Void = xmlInitParser()

    /// Copies the tree under the nodes from `first` on, without recursion (pages may nest deeply).
    private mutating func walk(from first: xmlNodePtr?) {
        var open: [(pointer: xmlNodePtr, index: Int)] = []
        var current = first
        while let node = current {
            var descend = false
            let parent = open.last?.index ?? -1
            switch node.pointee.type {
            case XML_ELEMENT_NODE:
                let line = Int(xmlGetLineNo(node))
                nodes.append(Node(name: Self.string(node.pointee.name), text: "", attributes: Self.attributes(of: node),
                                  line: line, lastLine: line, parent: parent, end: nodes.count + 1))
                if node.pointee.children != nil {
                    open.append((node, nodes.count - 1))
                    descend = true
                }
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                // libxml2 gives a text the line it ends on (of its first chunk, for a long one).
                let text = Self.string(node.pointee.content)
                let last = Int(xmlGetLineNo(node))
                let breaks = text.utf8.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
                let first = max(parent >= 0 ? nodes[parent].line : 1, last - breaks)
                nodes.append(Node(name: "", text: text, attributes: [], line: first, lastLine: max(first, last), parent: parent,
                                  end: nodes.count + 1))
            default:
                break
            }
            if descend {
                current = node.pointee.children
                continue
            }
            // The next sibling, or that of the nearest element left that has one.
            var step: xmlNodePtr? = node
            while let here = step, here.pointee.next == nil {
                step = here.pointee.parent
                if let top = open.last, top.pointer == step {
                    nodes[top.index].end = nodes.count
                    open.removeLast()
                } else {
                    step = nil
                }
            }
            current = step?.pointee.next
        }
        for (_, index) in open { nodes[index].end = nodes.count }
    }

    private static func attributes(of node: xmlNodePtr) -> [Attribute] {
        var attributes: [Attribute] = []
        var property = node.pointee.properties
        while let attribute = property {
            var value = ""
            var child = attribute.pointee.children
            while let text = child {
                value += string(text.pointee.content)
                child = text.pointee.next
            }
            attributes.append(Attribute(name: string(attribute.pointee.name), value: value))
            property = attribute.pointee.next
        }
        return attributes
    }

    private static func string(_ characters: UnsafePointer<xmlChar>?) -> String {
        guard let characters else { return "" }
        return String(cString: characters)
    }
}

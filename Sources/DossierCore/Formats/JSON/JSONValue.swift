/// A parsed JSON value that remembers the lines it spans, so that each field of an article read from JSON can say
/// where it came from. Object members keep their order (and duplicates: the first is used).
indirect enum JSONValue: Sendable {
    case object([JSONMember])
    case array([JSONNode])
    case string(String)
    case number(String)
    case bool(Bool)
    case null
}

/// A JSON value and the lines it spans (counted from 1 in the text parsed).
struct JSONNode: Sendable {
    var value: JSONValue
    var lines: LineRange

    /// The member `key` of an object (the first, if repeated).
    subscript(key: String) -> JSONNode? {
        guard case .object(let members) = value else { return nil }
        return members.first { $0.key == key }?.node
    }

    /// The text of a string, or of a number.
    var text: String? {
        switch value {
        case .string(let text), .number(let text): text
        default: nil
        }
    }
}

/// A member of a JSON object.
struct JSONMember: Sendable {
    var key: String
    var node: JSONNode
}

/// Why a text is not JSON, with the line and column (counted from 1) where reading stopped.
struct JSONSyntaxError: Error, Sendable, CustomStringConvertible {
    var message: String
    var line: Int
    var column: Int
    var description: String { "\(message) at line \(line), column \(column)" }
}

/// A strict JSON parser over UTF-8 bytes, with a nesting limit (deep nesting is refused, not a stack overflow).
struct JSONParser {
    /// The deepest nesting of arrays and objects accepted.
    static let maximumDepth = 200

    private let bytes: [UInt8]
    private var index = 0
    private var line = 1
    private var lineStart = 0

    /// Parses `text` as one JSON value, with nothing but white space after it.
    static func parse(_ text: String) throws(JSONSyntaxError) -> JSONNode {
        var parser = JSONParser(bytes: Array(text.utf8))
        let node = try parser.value(depth: 0)
        parser.skipSpace()
        guard parser.index == parser.bytes.count else { throw parser.error("unexpected text after the JSON value") }
        return node
    }

    private init(bytes: [UInt8]) { self.bytes = bytes }

    private func error(_ message: String) -> JSONSyntaxError {
        JSONSyntaxError(message: message, line: line, column: index - lineStart + 1)
    }

    private mutating func skipSpace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x0A: line += 1; index += 1; lineStart = index
            case 0x20, 0x09, 0x0D: index += 1
            default: return
            }
        }
    }

    private mutating func value(depth: Int) throws(JSONSyntaxError) -> JSONNode {
        skipSpace()
        guard index < bytes.count else { throw error("the text ends before a value (truncated?)") }
        let first = line
        let value: JSONValue
        switch bytes[index] {
        case UInt8(ascii: "{"):
            guard depth < Self.maximumDepth else { throw error("nested deeper than \(Self.maximumDepth) levels") }
            value = .object(try members(depth: depth + 1))
        case UInt8(ascii: "["):
            guard depth < Self.maximumDepth else { throw error("nested deeper than \(Self.maximumDepth) levels") }
            value = .array(try elements(depth: depth + 1))
        case UInt8(ascii: "\""):
            value = .string(try string())
        case UInt8(ascii: "t"): try word("true"); value = .bool(true)
        case UInt8(ascii: "f"): try word("false"); value = .bool(false)
        case UInt8(ascii: "n"): try word("null"); value = .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            value = .number(try number())
        default:
            throw error("unexpected character \(Self.shown(bytes[index]))")
        }
        return JSONNode(value: value, lines: LineRange(first, line))
    }

    private static func shown(_ byte: UInt8) -> String {
        (0x21...0x7E).contains(byte) ? "'\(Character(Unicode.Scalar(byte)))'" : "byte \(byte)"
    }

    private mutating func word(_ text: String) throws(JSONSyntaxError) {
        let count = text.utf8.count
        guard index + count <= bytes.count, bytes[index..<index + count].elementsEqual(text.utf8) else {
            throw error("unexpected character \(Self.shown(bytes[index]))")
        }
        index += count
    }

    private mutating func number() throws(JSONSyntaxError) -> String {
        let start = index
        while index < bytes.count, "+-.eE0123456789".utf8.contains(bytes[index]) { index += 1 }
        let text = String(decoding: bytes[start..<index], as: UTF8.self)
        guard Double(text) != nil else { throw error("malformed number \(text)") }
        return text
    }

    private mutating func members(depth: Int) throws(JSONSyntaxError) -> [JSONMember] {
        var members: [JSONMember] = []
        if opensEmpty("}") { return members }
        while true {
            skipSpace()
            guard index < bytes.count else { throw error("the text ends inside an object (truncated?)") }
            guard bytes[index] == UInt8(ascii: "\"") else { throw error("expected a member name, found \(Self.shown(bytes[index]))") }
            let key = try string()
            skipSpace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { throw error("expected ':' after a member name") }
            index += 1
            members.append(JSONMember(key: key, node: try value(depth: depth)))
            if try closes(with: "}", inside: "an object") { return members }
        }
    }

    private mutating func elements(depth: Int) throws(JSONSyntaxError) -> [JSONNode] {
        var elements: [JSONNode] = []
        if opensEmpty("]") { return elements }
        while true {
            elements.append(try value(depth: depth))
            if try closes(with: "]", inside: "an array") { return elements }
        }
    }

    /// Steps over an opening bracket; true when `close` follows at once (an empty object or array).
    private mutating func opensEmpty(_ close: Unicode.Scalar) -> Bool {
        index += 1
        skipSpace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: close) else { return false }
        index += 1
        return true
    }

    /// After a member or element: reads `,` (false: another follows) or `close` (true: the object or array ends).
    private mutating func closes(with close: Unicode.Scalar, inside what: String) throws(JSONSyntaxError) -> Bool {
        skipSpace()
        guard index < bytes.count else { throw error("the text ends inside \(what) (truncated?)") }
        let byte = bytes[index]
        index += 1
        if byte == UInt8(ascii: ",") { return false }
        if byte == UInt8(ascii: close) { return true }
        index -= 1
        throw error("expected ',' or '\(close)' in \(what), found \(Self.shown(byte))")
    }

    /// A string literal: escapes decoded (`\u` pairs joined into one scalar, a lone surrogate made U+FFFD). Control
    /// characters come out as they are, for the reader's sanitiser to show.
    private mutating func string() throws(JSONSyntaxError) -> String {
        index += 1
        var out: [UInt8] = []
        var start = index
        while true {
            guard index < bytes.count else { throw error("the text ends inside a string (truncated?)") }
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                out += bytes[start..<index]
                index += 1
                return String(decoding: out, as: UTF8.self)
            }
            if byte == 0x0A { line += 1; lineStart = index + 1 }
            guard byte == UInt8(ascii: "\\") else { index += 1; continue }
            out += bytes[start..<index]
            index += 1
            guard index < bytes.count else { throw error("the text ends inside a string (truncated?)") }
            let escaped = bytes[index]
            index += 1
            switch escaped {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(escaped)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"):
                var scalar = try hex4()
                if (0xD800...0xDBFF).contains(scalar), index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") {
                    let saved = index
                    index += 2
                    let low = try hex4()
                    if (0xDC00...0xDFFF).contains(low) {
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    } else {
                        index = saved
                    }
                }
                out += Array(String(Unicode.Scalar(scalar).map(Character.init) ?? "\u{FFFD}").utf8)
            default:
                throw error("unknown escape \\\(Self.shown(escaped))")
            }
            start = index
        }
    }

    private mutating func hex4() throws(JSONSyntaxError) -> UInt32 {
        guard index + 4 <= bytes.count else { throw error("the text ends inside a \\u escape (truncated?)") }
        var value: UInt32 = 0
        for byte in bytes[index..<index + 4] {
            guard let digit = Character(Unicode.Scalar(byte)).hexDigitValue else { throw error("malformed \\u escape") }
            value = value << 4 | UInt32(digit)
        }
        index += 4
        return value
    }
}

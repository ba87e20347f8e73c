/// JSON as Dossier prints it for scripts: encoders escape C0 controls only, but DEL, C1 controls, bidirectional
/// controls and the line and paragraph separators pass through raw, where a terminal showing the output would act on
/// them. `safe` writes each as a `\uXXXX` escape, which leaves the JSON's value unchanged (those characters can only
/// occur inside its strings).
public enum JSONOutput {
    /// `json` (UTF-8) with DEL, C1 controls, U+061C, U+200E–F, U+2028–9, U+202A–E and U+2066–9 escaped.
    public static func safe(_ json: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(json.count)
        var index = 0
        while index < json.count {
            let byte = json[index]
            var escaped: UInt32? = nil
            var length = 1
            if byte == 0x7F {
                escaped = 0x7F
            } else if byte == 0xC2, index + 1 < json.count, (0x80...0x9F).contains(json[index + 1]) {
                (escaped, length) = (UInt32(json[index + 1]), 2)
            } else if byte == 0xD8, index + 1 < json.count, json[index + 1] == 0x9C {
                (escaped, length) = (0x061C, 2)
            } else if byte == 0xE2, index + 2 < json.count {
                let scalar = 0x2000 | UInt32(json[index + 1] & 0x3F) << 6 | UInt32(json[index + 2] & 0x3F)
                if json[index + 1] & 0xC0 == 0x80, json[index + 2] & 0xC0 == 0x80, Self.isEscaped(scalar) { (escaped, length) = (scalar, 3) }
            }
            if let escaped {
                out += Array("\\u".utf8) + Array(hex(escaped).utf8)
            } else {
                out.append(contentsOf: json[index..<index + length])
            }
            index += length
        }
        return out
    }

    private static func isEscaped(_ scalar: UInt32) -> Bool {
        (0x200E...0x200F).contains(scalar) || (0x2028...0x202E).contains(scalar) || (0x2066...0x2069).contains(scalar)
    }

    private static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: false)
        return String(repeating: "0", count: 4 - digits.count) + digits
    }
}

/// The address a link in a document points to, made safe to open: only `http` and `https` addresses, and relative
/// ones resolved against the page's own address. Anything else (`javascript:`, `data:`, `mailto:`, an address with
/// white space or control characters, an in-page `#anchor`, a relative one on a page of unknown address) is no
/// target, and its words stay plain text.
enum LinkTarget {
    /// The absolute address `href` names on a page at `base`, or nil.
    static func resolve(_ href: String, base: String?) -> String? {
        let trimmed = String(Substring(href).trimmingWhitespace())
        guard !trimmed.isEmpty, trimmed.count <= 2048, !trimmed.unicodeScalars.contains(where: isUnsafe) else { return nil }
        let lower = trimmed.lowercased()
        if lower.hasPrefix("http://") || lower.hasPrefix("https://") {
            return host(of: trimmed) == nil ? nil : trimmed
        }
        // Any other scheme (`javascript:`, `data:`, `mailto:`, `file:`) is refused.
        if let colon = trimmed.firstIndex(of: ":"),
           !trimmed[..<colon].contains(where: { $0 == "/" || $0 == "?" || $0 == "#" }) { return nil }
        guard !trimmed.hasPrefix("#"), let base, let origin = origin(of: base) else { return nil }
        if trimmed.hasPrefix("//") {
            let scheme = base.lowercased().hasPrefix("https:") ? "https:" : "http:"
            return host(of: scheme + trimmed) == nil ? nil : scheme + trimmed
        }
        if trimmed.hasPrefix("/") { return origin + normalised(trimmed) }
        // Relative to the base's folder: its path up to the last `/`, without query or fragment.
        let path = base.dropFirst(origin.count).prefix { $0 != "?" && $0 != "#" }
        let folder = path.lastIndex(of: "/").map { path[...$0] } ?? "/"
        return origin + normalised(String(folder) + trimmed)
    }

    /// `scheme://host[:port]` of an absolute `http(s)` address.
    private static func origin(of url: String) -> String? {
        guard let host = host(of: url), let schemeEnd = url.range(of: "://") else { return nil }
        return String(url[..<schemeEnd.upperBound]) + host
    }

    /// The host (with any port) of an absolute `http(s)` address, or nil when it has none.
    private static func host(of url: String) -> String? {
        guard let schemeEnd = url.range(of: "://") else { return nil }
        let host = url[schemeEnd.upperBound...].prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        return host.isEmpty ? nil : String(host)
    }

    /// A path with `.` and `..` segments worked out (the query and fragment kept as they are).
    private static func normalised(_ path: String) -> String {
        let end = path.firstIndex { $0 == "?" || $0 == "#" } ?? path.endIndex
        var segments: [Substring] = []
        let parts = path[..<end].split(separator: "/", omittingEmptySubsequences: false)
        for (index, part) in parts.enumerated() {
            switch part {
            case ".": if index == parts.count - 1 { segments.append("") }
            case "..":
                if segments.count > 1 { segments.removeLast() }
                if index == parts.count - 1 { segments.append("") }
            default: segments.append(part)
            }
        }
        let joined = segments.joined(separator: "/")
        return (joined.hasPrefix("/") ? joined : "/" + joined) + path[end...]
    }

    private static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x21 || (0x7F...0x9F).contains(scalar.value) || scalar.properties.isWhitespace
            || [0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069].contains(scalar.value)
    }
}

import Crypto
import Foundation

/// Where a collection's index lives: `--index`, else `$DOSSIER_INDEX`, else one file per set of opened paths in
/// `$XDG_CACHE_HOME/dossier/` (or `~/.cache/dossier/`). The index is a cache: deleting it loses nothing but time.
public enum IndexLocation {
    /// The index path for an explicit `--index` value (if any), the paths a collection was opened with, and an
    /// environment.
    public static func path(explicit: String? = nil, roots: [String],
                            environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let explicit, !explicit.isEmpty { return explicit }
        if let fromEnvironment = environment["DOSSIER_INDEX"], !fromEnvironment.isEmpty { return fromEnvironment }
        let cacheHome = XDGDirectory.path("XDG_CACHE_HOME", default: ".cache", environment: environment)
        let cwd = FileManager.default.currentDirectoryPath
        let absolute = roots.map { ($0.hasPrefix("/") ? $0 : (cwd as NSString).appendingPathComponent($0) as String) }
            .map { ($0 as NSString).standardizingPath }.sorted()
        let digest = SHA256.hash(data: Data(absolute.joined(separator: "\n").utf8)).prefix(8).lowercaseHex
        return ((cacheHome as NSString).appendingPathComponent("dossier") as NSString).appendingPathComponent("index-\(digest).sqlite")
    }
}

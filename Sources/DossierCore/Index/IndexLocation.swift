import Crypto
import Foundation

/// Where a collection's index lives: `--index`, else `$DOSSIER_INDEX`, else one file per set of opened paths in
/// `$XDG_CACHE_HOME/dossier/` (or `~/.cache/dossier/`). The index is a cache: deleting it loses nothing but time.
public enum IndexLocation {
    /// The index path for an explicit `--index` value (if any), the paths a collection was opened with, what else
    /// changes how they are read (`variant`, such as a field map), and an environment.
    public static func path(explicit: String? = nil, roots: [String], variant: String = "",
                            environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let explicit, !explicit.isEmpty { return explicit }
        if let fromEnvironment = environment["DOSSIER_INDEX"], !fromEnvironment.isEmpty { return fromEnvironment }
        let cacheHome = XDGDirectory.path("XDG_CACHE_HOME", default: ".cache", environment: environment)
        let cwd = FileManager.default.currentDirectoryPath
        let absolute = roots.map { ($0.hasPrefix("/") ? $0 : (cwd as NSString).appendingPathComponent($0) as String) }
            .map { ($0 as NSString).standardizingPath }.sorted()
        let key = absolute.joined(separator: "\n") + (variant.isEmpty ? "" : "\n\0" + variant)
        let digest = SHA256.hash(data: Data(key.utf8)).prefix(8).lowercaseHex
        return ((cacheHome as NSString).appendingPathComponent("dossier") as NSString).appendingPathComponent("index-\(digest).sqlite")
    }
}

import Foundation

/// Where the marks database lives: `--db`, else `$DOSSIER_DB`, else `$XDG_DATA_HOME/dossier/dossier.sqlite`,
/// else `~/.local/share/dossier/dossier.sqlite`.
public enum DatabaseLocation {
    /// The file name inside the data folder.
    public static let fileName = "dossier.sqlite"

    /// The database path for an explicit `--db` value (if any) and an environment.
    public static func path(explicit: String? = nil, environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let explicit, !explicit.isEmpty { return explicit }
        if let fromEnvironment = environment["DOSSIER_DB"], !fromEnvironment.isEmpty { return fromEnvironment }
        let dataHome = XDGDirectory.path("XDG_DATA_HOME", default: ".local/share", environment: environment)
        return ((dataHome as NSString).appendingPathComponent("dossier") as NSString).appendingPathComponent(fileName)
    }
}

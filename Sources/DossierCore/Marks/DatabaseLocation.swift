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
        // The XDG specification says a relative XDG_DATA_HOME is invalid and must be ignored.
        let dataHome: String
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            dataHome = xdg
        } else {
            let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
            dataHome = (home as NSString).appendingPathComponent(".local/share")
        }
        return ((dataHome as NSString).appendingPathComponent("dossier") as NSString).appendingPathComponent(fileName)
    }
}

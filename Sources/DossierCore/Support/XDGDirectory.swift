import Foundation

/// The XDG base directories (`$XDG_DATA_HOME`, `$XDG_CACHE_HOME`, `$XDG_CONFIG_HOME`), with the specification's defaults.
public enum XDGDirectory {
    /// The directory `variable` names when it is absolute (the specification says a relative one is invalid and
    /// must be ignored), else `relative` under the home folder.
    public static func path(_ variable: String, default relative: String, environment: [String: String]) -> String {
        if let value = environment[variable], value.hasPrefix("/") { return value }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return (home as NSString).appendingPathComponent(relative)
    }
}

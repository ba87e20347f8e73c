import DossierCore
import Testing

/// Where a collection's index lives: the option, the environment, then one cache file per set of paths.
struct IndexLocationTests {
    @Test func theOptionThenTheEnvironmentWin() {
        #expect(IndexLocation.path(explicit: "/tmp/x.sqlite", roots: ["a"], environment: ["DOSSIER_INDEX": "/tmp/y.sqlite"]) == "/tmp/x.sqlite")
        #expect(IndexLocation.path(roots: ["a"], environment: ["DOSSIER_INDEX": "/tmp/y.sqlite"]) == "/tmp/y.sqlite")
    }

    @Test func oneCacheFilePerSetOfPaths() {
        let environment = ["XDG_CACHE_HOME": "/var/cache/me", "HOME": "/home/me"]
        let first = IndexLocation.path(roots: ["/data/a", "/data/b"], environment: environment)
        #expect(first.hasPrefix("/var/cache/me/dossier/index-"))
        #expect(first.hasSuffix(".sqlite"))
        #expect(IndexLocation.path(roots: ["/data/b", "/data/a/"], environment: environment) == first)
        #expect(IndexLocation.path(roots: ["/data/a"], environment: environment) != first)
        let home = IndexLocation.path(roots: ["/data/a"], environment: ["HOME": "/home/me", "XDG_CACHE_HOME": "relative"])
        #expect(home.hasPrefix("/home/me/.cache/dossier/"))
    }
}

/// libFuzzer's driver, linked in by `-sanitize=fuzzer`: it parses the command line, runs `test` over the corpus
/// and new inputs, and returns the exit status. Called from each harness's `main.swift`, because SwiftPM gives an
/// executable its own `main` instead of libFuzzer's; each harness still exports its test as
/// `LLVMFuzzerTestOneInput`, which libFuzzer's own objects refer to.
@_silgen_name("LLVMFuzzerRunDriver")
private func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ test: @convention(c) (UnsafePointer<UInt8>, Int) -> Int32
) -> Int32

/// Runs libFuzzer with this process's arguments on `test`, one input at a time; returns its exit status.
public func runFuzzer(_ test: @convention(c) (UnsafePointer<UInt8>, Int) -> Int32) -> Int32 {
    var argc = CommandLine.argc
    var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
    return LLVMFuzzerRunDriver(&argc, &argv, test)
}

import Foundation
import FuzzerDriver

exit(runFuzzer(fuzzQuery))

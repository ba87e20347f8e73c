import Foundation
import FuzzerDriver

exit(runFuzzer(fuzzParser))

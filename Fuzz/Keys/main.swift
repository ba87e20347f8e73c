import Foundation
import FuzzerDriver

exit(runFuzzer(fuzzKeys))

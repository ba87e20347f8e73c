import Foundation
import FuzzerDriver

exit(runFuzzer(fuzzTagger))

@testable import PostcheckCore
import Testing

/// The phone detector refuses, before asking libphonenumber, candidates in
/// the regions dialled from zero that start with neither `+` nor `0`: it
/// must refuse only what libphonenumber (through the shim) would refuse.
@Suite struct PhonePrecheckTests {
  /// Candidates shaped as the detector makes them: digit groups joined by
  /// spaces, hyphens, dots or brackets, starting with a digit from 1 to 9.
  static func candidates(count: Int) -> [String] {
    var state: UInt64 = 0x5EED
    func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
    let separators = ["", " ", "-", ".", " (", ") "]
    return (0..<count).map { _ in
      var candidate = String(1 + next(9))
      let length = 6 + next(10)
      for _ in 0..<length {
        if next(4) == 0 { candidate += separators[next(separators.count)] }
        candidate += String(next(10))
      }
      return candidate
    }
  }

  @Test(arguments: PhoneDetector.regionsDialledFromZero.sorted())
  func libphonenumberRefusesWhatThePrecheckRefuses(region: String) {
    for candidate in Self.candidates(count: 3000) {
      let bytes = Array(candidate.utf8)
      bytes.withUnsafeBufferPointer { text in
        #expect(!PhoneDetector.startsWithPlusOrZero(text, 0, text.count))
        #expect(PhoneDetector.libphonenumberNumber(text, region: region) == nil, "\(region): \(candidate)")
      }
    }
  }

  @Test func numbersWrittenWithPlusOrZeroStillReachLibphonenumber() throws {
    for candidate in ["07911 123456", "+44 7911 123456", "(0113) 496 0123", "00 44 7911 123456"] {
      let bytes = Array(candidate.utf8)
      let number = bytes.withUnsafeBufferPointer { text in
        PhoneDetector.startsWithPlusOrZero(text, 0, text.count)
          ? PhoneDetector.libphonenumberNumber(text, region: "GB") : nil
      }
      #expect(number != nil, "\(candidate)")
    }
  }

  @Test func otherRegionsAreLeftToLibphonenumber() throws {
    let lexicons = try LexiconSet.embedded()
    #expect(try PhoneDetector(lexicons: lexicons, defaultRegion: "GB").needsPlusOrZero)
    #expect(try !PhoneDetector(lexicons: lexicons, defaultRegion: "US").needsPlusOrZero)
    #expect(try !PhoneDetector(lexicons: lexicons, defaultRegion: "FI").needsPlusOrZero)
  }
}

/// What a PII pattern's hit is a candidate for. The pattern lexicon names a
/// kind per pattern; the detectors read the regions of their kinds.
public enum PatternKind: String, Sendable, CaseIterable {
  case phone
  case card
  case iban
  case sortCode = "sort-code"
  case accountNumber = "account-number"
  case nationalInsurance = "national-insurance"
  case numericDate = "numeric-date"
  case wordDate = "word-date"
  case ukPostcode = "uk-postcode"
  case usZip = "us-zip"
  case eircode
  case street

  var index: Int {
    switch self {
    case .phone: 0
    case .card: 1
    case .iban: 2
    case .sortCode: 3
    case .accountNumber: 4
    case .nationalInsurance: 5
    case .numericDate: 6
    case .wordDate: 7
    case .ukPostcode: 8
    case .usZip: 9
    case .eircode: 10
    case .street: 11
    }
  }
}

/// A stretch of the post where patterns of one kind matched: the union of
/// overlapping hits. Detectors extract and validate exact spans inside it.
public struct PatternRegion: Sendable, Equatable {
  public var kind: PatternKind
  /// Half-open UTF-8 byte range in the post text.
  public var start: Int
  public var end: Int
}

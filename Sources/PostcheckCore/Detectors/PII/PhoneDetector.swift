import PhoneShim

/// `pii.phone`: telephone numbers (policy 5, personal information).
///
/// Candidates are runs of digit groups separated by spaces, hyphens, dots or
/// brackets, with an optional leading `+`. Each is validated by Google's
/// libphonenumber: national numbers are read as in the default region (GB
/// unless configured), `+CC` numbers as in their own. Only numbers it deems
/// valid are reported, so drama ranges (07700 900xxx), order numbers, ISBNs,
/// prices, times, versions and IP addresses stay quiet; context such as
/// "order no." or "ISBN" lowers confidence below reporting.
public struct PhoneDetector: Detector {
  public var readsPatternRegions: Bool { true }
  public static let rule = Rule(
    id: "pii.phone", category: .pii, policy: "5", severity: .high,
    summary: "A telephone number valid for its region (libphonenumber)",
    message: "Telephone number in a post (policy 5: personal information)")

  /// Organisation lines (freephone, premium, shared cost, company numbers)
  /// are seldom personal; mobiles most often are.
  static func baseConfidence(for type: phoneshim_type) -> Double {
    switch type {
    case PHONESHIM_MOBILE: 0.9
    case PHONESHIM_FIXED_LINE, PHONESHIM_FIXED_LINE_OR_MOBILE, PHONESHIM_PERSONAL_NUMBER: 0.85
    case PHONESHIM_VOIP, PHONESHIM_PAGER, PHONESHIM_VOICEMAIL: 0.75
    default: 0.45
    }
  }

  static func typeName(_ type: phoneshim_type) -> String {
    switch type {
    case PHONESHIM_FIXED_LINE: "fixed line"
    case PHONESHIM_MOBILE: "mobile"
    case PHONESHIM_FIXED_LINE_OR_MOBILE: "fixed line or mobile"
    case PHONESHIM_TOLL_FREE: "freephone"
    case PHONESHIM_PREMIUM_RATE: "premium rate"
    case PHONESHIM_SHARED_COST: "shared cost"
    case PHONESHIM_VOIP: "VoIP"
    case PHONESHIM_PERSONAL_NUMBER: "personal number"
    case PHONESHIM_PAGER: "pager"
    case PHONESHIM_UAN: "company number"
    case PHONESHIM_VOICEMAIL: "voicemail"
    default: "number"
    }
  }

  /// Digits in a number: E.164 allows 15; the shortest valid national numbers have 7.
  static let digitRange = 7...15

  public var rules: [Rule] { [Self.rule] }
  public let defaultRegion: String
  let builder: PIIFindingBuilder

  /// Regions whose numbers are written with `+`, with their international
  /// prefix `00` or with their trunk prefix `0` (libphonenumber's metadata);
  /// the shim refuses the rest (`7911 123456`, `3956 7880`), so there a
  /// candidate starting with another digit is refused before the parse,
  /// which costs about 40 µs.
  static let regionsDialledFromZero: Set<String> = ["GB", "GG", "JE", "IM", "IE"]
  /// Whether candidates must start with `+` or `0` to be numbers (`regionsDialledFromZero`).
  let needsPlusOrZero: Bool

  public init(lexicons: LexiconSet, defaultRegion: String = "GB") throws(LexiconError) {
    self.defaultRegion = defaultRegion
    needsPlusOrZero = Self.regionsDialledFromZero.contains(defaultRegion)
    builder = PIIFindingBuilder(
      rule: Self.rule, cues: try ContextCues(lexicon: try lexicons.lexicon(named: "pii.phone.context")))
  }

  /// Whether libphonenumber knows `region` (`GB`, `IE`, `US`).
  public static func isSupported(region: String) -> Bool { phoneshim_is_supported_region(region) != 0 }

  public func detect(in post: PostAnalysis, into findings: inout [Finding]) {
    guard post.hasRegions(.phone) else { return }
    let text = post.text
    for region in post.regions(.phone) {
      let groups = digitGroups(text, region)
      var first = 0
      while first < groups.count {
        guard let (finding, last) = longestValidNumber(post, groups, from: first) else {
          // A number does not start in the middle of a grouped run (`1234 5698 7654 32`).
          first += 1
          while first < groups.count && isSeparator(text, groups[first - 1].end, groups[first].start) { first += 1 }
          continue
        }
        if let finding, !findings.contains(where: { Self.outranks($0, finding) }) { findings.append(finding) }
        first = last + 1
      }
    }
  }

  /// Card numbers, IBANs and bank details are read with checksums or
  /// stricter formats; a phone number overlapping one is a misreading.
  static func outranks(_ other: Finding, _ phone: Finding) -> Bool {
    (other.rule.id.hasPrefix("pii.bank.") || other.rule.id == "pii.national_insurance")
      && other.start < phone.end && phone.start < other.end
  }

  /// A run of digits, with where the number would start if it began here
  /// (before a `+` or an opening bracket).
  struct DigitGroup {
    var numberStart: Int
    var start: Int
    var end: Int
  }

  /// The digit groups of a region, each with its possible number start.
  private func digitGroups(_ text: UnsafeBufferPointer<UInt8>, _ region: PatternRegion) -> [DigitGroup] {
    var groups: [DigitGroup] = []
    var index = region.start
    while index < region.end {
      guard PIIText.isDigit(text[index]) else {
        index += 1
        continue
      }
      let start = index
      while index < text.count && PIIText.isDigit(text[index]) { index += 1 }
      var numberStart = start
      while numberStart > region.start
        && (text[numberStart - 1] == UInt8(ascii: "(") || text[numberStart - 1] == UInt8(ascii: "+"))
      {
        numberStart -= 1
      }
      groups.append(DigitGroup(numberStart: numberStart, start: start, end: index))
    }
    return groups
  }

  /// The longest run of groups from `first` that libphonenumber accepts,
  /// with the index of its last group; the finding is nil when context
  /// ruled the number out. Nil when no run from `first` is a number.
  private func longestValidNumber(_ post: PostAnalysis, _ groups: [DigitGroup], from first: Int) -> (Finding?, Int)? {
    let text = post.text
    guard PIIText.startsCleanly(text, groups[first].numberStart) else { return nil }
    // Groups join only across short separators: spaces, hyphens, dots, brackets.
    var last = first
    var digits = groups[first].end - groups[first].start
    while last + 1 < groups.count && isSeparator(text, groups[last].end, groups[last + 1].start)
      && digits + groups[last + 1].end - groups[last + 1].start <= Self.digitRange.upperBound
    {
      last += 1
      digits += groups[last].end - groups[last].start
    }
    while last >= first {
      let start = groups[first].numberStart
      let end = groups[last].end
      let count = digitCount(groups, first, last)
      if Self.digitRange.contains(count), PIIText.endsCleanly(text, end), !looksLikeAddress(text, start, end),
        let number = validate(text, start, end)
      {
        let finding = builder.finding(
          in: post, start: start, end: end, confidence: Self.baseConfidence(for: number.type),
          validator: "libphonenumber:\(number.regionCode) \(Self.typeName(number.type))")
        return (finding, last)
      }
      last -= 1
    }
    return nil
  }

  private func digitCount(_ groups: [DigitGroup], _ first: Int, _ last: Int) -> Int {
    groups[first...last].reduce(0) { $0 + $1.end - $1.start }
  }

  private func isSeparator(_ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
    guard end - start >= 1 && end - start <= 3 else { return false }
    for index in start..<end {
      switch text[index] {
      case UInt8(ascii: " "), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "("), UInt8(ascii: ")"): continue
      default: return false
      }
    }
    return true
  }

  /// IP addresses (`192.168.0.1`) and dotted versions are not numbers to call.
  private func looksLikeAddress(_ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
    var dots = 0
    for index in start..<end {
      let byte = text[index]
      if byte == UInt8(ascii: ".") { dots += 1 } else if !PIIText.isDigit(byte) { return false }
    }
    return dots == 3 || dots == 2 && end - start <= 11
  }

  /// Whether the candidate's first character other than an opening bracket is `+` or `0`.
  static func startsWithPlusOrZero(_ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
    var index = start
    while index < end && text[index] == UInt8(ascii: "(") { index += 1 }
    return index < end && (text[index] == UInt8(ascii: "+") || text[index] == UInt8(ascii: "0"))
  }

  struct ValidNumber {
    var regionCode: String
    var type: phoneshim_type
  }

  private func validate(_ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> ValidNumber? {
    if needsPlusOrZero && !Self.startsWithPlusOrZero(text, start, end) { return nil }
    return Self.libphonenumberNumber(UnsafeBufferPointer(rebasing: text[start..<end]), region: defaultRegion)
  }

  /// What libphonenumber (through the shim) makes of `candidate` read in `region`: nil when not a valid number.
  static func libphonenumberNumber(_ candidate: UnsafeBufferPointer<UInt8>, region: String) -> ValidNumber? {
    var number = phoneshim_number()
    let valid = candidate.withMemoryRebound(to: CChar.self) { bytes in
      phoneshim_validate(bytes.baseAddress, Int32(bytes.count), region, &number)
    }
    guard valid != 0, number.country_code_without_plus == 0 else { return nil }
    let regionCode = withUnsafeBytes(of: number.region) { raw in
      String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
    }
    return ValidNumber(regionCode: regionCode, type: number.type)
  }
}

/// `pii.national_insurance`: UK National Insurance numbers (policy 5).
///
/// Two prefix letters HMRC allocates, six digits (solid or in pairs) and a
/// suffix A–D: `AB 12 34 56 C`, `ab123456c`. Without the suffix the number is
/// reported only when the text calls it an NI number.
public struct NationalInsuranceDetector: Detector {
  public var readsPatternRegions: Bool { true }
  public static let rule = Rule(
    id: "pii.national_insurance", category: .pii, policy: "5", severity: .high,
    summary: "A UK National Insurance number (HMRC prefix and suffix rules)",
    message: "National Insurance number in a post (policy 5: personal information)")

  static let baseConfidence = 0.9
  static let withoutSuffixConfidence = 0.25

  public var rules: [Rule] { [Self.rule] }
  let builder: PIIFindingBuilder

  public init(lexicons: LexiconSet) throws(LexiconError) {
    builder = PIIFindingBuilder(
      rule: Self.rule, cues: try ContextCues(lexicon: try lexicons.lexicon(named: "pii.national_insurance.context")))
  }

  public func detect(in post: PostAnalysis, into findings: inout [Finding]) {
    guard post.hasRegions(.nationalInsurance) else { return }
    let text = post.text
    for region in post.regions(.nationalInsurance) {
      var index = region.start
      while index + 8 <= region.end {
        if let (end, hasSuffix) = candidate(text, at: index),
          let finding = builder.finding(
            in: post, start: index, end: end,
            confidence: hasSuffix ? Self.baseConfidence : Self.withoutSuffixConfidence,
            validator: hasSuffix ? "hmrc prefix and suffix" : "hmrc prefix; no suffix")
        {
          findings.append(finding)
          index = end
        } else {
          index += 1
        }
      }
    }
  }

  private func candidate(_ text: UnsafeBufferPointer<UInt8>, at start: Int) -> (end: Int, hasSuffix: Bool)? {
    guard PIIText.startsCleanly(text, start), PIIText.isLetter(text[start]), PIIText.isLetter(text[start + 1]),
      NationalInsuranceNumber.isValidPrefix(PIIText.upper(text[start]), PIIText.upper(text[start + 1]))
    else { return nil }
    var index = start + 2
    var digits = 0
    while index < text.count && digits < 6 {
      if PIIText.isDigit(text[index]) {
        digits += 1
        index += 1
      } else if text[index] == UInt8(ascii: " ") && digits % 2 == 0 && index + 1 < text.count
        && PIIText.isDigit(text[index + 1])
      {
        index += 1
      } else {
        return nil
      }
    }
    guard digits == 6 else { return nil }
    var suffixAt = index
    if suffixAt < text.count && text[suffixAt] == UInt8(ascii: " ") { suffixAt += 1 }
    if suffixAt < text.count && NationalInsuranceNumber.isValidSuffix(PIIText.upper(text[suffixAt]))
      && PIIText.endsCleanly(text, suffixAt + 1)
    {
      return (suffixAt + 1, true)
    }
    guard PIIText.endsCleanly(text, index) else { return nil }
    return (index, false)
  }
}

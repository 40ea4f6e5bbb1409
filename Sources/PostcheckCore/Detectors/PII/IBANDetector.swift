/// `pii.bank.iban`: International Bank Account Numbers (policy 5, bank details).
///
/// A country code, two check digits and the country's number of letters and
/// digits, written solid or in groups of four, passing the ISO 13616 mod-97
/// check. The span includes the spaces.
public struct IBANDetector: Detector {
  public var readsPatternRegions: Bool { true }
  public static let rule = Rule(
    id: "pii.bank.iban", category: .pii, policy: "5", severity: .high,
    summary: "An IBAN (ISO 13616 mod-97 and the country's length checked)",
    message: "Bank account number (IBAN) in a post (policy 5: bank details)")

  static let baseConfidence = 0.95

  public var rules: [Rule] { [Self.rule] }
  let builder: PIIFindingBuilder

  public init(lexicons: LexiconSet) throws(LexiconError) {
    builder = PIIFindingBuilder(
      rule: Self.rule, cues: try ContextCues(lexicon: try lexicons.lexicon(named: "pii.bank.context")))
  }

  public func detect(in post: PostAnalysis, into findings: inout [Finding]) {
    guard post.hasRegions(.iban) else { return }
    let text = post.text
    for region in post.regions(.iban) {
      var index = region.start
      while index < region.end {
        if let (end, characters) = candidate(text, at: index), IBAN.isValid(characters),
          let finding = builder.finding(
            in: post, start: index, end: end, confidence: Self.baseConfidence,
            validator: "iso13616 mod-97; \(characters.count) characters for \(String(decoding: characters[0..<2], as: UTF8.self))")
        {
          findings.append(finding)
          index = end
        } else {
          index += 1
        }
      }
    }
  }

  /// The country's number of characters from `start`, single spaces allowed between them.
  private func candidate(_ text: UnsafeBufferPointer<UInt8>, at start: Int) -> (Int, [UInt8])? {
    guard start + 4 <= text.count, PIIText.startsCleanly(text, start), PIIText.isLetter(text[start]),
      PIIText.isLetter(text[start + 1]), PIIText.isDigit(text[start + 2]), PIIText.isDigit(text[start + 3]),
      let length = IBAN.lengths[String(decoding: [PIIText.upper(text[start]), PIIText.upper(text[start + 1])], as: UTF8.self)]
    else { return nil }
    var characters: [UInt8] = []
    var index = start
    while index < text.count && characters.count < length {
      let byte = text[index]
      if PIIText.isAlphanumeric(byte) {
        characters.append(PIIText.upper(byte))
      } else if !(byte == UInt8(ascii: " ") && index + 1 < text.count && PIIText.isAlphanumeric(text[index + 1])) {
        return nil
      }
      index += 1
    }
    guard characters.count == length, PIIText.endsCleanly(text, index) else { return nil }
    return (index, characters)
  }
}

/// `pii.bank.card`: payment card numbers (policy 5, bank details).
///
/// Thirteen to nineteen digits, in groups separated by single spaces or
/// hyphens, that pass Luhn and fall in a card scheme's issuer range and
/// length. The span includes the separators. Sixteen digits failing Luhn,
/// expiry dates and CVVs alone are not card numbers.
public struct CardNumberDetector: Detector {
  public var readsPatternRegions: Bool { true }
  public static let rule = Rule(
    id: "pii.bank.card", category: .pii, policy: "5", severity: .high,
    summary: "A payment card number (Luhn and issuer range checked)",
    message: "Payment card number in a post (policy 5: bank details)")

  static let baseConfidence = 0.9

  public var rules: [Rule] { [Self.rule] }
  let builder: PIIFindingBuilder

  public init(lexicons: LexiconSet) throws(LexiconError) {
    builder = PIIFindingBuilder(
      rule: Self.rule, cues: try ContextCues(lexicon: try lexicons.lexicon(named: "pii.bank.context")))
  }

  public func detect(in post: PostAnalysis, into findings: inout [Finding]) {
    guard post.hasRegions(.card) else { return }
    let text = post.text
    for region in post.regions(.card) {
      var index = region.start
      while index < region.end {
        guard PIIText.isDigit(text[index]), PIIText.startsCleanly(text, index), !continuesGroups(text, index),
          let run = PIIText.digitGroups(text, from: index, separators: " -", maximumDigits: 20),
          PIIText.endsCleanly(text, run.end), (13...19).contains(run.digitCount)
        else {
          index += 1
          continue
        }
        let digits = PIIText.digits(text, index, run.end)
        if Luhn.isValid(digits), let issuer = CardIssuer.issuer(of: digits),
          let finding = builder.finding(
            in: post, start: index, end: run.end, confidence: Self.baseConfidence,
            validator: "luhn; \(issuer.name) range, \(digits.count) digits")
        {
          findings.append(finding)
        }
        index = run.end
      }
    }
  }

  /// Whether `index` follows another group of the same run (`FR58 7004 5665 …`):
  /// a card number does not start in the middle of a longer number.
  private func continuesGroups(_ text: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
    index >= 2 && (text[index - 1] == UInt8(ascii: " ") || text[index - 1] == UInt8(ascii: "-"))
      && PIIText.isDigit(text[index - 2])
  }
}

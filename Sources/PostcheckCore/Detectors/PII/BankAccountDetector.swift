/// `pii.bank.sort_code` and `pii.bank.account_number`: UK bank details
/// (policy 5), two findings for a pair.
///
/// A sort code is six digits (`20-00-00`, `20 00 00`, `200000`); an account
/// number is eight (`55779911`, `5577 9911`). Either alone is usually
/// something else (a date, a case reference), so a sort code is reported
/// when an account number is near it or the text calls it a sort code, and
/// an account number when a sort code is near it or the text calls it an
/// account number. Reference-like context ("case", "order", "ref") rules
/// them out.
public struct BankAccountDetector: Detector {
  public var readsPatternRegions: Bool { true }
  public static let sortCodeRule = Rule(
    id: "pii.bank.sort_code", category: .pii, policy: "5", severity: .high,
    summary: "A UK sort code next to an account number or called a sort code",
    message: "Bank sort code in a post (policy 5: bank details)")
  public static let accountNumberRule = Rule(
    id: "pii.bank.account_number", category: .pii, policy: "5", severity: .high,
    summary: "A UK bank account number next to a sort code or called an account number",
    message: "Bank account number in a post (policy 5: bank details)")

  static let pairedConfidence = 0.9
  /// Alone, a candidate needs its own cue to reach the reporting floor.
  static let aloneConfidence = 0.2
  /// How far apart (in bytes) a sort code and account number still pair up.
  static let pairingDistance = 60

  public var rules: [Rule] { [Self.sortCodeRule, Self.accountNumberRule] }
  let sortCodes: PIIFindingBuilder
  let accounts: PIIFindingBuilder

  public init(lexicons: LexiconSet) throws(LexiconError) {
    sortCodes = PIIFindingBuilder(
      rule: Self.sortCodeRule, cues: try ContextCues(lexicon: try lexicons.lexicon(named: "pii.bank.sort-code.context")))
    accounts = PIIFindingBuilder(
      rule: Self.accountNumberRule,
      cues: try ContextCues(lexicon: try lexicons.lexicon(named: "pii.bank.account-number.context")))
  }

  struct Candidate {
    var start: Int
    var end: Int
  }

  public func detect(in post: PostAnalysis, into findings: inout [Finding]) {
    guard post.hasRegions(.sortCode) || post.hasRegions(.accountNumber) else { return }
    let sortCodeRegions = post.regions(.sortCode)
    let accountRegions = post.regions(.accountNumber)
    guard !sortCodeRegions.isEmpty || !accountRegions.isEmpty else { return }
    let text = post.text
    // Digits inside a card number, IBAN or NI number found already are theirs.
    let taken = findings.filter { $0.rule.category == .pii }.map { $0.start..<$0.end }
    let free = { (candidate: Candidate) in !taken.contains { $0.overlaps(candidate.start..<candidate.end) } }
    let codes = candidates(text, sortCodeRegions, digits: 6, groupSize: 2).filter(free)
    let numbers = candidates(text, accountRegions, digits: 8, groupSize: 4).filter(free)
    for code in codes {
      let paired = numbers.contains { isPair(code, $0) }
      if let finding = sortCodes.finding(
        in: post, start: code.start, end: code.end,
        confidence: paired ? Self.pairedConfidence : Self.aloneConfidence,
        validator: paired ? "sort code format; paired with an account number" : "sort code format")
      {
        findings.append(finding)
      }
    }
    for number in numbers {
      let paired = codes.contains { isPair($0, number) }
      if let finding = accounts.finding(
        in: post, start: number.start, end: number.end,
        confidence: paired ? Self.pairedConfidence : Self.aloneConfidence,
        validator: paired ? "account number format; paired with a sort code" : "account number format")
      {
        findings.append(finding)
      }
    }
  }

  private func isPair(_ code: Candidate, _ number: Candidate) -> Bool {
    let gap = code.end <= number.start ? number.start - code.end : code.start - number.end
    return gap >= 0 && gap <= Self.pairingDistance
  }

  /// Exactly `digits` digits, solid or in groups of `groupSize` with one
  /// consistent separator, standing alone (not part of a longer number).
  private func candidates(
    _ text: UnsafeBufferPointer<UInt8>, _ regions: [PatternRegion], digits: Int, groupSize: Int
  ) -> [Candidate] {
    var found: [Candidate] = []
    for region in regions {
      var index = region.start
      while index < region.end {
        if PIIText.isDigit(text[index]), PIIText.startsCleanly(text, index), !followsDigitGroup(text, index),
          let end = grouped(text, from: index, digits: digits, groupSize: groupSize),
          PIIText.endsCleanly(text, end), !precedesDigitGroup(text, end)
        {
          found.append(Candidate(start: index, end: end))
          index = end
        } else {
          index += 1
        }
      }
    }
    return found
  }

  private func grouped(_ text: UnsafeBufferPointer<UInt8>, from start: Int, digits: Int, groupSize: Int) -> Int? {
    var index = start
    var count = 0
    var separator: UInt8?
    while index < text.count && count < digits {
      let byte = text[index]
      if PIIText.isDigit(byte) {
        count += 1
        index += 1
        continue
      }
      guard count % groupSize == 0, byte == UInt8(ascii: " ") || byte == UInt8(ascii: "-"),
        separator == nil || separator == byte, count > 0
      else { return nil }
      if separator == nil && count != groupSize { return nil }
      separator = byte
      index += 1
    }
    guard count == digits, index == text.count || !PIIText.isDigit(text[index]) else { return nil }
    return index
  }

  /// `1234 5678 9012` holds `5678 9012`; a group glued by a space to more
  /// digits is part of a longer number, unless the neighbour is the other
  /// half of a pair (`20-00-00 55779911`).
  private func followsDigitGroup(_ text: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
    guard index >= 2, text[index - 1] == UInt8(ascii: " ") || text[index - 1] == UInt8(ascii: "-"),
      PIIText.isDigit(text[index - 2])
    else { return false }
    return !(index >= 9 && isSeparatedSortCode(text, index - 9))
  }

  private func precedesDigitGroup(_ text: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
    guard index + 1 < text.count, text[index] == UInt8(ascii: " ") || text[index] == UInt8(ascii: "-"),
      PIIText.isDigit(text[index + 1])
    else { return false }
    var end = index + 1
    while end < text.count && PIIText.isDigit(text[end]) { end += 1 }
    return !(end - index - 1 == 8 && PIIText.endsCleanly(text, end))
  }

  /// `dd-dd-dd` or `dd dd dd` at `start`.
  private func isSeparatedSortCode(_ text: UnsafeBufferPointer<UInt8>, _ start: Int) -> Bool {
    let digit = PIIText.isDigit
    let separator = text[start + 2]
    return digit(text[start]) && digit(text[start + 1]) && (separator == UInt8(ascii: "-") || separator == UInt8(ascii: " "))
      && digit(text[start + 3]) && digit(text[start + 4]) && text[start + 5] == separator && digit(text[start + 6])
      && digit(text[start + 7]) && PIIText.startsCleanly(text, start)
  }
}

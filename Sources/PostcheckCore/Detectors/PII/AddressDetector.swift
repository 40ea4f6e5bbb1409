/// `pii.address`: home postal addresses (policy 5, personal information).
///
/// Anchored on a postcode (UK in the Royal Mail format, US state + ZIP,
/// Irish Eircode) or on a house number and street (`12 Mill Lane`). The span
/// runs from the house number or name (`Rose Cottage`, `Flat 3`) through the
/// postcode; a postcode with no address before it is its own span. Home
/// cues ("I live at", "send it to", "we've moved to", "party at mine") make
/// it likely personal; venue cues ("venue:", "find us at", "our office")
/// rule it out. A postcode alone or a street without a postcode needs a home cue.
public struct AddressDetector: Detector {
  public var readsPatternRegions: Bool { true }
  public static let rule = Rule(
    id: "pii.address", category: .pii, policy: "5", severity: .high,
    summary: "A home postal address (house number or name through postcode), or a home postcode alone",
    message: "Home address in a post (policy 5: personal information)")

  static let fullAddressConfidence = 0.6
  static let streetOnlyConfidence = 0.3
  static let postcodeAloneConfidence = 0.2
  /// Address words looked at before an anchor, at most.
  static let maximumWords = 14

  public var rules: [Rule] { [Self.rule] }
  let builder: PIIFindingBuilder
  let words: AddressWords

  public init(lexicons: LexiconSet) throws(LexiconError) {
    builder = PIIFindingBuilder(
      rule: Self.rule, cues: try ContextCues(lexicon: try lexicons.lexicon(named: "pii.address.context")))
    words = try AddressWords(lexicon: try lexicons.lexicon(named: "pii.address.words"))
  }

  struct Anchor {
    var start: Int
    var end: Int
    var validator: String
  }

  public func detect(in post: PostAnalysis, into findings: inout [Finding]) {
    guard post.hasRegions(.ukPostcode) || post.hasRegions(.usZip) || post.hasRegions(.eircode)
      || post.hasRegions(.street)
    else { return }
    let text = post.text
    let reader = AddressReader(text: text, words: words)
    var covered: [Range<Int>] = []
    for anchor in postcodeAnchors(text, post).sorted(by: { $0.start < $1.start }) {
      let before = reader.addressStart(before: anchor.start)
      let start: Int
      let confidence: Double
      var validator = anchor.validator
      if let before {
        start = before.start
        confidence = Self.fullAddressConfidence
        validator += "; " + before.evidence
      } else {
        start = anchor.start
        confidence = Self.postcodeAloneConfidence
        validator += " alone"
      }
      covered.append(start..<anchor.end)
      if let finding = builder.finding(
        in: post, start: start, end: anchor.end, confidence: confidence, validator: validator)
      {
        findings.append(finding)
      }
    }
    for region in post.regions(.street) {
      var index = region.start
      while index < region.end {
        guard PIIText.isDigit(text[index]), !covered.contains(where: { $0.contains(index) }),
          let street = reader.street(at: index, regionEnd: region.end)
        else {
          index += 1
          continue
        }
        let start = reader.addressStart(before: street.start + 1)?.start ?? street.start
        let end = reader.localityEnd(after: street.end)
        if let finding = builder.finding(
          in: post, start: min(start, street.start), end: end, confidence: Self.streetOnlyConfidence,
          validator: "house number and street, no postcode")
        {
          findings.append(finding)
        }
        covered.append(street.start..<end)
        index = end
      }
    }
  }

  private func postcodeAnchors(_ text: UnsafeBufferPointer<UInt8>, _ post: PostAnalysis) -> [Anchor] {
    var anchors: [Anchor] = []
    for region in post.regions(.ukPostcode) {
      var index = region.start
      while index < region.end {
        if let end = ukPostcode(text, at: index) {
          anchors.append(Anchor(start: index, end: end, validator: "UK postcode format"))
          index = end
        } else {
          index += 1
        }
      }
    }
    for region in post.regions(.usZip) {
      for index in region.start..<region.end {
        if let end = usStateAndZip(text, at: index) {
          anchors.append(Anchor(start: index, end: end, validator: "US state and ZIP code"))
          break
        }
      }
    }
    for region in post.regions(.eircode) {
      for index in region.start..<region.end {
        if let end = eircode(text, at: index) {
          anchors.append(Anchor(start: index, end: end, validator: "Eircode format"))
          break
        }
      }
    }
    return anchors
  }

  /// The end of `IL 62704`, `TX, 78701-1234` at `start`, with a real state code.
  private func usStateAndZip(_ text: UnsafeBufferPointer<UInt8>, at start: Int) -> Int? {
    guard start + 8 <= text.count, PIIText.startsCleanly(text, start),
      text[start] &- UInt8(ascii: "A") < 26, text[start + 1] &- UInt8(ascii: "A") < 26,
      USState.codes.contains(String(decoding: [text[start], text[start + 1]], as: UTF8.self))
    else { return nil }
    var index = start + 2
    if text[index] == UInt8(ascii: ",") { index += 1 }
    guard index < text.count, text[index] == UInt8(ascii: " ") else { return nil }
    index += 1
    guard let zip = fixedDigits(text, at: index, count: 5) else { return nil }
    var end = zip
    if end + 5 <= text.count && text[end] == UInt8(ascii: "-"), let plusFour = fixedDigits(text, at: end + 1, count: 4) {
      end = plusFour
    }
    return PIIText.endsCleanly(text, end) ? end : nil
  }

  /// The end of an Eircode (`V95 X2Y3`, `D6W1YH2`) at `start`: a routing key
  /// and four characters from the Eircode alphabet.
  private func eircode(_ text: UnsafeBufferPointer<UInt8>, at start: Int) -> Int? {
    let alphabet = Set("ACDEFHKNPRTVWXY0123456789".utf8)
    guard start + 7 <= text.count, PIIText.startsCleanly(text, start) else { return nil }
    let first = PIIText.upper(text[start])
    let routingKey =
      (first == UInt8(ascii: "D") && text[start + 1] == UInt8(ascii: "6") && PIIText.upper(text[start + 2]) == UInt8(ascii: "W"))
      || (alphabet.contains(first) && PIIText.isLetter(first) && PIIText.isDigit(text[start + 1]) && PIIText.isDigit(text[start + 2]))
    guard routingKey else { return nil }
    var index = start + 3
    if text[index] == UInt8(ascii: " ") { index += 1 }
    guard index + 4 <= text.count else { return nil }
    for offset in 0..<4 where !alphabet.contains(PIIText.upper(text[index + offset])) { return nil }
    return PIIText.endsCleanly(text, index + 4) ? index + 4 : nil
  }

  private func fixedDigits(_ text: UnsafeBufferPointer<UInt8>, at start: Int, count: Int) -> Int? {
    guard start + count <= text.count else { return nil }
    for index in start..<start + count where !PIIText.isDigit(text[index]) { return nil }
    return start + count < text.count && PIIText.isDigit(text[start + count]) ? nil : start + count
  }

  /// The end of a well-formed UK postcode at `start` (`LS6 2AB`, `SW1A1AA`).
  private func ukPostcode(_ text: UnsafeBufferPointer<UInt8>, at start: Int) -> Int? {
    guard PIIText.startsCleanly(text, start) else { return nil }
    var code: [UInt8] = []
    var index = start
    var sawSpace = false
    while index < text.count && code.count < 7 {
      let byte = text[index]
      if PIIText.isAlphanumeric(byte) {
        code.append(PIIText.upper(byte))
      } else if byte == UInt8(ascii: " ") && !sawSpace && code.count >= 2 {
        sawSpace = true
      } else {
        break
      }
      index += 1
      // The inward code is always the last three characters: stop once it is complete.
      if code.count >= 5 && UKPostcode.isValid(code) && (index == text.count || !PIIText.isAlphanumeric(text[index])) {
        return index
      }
    }
    return nil
  }
}

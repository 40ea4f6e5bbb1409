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
    var covered: [Range<Int>] = []
    for anchor in postcodeAnchors(text, post).sorted(by: { $0.start < $1.start }) {
      let reader = AddressReader(text: text, words: words)
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
    for region in post.regions(.street) where !covered.contains(where: { $0.contains(region.start) }) {
      let reader = AddressReader(text: text, words: words)
      guard let street = reader.street(at: region.start, regionEnd: region.end) else { continue }
      let start = reader.addressStart(before: street.start + 1)?.start ?? street.start
      let end = reader.localityEnd(after: street.end)
      if let finding = builder.finding(
        in: post, start: min(start, street.start), end: end, confidence: Self.streetOnlyConfidence,
        validator: "house number and street, no postcode")
      {
        findings.append(finding)
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
      let state = String(decoding: UnsafeBufferPointer(rebasing: text[region.start..<region.start + 2]), as: UTF8.self)
      if USState.codes.contains(state), PIIText.startsCleanly(text, region.start), PIIText.endsCleanly(text, region.end) {
        anchors.append(Anchor(start: region.start, end: region.end, validator: "US state and ZIP code"))
      }
    }
    for region in post.regions(.eircode)
    where PIIText.startsCleanly(text, region.start) && PIIText.endsCleanly(text, region.end) {
      anchors.append(Anchor(start: region.start, end: region.end, validator: "Eircode format"))
    }
    return anchors
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

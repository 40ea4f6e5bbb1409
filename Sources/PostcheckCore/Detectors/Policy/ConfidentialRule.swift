/// `confidential.marker`, `confidential.leak` and `confidential.credential`:
/// markers and leak phrasing are reported where they are written; a
/// credential cue (`password:`) is reported at the secret it introduces, and
/// keys and tokens with a known prefix wherever they are.
enum ConfidentialRule {
  static func evaluate(
    _ matches: PolicyMatches, credentials: [PolicyPhrases.Credential], into findings: inout [Finding]
  ) {
    for match in matches.matches {
      let entry = matches.entry(match)
      switch match.cue {
      case .marker, .leak:
        let rule = match.cue == .marker ? PolicyRules.confidentialMarker : PolicyRules.confidentialLeak
        findings.appendOrMerge(
          matches.finding(
            rule, matches.start(match), matches.end(match), confidence: entry.confidence, entry: entry.pattern,
            validator: "\(entry.lexicon): \(match.cue.rawValue)"))
      case .credentialCue:
        // The longest cue at a place names it (`pin number`, not `pin`).
        if matches.matches.contains(where: { $0.cue == .credentialCue && $0.first == match.first && $0.last > match.last }) {
          continue
        }
        let kind = digitCues.contains(entry.pattern) ? CredentialReader.SecretKind.digits : .secret
        guard let secret = CredentialReader.secret(after: matches.end(match), kind: kind, in: matches.post.text) else {
          continue
        }
        findings.appendOrMerge(
          matches.finding(
            PolicyRules.confidentialCredential, secret.lowerBound, secret.upperBound, confidence: entry.confidence,
            entry: entry.pattern, context: entry.pattern, validator: "secret after '\(entry.pattern)'"))
      case .credential:
        // The whole key block when its end marker is there, else its header.
        let start = headerStart(before: matches.start(match), in: matches.post.text)
        let end = blockEnd(after: matches.end(match), in: matches.post.text)
        findings.appendOrMerge(
          matches.finding(
            PolicyRules.confidentialCredential, start, end, confidence: entry.confidence, entry: entry.pattern,
            validator: "private key block"))
      default:
        continue
      }
    }
    for credential in credentials {
      findings.appendOrMerge(
        matches.finding(
          PolicyRules.confidentialCredential, credential.start, credential.end, confidence: 0.95, entry: nil,
          validator: "prefix and length of a \(credential.name)"))
    }
  }

  /// Cues whose secret is a number.
  private static let digitCues: Set<String> = [
    "pin", "pin number", "passcode", "access code", "door code", "alarm code", "safe code",
  ]

  /// Back over the dashes of `-----BEGIN`.
  private static func headerStart(before start: Int, in text: UnsafeBufferPointer<UInt8>) -> Int {
    var index = start
    while index > 0 && text[index - 1] == UInt8(ascii: "-") { index -= 1 }
    return index
  }

  /// Through `-----END … KEY-----` when the block is there, else through the header's dashes.
  private static func blockEnd(after end: Int, in text: UnsafeBufferPointer<UInt8>) -> Int {
    let marker = Array("-----END ".utf8)
    var index = end
    while index + marker.count <= text.count {
      if text[index..<index + marker.count].elementsEqual(marker) {
        var close = index + marker.count
        while close < text.count && text[close] != UInt8(ascii: "-") && text[close] != UInt8(ascii: "\n") { close += 1 }
        while close < text.count && text[close] == UInt8(ascii: "-") { close += 1 }
        return close
      }
      index += 1
    }
    var close = end
    while close < text.count && text[close] == UInt8(ascii: "-") { close += 1 }
    return close
  }
}

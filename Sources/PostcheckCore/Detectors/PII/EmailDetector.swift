/// `pii.email`: e-mail addresses (policy 5, personal information).
///
/// The tokenizer recognises addresses (local part, `@`, a dotted domain with
/// a top-level domain of letters) and keeps fediverse handles
/// (`@jo@mastodon.social`) apart. Every address is a finding; organisation
/// mailboxes (`info@`, `admissions@`) are less likely to be personal, and
/// cues such as "email me at" make a personal one more likely. Addresses
/// disguised against harvesters (`jo[at]example[dot]com`, `jo at gmail dot
/// com`) are read by `DisguisedEmail` from each word `at`: the pattern pass
/// runs only around digits, which such addresses seldom have.
public struct EmailDetector: Detector {
  public static let rule = Rule(
    id: "pii.email", category: .pii, policy: "5", severity: .medium,
    summary: "An e-mail address",
    message: "E-mail address in a post (policy 5: personal information)")

  static let baseConfidence = 0.85
  static let organisationMailboxConfidence = 0.55

  public var rules: [Rule] { [Self.rule] }
  let cues: ContextCues
  let organisationMailboxes: Set<String>

  public init(lexicons: LexiconSet) throws(LexiconError) {
    cues = try ContextCues(lexicon: try lexicons.lexicon(named: "pii.email.context"))
    let mailboxes = try lexicons.lexicon(named: "pii.email.organisation-mailboxes")
    organisationMailboxes = Set(mailboxes.entries.compactMap { $0.fields.first?.lowercased() })
  }

  public func detect(in post: PostAnalysis, into findings: inout [Finding]) {
    detectDisguised(in: post, into: &findings)
    guard post.tokens.contains(.email) else { return }
    let tokens = post.tokens.tokens
    for index in tokens.indices where tokens[index].kind == .email {
      let token = tokens[index]
      let address = post.tokens.string(token.folded)
      let localPart = address.split(separator: "@", maxSplits: 1).first.map(String.init) ?? address
      var confidence = Self.baseConfidence
      var validator = "address syntax"
      if organisationMailboxes.contains(localPart) {
        confidence = Self.organisationMailboxConfidence
        validator = "address syntax; organisation mailbox '\(localPart)@'"
      }
      let base = confidence
      let cue = cues.strongest(in: post, around: index, through: index)
      if let cue { confidence += cue.weight }
      findings.append(
        Finding(
          rule: Self.rule, start: token.start, end: token.end, confidence: confidence,
          explanation: Explanation(
            validator: validator, context: cue?.phrase,
            // Upper case in an address is ordinary; hidden characters are worth saying.
            normalisations: token.normalisations.subtracting(.caseFolded), baseConfidence: base)))
    }
  }

  private func detectDisguised(in post: PostAnalysis, into findings: inout [Finding]) {
    let tokens = post.tokens.tokens
    let text = post.text
    var next = 0
    forEachWordAt(in: post) { index in
      let token = tokens[index]
      guard DisguisedEmail.mayBeMarker(text, token: token, next: index + 1 < tokens.count ? tokens[index + 1] : nil, post.tokens),
        let start = DisguisedEmail.localPartStart(text, beforeMarkerAt: token.start), start >= next,
        let parsed = DisguisedEmail.parse(text, from: start),
        let finding = PIIFindingBuilder(rule: Self.rule, cues: cues).finding(
          in: post, start: start, end: parsed.end, confidence: Self.baseConfidence,
          validator: "address syntax, disguised: \(parsed.disguise)")
      else { return }
      findings.append(finding)
      next = parsed.end
    }
  }

  private static let atPrint = WordPrefilter.fingerprint(Array("at".utf8))

  /// Calls `body` with the index of every word `at`: on the recorded prints
  /// when the screener has them (one load and a compare a word, where
  /// reading each 64-byte token cost ten instructions), else on the tokens.
  @inline(__always)
  private func forEachWordAt(in post: PostAnalysis, _ body: (Int) -> Void) {
    let buffer = post.tokens
    let tokens = buffer.tokens
    func isAt(_ token: Token) -> Bool {
      let folded = buffer.arena.bytes(token.folded)
      return token.kind == .word && folded.count == 2 && folded[0] == UInt8(ascii: "a") && folded[1] == UInt8(ascii: "t")
    }
    if buffer.printsRecorded {
      buffer.prints.forEachIndex(of: Self.atPrint) { index in
        if isAt(tokens[index]) { body(index) }
      }
    } else {
      for index in tokens.indices where tokens[index].folded.count == 2 && isAt(tokens[index]) { body(index) }
    }
  }
}

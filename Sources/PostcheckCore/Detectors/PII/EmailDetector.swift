/// `pii.email`: e-mail addresses (policy 5, personal information).
///
/// The tokenizer recognises addresses (local part, `@`, a dotted domain with
/// a top-level domain of letters) and keeps fediverse handles
/// (`@jo@mastodon.social`) apart. Every address is a finding; organisation
/// mailboxes (`info@`, `admissions@`) are less likely to be personal, and
/// cues such as "email me at" make a personal one more likely.
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
}

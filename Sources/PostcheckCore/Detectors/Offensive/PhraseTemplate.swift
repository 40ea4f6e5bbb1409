/// Offensive phrases written once for their many spellings: `{name}` in a
/// term stands for any member of a class of `offensive.phrase-classes`
/// (`{you-are}`: you're, you are, ur…) and `{name?}` for one or none, so
/// `{you-are} {article} {intensifier?} {insult-noun}` covers "you're a
/// muppet", "you are a complete muppet" and "ur an absolute numpty" alike.
///
/// Expanded when the lexicon loads into plain phrases of the phrase index:
/// matching costs what a list of the phrases would.
enum PhraseTemplate {
  /// More phrases than this from one template is a mistake in the lexicon.
  static let largestExpansion = 10_000

  /// The classes, by name: members as written (lower case, possibly several words).
  static func classes(in lexicon: Lexicon) throws(LexiconError) -> [String: [String]] {
    var classes: [String: [String]] = [:]
    for row in lexicon.entries {
      guard row.fields.count == 2, !row.fields[0].isEmpty, !row.fields[1].isEmpty else {
        throw LexiconError(file: lexicon.path, line: row.line, message: "expected class and member")
      }
      classes[row.fields[0], default: []].append(row.fields[1].lowercased())
    }
    return classes
  }

  /// Whether `term` names a class (else it is a plain phrase).
  static func isTemplate(_ term: String) -> Bool { term.contains("{") }

  /// What each word of `term` may be, in order: a literal word is its own
  /// one alternative, `{name}` the class's members, and `{name?}` those and
  /// nil (left out). `[[term]]` when `term` names no class.
  static func slots(
    _ term: String, classes: [String: [String]], at location: (file: String, line: Int)
  ) throws(LexiconError) -> [[String?]] {
    guard isTemplate(term) else { return [[term]] }
    var slots: [[String?]] = []
    var spelled = 1
    for word in term.split(separator: " ") {
      var alternatives: [String?] = [String(word)]
      if word.hasPrefix("{") && word.hasSuffix("}") {
        let optional = word.hasSuffix("?}")
        let name = String(word.dropFirst().dropLast(optional ? 2 : 1))
        guard let members = classes[name] else {
          throw LexiconError(file: location.file, line: location.line, message: "no phrase class '\(name)'")
        }
        alternatives = members + (optional ? [nil] : [])
      }
      spelled *= alternatives.count
      guard spelled <= largestExpansion else {
        throw LexiconError(
          file: location.file, line: location.line, message: "'\(term)' spells more than \(largestExpansion) phrases")
      }
      slots.append(alternatives)
    }
    return slots
  }

  /// Calls `body` with each choice of one alternative per slot (its index in
  /// each slot), the first slot's choice changing slowest: the phrases in
  /// the order the template spells them.
  static func forEachChoice<Alternative, Failure>(
    of slots: [[Alternative]], _ body: ([Int]) throws(Failure) -> Void
  ) throws(Failure) {
    guard !slots.contains(where: \.isEmpty) else { return }
    var choice = Array(repeating: 0, count: slots.count)
    while true {
      try body(choice)
      var slot = slots.count - 1
      while slot >= 0 {
        choice[slot] += 1
        if choice[slot] < slots[slot].count { break }
        choice[slot] = 0
        slot -= 1
      }
      if slot < 0 { return }
    }
  }

  /// The phrases `term` spells, each as its parts (a literal word or a
  /// class member; none for an optional class left out): `[[term]]` when it
  /// names no class. Parts rather than joined text, so each is normalised once.
  static func expand(
    _ term: String, classes: [String: [String]], at location: (file: String, line: Int)
  ) throws(LexiconError) -> [[String]] {
    let slots = try slots(term, classes: classes, at: location)
    var phrases: [[String]] = []
    forEachChoice(of: slots) { choice in
      let parts = choice.indices.compactMap { slots[$0][choice[$0]] }
      if !parts.isEmpty { phrases.append(parts) }
    }
    return phrases
  }
}

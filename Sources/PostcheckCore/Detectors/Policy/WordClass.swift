/// A named set of words a policy pattern can stand for: `{learner}` is
/// learners, students, apprentices…; `{org}` is the organisation's names,
/// handles and domains. Members are folded as post words are.
struct WordClass: Sendable {
  let name: String
  /// Single-word members.
  var words: Set<[UInt8]> = []
  /// Members of several words (`associated partners`): patterns are expanded over them.
  var phrases: [[[UInt8]]] = []
  /// A link or e-mail address on one of these domains is a member (`{org}`).
  var domains: [[UInt8]] = []
  /// Words that are never members though they look it: for `{Name}`, the
  /// capitalised function words (`The`, `This`, `They`).
  var exclusions: Set<[UInt8]> = []

  init(name: String) { self.name = name }

  mutating func add(_ words: [[UInt8]]) {
    if words.count == 1, let word = words.first {
      self.words.insert(word)
    } else if !words.isEmpty {
      phrases.append(words)
    }
  }

  /// Whether a link or e-mail address is on one of the class's domains.
  func containsDomain(of link: UnsafeBufferPointer<UInt8>) -> Bool {
    domains.contains { domain in
      guard link.count >= domain.count, !domain.isEmpty else { return false }
      var start = 0
      while start + domain.count <= link.count {
        if link[start..<start + domain.count].elementsEqual(domain) {
          // A whole host part: preceded by a separator and not followed by a letter.
          let before = start == 0 ? UInt8(ascii: "/") : link[start - 1]
          let after = start + domain.count < link.count ? link[start + domain.count] : UInt8(ascii: "/")
          let bounded = [UInt8(ascii: "/"), UInt8(ascii: "@"), UInt8(ascii: ".")].contains(before)
          let ends = !(after &- UInt8(ascii: "a") < 26 || after &- UInt8(ascii: "0") < 10 || after == UInt8(ascii: "-"))
          if bounded && ends { return true }
        }
        start += 1
      }
      return false
    }
  }
}

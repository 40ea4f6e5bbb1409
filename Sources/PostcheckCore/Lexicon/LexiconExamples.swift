/// Runs lexicon examples through what uses each lexicon: every `+` line
/// under an entry must match it, every `-` line must not. The tests run the
/// built-in lexicons' examples; `postcheck config check` runs those of a
/// policy file's extra lexicons, with its configuration.
public struct LexiconExamples {
  let screener: Screener

  public init(screener: Screener) { self.screener = screener }

  /// One example that did not behave, where it is written.
  public struct Failure: Sendable, CustomStringConvertible {
    public let file: String
    public let line: Int
    public let example: String
    public let shouldMatch: Bool
    public var description: String {
      "\(file):\(line): '\(example)' should \(shouldMatch ? "" : "not ")match"
    }
  }

  /// Whether postcheck knows how to check the examples of lexicon `name`.
  public static func canCheck(_ name: String) -> Bool { checks[name] != nil }

  /// The examples of `lexicon` that misbehave; nil when it has no check.
  public func failures(in lexicon: Lexicon) -> [Failure]? {
    guard let check = Self.checks[lexicon.name] else { return nil }
    var failures: [Failure] = []
    for entry in lexicon.entries {
      for example in entry.mustMatch where !check(self, entry, example) {
        failures.append(Failure(file: lexicon.path, line: entry.line, example: example, shouldMatch: true))
      }
      for example in entry.mustNotMatch where check(self, entry, example) {
        failures.append(Failure(file: lexicon.path, line: entry.line, example: example, shouldMatch: false))
      }
    }
    return failures
  }

  /// Whether the example "matches" the entry, by what the lexicon is for.
  private typealias Check = @Sendable (LexiconExamples, LexiconEntry, String) -> Bool

  private func findings(_ text: String) -> [Finding] { screener.screen(text).findings }

  private func covered(_ finding: Finding, in text: String) -> String {
    String(decoding: Array(text.utf8)[finding.start..<finding.end], as: UTF8.self)
  }

  /// The folded (or `leet`) forms of the text's tokens.
  private func forms(_ text: String, leet: Bool = false) -> [String] {
    _ = screener.screen(text)
    let buffer = screener.lastTokens
    return buffer.tokens.map { buffer.string(leet ? $0.leet : $0.folded) }
  }

  /// A cue lexicon's example matches when a finding names the entry's phrase as its context.
  private static let namesCue: Check = { examples, entry, text in
    examples.findings(text).contains { $0.explanation.context == entry.fields[0] }
  }

  /// An offensive term's example matches when a finding names the entry.
  private static let namesEntry: Check = { examples, entry, text in
    examples.findings(text).contains { $0.explanation.entry?.lowercased() == entry.fields[0].lowercased() }
  }

  /// A class member (a word class's second field), tokenized, occurs in the example as consecutive words.
  private static let memberOccurs: Check = { examples, entry, text in
    let member = examples.forms(entry.fields[1])
    let words = examples.forms(text)
    return !member.isEmpty && words.indices.contains { words[$0...].starts(with: member) }
  }

  /// Identity words and allowed phrases: their examples must get no
  /// offensive finding, so "matching" one is having any.
  private static let anyOffensive: Check = { examples, _, text in
    examples.findings(text).contains { $0.rule.category == .offensive }
  }

  /// A policy lexicon's example matches according to what its cue means: a
  /// finding of the cue's rule naming the entry (subjects, markers,
  /// invites…), naming it as context (comment words, student mentions), or
  /// any finding of the rule (cues that only ever prevent one: neutral,
  /// disclaimer, retraction).
  private static let policyEntry: Check = { examples, entry, text in
    let findings = examples.findings(text)
    let pattern = entry.fields[0]
    func named(_ rule: String) -> Bool { findings.contains { $0.rule.id == rule && $0.explanation.entry == pattern } }
    func context(_ rule: String) -> Bool { findings.contains { $0.rule.id == rule && $0.explanation.context == pattern } }
    func any(_ rule: String) -> Bool { findings.contains { $0.rule.id == rule } }
    switch entry.fields[1] {
    case "marker": return named("confidential.marker")
    case "leak": return named("confidential.leak")
    case "credential-cue", "credential": return named("confidential.credential")
    case "subject", "topic": return named("work.comment")
    case "comment": return context("work.comment")
    case "neutral": return any("work.comment")
    case "invite", "contact": return named("conduct.student_contact")
    case "student": return context("conduct.student_contact")
    case "view": return named("conduct.disclaimer")
    case "disclaimer": return any("conduct.disclaimer")
    case "accusation": return named("conduct.defamation")
    case "retraction": return any("conduct.defamation")
    default: return false
    }
  }

  private static let checks: [String: Check] = [
    "normalisation.leetspeak": { examples, _, text in
      // "+ token reading": the token's leetspeak form is the reading.
      let parts = text.split(separator: " ").map(String.init)
      return parts.count == 2 && examples.forms(parts[0], leet: true).first == parts[1]
    },
    "pii.email.context": namesCue,
    "pii.phone.context": namesCue,
    "pii.bank.context": namesCue,
    "pii.bank.sort-code.context": namesCue,
    "pii.bank.account-number.context": namesCue,
    "pii.national_insurance.context": namesCue,
    "pii.address.context": namesCue,
    "pii.date_of_birth.cues": { examples, entry, text in
      examples.findings(text).contains {
        $0.rule.id == "pii.date_of_birth" && $0.explanation.context == entry.fields[0]
      }
    },
    "pii.address.words": { examples, entry, text in
      // The address found must take in the word (its house name, street or
      // unit), or for a stop word, start after it.
      examples.findings(text).contains { finding in
        guard finding.rule.id == "pii.address" else { return false }
        let found = examples.covered(finding, in: text).lowercased()
        let word = entry.fields[0].lowercased()
        return entry.fields[1] == "stop" ? !found.split(separator: " ").contains(Substring(word)) : found.contains(word)
      }
    },
    "rules.examples": { examples, entry, text in
      examples.findings(text).contains { $0.rule.id == entry.fields[0] }
    },
    "offensive.core": namesEntry,
    "offensive.phrases": namesEntry,
    "offensive.surge-ai": namesEntry,
    "offensive.identity-words": anyOffensive,
    "offensive.allowlist": anyOffensive,
    // A phrase made of common words is still found, whichever of them it waits for.
    "offensive.common-words": anyOffensive,
    "pii.patterns": { _, entry, text in
      // The pattern alone, compiled on its own, must find a candidate in the example.
      let lexicon = Lexicon(
        path: "example", name: "one", version: "1", source: "", licence: "", description: "", columns: [],
        entries: [entry])
      guard let database = try? PatternDatabase(lexicon: lexicon) else { return false }
      return !database.candidateRegions(in: text).isEmpty
    },
    "policy.confidential": policyEntry,
    "policy.work": policyEntry,
    "policy.student-contact": policyEntry,
    "policy.disclaimer": policyEntry,
    "policy.defamation": policyEntry,
    "quality.spelling-allowed": { examples, entry, text in
      // The allowed word, in the example, is not reported as a misspelling.
      !examples.findings(text).contains { finding in
        finding.rule.id == "quality.spelling" && examples.covered(finding, in: text).lowercased() == entry.fields[0]
      }
    },
    "offensive.phrase-classes": memberOccurs,
    "policy.word-classes": memberOccurs,
    "policy.organisation": { examples, entry, text in
      // The organisation's name in a comment on it is a work comment that takes it in.
      examples.findings(text).contains { finding in
        finding.rule.id == "work.comment" && examples.covered(finding, in: text).contains(entry.fields[1])
      }
    },
    "pii.email.organisation-mailboxes": { examples, entry, text in
      examples.findings(text).contains {
        $0.explanation.validator?.contains("organisation mailbox '\(entry.fields[0])@'") == true
      }
    },
  ]
}

@testable import PostcheckCore
import Testing

@Suite struct LexiconParserTests {
  let header = "@format postcheck-lexicon 1\n@name t\n@version 1\n@source s\n@licence CC0-1.0\n"

  @Test func parsesEntriesAndExamples() throws {
    let lexicon = try LexiconParser.parse(header + "@columns a b\nx\t1\n+ yes x\n- no\ny\t2\n", path: "t.lex")
    #expect(lexicon.entries.map(\.fields) == [["x", "1"], ["y", "2"]])
    #expect(lexicon.entries[0].mustMatch == ["yes x"])
    #expect(lexicon.entries[0].mustNotMatch == ["no"])
    #expect(lexicon.entries[0].line == 7)
  }

  @Test func backslashEscapesEntriesThatLookLikeSyntax() throws {
    let lexicon = try LexiconParser.parse(header + "\\@\ta\n\\+ x\n\\# y\n", path: "t.lex")
    #expect(lexicon.entries.map(\.fields) == [["@", "a"], ["+ x"], ["# y"]])
  }

  @Test func errorsNameFileAndLine() {
    #expect(throws: LexiconError(file: "t.lex", line: 7, message: "expected 2 tab-separated fields (a b), found 1")) {
      try LexiconParser.parse(header + "@columns a b\nx\n", path: "t.lex")
    }
    #expect(throws: LexiconError(file: "t.lex", line: 1, message: "'@format postcheck-lexicon 1' must come first")) {
      try LexiconParser.parse("x\n", path: "t.lex")
    }
    #expect(throws: LexiconError(file: "t.lex", line: 1, message: "missing '@licence'")) {
      try LexiconParser.parse("@format postcheck-lexicon 1\n@name t\n@version 1\n@source s\n", path: "t.lex")
    }
    #expect(throws: LexiconError(file: "t.lex", line: 6, message: "example before any entry")) {
      try LexiconParser.parse(header + "+ x\n", path: "t.lex")
    }
    #expect(
      throws: LexiconError(
        file: "t.lex", line: 1, message: "unsupported format 'postcheck-lexicon 2' (this build reads postcheck-lexicon 1)")
    ) {
      try LexiconParser.parse("@format postcheck-lexicon 2\n", path: "t.lex")
    }
  }

  @Test func embeddedLexiconsAllLoadAndHaveProvenance() throws {
    let set = try LexiconSet.embedded()
    #expect(set.all.count == EmbeddedLexicons.files.count)
    #expect(set.all.count >= 3)
    for lexicon in set.all {
      #expect(!lexicon.source.isEmpty && !lexicon.licence.isEmpty && !lexicon.version.isEmpty, "\(lexicon.path)")
      #expect(!lexicon.entries.isEmpty, "\(lexicon.path)")
    }
  }
}

/// A cue lexicon's example behaves when a finding names the entry's phrase as its context.
private let namesCue: @Sendable (LexiconEntry, String, Bool) -> Bool = { entry, example, _ in
  makeScreener().screen(example).findings.contains { $0.explanation.context == entry.fields[0] }
}

/// An offensive term's example behaves when a finding names the entry.
private let namesEntry: @Sendable (LexiconEntry, String, Bool) -> Bool = { entry, example, _ in
  makeScreener().screen(example).findings.contains { $0.explanation.entry?.lowercased() == entry.fields[0].lowercased() }
}

/// Identity words and allowed phrases: their examples must get no offensive
/// finding, so "matching" one is having any.
private let noOffensiveFinding: @Sendable (LexiconEntry, String, Bool) -> Bool = { _, example, _ in
  makeScreener().screen(example).findings.contains { $0.rule.category == .offensive }
}

/// A policy lexicon's example behaves according to what its cue means: a
/// finding of the cue's rule naming the entry (subjects, markers, invites…),
/// naming it as context (comment words, student mentions), or any finding of
/// the rule (cues that only ever prevent one: neutral, disclaimer, retraction).
private let policyEntry: @Sendable (LexiconEntry, String, Bool) -> Bool = { entry, example, _ in
  let findings = makeScreener().screen(example).findings
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

/// Every example written in a lexicon runs through what uses the lexicon.
/// A lexicon with no checker here fails, so new lexicons come with one.
@Suite struct LexiconExampleTests {
  let checkers: [String: (LexiconEntry, String, Bool) -> Bool] = [
    "normalisation.leetspeak": { entry, example, _ in
      // "+ token reading": the token's leetspeak form is the reading.
      let parts = example.split(separator: " ").map(String.init)
      return parts.count == 2 && tokens(parts[0]).first?.leet == parts[1]
    },
    "pii.email.context": namesCue,
    "pii.phone.context": namesCue,
    "pii.bank.context": namesCue,
    "pii.bank.sort-code.context": namesCue,
    "pii.bank.account-number.context": namesCue,
    "pii.national_insurance.context": namesCue,
    "pii.address.context": namesCue,
    "pii.date_of_birth.cues": { entry, example, _ in
      makeScreener().screen(example).findings.contains {
        $0.rule.id == "pii.date_of_birth" && $0.explanation.context == entry.fields[0]
      }
    },
    "pii.address.words": { entry, example, _ in
      // The address found must take in the word (its house name, street or
      // unit), or for a stop word, start after it.
      let result = makeScreener().screen(example)
      return result.findings.contains { finding in
        guard finding.rule.id == "pii.address" else { return false }
        let found = String(decoding: Array(example.utf8)[finding.start..<finding.end], as: UTF8.self).lowercased()
        let word = entry.fields[0].lowercased()
        return entry.fields[1] == "stop" ? !found.split(separator: " ").contains(Substring(word)) : found.contains(word)
      }
    },
    "rules.examples": { entry, example, _ in
      makeScreener().screen(example).findings.contains { $0.rule.id == entry.fields[0] }
    },
    "offensive.core": namesEntry,
    "offensive.phrases": namesEntry,
    "offensive.surge-ai": namesEntry,
    "offensive.identity-words": noOffensiveFinding,
    "offensive.allowlist": noOffensiveFinding,
    "pii.patterns": { entry, example, _ in
      // The pattern alone, compiled on its own, must find a candidate in the example.
      let lexicon = Lexicon(
        path: "test", name: "one", version: "1", source: "", licence: "", description: "", columns: [], entries: [entry])
      guard let database = try? PatternDatabase(lexicon: lexicon) else { return false }
      return !database.candidateRegions(in: example).isEmpty
    },
    "policy.confidential": policyEntry,
    "policy.work": policyEntry,
    "policy.student-contact": policyEntry,
    "policy.disclaimer": policyEntry,
    "policy.defamation": policyEntry,
    "quality.spelling-allowed": { entry, example, _ in
      // The allowed word, in the example, is not reported as a misspelling.
      !makeScreener().screen(example).findings.contains { finding in
        finding.rule.id == "quality.spelling"
          && String(decoding: Array(example.utf8)[finding.start..<finding.end], as: UTF8.self).lowercased()
            == entry.fields[0]
      }
    },
    "policy.word-classes": { entry, example, _ in
      // The member, tokenized, occurs in the example as consecutive words.
      let member = tokens(entry.fields[1]).map(\.folded)
      let words = tokens(example).map(\.folded)
      return !member.isEmpty && words.indices.contains { words[$0...].starts(with: member) }
    },
    "policy.organisation": { entry, example, _ in
      // The organisation's name in a comment on it is a work comment that takes it in.
      makeScreener().screen(example).findings.contains { finding in
        finding.rule.id == "work.comment"
          && String(decoding: Array(example.utf8)[finding.start..<finding.end], as: UTF8.self).contains(entry.fields[1])
      }
    },
    "pii.email.organisation-mailboxes": { entry, example, _ in
      makeScreener().screen(example).findings.contains {
        $0.explanation.validator?.contains("organisation mailbox '\(entry.fields[0])@'") == true
      }
    },
  ]

  @Test func everyExampleBehaves() throws {
    for lexicon in try LexiconSet.embedded().all {
      let checker = checkers[lexicon.name]
      #expect(checker != nil, "no example checker for lexicon \(lexicon.name)")
      guard let checker else { continue }
      for entry in lexicon.entries {
        for example in entry.mustMatch {
          #expect(checker(entry, example, true), "\(lexicon.path):\(entry.line): '\(example)' should match")
        }
        for example in entry.mustNotMatch {
          #expect(!checker(entry, example, false), "\(lexicon.path):\(entry.line): '\(example)' should not match")
        }
      }
    }
  }
}

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

/// Every example written in a lexicon runs through what uses the lexicon
/// (`LexiconExamples`). A lexicon it cannot check fails, so new lexicons come with a check.
@Suite struct LexiconExampleTests {
  @Test func everyExampleBehaves() throws {
    let examples = LexiconExamples(screener: makeScreener())
    for lexicon in try LexiconSet.embedded().all {
      let failures = examples.failures(in: lexicon)
      #expect(failures != nil, "no example check for lexicon \(lexicon.name)")
      for failure in failures ?? [] { Issue.record("\(failure)") }
    }
  }
}

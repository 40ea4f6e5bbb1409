import Testing

@testable import PostcheckCore

/// An offensive term the matcher could never find is an error at load time,
/// naming the file and line, rather than an entry that silently does nothing.
@Suite struct OffensiveLexiconErrorTests {
  static let header = """
    @format postcheck-lexicon 1
    @name offensive.phrases
    @version 1
    @source s
    @licence CC0-1.0
    @columns term category severity characteristic not-when

    """

  @Test func aTermHoldingANumberIsRefused() throws {
    var lexicons = try LexiconSet.embedded()
    lexicons.insert(try LexiconParser.parse(Self.header + "go back 2 ur country\tharassment\thigh\trace\t-\n", path: "phrases.lex"))
    do {
      _ = try OffensiveDetector(lexicons: lexicons)
      Issue.record("a term holding a number loaded")
    } catch {
      #expect(error.file == "phrases.lex" && error.line == 7 && error.message.contains("'go back 2 ur country' holds a number"), "\(error)")
    }
  }

  @Test func lettersAndDigitsTogetherAreAWord() throws {
    var lexicons = try LexiconSet.embedded()
    lexicons.insert(try LexiconParser.parse(Self.header + "sh1tbag\tinsult\tmedium\t-\t-\n", path: "phrases.lex"))
    let detector = try OffensiveDetector(lexicons: lexicons)
    #expect(detector.lexicon.entries.contains { $0.term == "sh1tbag" })
  }
}

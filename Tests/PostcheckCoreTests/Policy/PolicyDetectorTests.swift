import PostcheckCore
import Testing

/// The policy rules' behaviour beyond their lexicon examples: spans, the
/// organisation profile, the pattern language's errors, credentials.
@Suite struct PolicyDetectorTests {
  func findings(_ text: String, rule: String) -> [String] {
    let bytes = Array(text.utf8)
    return makeScreener().screen(text).findings.filter { $0.rule.id == rule }.map {
      String(decoding: bytes[$0.start..<$0.end], as: UTF8.self)
    }
  }

  @Test func markersAreReportedWhereTheyAreWritten() {
    #expect(findings("Draft budget (CONFIDENTIAL) attached 👀", rule: "confidential.marker") == ["CONFIDENTIAL"])
    #expect(findings("OFFICIAL-SENSITIVE: case notes", rule: "confidential.marker") == ["OFFICIAL-SENSITIVE"])
    #expect(findings("A confidential helpline for learners", rule: "confidential.marker").isEmpty)
  }

  @Test func leakPhrasesMustBeginAClause() {
    #expect(findings("Honestly, between you and me the merger is on", rule: "confidential.leak") == ["between you and me"])
    #expect(findings("The difference between you and me is sleep", rule: "confidential.leak").isEmpty)
  }

  @Test func credentialsAreTheSecretNotTheCue() {
    #expect(findings("wifi password: Bluebell#2025 enjoy", rule: "confidential.credential") == ["Bluebell#2025"])
    #expect(findings("my pin is 4821.", rule: "confidential.credential") == ["4821"])
    // A user name and the secret: the secret alone.
    #expect(findings("login for the portal: admin / Welcome123", rule: "confidential.credential") == ["Welcome123"])
    #expect(findings("the login is jsmith/Summer2024! thanks", rule: "confidential.credential") == ["Summer2024!"])
    #expect(findings("Choose a strong password: three random words works well", rule: "confidential.credential").isEmpty)
    #expect(findings("Pin the notice to the board", rule: "confidential.credential").isEmpty)
  }

  @Test func keysAreRecognisedByPrefixAndLength() {
    #expect(findings("key AKIAIOSFODNN7EXAMPLE ok", rule: "confidential.credential") == ["AKIAIOSFODNN7EXAMPLE"])
    #expect(findings("key AKIAIOSFODNN7EXAMPLEX ok", rule: "confidential.credential").isEmpty)
    let github = "ghp_" + String(repeating: "a1B2", count: 9)
    #expect(findings("token \(github)", rule: "confidential.credential") == [github])
    #expect(findings("token ghp_short", rule: "confidential.credential").isEmpty)
    let jwt = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NSJ9.abcdefghijklmnop"
    #expect(findings("jwt \(jwt)", rule: "confidential.credential") == [jwt])
    #expect(findings("So see everyone at AKIA", rule: "confidential.credential").isEmpty)
  }

  @Test func privateKeyBlocksAreReportedWhole() {
    let block = "-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA7\n-----END RSA PRIVATE KEY-----"
    #expect(findings("oops \(block) wrong window", rule: "confidential.credential") == [block])
  }

  @Test func possessivesMatchTheirStem() {
    #expect(!findings("Accepted my learner’s friend request", rule: "conduct.student_contact").isEmpty)
    #expect(!findings("accepted one of my apprentices' friend requests", rule: "conduct.student_contact").isEmpty)
  }

  @Test func invitationsAreStrongerWithStudentsAround() throws {
    let screener = makeScreener()
    let alone = try #require(screener.screen("add me on snap").findings.first { $0.rule.id == "conduct.student_contact" })
    let withStudents = try #require(
      screener.screen("Great day with my learners. Add me on snap!").findings.first {
        $0.rule.id == "conduct.student_contact"
      })
    #expect(alone.confidence < withStudents.confidence)
    #expect(screener.screen("add me on snap").verdict == .review)
  }

  @Test func accusationsAreNotDenialsOrQuestions() {
    #expect(findings("QTSD is a scam, avoid", rule: "conduct.defamation") == ["QTSD is a scam"])
    #expect(findings("John Smith is a fraud", rule: "conduct.defamation") == ["John Smith is a fraud"])
    #expect(findings("QTSD is not a scam", rule: "conduct.defamation").isEmpty)
    #expect(findings("Is QTSD a scam?", rule: "conduct.defamation").isEmpty)
  }

  @Test func theDisclaimerRuleNeedsAWorkMatterAndNoDisclaimer() {
    #expect(findings("I think my boss is wrong", rule: "conduct.disclaimer") == ["I think"])
    #expect(findings("I think my boss is wrong. Views my own.", rule: "conduct.disclaimer").isEmpty)
    #expect(findings("I think it will rain", rule: "conduct.disclaimer").isEmpty)
  }

  @Test func theOrganisationProfileDecidesWhoIsTheOrganisation() throws {
    var profile = OrganisationProfile()
    profile.names = ["Acme Training"]
    profile.domains = ["acme-training.example"]
    var configuration = try ScreeningConfiguration.standard()
    configuration.detectors = [try PolicyDetector(lexicons: configuration.lexicons, profile: profile)]
    let screener = try Screener(configuration: configuration)
    let rules = { (text: String) in screener.screen(text).findings.map(\.rule.id) }
    #expect(rules("Acme Training management are clueless") == ["work.comment"])
    #expect(rules("Acme Training is a scam").contains("conduct.defamation"))
    #expect(rules("see https://acme-training.example/jobs, the pay is terrible").contains("work.comment"))
    #expect(rules("QTSD is a shambles").isEmpty)
  }

  @Test func patternErrorsNameTheFileAndLine() throws {
    var lexicons = try LexiconSet.embedded()
    let header = "@format postcheck-lexicon 1\n@name policy.work\n@version 1\n@source s\n@licence CC0-1.0\n"
    for (row, message) in [
      ("{nope} x\tsubject\t0.5\t-", "unknown class {nope}"),
      ("** boss\tsubject\t0.5\t-", "a pattern must start with a word"),
      ("boss\tmarker\t0.5\t-", "cue 'marker' belongs in policy.confidential"),
      ("boss\tsubject\t2\t-", "expected pattern, cue, confidence"),
    ] {
      lexicons.insert(try LexiconParser.parse(header + "@columns pattern cue confidence flags\n" + row + "\n", path: "work.lex"))
      #expect(throws: LexiconError.self) { try PolicyDetector(lexicons: lexicons) }
      do {
        _ = try PolicyDetector(lexicons: lexicons)
      } catch {
        #expect(error.file == "work.lex" && error.line == 7 && error.message.contains(message), "\(error)")
      }
    }
  }
}

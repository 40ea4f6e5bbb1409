import PostcheckCore
import Testing

/// Addresses written to dodge harvesters are still `pii.email`; an `at` in
/// ordinary English is not.
@Suite struct DisguisedEmailTests {
  func emails(_ text: String) -> [String] {
    let scalars = Array(text.unicodeScalars)
    return makeScreener().screen(text).findings.filter { $0.rule.id == "pii.email" }.map { finding in
      String(String.UnicodeScalarView(scalars[finding.start..<finding.end]))
    }
  }

  @Test(arguments: [
    ("my email is jo[at]example[dot]com 👍🏽", "jo[at]example[dot]com"),
    ("write to jo.bloggs (at) example.co.uk for the forms", "jo.bloggs (at) example.co.uk"),
    ("jo [ at ] example [ dot ] org", "jo [ at ] example [ dot ] org"),
    ("sam{at}school{dot}ac{dot}uk", "sam{at}school{dot}ac{dot}uk"),
    ("contact me: jo.bloggs at gmail dot com", "jo.bloggs at gmail dot com"),
    ("jo at hotmail.co.uk", "jo at hotmail.co.uk"),
    ("JO AT EXAMPLE DOT COM, thanks", "JO AT EXAMPLE DOT COM"),
    // Past the first eight words, and past sixteen: the prints are scanned eight at a time.
    ("one two three four five six seven eight nine ten jo[at]example[dot]com", "jo[at]example[dot]com"),
    ("a b c d e f g h i j k l m n o p q r s t u v w x y z please write to sam (at) example.org", "sam (at) example.org"),
  ])
  func disguisedAddressesAreFound(text: String, address: String) {
    #expect(emails(text) == [address])
  }

  @Test(arguments: [
    "we met at college dot com",
    "see you at the station",
    "meet [at] the station at 5",
    "look at gmail for the message",
    "Emails at Gmail are down",
    "I'm at Sky Sports tonight",
    "jo [at] example",
    "results at example.co.uk.",
    "see me AT LUNCH",
  ])
  func ordinaryAtIsNotAnAddress(text: String) {
    #expect(emails(text).isEmpty)
  }

  @Test func theExplanationSaysHowItWasWritten() throws {
    let finding = try #require(makeScreener().screen("jo[at]example[dot]com").findings.first)
    #expect(finding.explanation.validator == "address syntax, disguised: 'at' in brackets")
  }
}

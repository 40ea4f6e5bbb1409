import PostcheckCore
import Testing

/// Behaviour of the PII rules on the examples SPEC §2 and the issue name.
@Suite struct PIIDetectorTests {
  struct Case: CustomTestStringConvertible, Sendable {
    let text: String
    /// Rule and the exact text of each PII finding expected, in order.
    let expected: [(String, String)]
    var testDescription: String { text }
  }

  static func found(_ text: String) -> [(String, String)] {
    let bytes = Array(text.utf8)
    return makeScreener().screen(text).findings.filter { $0.rule.id.hasPrefix("pii.") }.map {
      ($0.rule.id, String(decoding: bytes[$0.start..<$0.end], as: UTF8.self))
    }
  }

  static let positives: [Case] = [
    Case(text: "ring me on 07911 123456", expected: [("pii.phone", "07911 123456")]),
    Case(text: "call +44 (0)7911 123 456 tonight", expected: [("pii.phone", "+44 (0)7911 123 456")]),
    Case(text: "text me 07911-123456 pls", expected: [("pii.phone", "07911-123456")]),
    Case(text: "my number is +447911123456", expected: [("pii.phone", "+447911123456")]),
    Case(text: "Tel: 0113 496 0123", expected: [("pii.phone", "0113 496 0123")]),
    Case(text: "whatsapp me on +353 85 123 4567", expected: [("pii.phone", "+353 85 123 4567")]),
    Case(text: "DOB: 03/03/1988", expected: [("pii.date_of_birth", "03/03/1988")]),
    Case(text: "D.O.B. 3rd March 1988", expected: [("pii.date_of_birth", "3rd March 1988")]),
    Case(text: "My date of birth is 1988-03-03", expected: [("pii.date_of_birth", "1988-03-03")]),
    Case(text: "born 13/04/2025 at 14:15, 7lb 2oz", expected: [("pii.date_of_birth", "13/04/2025")]),
    Case(text: "Ava was born at 14:15 on 13/04/2025", expected: [("pii.date_of_birth", "13/04/2025")]),
    Case(text: "my birthday is March 3rd", expected: [("pii.date_of_birth", "March 3rd")]),
    Case(text: "Jane Smith (b. 3 March 1988)", expected: [("pii.date_of_birth", "3 March 1988")]),
    Case(text: "DOB 03/25/1990", expected: [("pii.date_of_birth", "03/25/1990")]),
    Case(text: "I live at 12 Mill Lane, Leeds LS6 2AB", expected: [("pii.address", "12 Mill Lane, Leeds LS6 2AB")]),
    Case(
      text: "send it to Rose Cottage, Mill Lane, Leeds LS6 2AB",
      expected: [("pii.address", "Rose Cottage, Mill Lane, Leeds LS6 2AB")]),
    Case(text: "party at mine: 4 Elm Grove, York YO1 7HH", expected: [("pii.address", "4 Elm Grove, York YO1 7HH")]),
    Case(text: "we’ve moved to 4 Elm Grove, York YO1 7HH", expected: [("pii.address", "4 Elm Grove, York YO1 7HH")]),
    Case(text: "My address:\n12 Mill Lane\nLeeds\nLS6 2AB", expected: [("pii.address", "12 Mill Lane\nLeeds\nLS6 2AB")]),
    Case(text: "my postcode is LS6 2AB", expected: [("pii.address", "LS6 2AB")]),
    Case(
      text: "new address: 1600 Pennsylvania Avenue NW, Washington, DC 20500",
      expected: [("pii.address", "1600 Pennsylvania Avenue NW, Washington, DC 20500")]),
    Case(
      text: "send it to Apartment 4, 12 Main Street, Ennis, Co. Clare V95 X2Y3",
      expected: [("pii.address", "Apartment 4, 12 Main Street, Ennis, Co. Clare V95 X2Y3")]),
    Case(text: "card 4111 1111 1111 1111 exp 09/27", expected: [("pii.bank.card", "4111 1111 1111 1111")]),
    Case(text: "amex 3782-822463-10005", expected: [("pii.bank.card", "3782-822463-10005")]),
    Case(text: "IBAN GB82 WEST 1234 5698 7654 32", expected: [("pii.bank.iban", "GB82 WEST 1234 5698 7654 32")]),
    Case(text: "pay DE89370400440532013000 please", expected: [("pii.bank.iban", "DE89370400440532013000")]),
    Case(
      text: "sort code 20-00-00 acc 55779911",
      expected: [("pii.bank.sort_code", "20-00-00"), ("pii.bank.account_number", "55779911")]),
    Case(
      text: "Bank details: 40 47 84 / 12345678",
      expected: [("pii.bank.sort_code", "40 47 84"), ("pii.bank.account_number", "12345678")]),
    Case(text: "my NI number is AB 12 34 56 C", expected: [("pii.national_insurance", "AB 12 34 56 C")]),
    Case(text: "ni: ab123456c", expected: [("pii.national_insurance", "ab123456c")]),
  ]

  static let hardNegatives: [String] = [
    "Tickets are £1,250 or $45.99 each, see you in 2025!",
    "Final score 3-1 to Leeds, what a game",
    "Meet at 14:15 or 2.30pm tomorrow",
    "course starts 12/03/2025",
    "founded on 3 March 1988",
    "Born to Run night on 6 May",
    "born and raised here, moved offices on 08.04.1975",
    "birthday cake orders by 3rd August",
    "Your order number is 10234567891 and tracking JD014600006281234567",
    "Upgraded to version 2.14.3 today",
    "Card 4111 1111 1111 1112 declined",
    "Expiry 09/27 CVV 123",
    "Case reference 12345678 has been closed",
    "Traffic on the M62 and A1(M) again",
    "LS6 is the best postcode in Leeds",
    "Flight BA2490 delayed",
    "ISBN 978-0-14-044913-6 is a great read",
    "ISBN 0140449132",
    "Company No. 01234567, VAT GB 123 4567 89",
    "Server at 192.168.0.1 is down",
    "Thanks @jo_bloggs1234567 for the photo https://example.com/p/07911123456",
    "Venue: 1 Park Row, Leeds LS1 5HD",
    "Find us at 12 Mill Lane, Leeds LS6 2AB",
    "Call the drama line 07700 900123",
    "QQ 12 34 56 C is the example NI number",
    "order no 07911 123456",
    "Card 4437 6590 6062 5873 declined again",
    "Postcode LS6 4XX deliveries delayed",
  ]

  @Test(arguments: positives)
  func findsPII(_ example: Case) {
    let found = Self.found(example.text)
    #expect(found.map(\.0) == example.expected.map(\.0), "\(found)")
    #expect(found.map(\.1) == example.expected.map(\.1), "\(found)")
  }

  @Test(arguments: hardNegatives)
  func hardNegativesStayQuiet(_ text: String) {
    #expect(Self.found(text).isEmpty, "\(Self.found(text))")
  }

  @Test func explanationsNameTheValidatorAndTheCue() throws {
    let finding = try #require(makeScreener().screen("ring me on 07911 123456").findings.first)
    #expect(finding.explanation.validator?.hasPrefix("libphonenumber:") == true)
    #expect(finding.explanation.context == "ring me on")
    #expect((finding.explanation.baseConfidence ?? 1) < finding.confidence)
  }

  @Test func spansAreExactAfterEmojiAndAccents() throws {
    let text = "Zoë 👨‍👩‍👧 ring me on 07911 123456"
    let finding = try #require(makeScreener().screen(text).findings.first)
    #expect(String(decoding: Array(text.utf8)[finding.start..<finding.end], as: UTF8.self) == "07911 123456")
  }

  /// libphonenumber files 07911 1… under Guernsey, which shares +44: with GB
  /// the default region it is a GB number, as the spec's own example has it.
  @Test func nationalNumbersAreNamedForTheDefaultRegion() throws {
    let screener = makeScreener()
    let national = try #require(screener.screen("ring me on 07911 123456").findings.first)
    #expect(national.explanation.validator == "libphonenumber:GB mobile")
    let international = try #require(screener.screen("ring me on +44 7911 123456").findings.first)
    #expect(international.explanation.validator == "libphonenumber:GB mobile")
    let abroad = try #require(screener.screen("ring me on +1 212 736 5000").findings.first)
    #expect(abroad.explanation.validator == "libphonenumber:US fixed line or mobile")
  }

  @Test func phonesInAnotherDefaultRegion() throws {
    var configuration = sharedConfiguration
    configuration.detectors = try configuration.detectors.map { detector in
      detector is PhoneDetector ? try PhoneDetector(lexicons: configuration.lexicons, defaultRegion: "US") : detector
    }
    let screener = try Screener(configuration: configuration)
    let findings = screener.screen("call me on (212) 736-5000").findings
    #expect(findings.first?.explanation.validator == "libphonenumber:US fixed line or mobile")
  }
}

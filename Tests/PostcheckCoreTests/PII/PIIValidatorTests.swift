@testable import PostcheckCore
import Testing

@Suite struct PIIValidatorTests {
  func digits(_ text: String) -> [UInt8] { text.utf8.filter { $0 >= 0x30 && $0 <= 0x39 }.map { $0 - 0x30 } }

  @Test func luhnAcceptsTestCardsAndRejectsOneDigitOff() {
    #expect(Luhn.isValid(digits("4111 1111 1111 1111")))
    #expect(Luhn.isValid(digits("378282246310005")))
    #expect(!Luhn.isValid(digits("4111 1111 1111 1112")))
  }

  @Test func issuerRangesAndLengths() {
    #expect(CardIssuer.issuer(of: digits("4111111111111111"))?.name == "Visa")
    #expect(CardIssuer.issuer(of: digits("2221000000000009"))?.name == "Mastercard")
    #expect(CardIssuer.issuer(of: digits("378282246310005"))?.name == "American Express")
    // Luhn-valid, but no scheme issues 16 digits starting 1.
    #expect(CardIssuer.issuer(of: digits("1111111111111117")) == nil)
    // Amex is 15 digits, never 16.
    #expect(CardIssuer.issuer(of: digits("3782822463100052")) == nil)
  }

  @Test func ibanChecksumAndCountryLength() {
    #expect(IBAN.isValid(Array("GB82WEST12345698765432".utf8)))
    #expect(IBAN.isValid(Array("DE89370400440532013000".utf8)))
    #expect(!IBAN.isValid(Array("GB82WEST12345698765433".utf8)))  // check digits fail
    #expect(!IBAN.isValid(Array("GB82WEST1234569876543".utf8)))  // one short for GB
    #expect(!IBAN.isValid(Array("XX82WEST12345698765432".utf8)))  // no such country
  }

  @Test func nationalInsurancePrefixesFollowHMRC() {
    #expect(NationalInsuranceNumber.isValidPrefix(UInt8(ascii: "A"), UInt8(ascii: "B")))
    #expect(!NationalInsuranceNumber.isValidPrefix(UInt8(ascii: "Q"), UInt8(ascii: "Q")))
    #expect(!NationalInsuranceNumber.isValidPrefix(UInt8(ascii: "A"), UInt8(ascii: "O")))
    #expect(!NationalInsuranceNumber.isValidPrefix(UInt8(ascii: "G"), UInt8(ascii: "B")))
    #expect(!NationalInsuranceNumber.isValidPrefix(UInt8(ascii: "T"), UInt8(ascii: "N")))
    #expect(NationalInsuranceNumber.isValidSuffix(UInt8(ascii: "D")))
    #expect(!NationalInsuranceNumber.isValidSuffix(UInt8(ascii: "E")))
  }

  @Test func postcodesInTheRoyalMailFormat() {
    for code in ["LS62AB", "SW1A1AA", "EC1A1BB", "M11AE", "B338TH", "CR26XH", "DN551PT", "W1A0AX"] {
      #expect(UKPostcode.isValid(Array(code.utf8)), "\(code)")
    }
    for code in ["QS62AB", "LS62AC", "LS6", "AAA1AA", "LS64XX"] {
      #expect(!UKPostcode.isValid(Array(code.utf8)), "\(code)")
    }
  }

  @Test func calendarDates() throws {
    func read(_ text: String) -> CalendarDate? {
      var copy = text
      return copy.withUTF8 { CalendarDateReader(text: $0).date(at: 0) }
    }
    #expect(read("03/03/1988")?.year == 1988)
    #expect(read("3.3.88")?.year == 1988)
    #expect(read("1988-03-04").map { ($0.day, $0.month) } ?? (0, 0) == (4, 3))
    #expect(read("3rd March 1988")?.end == 14)
    #expect(read("March 3rd, 1988")?.year == 1988)
    #expect(read("3rd of March")?.year == nil)
    #expect(read("Sept. 14 1990")?.month == 9)
    let us = try #require(read("03/25/1990"))
    #expect(us.day == 25 && us.month == 3 && us.reading.contains("US"))
    #expect(read("29/02/2023") == nil)  // not a leap year
    #expect(read("29/02/2024") != nil)
    #expect(read("31/04/2020") == nil)
    #expect(read("3.5") == nil)  // a decimal, not a day and month
    #expect(read("March 2025") == nil)  // a month of a year
    #expect(read("Mayor 3") == nil)
  }
}

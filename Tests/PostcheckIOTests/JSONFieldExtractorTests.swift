import PostcheckIO
import Testing

@Suite struct JSONFieldExtractorTests {
  let extractor = JSONFieldExtractor(textField: "text", idField: "id")

  func extract(_ line: String, _ extractor: JSONFieldExtractor? = nil) throws -> JSONFieldExtractor.Fields {
    try (extractor ?? self.extractor).extract(Array(line.utf8)[...])
  }

  @Test func topLevelFields() throws {
    let fields = try extract(#"{"id": 17, "other": [1, {"text": "no"}], "text": "hi \"there\"\n"}"#)
    #expect(fields.id == "17")
    #expect(fields.text.map { String(decoding: $0, as: UTF8.self) } == "hi \"there\"\n")
  }

  @Test func createdAtIsKeptWhenPresent() throws {
    let fields = try extract(#"{"created_at":"2025-03-04T09:15:02Z","text":"x"}"#)
    #expect(fields.createdAt == "2025-03-04T09:15:02Z")
    #expect(try extract(#"{"text":"x"}"#).createdAt == nil)
  }

  @Test func dottedPaths() throws {
    let nested = JSONFieldExtractor(textField: "post.body", idField: "meta.id")
    let fields = try extract(#"{"meta":{"id":"a1"},"post":{"body":"x","text":"y"},"text":"z"}"#, nested)
    #expect(fields.id == "a1")
    #expect(fields.text == Array("x".utf8))
  }

  @Test func escapedKeysAndSkippedValues() throws {
    let fields = try extract(#"{"te\u0078t":"found","skip":"a\"b\\","n":[true,false,null,-1.5e3],"id":"x"}"#)
    #expect(fields.text == Array("found".utf8))
    #expect(fields.id == "x")
  }

  @Test func unicodeEscapesIncludingSurrogatePairs() throws {
    let fields = try extract(#"{"text":"caf\u00e9 \ud83d\udc4d"}"#)
    #expect(fields.text.map { String(decoding: $0, as: UTF8.self) } == "café 👍")
  }

  @Test func malformedLinesSayWhereAndWhy() {
    #expect(throws: JSONLineError(message: "unterminated string at column 12")) { try extract(#"{"text":"ab"#) }
    #expect(throws: JSONLineError(message: "expected a JSON object at column 1")) { try extract("[1]") }
    #expect(throws: JSONLineError(message: "unpaired surrogate in \\u escape at column 16")) {
      try extract(#"{"text":"\ud83d"}"#)
    }
    #expect(throws: JSONLineError(message: "unexpected data after the JSON object at column 14")) {
      try extract(#"{"text":"a"} x"#)
    }
    #expect(throws: JSONLineError(message: "expected '}' at column 13")) { try extract(#"{"text":"a" "#) }
  }
}

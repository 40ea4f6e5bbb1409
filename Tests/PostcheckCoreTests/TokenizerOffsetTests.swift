import PostcheckCore
import Testing

/// Token spans must point at the original text in both scalars and bytes,
/// whatever sits before them: emoji, modifiers, ZWJ sequences, flags,
/// combining marks, right-to-left and CJK or Thai text.
@Suite struct TokenizerOffsetTests {
  /// Checks every token's scalar and byte offsets against the text itself.
  func assertSpansExact(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let scalars = Array(text.unicodeScalars)
    let bytes = Array(text.utf8)
    for token in tokens(text) {
      let byScalars = String(String.UnicodeScalarView(scalars[token.scalarStart..<token.scalarEnd]))
      let byBytes = String(decoding: bytes[token.byteStart..<token.byteEnd], as: UTF8.self)
      #expect(byScalars == token.text, "scalar span of \(token)", sourceLocation: sourceLocation)
      #expect(byBytes == token.text, "byte span of \(token)", sourceLocation: sourceLocation)
    }
  }

  @Test func emojiWithSkinToneDoesNotShiftTheAddress() {
    let found = tokens("email me at jo.bloggs@example.com 👍🏽 thanks")
    let email = found.first { $0.kind == .email }
    #expect(email?.text == "jo.bloggs@example.com")
    #expect(email?.scalarStart == 12 && email?.scalarEnd == 33)
    #expect(email?.byteStart == 12 && email?.byteEnd == 33)
    let thanks = found.last
    #expect(thanks?.text == "thanks")
    // 👍🏽 is two scalars and eight bytes.
    #expect(thanks?.scalarStart == 37 && thanks?.byteStart == 43)
  }

  @Test func zwjFamilyAndFlagsAreNotWordsAndKeepOffsets() {
    let text = "👨‍👩‍👧‍👦 and 🇬🇧🏴󠁧󠁢󠁳󠁣󠁴󠁿 call"
    #expect(texts(text) == ["and", "call"])
    let call = tokens(text).last
    // family: 7 scalars; space; "and"; space; GB flag 2 scalars; Scotland flag 7 scalars; space.
    #expect(call?.scalarStart == 7 + 1 + 3 + 1 + 2 + 7 + 1)
    assertSpansExact(text)
  }

  @Test func combiningMarksStayInTheirWord() {
    let text = "e\u{301}cole cafe\u{301} done"
    let found = tokens(text)
    #expect(found.map(\.text) == ["e\u{301}cole", "cafe\u{301}", "done"])
    #expect(found[0].folded == "école" && found[0].ascii == "ecole")
    #expect(found[2].scalarStart == 13)
    assertSpansExact(text)
  }

  @Test func rightToLeftText() {
    let text = "שלום עולם مرحبا بالعالم ok"
    #expect(texts(text) == ["שלום", "עולם", "مرحبا", "بالعالم", "ok"])
    assertSpansExact(text)
  }

  @Test func chineseAndThaiAreSegmentedByDictionary() {
    let text = "你好世界 สวัสดีครับ end"
    #expect(texts(text) == ["你好", "世界", "สวัสดี", "ครับ", "end"])
    assertSpansExact(text)
  }

  @Test func mixedSamplesHaveExactSpans() {
    for text in [
      "👩🏾‍💻 wrote: Ｆｕｌｌ-width ＡＢＣ and 𝐛𝐨𝐥𝐝 text",
      "\u{202E}reversed\u{202C} and in\u{200B}visible and sh\u{FE0F}it",
      "Zoë's café — “quoted” naïve ﬁne ß straße",
      "mix 日本語テキスト and 한국어 텍스트 #タグ @user",
    ] {
      assertSpansExact(text)
    }
  }
}

import PostcheckCore
import Testing

@Suite struct NormaliserTests {
  func token(_ text: String) -> TokenView? { tokens(text).first }

  @Test func caseAndCompatibilityFolding() {
    #expect(token("HeLLo")?.folded == "hello")
    #expect(token("ｆｕｃｋ")?.folded == "fuck")
    #expect(token("𝐟𝐮𝐜𝐤")?.folded == "fuck")
    #expect(token("ｆｕｃｋ")?.normalisations.contains(.compatibility) == true)
    #expect(token("Straße")?.folded == "strasse")
  }

  @Test func invisibleCharactersDoNotSplitWords() {
    for text in ["fu\u{200B}ck", "fu\u{200D}ck", "fu\u{00AD}ck", "f\u{2066}uck\u{2069}", "fu\u{FE0F}ck", "fuc\u{200C}k"] {
      let found = tokens(text)
      #expect(found.count == 1, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
      #expect(found.first?.folded == "fuck")
      #expect(found.first?.normalisations.contains(.invisibleRemoved) == true)
    }
  }

  @Test func accentsFoldForLatinWords() {
    #expect(token("naïve")?.ascii == "naive")
    #expect(token("Fück")?.ascii == "fuck")
    #expect(token("Fück")?.normalisations.contains(.accentsFolded) == true)
  }

  @Test func homoglyphsShareTheLatinSkeleton() {
    // Cyrillic а, с, ѕ, і in otherwise Latin words read as the Latin word.
    #expect(token("\u{0430}ss")?.skeleton == "ass")
    #expect(token("\u{0441}unt")?.skeleton == "cunt")
    #expect(token("\u{0455}h\u{0456}t")?.skeleton == "shit")
    #expect(token("\u{0455}h1t")?.skeleton == "shit")
    #expect(token("\u{0430}ss")?.normalisations.contains(.homoglyphs) == true)
    // Letters the UTS #39 skeleton leaves non-Latin (к → ĸ, т → ᴛ, п → π),
    // and small capitals, read as their Latin letters.
    #expect(token("\u{043A}ill")?.skeleton == "kill")
    #expect(token("\u{0442}wat")?.skeleton == "twat")
    #expect(token("\u{043F}igger")?.skeleton == "nigger")
    #expect(token("\u{1D0B}\u{026A}\u{029F}\u{029F}")?.skeleton == "kill")
    // ASCII words need no skeleton.
    #expect(token("ass")?.skeleton == "")
  }

  @Test func leetspeakVariants() {
    #expect(token("sh1t")?.leet == "shit")
    #expect(token("sh!t")?.leet == "shit")
    #expect(token("a$$")?.leet == "ass")
    // More digits than letters is a code, not a disguise: no leetspeak reading.
    #expect(token("G17")?.leet == "")
    #expect(token("M62")?.leet == "")
    #expect(token("$hit")?.leet == "shit")
    #expect(token("b1tch")?.normalisations.contains(.leetspeak) == true)
    // Numbers and plain words carry no leetspeak form.
    #expect(token("2025")?.leet == "")
    #expect(token("hello")?.leet == "")
  }

  @Test func disguisedWordsStayWhole() {
    #expect(texts("f**k off") == ["f**k", "off"])
    #expect(texts("what the sh!t!") == ["what", "the", "sh!t"])
    #expect(texts("a$$hole") == ["a$$hole"])
    #expect(texts("yes!!! really?") == ["yes", "really"])
  }

  @Test func stretchedLettersSqueezeOnlyWhenStretched() {
    #expect(token("fuuuuuck")?.squeezed == "fuck")
    #expect(token("shiiiiit")?.normalisations.contains(.stretched) == true)
    // Real double letters are left alone.
    #expect(token("assessment")?.squeezed == "")
    #expect(token("coffee")?.squeezed == "")
  }

  @Test func separatedLettersJoin() {
    #expect(token("f.u.c.k")?.compact == "fuck")
    #expect(token("f_u_c_k")?.compact == "fuck")
    for text in ["f u c k off", "f-u-c-k off", "f. u. c. k. off", "f/u/c/k", "s h 1 t"] {
      let joined = tokens(text, joined: true)
      #expect(joined.count == 1, "\(text)")
      #expect(joined.first?.kind == .joined)
    }
    #expect(tokens("f u c k off", joined: true).first?.folded == "fuck")
    #expect(tokens("f u c k off", joined: true).first?.text == "f u c k")
    #expect(tokens("s h 1 t", joined: true).first?.folded == "shit")
    // Ordinary text with single letters does not join.
    #expect(tokens("I am a teacher", joined: true).isEmpty)
    #expect(tokens("f\nu\nc\nk", joined: true).isEmpty)
  }

  @Test func uax29JoinsAndSplits() {
    #expect(texts("don't can't U.S.A. 3.14 1,000,000 10:30") == ["don't", "can't", "U.S.A", "3.14", "1,000,000", "10", "30"])
    #expect(texts("Don’t stop") == ["Don’t", "stop"])
    #expect(tokens("3rd March").map(\.kind) == [.word, .word])
    #expect(tokens("2025").first?.kind == .number)
  }

  @Test func specialTokens() {
    let found = tokens("Ask @jo_b or @jo@mastodon.social, see https://example.com/a_(b) and www.qtsd.co.uk. #GoodNews jo@x.org")
    let specials = found.filter { $0.kind != .word }
    #expect(specials.map(\.text) == [
      "@jo_b", "@jo@mastodon.social", "https://example.com/a_(b)", "www.qtsd.co.uk", "#GoodNews", "jo@x.org",
    ])
    #expect(specials.map(\.kind) == [.mention, .mention, .url, .url, .hashtag, .email])
  }

  @Test func notEmailAddresses() {
    for text in ["user@localhost", "@jo", "me@ home", "price@5.00", "a@b.c", "tom@example.c0m"] {
      #expect(!tokens(text).contains { $0.kind == .email }, "\(text)")
    }
    #expect(tokens("(jo.o'neil+tag@sub.example.co.uk).").first { $0.kind == .email }?.text == "jo.o'neil+tag@sub.example.co.uk")
  }

  /// Detectors skip tokens with no form but `folded` by their normalisations
  /// alone (`Normalisations.otherForms`): every other form must come with its flag.
  @Test func everyExtraFormComesWithItsNormalisation() {
    let text = "café Zoë \u{0430}ss sh1t a$$ f**k sh#t ｆ＊＊ｋ f\u{00FC}**k fuuuuck f.u.c.k f*u*c*k ｆｕｃｋ n00b 日本語 Привет h\u{0435}llo plain words"
    for token in tokens(text) {
      #expect(token.ascii.isEmpty || token.normalisations.contains(.accentsFolded), "\(token)")
      #expect(token.skeleton.isEmpty || token.normalisations.contains(.homoglyphs), "\(token)")
      #expect(token.leet.isEmpty || token.normalisations.contains(.leetspeak), "\(token)")
      #expect(token.squeezed.isEmpty || token.normalisations.contains(.stretched), "\(token)")
      #expect(token.compact.isEmpty || token.normalisations.contains(.separatorsJoined), "\(token)")
      let masked = token.kind == .word && (token.folded.contains("*") || token.folded.contains("#"))
      #expect(masked == token.normalisations.contains(.masked), "\(token)")
    }
    // And the test can fail: disguised words do carry other forms.
    #expect(tokens(text).contains { !$0.leet.isEmpty } && tokens(text).contains { !$0.skeleton.isEmpty })
  }
}

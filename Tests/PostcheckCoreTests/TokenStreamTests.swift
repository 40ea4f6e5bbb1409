import PostcheckCore
import PostcheckTestSupport
import Testing

/// Feeding text in pieces must give exactly the tokens of the whole text.
@Suite struct TokenStreamTests {
  static let samples = [
    "email me at jo.bloggs@example.com 👍🏽 or ring 07911 123456",
    "f u c k this, f-u-c-k that and s h 1 t\nnew line: a b c\n\n👨‍👩‍👧‍👦 Ｆｕｌｌ 𝐛𝐨𝐥𝐝 \u{0430}ss",
    "Zoë's café — “quoted” naïve; 日本語 สวัสดีครับ שלום fu\u{200B}ck #tag @jo@mastodon.social https://x.co/a",
  ]

  func streamed(_ text: String, cuts: [Int]) -> [TokenView] {
    let screener = makeScreener()
    var stream = screener.tokenStream()
    let bytes = Array(text.utf8)
    var start = 0
    for cut in cuts.sorted() + [bytes.count] where cut >= start {
      bytes[start..<cut].withUnsafeBufferPointer { stream.feed($0) }
      start = cut
    }
    stream.finish()
    return views(stream.buffer, in: text) + views(stream.buffer, in: text, joined: true)
  }

  @Test(arguments: samples)
  func piecesGiveTheSameTokens(text: String) {
    let whole = tokens(text) + tokens(text, joined: true)
    #expect(streamed(text, cuts: []) == whole)
    // Every single cut point, then random sets of cuts.
    let count = text.utf8.count
    for cut in 0...count {
      #expect(streamed(text, cuts: [cut]) == whole, "cut at \(cut)")
    }
    var generator = SplitMix64(seed: 42)
    for _ in 0..<200 {
      let cuts = (0..<Int(generator.next() % 12)).map { _ in Int(generator.next() % UInt64(count + 1)) }
      #expect(streamed(text, cuts: cuts) == whole, "cuts \(cuts)")
    }
  }
}

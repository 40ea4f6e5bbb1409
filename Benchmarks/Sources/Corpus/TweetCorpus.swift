/// Generates tweet-like posts, the same ones for the same seed: mostly ASCII
/// English with emoji (skin tones, ZWJ sequences, flags), accented words,
/// homoglyph-disguised words, handles, hashtags, URLs, numbers, a little
/// CJK and Thai, and an e-mail address in about one post in fifty.
public struct TweetCorpus {
  private var state: UInt64

  public init(seed: UInt64 = 2026) { state = seed }

  private mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  private mutating func pick<T>(_ items: [T]) -> T { items[Int(next() % UInt64(items.count))] }
  private mutating func chance(_ percent: UInt64) -> Bool { next() % 100 < percent }

  static let words = """
    the a to and of in is for on that with it this at be you are we our was have from by just so not \
    all your my can will about what great today day learners course team thanks new open week evening \
    apprenticeship training session college students well done proud congratulations assessment results \
    morning love really good time people work year first see more get know one like make back going \
    event join us tomorrow amazing lovely weather coffee train late again meeting everyone happy friday \
    monday weekend book booking place places still available centre qualification certificate level
    """.split(separator: " ").map(String.init)
  static let accented = ["café", "naïve", "résumé", "Zoë", "São", "Kraków", "jalapeño", "fiancée", "Ångström", "Ćwiczenie"]
  static let homoglyphs = ["\u{0430}ss", "\u{0441}ool", "p\u{0430}ss", "\u{0455}hop", "t\u{0435}am", "h\u{0435}llo"]
  static let emoji = ["👍🏽", "🎉", "😂", "❤️", "👨‍👩‍👧", "🇬🇧", "🙏🏻", "🔥", "✅", "🏴󠁧󠁢󠁷󠁬󠁳󠁿"]
  static let foreign = ["日本語のテキスト", "你好世界", "สวัสดีครับ", "שלום", "Привет всем"]
  static let disguised = ["sh1t", "f**k", "fuuuuck", "a$$", "f u c k", "fu\u{200B}ck", "ｆｕｃｋ"]

  public mutating func post() -> String {
    var parts: [String] = []
    let length = 8 + Int(next() % 30)
    for _ in 0..<length {
      let roll = next() % 1000
      switch roll {
      case 0..<820: parts.append(pick(Self.words))
      case 820..<860: parts.append(pick(Self.accented))
      case 860..<900: parts.append(pick(Self.emoji))
      case 900..<915: parts.append(pick(Self.homoglyphs))
      case 915..<935: parts.append("#" + pick(Self.words).capitalized)
      case 935..<955: parts.append("@" + pick(Self.words) + "_" + String(next() % 100))
      case 955..<970: parts.append(String(next() % 10_000))
      case 970..<980: parts.append("https://example.org/" + pick(Self.words) + "/" + String(next() % 1000))
      case 980..<990: parts.append(pick(Self.foreign))
      default: parts.append(pick(Self.disguised))
      }
    }
    if chance(2) { parts.insert("email me at " + pick(Self.words) + ".\(next() % 100)@example.com", at: parts.count / 2) }
    var text = parts.joined(separator: " ")
    if let first = text.first { text = first.uppercased() + text.dropFirst() }
    return text + pick([".", "!", " 🎉", "?", ""])
  }

  /// Posts joined by newlines until at least `bytes` long.
  public mutating func text(bytes: Int) -> String {
    var result = ""
    result.reserveCapacity(bytes + 512)
    while result.utf8.count < bytes { result += post() + "\n" }
    return result
  }

  /// One JSON Lines record per post until at least `bytes` long.
  public mutating func jsonLines(bytes: Int, emit: (String) -> Void) {
    var written = 0
    var index = 0
    while written < bytes {
      let line = "{\"id\":\"\(index)\",\"text\":\"\(Self.escape(post()))\"}\n"
      emit(line)
      written += line.utf8.count
      index += 1
    }
  }

  static func escape(_ text: String) -> String {
    var out = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }
}

extension String {
  fileprivate var capitalized: String { prefix(1).uppercased() + dropFirst() }
}

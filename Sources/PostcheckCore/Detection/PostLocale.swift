/// The language and region posts are written in (a policy file's `locale`):
/// it picks the spelling dictionary and, unless the policy file gives one,
/// the region national phone numbers are read in. The lexicons are English
/// whatever the locale.
public struct PostLocale: Sendable, Equatable, CustomStringConvertible {
  /// Lower case, `en`.
  public let language: String
  /// Upper case, `GB`.
  public let region: String

  /// `en-GB` or `en_GB`, in any case; nil for anything else.
  public init?(_ tag: String) {
    let parts = tag.split(whereSeparator: { $0 == "-" || $0 == "_" })
    guard parts.count == 2, (2...3).contains(parts[0].count), parts[1].count == 2,
      parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isLetter } })
    else { return nil }
    language = parts[0].lowercased()
    region = parts[1].uppercased()
  }

  public static let britishEnglish = PostLocale(language: "en", region: "GB")

  private init(language: String, region: String) {
    self.language = language
    self.region = region
  }

  /// The Hunspell dictionary's name, `en_GB`.
  public var dictionary: String { "\(language)_\(region)" }

  /// The Debian/Ubuntu package with that dictionary, `hunspell-en-gb`.
  public var dictionaryPackage: String { "hunspell-\(language)-\(region.lowercased())" }

  public var description: String { "\(language)-\(region)" }
}

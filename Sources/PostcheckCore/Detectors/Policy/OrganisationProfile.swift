/// Who the organisation is, for the rules that key on it (`work.comment`,
/// `conduct.defamation`, `conduct.disclaimer`): its names and abbreviation,
/// social handles, hashtags, web and e-mail domains, products and sites, the
/// roles its people have and people who may be named.
///
/// The built-in default is the organisation of `../policy` (QTSD, its
/// assessors, learners, associated partners and directors); a policy file
/// replaces it.
public struct OrganisationProfile: Sendable, Equatable {
  public var names: [String] = []
  public var handles: [String] = []
  public var hashtags: [String] = []
  public var domains: [String] = []
  public var products: [String] = []
  public var sites: [String] = []
  public var roles: [String] = []
  public var people: [String] = []

  public init() {}

  /// The profile a lexicon of `kind value` rows describes.
  public init(lexicon: Lexicon) throws(LexiconError) {
    for entry in lexicon.entries {
      guard entry.fields.count == 2 else {
        throw LexiconError(file: lexicon.path, line: entry.line, message: "expected kind and value")
      }
      let value = entry.fields[1]
      switch entry.fields[0] {
      case "name": names.append(value)
      case "handle": handles.append(value.hasPrefix("@") ? value : "@" + value)
      case "hashtag": hashtags.append(value.hasPrefix("#") ? value : "#" + value)
      case "domain": domains.append(value.lowercased())
      case "product": products.append(value)
      case "site": sites.append(value)
      case "role": roles.append(value)
      case "person": people.append(value)
      default:
        throw LexiconError(
          file: lexicon.path, line: entry.line,
          message: "unknown kind '\(entry.fields[0])' (name|handle|hashtag|domain|product|site|role|person)")
      }
    }
  }

  /// `profile`, or the built-in one (`policy.organisation`) when nil.
  static func given(_ profile: OrganisationProfile?, or lexicons: LexiconSet) throws(LexiconError) -> OrganisationProfile {
    if let profile { return profile }
    return try OrganisationProfile(lexicon: try lexicons.lexicon(named: "policy.organisation"))
  }

  /// Everything that names the organisation itself, for `{org}`.
  public var ownNames: [String] { names + handles + hashtags + products + sites }
}

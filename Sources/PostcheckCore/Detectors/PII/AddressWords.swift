/// The words that shape a postal address, from the `pii.address.words`
/// lexicon: street suffixes (`Lane`, `Rd`), house-name endings (`Cottage`,
/// `Farm`), unit words (`Flat`, `Apt`) and abbreviations whose full stop
/// does not end a sentence (`St.`, `Co.`).
struct AddressWords: Sendable {
  let streetSuffixes: Set<String>
  let houseNames: Set<String>
  let units: Set<String>
  let abbreviations: Set<String>
  let stopWords: Set<String>

  init(lexicon: Lexicon) throws(LexiconError) {
    var byRole: [String: Set<String>] = [:]
    for entry in lexicon.entries {
      guard entry.fields.count == 2, ["street", "house-name", "unit", "abbreviation", "stop"].contains(entry.fields[1]) else {
        throw LexiconError(
          file: lexicon.path, line: entry.line, message: "expected a word and street|house-name|unit|abbreviation|stop")
      }
      byRole[entry.fields[1], default: []].insert(entry.fields[0].lowercased())
    }
    streetSuffixes = byRole["street"] ?? []
    houseNames = byRole["house-name"] ?? []
    units = byRole["unit"] ?? []
    abbreviations = byRole["abbreviation"] ?? []
    stopWords = byRole["stop"] ?? []
  }
}

/// United States Postal Service state and territory codes.
enum USState {
  static let codes: Set<String> = [
    "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY",
    "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH",
    "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "PR", "GU", "VI",
  ]
}

import Foundation

/// The part of JSON Schema that postcheck's schemas (output, policy file)
/// and the SARIF 2.1.0 schema use: type, properties, patternProperties,
/// required, additionalProperties, minProperties, items, minItems,
/// uniqueItems, enum, const, pattern, minimum, maximum, exclusiveMinimum
/// (draft 7's number), oneOf, anyOf, not and local `$ref`s (`format` is
/// not checked). Enough for tests; not a general validator.
public struct SchemaValidator {
  let root: [String: Any]

  public init(root: [String: Any]) { self.root = root }

  public func problems(_ value: Any) -> [String] { problems(value, root, at: "$") }

  private func problems(_ value: Any, _ schema: [String: Any], at path: String) -> [String] {
    if let reference = schema["$ref"] as? String {
      guard reference.hasPrefix("#/"), let target = resolve(reference) else { return ["\(path): unknown $ref \(reference)"] }
      return problems(value, target, at: path)
    }
    var found: [String] = []
    if let type = schema["type"] {
      let types = (type as? [String]) ?? [(type as? String) ?? ""]
      if !types.contains(where: { Self.matches(value, type: $0) }) { found.append("\(path): not \(types.joined(separator: " or "))") }
    }
    if let constant = schema["const"], !Self.equal(value, constant) { found.append("\(path): not \(constant)") }
    if let choices = schema["enum"] as? [Any], !choices.contains(where: { Self.equal(value, $0) }) {
      found.append("\(path): not one of \(choices)")
    }
    if let number = Self.number(value) {
      if let minimum = schema["minimum"].flatMap(Self.number), number < minimum { found.append("\(path): below \(minimum)") }
      if let maximum = schema["maximum"].flatMap(Self.number), number > maximum { found.append("\(path): above \(maximum)") }
      if let bound = schema["exclusiveMinimum"].flatMap(Self.number), number <= bound {
        found.append("\(path): not above \(bound)")
      }
    }
    if let pattern = schema["pattern"] as? String, let string = value as? String {
      let range = string.range(of: pattern, options: .regularExpression)
      if range == nil { found.append("\(path): does not match \(pattern)") }
    }
    if let object = value as? [String: Any] {
      for key in (schema["required"] as? [String]) ?? [] where object[key] == nil { found.append("\(path): no \(key)") }
      let properties = (schema["properties"] as? [String: Any]) ?? [:]
      let patterned = (schema["patternProperties"] as? [String: Any]) ?? [:]
      if let minimum = schema["minProperties"].flatMap(Self.number), Double(object.count) < minimum {
        found.append("\(path): fewer than \(Int(minimum)) members")
      }
      for (key, member) in object {
        let byPattern = patterned.filter { key.range(of: $0.key, options: .regularExpression) != nil }
        if let propertySchema = properties[key] as? [String: Any] {
          found += problems(member, propertySchema, at: "\(path).\(key)")
        } else if !byPattern.isEmpty {
          for case let (_, memberSchema as [String: Any]) in byPattern {
            found += problems(member, memberSchema, at: "\(path).\(key)")
          }
        } else if let additional = schema["additionalProperties"] {
          if let allowed = additional as? Bool, !allowed { found.append("\(path): unexpected \(key)") }
          if let additionalSchema = additional as? [String: Any] { found += problems(member, additionalSchema, at: "\(path).\(key)") }
        }
      }
    }
    if let array = value as? [Any] {
      if let items = schema["items"] as? [String: Any] {
        for (index, item) in array.enumerated() { found += problems(item, items, at: "\(path)[\(index)]") }
      }
      if let minimum = schema["minItems"].flatMap(Self.number), Double(array.count) < minimum {
        found.append("\(path): fewer than \(Int(minimum)) items")
      }
      if (schema["uniqueItems"] as? Bool) == true, let repeated = Self.firstRepeat(array) {
        found.append("\(path): item \(repeated) repeats an earlier one")
      }
    }
    if let options = schema["oneOf"] as? [[String: Any]] {
      let passing = options.filter { problems(value, $0, at: path).isEmpty }.count
      if passing != 1 { found.append("\(path): matches \(passing) of oneOf's \(options.count), not exactly one") }
    }
    if let options = schema["anyOf"] as? [[String: Any]], !options.contains(where: { problems(value, $0, at: path).isEmpty }) {
      found.append("\(path): matches none of anyOf")
    }
    if let forbidden = schema["not"] as? [String: Any], problems(value, forbidden, at: path).isEmpty {
      found.append("\(path): matches what 'not' forbids")
    }
    return found
  }

  private func resolve(_ reference: String) -> [String: Any]? {
    var current: Any = root
    for part in reference.dropFirst(2).split(separator: "/") {
      guard let next = (current as? [String: Any])?[String(part)] else { return nil }
      current = next
    }
    return current as? [String: Any]
  }

  /// The index of the first item equal to an earlier one, compared as canonical JSON.
  private static func firstRepeat(_ array: [Any]) -> Int? {
    var seen = Set<Data>()
    for (index, item) in array.enumerated() {
      guard JSONSerialization.isValidJSONObject([item]),
        let data = try? JSONSerialization.data(withJSONObject: [item], options: [.sortedKeys])
      else { continue }
      if !seen.insert(data).inserted { return index }
    }
    return nil
  }

  private static func isBoolean(_ value: Any) -> Bool {
    if value is Bool && !(value is NSNumber) { return true }
    guard let number = value as? NSNumber else { return false }
    // A JSON true or false is an NSNumber of C type char.
    return String(cString: number.objCType) == "c"
  }

  private static func number(_ value: Any) -> Double? {
    guard let number = value as? NSNumber, !isBoolean(number) else { return nil }
    return number.doubleValue
  }

  private static func matches(_ value: Any, type: String) -> Bool {
    switch type {
    case "object": return value is [String: Any]
    case "array": return value is [Any]
    case "string": return value is String
    case "null": return value is NSNull
    case "boolean": return isBoolean(value)
    case "number": return number(value) != nil
    case "integer": return number(value).map { $0.rounded() == $0 } ?? false
    default: return false
    }
  }

  private static func equal(_ value: Any, _ other: Any) -> Bool {
    if let left = value as? String, let right = other as? String { return left == right }
    if let left = number(value), let right = number(other) { return left == right }
    return false
  }
}

import Foundation
import Yams

/// A node of a YAML document together with its path, so that every problem names where it is.
struct NodeCursor {
    let node: Node
    let path: String
    let reader: DocumentReader

    var site: IssueSite { IssueSite(file: reader.file, path: path, line: node.mark?.line) }

    func report(_ problem: String) { reader.report(problem, path: path, line: node.mark?.line) }

    /// A non-empty string scalar.
    func string() -> String? {
        guard case .scalar(let scalar) = node else {
            report("expected text")
            return nil
        }
        // Trimming goes through Foundation and was a sixth of the load time; most scalars have nothing to trim.
        let raw = scalar.string
        let text =
            raw.first?.isWhitespace == false && raw.last?.isWhitespace == false
            ? raw : raw.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else {
            report("must not be empty")
            return nil
        }
        return text
    }

    /// Whether the node is YAML's null (`~`, `null` or nothing); documents are composed without type
    /// resolution, which is several times faster, so scalars are typed here by their plain text.
    var isNull: Bool {
        guard case .scalar(let scalar) = node, scalar.style == .plain else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    private var plainText: String? {
        guard case .scalar(let scalar) = node, scalar.style == .plain else { return nil }
        return scalar.string
    }

    /// A whole number.
    func int() -> Int? {
        guard let value = plainText.flatMap({ Int($0) }) else {
            report("expected a whole number")
            return nil
        }
        return value
    }

    /// A number, whole or decimal.
    func number() -> Double? {
        guard let value = plainText.flatMap({ Double($0) }), value.isFinite else {
            report("expected a number")
            return nil
        }
        return value
    }

    /// true or false.
    func bool() -> Bool? {
        guard let value = plainText.flatMap({ ["true": true, "false": false][$0.lowercased()] }) else {
            report("expected true or false")
            return nil
        }
        return value
    }

    /// A value of a closed set, reporting the allowed values when it is none of them.
    func oneOf<Value: RawRepresentable & CaseIterable>(_ type: Value.Type) -> Value? where Value.RawValue == String {
        guard let text = string() else { return nil }
        guard let value = Value(rawValue: text) else {
            let allowed = Value.allCases.map(\.rawValue).joined(separator: ", ")
            report("'\(text)' is not one of: \(allowed)")
            return nil
        }
        return value
    }

    /// Each item of a sequence read by `item`; items that fail are left out (their problems are reported).
    func list<Item>(_ item: (NodeCursor) -> Item?) -> [Item]? {
        guard case .sequence(let sequence) = node else {
            report("expected a list")
            return nil
        }
        return sequence.enumerated().compactMap { index, child in
            item(NodeCursor(node: child, path: "\(path)[\(index)]", reader: reader))
        }
    }

    /// A mapping whose keys must all be among `known`; unknown keys are reported as likely typos.
    func fields(_ known: Set<String>) -> FieldCursor? {
        guard case .mapping(let mapping) = node else {
            report("expected a mapping of keys to values")
            return nil
        }
        for key in mapping.keys {
            guard let name = key.string, known.contains(name) else {
                let child = NodeCursor(node: key, path: join(key.string ?? "?"), reader: reader)
                child.report("unknown key; expected one of: \(known.sorted().joined(separator: ", "))")
                continue
            }
        }
        var values: [String: Node] = [:]
        for (key, value) in mapping where values[key.string ?? ""] == nil { values[key.string ?? ""] = value }
        return FieldCursor(values: values, cursor: self)
    }

    /// A reference to another entity by id, checked once every file is read.
    func reference(to kind: EntityKind) -> String? {
        guard let id = string() else { return nil }
        reader.refer(to: kind, id, at: self)
        return id
    }

    func join(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }
}

/// The keys of one mapping, read as required or optional fields.
struct FieldCursor {
    /// The mapping's values by key text; looked up once per field, where Yams' own lookup compares nodes.
    let values: [String: Node]
    let cursor: NodeCursor

    /// The value under `key`, reporting it as missing when absent.
    func required(_ key: String) -> NodeCursor? {
        guard let value = optional(key) else {
            cursor.report("missing required key '\(key)'")
            return nil
        }
        return value
    }

    /// The value under `key`, or nil when absent or null.
    func optional(_ key: String) -> NodeCursor? {
        guard let node = values[key] else { return nil }
        let value = NodeCursor(node: node, path: cursor.join(key), reader: cursor.reader)
        return value.isNull ? nil : value
    }

    /// A list under `key` that must have at least one item.
    func nonEmptyList<Item>(_ key: String, _ item: (NodeCursor) -> Item?) -> [Item]? {
        guard let field = required(key), let items = field.list(item) else { return nil }
        if case .sequence(let sequence) = field.node, sequence.isEmpty { field.report("must list at least one item") }
        return items
    }

    /// A list of strings under `key`; absent means empty.
    func strings(_ key: String) -> [String] { optional(key)?.list { $0.string() } ?? [] }

    /// References under `key` to entities of one kind; absent means empty.
    func references(_ key: String, to kind: EntityKind) -> [String] {
        optional(key)?.list { $0.reference(to: kind) } ?? []
    }
}

import Foundation

/// Finds the OEWS area a person means from what they type: "austin", "Austin-Round Rock", "Austin, TX", "TX",
/// "texas" or "national"; suggests areas when nothing matches and lists the candidates when several do.
public struct PlaceMatcher: Sendable {
    /// What a query found.
    public enum Match: Sendable, Equatable {
        case area(WageArea)
        /// Several areas fit equally well; the person should pick one.
        case ambiguous([WageArea])
        /// Nothing fits; these are the closest names.
        case unknown(suggestions: [WageArea])
    }

    private struct Entry {
        let area: WageArea
        let name: String
        let cities: [String]
        let states: Set<String>
    }

    private let entries: [Entry]
    private let states: [String: WageArea]
    private let national: WageArea?

    /// A matcher over the areas of a wage data set.
    public init(areas: [WageArea]) {
        var states: [String: WageArea] = [:]
        var entries: [Entry] = []
        for area in areas {
            let name = Self.normalize(area.name)
            if area.kind == .state { states[name] = area }
            let parts = area.name.components(separatedBy: ", ")
            let cities = parts.count > 1 ? parts.dropLast().joined(separator: ", ").split(separator: "-") : []
            let codes = parts.count > 1 ? parts[parts.count - 1].split(separator: "-") : []
            entries.append(
                Entry(
                    area: area, name: name, cities: cities.map { Self.normalize(String($0)) },
                    states: Set(codes.map { Self.normalize(String($0)) })))
        }
        for (code, name) in USStates.abbreviations { if let area = states[name] { states[code] = area } }
        self.entries = entries
        self.states = states
        national = areas.first { $0.kind == .national }
    }

    /// The area the query names.
    public func match(_ query: String) -> Match {
        let text = Self.normalize(query)
        if ["national", "nationwide", "us", "usa", "u s", "u s a", "united states", "america"].contains(text),
            let national
        {
            return .area(national)
        }
        if let state = states[text] { return .area(state) }
        if let exact = entries.first(where: { $0.name == text }) { return .area(exact.area) }
        let (place, state) = splitState(query)
        let candidates = entries.filter { entry in
            guard entry.area.kind == .metro else { return false }
            if let state, !entry.states.contains(state) { return false }
            return entry.cities.contains(place) || Self.startsWithWords(entry.name, place)
                || (entry.cities.isEmpty && entry.name.contains(place))
        }
        if candidates.count == 1 { return .area(candidates[0].area) }
        if candidates.count > 1 {
            // "portland" is two metros' first city; "austin" is one metro's first city and nothing else's.
            let principal = candidates.filter { $0.cities.first == place }
            return principal.count == 1 ? .area(principal[0].area) : .ambiguous(candidates.map(\.area))
        }
        return .unknown(suggestions: suggestions(for: place.isEmpty ? text : place))
    }

    /// Splits "Austin, TX" or "austin tx" into the place and a state code, when the query names one.
    private func splitState(_ query: String) -> (place: String, state: String?) {
        let text = Self.normalize(query)
        var words = text.split(separator: " ").map(String.init)
        guard words.count > 1 else { return (text, nil) }
        for length in [3, 2, 1] where words.count > length {
            let tail = words.suffix(length).joined(separator: " ")
            let code =
                length == 1 && USStates.abbreviations[tail] != nil
                ? tail : USStates.abbreviations.first { $0.value == tail }?.key
            if let code {
                words.removeLast(length)
                return (words.joined(separator: " "), code)
            }
        }
        return (text, nil)
    }

    private func suggestions(for text: String) -> [WageArea] {
        var byName: [String: WageArea] = [:]
        for entry in entries {
            byName[entry.name] = byName[entry.name] ?? entry.area
            for city in entry.cities { byName[city] = byName[city] ?? entry.area }
        }
        var seen = Set<String>()
        return Suggestions.closest(to: text, among: Array(byName.keys), limit: 5).compactMap { byName[$0] }.filter {
            seen.insert($0.id).inserted
        }
    }

    private static func startsWithWords(_ name: String, _ prefix: String) -> Bool {
        guard !prefix.isEmpty, name.hasPrefix(prefix) else { return false }
        return name.count == prefix.count || name.dropFirst(prefix.count).first == " "
    }

    /// Lower case, accents folded, punctuation and hyphens as single spaces.
    static func normalize(_ text: String) -> String {
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
        let mapped = folded.unicodeScalars.map { CharacterSet.alphanumerics.contains($0) ? Character($0) : " " }
        return String(mapped).split(separator: " ").joined(separator: " ")
    }
}

extension PlaceMatcher {
    /// The one area the query names, or an error that lists the candidates or the closest names.
    public func area(for query: String) throws(PlaceError) -> WageArea {
        switch match(query) {
        case .area(let area): return area
        case .ambiguous(let areas): throw .ambiguous(query: query, candidates: areas)
        case .unknown(let suggestions): throw .unknown(query: query, suggestions: suggestions)
        }
    }
}

/// A place the wage data cannot pin down, said so a person can fix it.
public enum PlaceError: Error, Sendable, Equatable, CustomStringConvertible {
    case unknown(query: String, suggestions: [WageArea])
    case ambiguous(query: String, candidates: [WageArea])

    /// Areas to offer the person instead.
    public var alternatives: [WageArea] {
        switch self {
        case .unknown(_, let areas), .ambiguous(_, let areas): areas
        }
    }

    public var description: String {
        switch self {
        case .unknown(let query, let suggestions) where suggestions.isEmpty:
            return
                "no state or metro area matches '\(query)'; try a state (\"TX\"), a city (\"austin\") or \"national\""
        case .unknown(let query, let suggestions):
            return "no state or metro area matches '\(query)'; did you mean: "
                + suggestions.map(\.name).joined(separator: "; ") + "?"
        case .ambiguous(let query, let candidates):
            let shown = candidates.prefix(6).map(\.name).joined(separator: "; ")
            let state = candidates.first?.name.components(separatedBy: ", ").last?.prefix(2) ?? "TX"
            return "'\(query)' matches \(candidates.count) areas (\(shown)); add the state, e.g. '\(query), \(state)'"
        }
    }
}

import CareerKit
import Testing

@Suite("Finding a place in the wage data")
struct PlaceMatchingTests {
    static let matcher = Result { PlaceMatcher(areas: try KnowledgeBaseLoader.bundled().load().wages.areas) }

    func name(_ query: String) throws -> String? {
        guard case .area(let area) = try Self.matcher.get().match(query) else { return nil }
        return area.name
    }

    @Test(
        "forgiving queries find the Austin metro",
        arguments: [
            "austin", "Austin", "Austin-Round Rock", "austin round rock", "Austin, TX", "austin tx",
            "Austin-Round Rock-San Marcos, TX",
        ])
    func austin(query: String) throws {
        #expect(try name(query) == "Austin-Round Rock-San Marcos, TX")
    }

    @Test("states by name or postal code, and the nation")
    func statesAndNation() throws {
        #expect(try name("TX") == "Texas")
        #expect(try name("texas") == "Texas")
        #expect(try name("New York") == "New York")
        #expect(try name("national") == "National")
        #expect(try name("USA") == "National")
    }

    @Test("a city two metros share is ambiguous until the state is given")
    func ambiguous() throws {
        guard case .ambiguous(let areas) = try Self.matcher.get().match("portland") else {
            Issue.record("portland should be ambiguous")
            return
        }
        #expect(areas.contains { $0.name.hasSuffix(", OR-WA") } && areas.contains { $0.name.hasSuffix(", ME") })
        #expect(try name("Portland, OR")?.hasPrefix("Portland-Vancouver") == true)
        #expect(try name("portland me")?.hasSuffix(", ME") == true)
    }

    @Test("an unknown place gets suggestions, and nonsense gets none that are wrong")
    func suggestions() throws {
        guard case .unknown(let close) = try Self.matcher.get().match("Austn") else {
            Issue.record("a misspelling should not match")
            return
        }
        #expect(close.first?.name == "Austin-Round Rock-San Marcos, TX")
        guard case .unknown = try Self.matcher.get().match("qqqqqqqq") else {
            Issue.record("nonsense should not match")
            return
        }
    }
}

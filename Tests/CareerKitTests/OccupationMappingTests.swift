import CareerKit
import Testing

@Suite("Roles and their closest official occupations")
struct OccupationMappingTests {
    static let base = Result { try KnowledgeBaseLoader.bundled().load() }

    @Test("every role has a mapping; every profiled role names an occupation in the data with a reason")
    func everyRoleMapped() throws {
        let base = try Self.base.get()
        for role in base.roles {
            let mapping = try #require(base.occupationMapping(for: role.id), "\(role.id) has no mapping")
            if role.isProfiled || base.careerMoves?.standing(of: role.id)?.skillsOf != nil {
                #expect(!mapping.occupations.isEmpty, "\(role.id) maps to no occupation")
            }
            if mapping.occupations.isEmpty {
                #expect(mapping.note?.isEmpty == false, "\(role.id) needs a note saying why nothing fits")
            }
            for link in mapping.occupations {
                #expect(base.wages.occupation(link.soc) != nil, "\(role.id): \(link.soc)")
                #expect(link.reason.count > 20, "\(role.id): \(link.soc) has no real reason")
            }
        }
    }

    @Test("an unknown code or a role left without occupations and without a note fails validation")
    func badMapping() throws {
        let copy = try FixtureBase.bundledCopy()
        defer { copy.remove() }
        try copy.edit("occupations.yaml", replacing: "soc: \"15-2051\"", with: "soc: \"15-9999\"")
        try copy.edit("occupations.yaml", replacing: "  note: No occupation", with: "  # note: No occupation")
        let problems = try KnowledgeBaseLoader(directory: copy.directory).validate().map(\.description)
        #expect(problems.contains { $0.contains("'15-9999' is not an occupation in the wage data") })
        #expect(problems.contains { $0.contains("needs a note saying why none fits") })
    }

    @Test("the salary explorer labels every official figure as the closest official occupation")
    func localPay() throws {
        let base = try Self.base.get()
        let austin = try #require(base.wages.areas.first { $0.name.hasPrefix("Austin-") })
        let pay = LocalPay(base: base, role: "data-scientist", area: austin)
        #expect(!pay.bands.rows.isEmpty)
        #expect(pay.occupations.first?.soc == "15-2051")
        for occupation in pay.occupations {
            #expect(occupation.label.hasPrefix("closest official occupation: "))
            #expect(occupation.local?.area == austin.id)
            #expect(occupation.national?.area == base.wages.national?.id)
        }
        #expect(pay.officialIncludes.contains("no equity"))
        let senior = LocalPay(base: base, role: "senior-ml-engineer", area: austin)
        #expect(senior.bandsRole == "ml-engineer" || senior.bandsRole == "senior-ml-engineer")
    }
}

import ArgumentParser
import CareerKit

/// `careerfinder roles`: every role, one line each.
struct RolesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "roles", abstract: "List every role: the profiled AI roles, then the career-ladder positions.")

    @OptionGroup var kb: KnowledgeBaseOptions
    @OptionGroup var output: OutputOptions

    /// One role as listed.
    struct Listing: Encodable {
        let id: Role.ID
        let title: String
        let profiled: Bool
        let aliases: [String]
        let focus: String?
    }

    func run() async throws {
        let base = try kb.load()
        let listings = base.roles.map {
            Listing(
                id: $0.id, title: $0.title, profiled: $0.isProfiled, aliases: $0.aliases, focus: $0.profile?.focus.text)
        }
        if output.json { return try JSONOutput.print(listings) }
        let idWidth = (base.roles.map(\.id.rawValue.count).max() ?? 0) + 2
        print("Profiled roles (careerfinder role ID):")
        for role in base.profiledRoles {
            print("  " + TextLayout.pad(role.id.rawValue, to: idWidth) + role.title)
        }
        print("\nCareer-ladder positions named by the sources:")
        for role in base.roles where !role.isProfiled {
            print("  " + TextLayout.pad(role.id.rawValue, to: idWidth) + role.title)
        }
    }
}

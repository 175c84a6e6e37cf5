import ArgumentParser
import CareerKit
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// `careerfinder backup`: a consistent copy of every saved result, analysis, plan and vote, taken while the server
/// runs, in a file either database can be restored from.
struct BackupCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "Copy every saved result, analysis, plan and vote into a file (safe while the server runs).",
        discussion: """
            The file can be restored into SQLite or PostgreSQL with 'careerfinder restore', so it also moves an \
            installation from one database to the other. It holds what people saved about themselves: it is \
            written readable by its owner only; keep it as safe as the database.
            """)

    @OptionGroup var database: DatabaseOptions
    @Argument(help: ArgumentHelp("The backup file to write (replaced if it exists).", valueName: "file"))
    var file: String

    func run() async throws {
        let backup = try await database.withStore(mustExist: true) { store in
            BackupFile(snapshot: try await store.snapshot(), takenAt: Date())
        }
        let data = try backup.encoded()
        // Written beside its final name and then renamed, so a reader never sees half a file.
        let target = URL(fileURLWithPath: file)
        let partial = target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).partial")
        guard
            FileManager.default.createFile(atPath: partial.path, contents: data, attributes: [.posixPermissions: 0o600])
        else { throw CLIError("cannot write \(file): check that its folder exists and is writable") }
        // rename(2) replaces an older backup of the same name in one step.
        guard rename(partial.path, target.path) == 0 else {
            try? FileManager.default.removeItem(at: partial)
            throw CLIError("cannot write \(file): \(String(cString: strerror(errno)))")
        }
        let counts = backup.counts
        print(
            "Backed up \(counts.results) results, \(counts.analyses) analyses, \(counts.plans) plans and "
                + "\(counts.feedback) votes from \(database.display) to \(file)")
    }
}

/// `careerfinder restore`: fills an empty database from a backup file.
struct RestoreCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore", abstract: "Fill a new, empty database from a backup file.",
        discussion: """
            Restores into SQLite or PostgreSQL, whichever the backup came from. The database must keep nothing yet, \
            so two sets of people's data are never mixed. Stop the servers, restore, then start them on it.
            """)

    @OptionGroup var database: DatabaseOptions
    @Argument(help: ArgumentHelp("A file written by 'careerfinder backup'.", valueName: "file"))
    var file: String

    func run() async throws {
        guard let data = FileManager.default.contents(atPath: file) else { throw CLIError("cannot read \(file)") }
        let backup: BackupFile
        do {
            backup = try BackupFile.decode(data)
        } catch {
            throw CLIError("cannot restore from \(file): \(error)")
        }
        do {
            try await database.withStore(mustExist: false) { store in try await store.restore(backup.snapshot) }
        } catch let error as StoreNotEmpty {
            throw CLIError("cannot restore into \(database.display): \(error)")
        }
        let counts = backup.counts
        print(
            "Restored \(counts.results) results, \(counts.analyses) analyses, \(counts.plans) plans and "
                + "\(counts.feedback) votes into \(database.display)")
    }
}

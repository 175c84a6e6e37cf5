import Foundation

/// A backup as written to a file: everything a store keeps, the moment it was taken, and the format's name and
/// version, in JSON that either database can be restored from. Dates are seconds since 1970 in full precision,
/// so nothing is rounded on the way from one database to the other.
public struct BackupFile: Sendable, Codable, Equatable {
    /// What every backup file says it is.
    public static let formatName = "careerfinder-backup"
    /// The version of the layout this program writes and reads.
    public static let currentVersion = 1

    public let format: String
    public let version: Int
    /// When the snapshot was taken.
    public let takenAt: Date
    /// How many items of each kind it holds, for a quick look without reading it all.
    public let counts: StoredCounts
    public let snapshot: StoreSnapshot

    /// A backup of `snapshot` taken at `takenAt`.
    public init(snapshot: StoreSnapshot, takenAt: Date) {
        format = Self.formatName
        version = Self.currentVersion
        self.takenAt = takenAt
        counts = snapshot.counts
        self.snapshot = snapshot
    }

    /// The file's bytes.
    public func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .secondsSince1970
        encoder.outputFormatting = [.sortedKeys]
        return try encoder.encode(self)
    }

    /// Reads a backup file's bytes; the error says plainly what is wrong with a file that is not one.
    public static func decode(_ data: Data) throws(BackupFileError) -> BackupFile {
        struct Header: Decodable {
            let format: String?
            let version: Int?
        }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .secondsSince1970
        guard let header = try? decoder.decode(Header.self, from: data), header.format == formatName else {
            throw .notABackup
        }
        guard header.version == currentVersion else { throw .unknownVersion(header.version ?? 0) }
        do {
            return try decoder.decode(BackupFile.self, from: data)
        } catch {
            throw .damaged
        }
    }
}

/// Why a file could not be read as a backup.
public enum BackupFileError: Error, Equatable, CustomStringConvertible {
    case notABackup
    case unknownVersion(Int)
    case damaged

    public var description: String {
        switch self {
        case .notABackup: "it is not a careerfinder backup"
        case .unknownVersion(let version):
            "it is a backup of layout version \(version); this program reads version \(BackupFile.currentVersion)"
        case .damaged: "it is a careerfinder backup, but damaged or cut short"
        }
    }
}

import Foundation

/// Text from a PDF through poppler's `pdftotext`, which the Debian package poppler-utils provides.
enum PDFText {
    static func extract(_ data: Data, from path: String) throws -> String {
        guard let tool = executable("pdftotext") else {
            throw CLIError(
                "reading a PDF needs pdftotext: install the Debian package poppler-utils (apt-get install poppler-utils)"
            )
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("careerfinder-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("input.pdf")
        try data.write(to: input)
        let process = Process()
        process.executableURL = tool
        process.arguments = ["-q", "-layout", "-enc", "UTF-8", input.path, "-"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let text = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw CLIError("\(InputFile.name(path)) is not a readable PDF") }
        return try InputFile.text(of: text, from: path + " (its PDF text)")
    }

    private static func executable(_ name: String) -> URL? {
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return paths.map { URL(fileURLWithPath: String($0)).appendingPathComponent(name) }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }
}

import Foundation

/// Runs the built `careerfinder` binary as a person would, capturing its output and exit status.
struct CLI {
    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// The binary sits beside the test bundle in the build folder.
    static var binary: URL {
        let testBundle = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var folder = testBundle.deletingLastPathComponent()
        // On Linux the bundle is one file; elsewhere it is a folder holding the binary deeper down.
        while !FileManager.default.fileExists(atPath: folder.appendingPathComponent("careerfinder").path),
            folder.pathComponents.count > 1
        {
            folder = folder.deletingLastPathComponent()
        }
        return folder.appendingPathComponent("careerfinder")
    }

    static func run(_ arguments: String...) throws -> Result { try run(arguments, input: "") }

    /// Runs with `input` on standard input (nil leaves it open), optionally sending Ctrl-C a delay after its first
    /// output.
    static func run(_ arguments: [String], input: String?, interruptAfter delay: Double? = nil) throws -> Result {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        let out = Pipe(), err = Pipe(), inPipe = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = inPipe
        try process.run()
        if let input {
            inPipe.fileHandleForWriting.write(Data(input.utf8))
            try inPipe.fileHandleForWriting.close()
        }
        var stdout = Data()
        if let delay {
            // Ctrl-C only once the program has started talking: on a busy machine a fixed delay could land before
            // it has set up its handler, which would test nothing.
            stdout.append(out.fileHandleForReading.availableData)
            Thread.sleep(forTimeInterval: delay)
            process.interrupt()
        }
        stdout.append(out.fileHandleForReading.readDataToEndOfFile())
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// The JSON a command printed, as plain Foundation values.
    static func json(_ arguments: String...) throws -> Any {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return try JSONSerialization.jsonObject(with: data)
    }
}

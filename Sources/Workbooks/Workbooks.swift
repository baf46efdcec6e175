import Foundation
import Campaign
import Consolidation

/// What every workbook the tool writes needs besides its data.
public struct WorkbookContext: Sendable {
    /// The campaign: organisation lines for the heading, award forms (the list's sections), units, time zone.
    public var campaign: Campaign
    /// The award year.
    public var year: Int
    /// The language of labels and messages.
    public var language: Language
    /// The day printed in the place-and-date line (the run's day in the campaign's time zone, or the day of
    /// `SOURCE_DATE_EPOCH`).
    public var printDay: (year: Int, month: Int, day: Int)
    /// The document's creation time: 00:00 of `printDay` in the campaign's time zone.
    public var createdAt: Date

    /// Gathers what every workbook needs besides its data.
    public init(campaign: Campaign, year: Int, language: Language, printDay: (year: Int, month: Int, day: Int), createdAt: Date) {
        self.campaign = campaign; self.year = year; self.language = language; self.printDay = printDay; self.createdAt = createdAt
    }
}

/// Error writing a workbook (libxlsxwriter's error, or the file system's).
public struct WorkbookWriteError: Error, Sendable, CustomStringConvertible {
    /// What went wrong, with libxlsxwriter's own error string when it reported one.
    public var description: String
    /// An error with its description.
    public init(_ description: String) { self.description = description }
}


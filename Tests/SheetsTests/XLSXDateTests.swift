import Testing
@testable import Sheets

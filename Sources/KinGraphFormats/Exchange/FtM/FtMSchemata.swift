/// The schema names of the FollowTheMoney model (followthemoney 4.x), to tell an
/// entity KinGraph does not map (skipped, counted) from one that is not FtM at all.
enum FtMSchemata {
    static let all: Set<String> = [
        "Address", "Airplane", "Analyzable", "Article", "Asset", "Associate", "Audio", "BankAccount", "Call",
        "CallForTenders", "Company", "Contract", "ContractAward", "Control", "CourtCase", "CourtCaseParty",
        "CryptoWallet", "Debt", "Directorship", "Document", "Documentation", "EconomicActivity", "Email",
        "Employment", "Event", "Family", "Folder", "HyperText", "Identification", "Image", "Interest", "Interval",
        "LegalEntity", "License", "Membership", "Mention", "Message", "Note", "Occupancy", "Organization",
        "Ownership", "Package", "Page", "Pages", "Passport", "Payment", "Person", "PlainText", "Position", "Project",
        "ProjectParticipant", "PublicBody", "RealEstate", "Representation", "Risk", "Sanction", "Security",
        "Similar", "Succession", "Table", "TaxRoll", "Territory", "Thing", "Trip", "UnknownLink", "UserAccount",
        "Value", "Vehicle", "Vessel", "Video", "Workbook",
    ]

    /// `Document` and the schemata that extend it: what a source can be.
    static let documents: Set<String> = [
        "Article", "Audio", "Document", "Email", "Folder", "HyperText", "Image", "Message", "Package", "Pages",
        "PlainText", "Table", "Video", "Workbook",
    ]

    /// Documents that are recordings or pictures: `media` sources.
    static let media: Set<String> = ["Audio", "Image", "Video"]
}

import Foundation
import PlexusRuntime
import Testing

/// Optional members that are not nullable: clients read `null` as absent, the server stubs' strict decoder refuses it.
@Suite struct ObjectDecodingTests {
    struct Bank: Decodable, Equatable {
        var id: String
        var creditorID: String?
        var updated: Date?

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: DynamicCodingKey.self)
            id = try container.read(String.self, at: "id")
            creditorID = try container.readIfPresent(String.self, at: "sepa_creditor_id")
            updated = try container.readDateTimeIfPresent(at: "updated_at")
        }
    }

    @Test func leniencyForClientsStrictnessForServers() throws {
        let withNull = Data(#"{"id": "B1.1", "sepa_creditor_id": null, "updated_at": null}"#.utf8)
        let lenient = try JSONDecoder().decode(Bank.self, from: withNull)
        #expect(lenient.creditorID == nil)
        #expect(lenient.updated == nil)
        #expect(throws: DecodingError.self) { try StrictJSONDecoder.make().decode(Bank.self, from: withNull) }
        // Date-times stay lenient: generated code reads required nullable ones with the same function.
        let dateNull = Data(#"{"id": "B1.1", "updated_at": null}"#.utf8)
        #expect(try StrictJSONDecoder.make().decode(Bank.self, from: dateNull).updated == nil)
        let absent = try StrictJSONDecoder.make().decode(Bank.self, from: Data(#"{"id": "B1.1"}"#.utf8))
        #expect(absent.creditorID == nil)
        let present = try StrictJSONDecoder.make().decode(
            Bank.self, from: Data(#"{"id": "B1.1", "sepa_creditor_id": "DE98ZZZ09999999999"}"#.utf8))
        #expect(present.creditorID == "DE98ZZZ09999999999")
    }
}

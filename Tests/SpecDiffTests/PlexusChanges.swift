/// A change to the Plexus spec per check that Plexus can show, with the findings each must cause; together they
/// make one copy of the spec with all of them. `PlexusChanges.notApplicable` names the checks Plexus has nothing
/// for, and why.
enum PlexusChanges {
    typealias Edit = PlexusChange.Edit

    static func edit(_ scope: PlexusChange.Scope, _ find: String, _ replace: String) -> Edit {
        Edit(scope: scope, find: find, replace: replace)
    }

    static func op(_ id: String, _ find: String, _ replace: String) -> Edit { edit(.operation(id), find, replace) }
    static func schema(_ name: String, _ find: String, _ replace: String) -> Edit {
        edit(.component("schemas", name), find, replace)
    }

    /// Checks no change of the Plexus spec shows, with the reason.
    static let notApplicable: [String: String] = [
        "parameter-became-optional": "Plexus has no required query, header or cookie parameter to relax",
        "request-property-became-non-nullable": "no request property of Plexus is nullable",
        "response-media-type-removed": "every Plexus response has one media type",
        "request-discriminator-changed": "no request union of Plexus has a discriminator",
        "security-scope-removed": "no Plexus operation requires a scope",
        "server-variable-changed": "the Plexus servers have no variables",
        "response-header-removed": "Plexus documents one response header, which response-header-type-changed changes",
        "response-header-became-optional": "the one Plexus response header, Retry-After, is optional",
        "response-header-became-required":
            "Plexus documents one response header, which response-header-type-changed changes",
    ]

    static let all: [PlexusChange] = [
        // Operations
        .init(
            "operation-removed", [op("deleteNotification", "    delete:\n", "    x-removed-delete:\n")],
            expect: [
                "operation-removed breaking", "swift-method-removed breaking", "swift-requirement-removed breaking",
            ]),
        .init(
            "operation-added",
            [
                edit(
                    .document, "  /version:\n    get:\n",
                    "  /version:\n    head:\n      operationId: checkVersion\n      security: []\n      responses:\n"
                        + "        '200':\n          description: OK\n    get:\n")
            ],
            expect: ["operation-added compatible", "swift-method-added compatible", "swift-requirement-added breaking"]),
        .init(
            "operation-moved", [edit(.document, "  /auth/revoke:\n", "  /auth/token/revoke:\n")],
            expect: ["operation-moved breaking"]),
        .init(
            "operation-id-changed", [op("deleteUser", "operationId: deleteUser", "operationId: removeUser")],
            expect: [
                "operation-id-changed compatible", "swift-method-renamed breaking", "swift-requirement-added breaking",
            ]),
        .init(
            "operation-deprecated",
            [op("getUser", "      operationId: getUser\n", "      operationId: getUser\n      deprecated: true\n")],
            expect: ["operation-deprecated compatible", "swift-deprecated compatible"]),
        .init(
            "path-parameter-renamed",
            [
                edit(.document, "  /rest/banks/{bank-id}:\n", "  /rest/banks/{bank}:\n"),
                edit(.document, "  /rest/banks/{bank-id}/remove_pin:\n", "  /rest/banks/{bank}/remove_pin:\n"),
                edit(.component("parameters", "BankID"), "name: bank-id", "name: bank"),
            ],
            expect: Array(repeating: "path-parameter-renamed compatible", count: 3)
                + Array(repeating: "swift-argument-renamed breaking", count: 3)
                + Array(repeating: "swift-property-removed breaking", count: 3)
                + Array(repeating: "swift-property-added compatible", count: 3)),

        // Parameters
        .init(
            "parameter-added-required",
            [
                op(
                    "listCatalogServices", "        - $ref: '#/components/parameters/AcceptLanguage'\n",
                    "        - $ref: '#/components/parameters/AcceptLanguage'\n        - name: provider_type\n"
                        + "          in: query\n          required: true\n          schema:\n            type: string\n"
                )
            ],
            expect: [
                "parameter-added-required breaking", "swift-argument-added breaking", "swift-property-added compatible",
            ]),
        .init(
            "parameter-added-optional",
            [
                op(
                    "listCatalogBanks", "        - $ref: '#/components/parameters/AcceptLanguage'\n",
                    "        - $ref: '#/components/parameters/AcceptLanguage'\n        - name: bic\n"
                        + "          in: query\n          schema:\n            type: string\n")
            ],
            expect: [
                "parameter-added-optional compatible", "swift-argument-added-with-default compatible",
                "swift-property-added compatible",
            ]),
        .init(
            "parameter-removed",
            [op("listCompleteCatalog", "        - $ref: '#/components/parameters/CatalogSearchQuery'\n", "")],
            expect: [
                "parameter-removed potentially-breaking", "swift-argument-removed breaking",
                "swift-property-removed breaking",
            ]),
        .init(
            "parameter-became-required",
            [
                op(
                    "listCatalog", "        - $ref: '#/components/parameters/CountryQuery'\n",
                    "        - name: country\n          in: query\n          required: true\n          schema:\n"
                        + "            type: string\n")
            ],
            expect: [
                "parameter-became-required breaking", "swift-argument-became-required breaking",
                "swift-property-became-non-optional breaking",
            ]),
        .init(
            "parameter-location-changed",
            [
                op(
                    "getAccountBalance", "        - $ref: '#/components/parameters/CentsQuery'\n",
                    "        - name: cents\n          in: header\n          schema:\n            type: boolean\n"
                        + "            default: false\n")
            ],
            expect: ["parameter-location-changed breaking"]),
        .init(
            "parameter-style-changed",
            [
                op(
                    "listStandingOrders", "        - $ref: '#/components/parameters/AccountsFilter'\n",
                    "        - name: accounts\n          in: query\n          style: form\n          explode: true\n"
                        + "          schema:\n            type: array\n            items:\n"
                        + "              $ref: '#/components/schemas/AccountID'\n")
            ],
            expect: ["parameter-style-changed breaking"]),
        .init(
            "parameter-type-changed",
            [
                op(
                    "getTransaction", "        - $ref: '#/components/parameters/CentsQuery'\n",
                    "        - name: cents\n          in: query\n          schema:\n            type: integer\n"
                        + "            default: 0\n")
            ],
            expect: [
                "parameter-type-changed breaking", "parameter-default-changed potentially-breaking",
                "swift-argument-type-changed breaking", "swift-property-type-changed breaking",
            ]),
        .init(
            "parameter-format-changed",
            [
                op(
                    "listPayments", "        - $ref: '#/components/parameters/CountQuery'\n",
                    "        - name: count\n          in: query\n          schema:\n            type: integer\n"
                        + "            format: int64\n            default: 1000\n")
            ],
            expect: [
                "parameter-format-changed compatible", "swift-argument-type-changed breaking",
                "swift-property-type-changed breaking",
            ]),
        .init(
            "parameter-enum-value-added",
            [
                edit(
                    .component("parameters", "TransactionSinceTypeQuery"), "          - modified\n",
                    "          - modified\n          - valued\n")
            ],
            expect: [
                "parameter-enum-value-added potentially-breaking", "swift-enum-case-added potentially-breaking",
            ]),
        .init(
            "parameter-enum-value-removed",
            [edit(.component("parameters", "SecuritySinceTypeQuery"), "          - modified\n", "")],
            expect: [
                "parameter-enum-value-removed breaking", "swift-enum-case-removed breaking",
            ]),
        .init(
            "parameter-default-changed",
            [
                op(
                    "listPaymentsOfAccount", "        - $ref: '#/components/parameters/OffsetQuery'\n",
                    "        - name: offset\n          in: query\n          schema:\n            type: integer\n"
                        + "            default: 10\n")
            ],
            expect: ["parameter-default-changed potentially-breaking"]),
        .init(
            "parameter-deprecated",
            [
                op(
                    "listSecurities", "        - $ref: '#/components/parameters/SinceQuery'\n",
                    "        - name: since\n          in: query\n          deprecated: true\n          schema:\n"
                        + "            type: string\n")
            ],
            expect: ["parameter-deprecated compatible"]),

        // Request bodies
        .init(
            "request-body-added-required",
            [
                op(
                    "deleteAccount", "      responses:\n",
                    "      requestBody:\n        required: true\n        content:\n          application/json:\n"
                        + "            schema:\n              $ref: '#/components/schemas/Currency'\n      responses:\n"
                )
            ],
            expect: [
                "request-body-added-required breaking", "swift-argument-added breaking",
                "swift-property-added compatible",
            ]),
        .init(
            "request-body-added-optional",
            [
                op(
                    "removePINFromProviderAccess", "      responses:\n",
                    "      requestBody:\n        content:\n          application/json:\n"
                        + "            schema:\n              $ref: '#/components/schemas/Currency'\n      responses:\n"
                )
            ],
            expect: [
                "request-body-added-optional compatible", "swift-argument-added-with-default compatible",
                "swift-property-added compatible",
            ]),
        .init(
            "request-body-removed",
            [
                op(
                    "updateNotification",
                    "      requestBody:\n        $ref: '#/components/requestBodies/UpdateNotification'\n", "")
            ],
            expect: [
                "request-body-removed potentially-breaking", "swift-argument-removed breaking",
                "swift-property-removed breaking",
            ]),
        .init(
            "request-body-became-required",
            [
                edit(
                    .component("requestBodies", "CreateSynchronization"), "      required: false\n",
                    "      required: true\n")
            ],
            expect: [
                "request-body-became-required breaking", "swift-argument-became-required breaking",
                "swift-property-became-non-optional breaking",
            ]),
        .init(
            "request-body-became-optional",
            [edit(.component("requestBodies", "UpdateBank"), "      required: true\n", "      required: false\n")],
            expect: [
                "request-body-became-optional potentially-breaking", "swift-argument-became-optional compatible",
                "swift-property-became-optional breaking",
            ]),
        .init(
            "request-media-type-added",
            [
                edit(
                    .component("requestBodies", "CreatePayment"),
                    "            $ref: '#/components/schemas/PaymentInput'\n",
                    "            $ref: '#/components/schemas/PaymentInput'\n"
                        + "        application/x-www-form-urlencoded:\n          schema:\n"
                        + "            $ref: '#/components/schemas/Version'\n")
            ],
            expect: ["request-media-type-added compatible"]),
        .init(
            // A second media type beside JSON of a body whose schema is inline: the JSON body's type keeps its name
            // (`UpdateUserRequest`), so the Swift API does not change.
            "request-media-type-added-beside-an-inline-schema",
            [
                edit(
                    .component("requestBodies", "UpdateUser"), "          example:\n",
                    "        text/plain:\n          schema:\n            type: string\n          example:\n")
            ],
            expect: ["request-media-type-added compatible"]),
        .init(
            "request-media-type-removed",
            [
                edit(
                    .component("requestBodies", "SolveChallenge"), "        application/json:\n",
                    "        application/jose+json:\n")
            ],
            expect: ["request-media-type-removed breaking", "request-media-type-added compatible"]),
        .init(
            "request-body-type-changed",
            [
                edit(
                    .component("requestBodies", "CreateNotification"),
                    "            $ref: '#/components/schemas/NotificationInput'\n",
                    "            type: array\n            items:\n"
                        + "              $ref: '#/components/schemas/NotificationInput'\n")
            ],
            expect: [
                "request-body-type-changed breaking", "swift-argument-type-changed breaking",
                "swift-property-type-changed breaking",
            ]),
        .init(
            "request-property-added-required",
            [
                edit(
                    .component("requestBodies", "RevokeToken"), "              - token\n",
                    "              - token\n              - token_type_hint\n"),
                edit(
                    .component("requestBodies", "RevokeToken"), "            properties:\n",
                    "            properties:\n              token_type_hint:\n                type: string\n"),
            ],
            expect: [
                "request-property-added-required breaking", "swift-property-added compatible",
                "swift-initializer-changed breaking",
            ]),
        .init(
            "request-property-added-optional",
            [
                edit(
                    .component("requestBodies", "UpdateBank"), "            properties:\n",
                    "            properties:\n              nickname:\n                type: string\n")
            ],
            expect: ["request-property-added-optional compatible", "swift-property-added compatible"]),
        .init(
            "request-property-removed",
            [
                edit(
                    .component("requestBodies", "CreateUser"),
                    "              language:\n                $ref: '#/components/schemas/LanguageCode'\n", "")
            ],
            expect: [
                "request-property-removed potentially-breaking", "swift-property-removed breaking",
                "swift-initializer-changed breaking",
            ]),
        .init(
            "request-property-became-required",
            [
                schema("PaymentInput", "        - purpose\n", "        - purpose\n        - iban\n")
            ],
            expect: [
                "request-property-became-required breaking", "swift-property-became-non-optional breaking",
                "swift-initializer-changed breaking",
            ]),
        .init(
            "request-property-became-optional",
            [edit(.component("requestBodies", "CreateUser"), "              - password\n", "")],
            expect: [
                "request-property-became-optional potentially-breaking", "swift-property-became-optional breaking",
            ]),
        .init(
            "request-property-type-changed",
            [
                edit(
                    .component("requestBodies", "UpdateBank"),
                    "              sepa_creditor_id:\n                type: string\n",
                    "              sepa_creditor_id:\n                type: integer\n")
            ],
            expect: ["request-property-type-changed breaking", "swift-property-type-changed breaking"]),
        .init(
            "request-property-format-changed",
            [
                edit(
                    .component("requestBodies", "CreateSynchronization"),
                    "                type: string\n                format: uri\n",
                    "                type: string\n                format: uuid\n")
            ],
            expect: ["request-property-format-changed breaking", "swift-property-type-changed breaking"]),
        .init(
            "request-property-became-nullable",
            [
                edit(
                    .component("requestBodies", "RevokeToken"), "              token:\n                type: string\n",
                    "              token:\n                type: string\n                nullable: true\n")
            ],
            expect: [
                "request-property-became-nullable potentially-breaking", "swift-property-became-optional breaking",
            ]),
        .init(
            "request-enum-value-added",
            [schema("SyncScope", "        - ACCOUNTS\n", "        - ACCOUNTS\n        - SECURITIES\n")],
            expect: ["request-enum-value-added potentially-breaking", "swift-enum-case-added potentially-breaking"]),
        .init(
            "request-enum-value-removed",
            [schema("PaymentType", "        - Direct debit\n", "")],
            expect: [
                "request-enum-value-removed breaking", "response-enum-value-removed compatible",
                "swift-enum-case-removed breaking",
            ]),
        .init(
            "request-variant-added",
            [
                op(
                    "createAccessToken", "                - $ref: '#/components/schemas/AuthorizationCodeRequest'\n",
                    "                - $ref: '#/components/schemas/AuthorizationCodeRequest'\n"
                        + "                - $ref: '#/components/schemas/Version'\n")
            ],
            expect: ["request-variant-added potentially-breaking", "swift-union-case-added potentially-breaking"]),
        .init(
            "request-variant-removed",
            [schema("CredentialsInput", "        - $ref: '#/components/schemas/CredentialsJWE'\n", "")],
            expect: ["request-variant-removed breaking", "swift-union-case-removed breaking"]),

        // Responses
        .init(
            "response-status-added",
            [
                op(
                    "getBank", "        '404':\n",
                    "        '423':\n          $ref: '#/components/responses/ResourceBusy'\n        '404':\n")
            ],
            expect: ["response-status-added compatible", "swift-output-case-added potentially-breaking"]),
        .init(
            "response-success-status-added",
            [
                op(
                    "deletePayment", "        '204':\n",
                    "        '200':\n          $ref: '#/components/responses/PaymentDetails'\n        '204':\n")
            ],
            expect: [
                "response-status-added potentially-breaking", "swift-output-case-added potentially-breaking",
                "swift-return-type-changed breaking",
            ]),
        .init(
            "response-status-removed",
            [op("getNotification", "        '404':\n          $ref: '#/components/responses/NotFound'\n", "")],
            expect: ["response-status-removed compatible", "swift-output-case-removed breaking"]),
        .init(
            "response-media-type-added",
            [
                edit(
                    .component("responses", "Version"), "      content:\n",
                    "      content:\n        application/xml:\n          schema:\n"
                        + "            $ref: '#/components/schemas/Version'\n")
            ],
            expect: ["response-media-type-added compatible"]),
        .init(
            "response-body-type-changed",
            [
                edit(
                    .component("responses", "SecurityDetails"), "            $ref: '#/components/schemas/Security'\n",
                    "            type: array\n            items:\n              $ref: '#/components/schemas/Security'\n"
                )
            ],
            expect: [
                "response-body-type-changed breaking", "swift-return-type-changed breaking",
                "swift-case-payload-changed breaking",
            ]),
        .init(
            "response-property-added",
            [
                schema(
                    "Version", "        version:\n",
                    "        build:\n          type: string\n          description: Build.\n        version:\n")
            ],
            expect: ["response-property-added compatible", "swift-property-added compatible"]),
        .init(
            "response-property-removed",
            [
                schema(
                    "User",
                    "        created_at:\n          type: string\n          format: date-time\n"
                        + "          description: Time the user was created.\n", "")
            ],
            // `created_at` was optional: code reading it already handled its absence.
            expect: [
                "response-property-removed potentially-breaking", "swift-property-removed breaking",
                "swift-initializer-changed breaking",
            ]),
        .init(
            "response-property-became-optional",
            [schema("Version", "      required:\n        - version\n", "")],
            expect: ["response-property-became-optional breaking", "swift-property-became-optional breaking"]),
        .init(
            "response-property-became-required",
            [schema("Bank", "        - bank_id\n", "        - bank_id\n        - save_pin\n")],
            expect: [
                "response-property-became-required compatible", "swift-property-became-non-optional breaking",
                "swift-initializer-changed breaking",
            ]),
        .init(
            "response-property-type-changed",
            [schema("User", "        id:\n          type: string\n", "        id:\n          type: integer\n")],
            expect: ["response-property-type-changed breaking", "swift-property-type-changed breaking"]),
        .init(
            "response-property-format-changed",
            [
                schema(
                    "SyncStatus", "        synced_at:\n          type: string\n          format: date-time\n",
                    "        synced_at:\n          type: string\n          format: date\n")
            ],
            expect: ["response-property-format-changed breaking", "swift-property-type-changed breaking"]),
        .init(
            "response-property-became-nullable",
            [
                schema(
                    "Bank", "        sepa_creditor_id:\n          type: string\n",
                    "        sepa_creditor_id:\n          type: string\n          nullable: true\n")
            ],
            expect: ["response-property-became-nullable breaking", "swift-property-type-changed breaking"]),
        .init(
            "response-property-became-non-nullable",
            [schema("Category", "          nullable: true\n", "")],
            expect: ["response-property-became-non-nullable compatible", "swift-property-type-changed breaking"]),
        .init(
            "response-enum-value-added",
            [schema("ChallengeType", "        - DECOUPLED\n", "        - DECOUPLED\n        - OAUTH\n")],
            expect: ["response-enum-value-added potentially-breaking", "swift-enum-case-added potentially-breaking"]),
        .init(
            "response-enum-value-removed",
            [schema("AccessMethodType", "        - SCRAPING\n", "")],
            expect: ["response-enum-value-removed compatible", "swift-enum-case-removed breaking"]),
        .init(
            "response-variant-removed",
            [
                schema("Challenge", "        - $ref: '#/components/schemas/DecoupledChallenge'\n", ""),
                schema("Challenge", "          DECOUPLED: '#/components/schemas/DecoupledChallenge'\n", ""),
            ],
            expect: ["response-variant-removed compatible", "swift-union-case-removed breaking"]),
        .init(
            "response-variant-added",
            [
                schema(
                    "Challenge", "        - $ref: '#/components/schemas/RedirectChallenge'\n",
                    "        - $ref: '#/components/schemas/RedirectChallenge'\n"
                        + "        - $ref: '#/components/schemas/ChallengeBase'\n"),
                schema(
                    "Challenge", "          EMBEDDED: '#/components/schemas/EmbeddedChallenge'\n",
                    "          EMBEDDED: '#/components/schemas/EmbeddedChallenge'\n"
                        + "          GENERIC: '#/components/schemas/ChallengeBase'\n"),
            ],
            expect: ["response-variant-added potentially-breaking", "swift-union-case-added potentially-breaking"]),
        .init(
            "response-discriminator-changed",
            [
                schema(
                    "Challenge", "          REDIRECT: '#/components/schemas/RedirectChallenge'\n",
                    "          REDIRECTION: '#/components/schemas/RedirectChallenge'\n")
            ],
            expect: ["response-discriminator-changed breaking"]),
        .init(
            "response-header-added",
            [
                edit(
                    .component("responses", "Version"), "      description: OK\n",
                    "      description: OK\n      headers:\n        X-Request-ID:\n          schema:\n"
                        + "            type: string\n")
            ],
            expect: ["response-header-added compatible", "swift-case-payload-changed breaking"]),
        .init(
            "response-header-type-changed",
            [
                edit(
                    .component("responses", "ResourceBusy"), "            type: integer\n            minimum: 0\n",
                    "            type: string\n")
            ],
            // One shared 423 response: one contract finding, and the `locked` case of every operation using it.
            expect: ["response-header-type-changed breaking"]
                + Array(repeating: "swift-case-payload-changed breaking", count: 15)),

        // Security
        .init(
            "security-scheme-added",
            [
                edit(
                    .document, "  securitySchemes:\n",
                    "  securitySchemes:\n    api_key:\n      type: apiKey\n      in: header\n      name: X-API-Key\n")
            ],
            expect: ["security-scheme-added compatible", "swift-property-added compatible"]),
        .init(
            // The operations that used it take the other scheme instead.
            "security-scheme-removed",
            [
                edit(
                    .component("securitySchemes", "client_auth"),
                    "    client_auth:\n      type: http\n      scheme: basic\n      description: |-\n"
                        + "        HTTP basic authentication with the client credentials of your application: the client ID\n"
                        + "        as username and the client secret as password. Used to create users and access tokens.\n",
                    ""),
                op("createAccessToken", "        - client_auth: []\n", "        - user_auth: []\n"),
                op("createUser", "        - client_auth: []\n", "        - user_auth: []\n"),
                op("revokeToken", "        - client_auth: []\n", "        - user_auth: []\n"),
                op("listCompleteCatalog", "        - client_auth: []\n", "        - user_auth: []\n"),
            ],
            // Each of the four operations requires the other scheme now.
            expect: ["security-scheme-removed potentially-breaking", "swift-property-removed breaking"]
                + Array(repeating: "security-requirement-added breaking", count: 4)
                + Array(repeating: "security-requirement-removed potentially-breaking", count: 4)),
        .init(
            "security-scheme-changed",
            [
                edit(
                    .component("securitySchemes", "user_auth"), "      type: oauth2\n",
                    "      type: openIdConnect\n      openIdConnectUrl: https://plexus.me/.well-known/openid-configuration\n"
                )
            ],
            expect: ["security-scheme-changed breaking"]),
        .init(
            "security-requirement-added",
            [op("getVersion", "      security: []\n", "      security:\n        - user_auth: []\n")],
            expect: ["security-requirement-added breaking"]),
        .init(
            "security-requirement-removed",
            [op("listAccounts", "      security:\n        - user_auth: []\n", "      security: []\n")],
            expect: ["security-requirement-removed potentially-breaking"]),
        .init(
            "security-scope-added",
            [
                op(
                    "listProviderAccesses", "        - user_auth: []\n",
                    "        - user_auth:\n            - accounts=ro\n")
            ],
            expect: ["security-scope-added breaking"]),

        // Servers
        .init(
            "server-added",
            [
                edit(
                    .document, "    description: Staging system\n",
                    "    description: Staging system\n  - url: https://sandbox.plexus.me\n")
            ],
            expect: ["server-added compatible"]),
        .init(
            "server-removed",
            [edit(.document, "  - url: https://staging.plexus.me\n    description: Staging system\n", "")],
            expect: ["server-removed potentially-breaking"]),

        // Schemas and the Swift API alone
        .init(
            "schema-renamed",
            [
                edit(.everywhere, "#/components/schemas/Language'", "#/components/schemas/CatalogLanguages'"),
                edit(.document, "\n    Language:\n", "\n    CatalogLanguages:\n"),
            ],
            expect: ["schema-renamed compatible", "swift-type-renamed breaking"]),
        .init(
            "swift-type-added",
            [
                edit(
                    .document, "\n  schemas:\n",
                    "\n  schemas:\n    Owner:\n      type: object\n      properties:\n        name:\n"
                        + "          type: string\n")
            ],
            expect: ["swift-type-added compatible"]),
        .init(
            "swift-type-removed",
            [
                schema(
                    "Consent", "            $ref: '#/components/schemas/ConsentScope'\n", "            type: string\n"),
                edit(
                    .document,
                    "    ConsentScope:\n      type: string\n      description: Kind of data a consent covers.\n"
                        + "      enum:\n        - ACCOUNTS\n        - BALANCES\n        - TRANSACTIONS\n"
                        + "      example: TRANSACTIONS\n", ""),
            ],
            expect: [
                "request-property-type-changed breaking", "response-property-type-changed breaking",
                "swift-type-removed breaking", "swift-property-type-changed breaking",
            ]),
        .init(
            "swift-type-kind-changed",
            [schema("CountryCode", "      pattern: '^[A-Z]{2}$'\n", "      enum:\n        - DE\n        - AT\n")],
            // Two catalog schemas have a `country`.
            expect: [
                "response-property-type-changed breaking", "response-property-type-changed breaking",
                "swift-type-kind-changed breaking",
            ]),
        .init(
            "swift-arguments-reordered",
            [
                op(
                    "getStandingOrder",
                    "        - $ref: '#/components/parameters/AccountsFilter'\n"
                        + "        - $ref: '#/components/parameters/CentsQuery'\n",
                    "        - $ref: '#/components/parameters/CentsQuery'\n"
                        + "        - $ref: '#/components/parameters/AccountsFilter'\n")
            ],
            expect: ["swift-arguments-reordered breaking"]),
    ]
}

import Foundation
import PlexusAPI
import PlexusRuntime

/// What a completed synchronization brings, as the demo providers would report it: on an access's first
/// synchronization its accounts (the demo bank: a giro account with the spec's IBAN, a savings account and a depot;
/// PayPal: one account) with a few months of transactions, standing orders and securities; on later ones, a new
/// card payment on the first account. Amounts are fixed; dates count back from the synchronization.
extension UserState {
    /// Applies a completed synchronization's effect and returns the notifications it triggers.
    mutating func completeSynchronization(access index: Int, sync: Int, now: Date) -> [Delivery] {
        let syncID = accesses[index].synchronizations[sync].id
        var deliveries: [Delivery] = []
        let number = accesses[index].number
        if !accesses[index].everSynchronized {
            accesses[index].everSynchronized = true
            openAccounts(access: index, now: now)
            for template in DemoLedger.history(provider: accesses[index].method.provider) {
                book(template, account: "A\(number).1", synchronization: syncID, now: now)
            }
            if accesses[index].method.provider == .demobank {
                book(DemoLedger.interest, account: "A\(number).2", synchronization: syncID, now: now)
                addStandingOrders(account: "A\(number).1", now: now)
                addSecurities(account: "A\(number).3", now: now)
            }
        } else {
            book(DemoLedger.cardPayment, account: "A\(number).1", synchronization: syncID, now: now)
        }
        let status = SyncStatus(syncedAt: now, succeededAt: now)
        lastSync = status
        for record in accounts.indices where accounts[record].accessID == accesses[index].access.id {
            accounts[record].account.status = status
            accounts[record].account.balance?.status = status
            deliveries += notifications(observing: "/rest/accounts/\(accounts[record].account.accountID)/transactions")
        }
        deliveries += notifications(observing: "/rest/transactions")
        return deliveries
    }

    /// Books an executed payment on its account: a booked outgoing transaction, the balance lowered.
    mutating func executePayment(_ index: Int, now: Date) -> [Delivery] {
        let payment = payments[index].payment
        counters.transaction += 1
        let transactionID = "T\(counters.transaction)"
        transactions.append(
            TransactionRecord(
                transaction: Transaction(
                    transactionID: transactionID, accountID: payment.accountID, name: payment.name,
                    bankName: payment.bankName, iban: payment.iban, bic: payment.bic, amount: -payment.amount,
                    currency: payment.currency, purpose: payment.purpose, type: .transfer, booked: true,
                    bookedAt: OpenAPIDate(now), settledAt: OpenAPIDate(now), createdAt: now, modifiedAt: now,
                    endToEndReference: payment.paymentID),
                synchronizationID: nil, sequence: counters.transaction))
        payments[index].payment.submittedAt = now
        payments[index].payment.modifiedAt = now
        payments[index].payment.transactionID = transactionID
        var deliveries = notifications(observing: "/rest/transactions")
        deliveries += notifications(observing: "/rest/accounts/\(payment.accountID)/transactions")
        if let record = accounts.firstIndex(where: { $0.account.accountID == payment.accountID }) {
            let balance = (accounts[record].account.balance?.balance ?? 0) - payment.amount
            accounts[record].account.balance?.balance = balance
            accounts[record].account.balance?.balanceDate = now
            deliveries += notifications(observing: "/rest/accounts/\(payment.accountID)/balance").filter {
                DemoLedger.inferiorLimit(of: $0.notification.observeKey).map { balance < $0 } ?? true
            }
        }
        return deliveries
    }

    private mutating func openAccounts(access index: Int, now: Date) {
        let access = accesses[index]
        let number = access.number
        let owner = user.fullName ?? "Demo User"
        let sepa = PaymentParameters(
            allowedRecipients: [], canBeRecurring: true, canBeScheduled: true, maxPurposeLength: 140,
            supportedTextKeys: [51, 53])
        func account(_ suffix: Int, type: AccountType, name: String, iban: String?, balance: Decimal, payments: Bool)
            -> AccountRecord
        {
            AccountRecord(
                account: Account(
                    accountID: "A\(number).\(suffix)", accessID: access.access.id,
                    accountNumber: iban.map { String($0.suffix(10)) },
                    bankCode: iban.map { _ in DemoCatalog.demoBankCode },
                    iban: iban, bic: iban.map { _ in DemoCatalog.demoBIC },
                    bankName: access.method.provider == .demobank ? "Demobank" : "PayPal", icon: DemoCatalog.icon,
                    name: name, owner: owner, type: type, currency: "EUR",
                    balance: AccountBalance(balance: balance, balanceDate: now), autoSync: false,
                    savePIN: access.access.savePIN ?? false,
                    supportedPayments: payments ? ["SEPA transfer": sepa, "SEPA standing order": sepa] : [:]),
                accessID: access.access.id)
        }
        switch access.method.provider {
        case .demobank:
            // Each access of the same user gets its own account numbers; the first has the spec's demo IBAN.
            let giro = number == 1 ? DemoCatalog.demoIBAN : DemoLedger.iban(accountNumber: 4_711_951_500 + number * 10)
            accounts.append(
                account(
                    1, type: .giroAccount, name: "Girokonto", iban: giro, balance: Money.exact("1523.47"),
                    payments: true))
            accounts.append(
                account(
                    2, type: .savingsAccount, name: "Tagesgeld",
                    iban: DemoLedger.iban(accountNumber: 4_711_951_501 + number * 10), balance: 10_000, payments: false)
            )
            accounts.append(
                account(3, type: .depot, name: "Depot", iban: nil, balance: Money.exact("8250.30"), payments: false))
        case .paypal:
            accounts.append(
                account(1, type: .payPal, name: "PayPal", iban: nil, balance: Money.exact("42.5"), payments: false))
        }
    }

    private mutating func book(_ template: DemoLedger.Template, account: String, synchronization: UUID?, now: Date) {
        counters.transaction += 1
        let booked = Calendar(identifier: .gregorian).date(byAdding: .day, value: -template.daysAgo, to: now) ?? now
        transactions.append(
            TransactionRecord(
                transaction: Transaction(
                    transactionID: "T\(counters.transaction)", accountID: account, name: template.name,
                    iban: template.iban, amount: template.amount, currency: "EUR", purpose: template.purpose,
                    type: template.type, booked: template.booked, bookedAt: template.booked ? OpenAPIDate(booked) : nil,
                    createdAt: now, modifiedAt: now,
                    categories: template.category.map { [Category(id: $0.id, parentID: .value(0), name: $0.name)] }),
                synchronizationID: synchronization, sequence: counters.transaction))
    }

    private mutating func addStandingOrders(account: String, now: Date) {
        for (name, amount, interval, day) in [
            ("Hausverwaltung Muster", Decimal(850), StandingOrderInterval.monthly, 1),
            ("Sparplan", Decimal(100), .quarterly, 15),
        ] {
            counters.standingOrder += 1
            standingOrders.append(
                StandingOrder(
                    standingOrderID: "S\(counters.standingOrder)", accountID: account,
                    iban: DemoLedger.iban(accountNumber: 1_234_567_890), name: name,
                    purpose: "\(name) \(interval.rawValue)",
                    amount: amount, currency: "EUR", interval: interval, executionDay: day,
                    firstExecutionDate: OpenAPIDate(now), createdAt: now, modifiedAt: now))
        }
    }

    private mutating func addSecurities(account: String, now: Date) {
        for (name, isin, quantity, price) in [
            ("iShares Core MSCI World", "IE00B4L5Y983", Decimal(50), Money.exact("98.41")),
            ("Demo AG", "DE0005557508", Decimal(120), Money.exact("27.75")),
        ] {
            counters.security += 1
            securities.append(
                Security(
                    securityID: "W\(counters.security)", accountID: account, name: name, isin: isin,
                    wkn: String(isin.dropFirst(5).prefix(6)), market: "XETRA", currency: "EUR", quantity: quantity,
                    amount: quantity * price, price: price, priceCurrency: "EUR", tradedAt: now, createdAt: now,
                    modifiedAt: now))
        }
    }
}

/// The demo providers' fixed history.
enum DemoLedger {
    /// A transaction to book, relative to the synchronization's date.
    struct Template {
        var name: String
        var iban: String?
        var amount: Decimal
        var purpose: String
        var type: TransactionType
        var daysAgo: Int
        var booked = true
        var category: (id: Int, name: String)?
    }

    static func history(provider: DemoCatalog.Provider) -> [Template] {
        switch provider {
        case .demobank:
            [
                Template(
                    name: "Muster GmbH", iban: iban(accountNumber: 9_876_543_210), amount: 3250,
                    purpose: "Gehalt Oktober",
                    type: .salaryOrRent, daysAgo: 28, category: (1, "Income")),
                Template(
                    name: "Hausverwaltung Muster", iban: iban(accountNumber: 1_234_567_890), amount: -850,
                    purpose: "Miete / rent November", type: .standingOrder, daysAgo: 27, category: (2, "Housing")),
                Template(
                    name: "Stadtwerke", amount: Money.exact("-64.2"), purpose: "Abschlag Strom", type: .directDebit,
                    daysAgo: 20,
                    category: (3, "Utilities")),
                Template(
                    name: "Supermarkt", amount: Money.exact("-54.87"), purpose: "Kartenzahlung", type: .transfer,
                    daysAgo: 12,
                    category: (4, "Groceries")),
                Template(
                    name: "Demobank", amount: Money.exact("-4.9"), purpose: "Kontofuehrung", type: .chargesOrInterest,
                    daysAgo: 3,
                    category: (5, "Fees")),
                Template(
                    name: "Anna Beispiel", iban: iban(accountNumber: 5_555_555_555), amount: 25, purpose: "Kino",
                    type: .transfer, daysAgo: 1),
                Template(
                    name: "Online Shop", amount: Money.exact("-19.99"), purpose: "Bestellung 4711", type: .transfer,
                    daysAgo: 0,
                    booked: false),
            ]
        case .paypal:
            [
                Template(
                    name: "Spotify", amount: Money.exact("-9.99"), purpose: "Premium", type: .directDebit, daysAgo: 5),
                Template(
                    name: "Anna Beispiel", amount: Money.exact("12.5"), purpose: "Pizza", type: .transfer, daysAgo: 2),
            ]
        }
    }

    static let interest = Template(
        name: "Demobank", amount: Money.exact("12.34"), purpose: "Zinsen", type: .chargesOrInterest, daysAgo: 2)
    static let cardPayment = Template(
        name: "Bäckerei", amount: Money.exact("-3.6"), purpose: "Kartenzahlung", type: .transfer, daysAgo: 0,
        category: (4, "Groceries"))

    /// A German IBAN at the demo bank for `accountNumber`, with correct check digits (ISO 13616, mod 97).
    static func iban(accountNumber: Int) -> String {
        let digits10 = String(accountNumber)
        let bban = DemoCatalog.demoBankCode + String(repeating: "0", count: max(0, 10 - digits10.count)) + digits10
        // "DE00" moved to the end, letters as numbers: D = 13, E = 14.
        let digits = bban + "131400"
        var remainder = 0
        for digit in digits.utf8 { remainder = (remainder * 10 + Int(digit - 48)) % 97 }
        let check = 98 - remainder
        return "DE" + (check < 10 ? "0" : "") + String(check) + bban
    }

    /// The `inferior_limit` of a balance observe key.
    static func inferiorLimit(of observeKey: String) -> Decimal? {
        URLComponents(string: observeKey)?.queryItems?.first { $0.name == "inferior_limit" }?.value
            .flatMap { Decimal(string: $0) }
    }
}

/// Amounts written as text, so they are exact (a `Double` literal like 19.99 is not).
enum Money {
    static func exact(_ text: String) -> Decimal {
        Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) ?? 0
    }
}

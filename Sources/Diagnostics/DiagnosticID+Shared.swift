/// Ids more than one stage reports.
extension DiagnosticID {
    /// A configuration file (`plexus-gen.yaml`, its `lint:` section) has a value of the wrong type or an unknown setting.
    public static let configInvalid = DiagnosticID("config-invalid")
}

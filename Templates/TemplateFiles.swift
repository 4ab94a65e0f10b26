public import Foundation

/// The `.mustache` templates plexus-gen renders Swift code with, shipped as resources of this target.
public enum TemplateFiles {
    /// The directory holding the built-in templates.
    public static var directory: URL? {
        Bundle.module.url(forResource: "mustache", withExtension: nil)
    }
}

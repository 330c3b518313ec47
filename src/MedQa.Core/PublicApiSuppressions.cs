using System.Diagnostics.CodeAnalysis;

// RS0027 guards adding an overload next to a shipped member with optional parameters. These two first-release
// overload sets are deliberate (the optional parameter belongs to the everyday overload); the rule stays on for the rest.
[assembly: SuppressMessage("ApiDesign", "RS0027", Justification = "First-release API shape; see the comment above.",
    Scope = "member", Target = "~M:MedQa.Serialization.MedQaJson.Serialize(MedQa.QaThread,System.Boolean)~System.String")]
[assembly: SuppressMessage("ApiDesign", "RS0027", Justification = "First-release API shape; see the comment above.",
    Scope = "member", Target = "~M:MedQa.Serialization.MedQaJsonException.#ctor(System.String,System.String,System.Exception)")]

using System.Diagnostics.CodeAnalysis;

// RS0027 guards adding an overload next to a shipped member with optional parameters. These two first-release
// overload sets are deliberate (the optional parameter belongs to the everyday overload); the rule stays on for the rest.
[assembly: SuppressMessage("ApiDesign", "RS0027", Justification = "First-release API shape; see the comment above.",
    Scope = "member", Target = "~M:MedQa.Serialization.MedQaJson.Serialize(MedQa.QaThread,System.Boolean)~System.String")]
[assembly: SuppressMessage("ApiDesign", "RS0027", Justification = "First-release API shape; see the comment above.",
    Scope = "member", Target = "~M:MedQa.Serialization.MedQaJsonException.#ctor(System.String,System.String,System.Exception)")]

// RS0026 guards against overloads with optional parameters that compete for the same call. StarRating's three
// constructors differ in the type of every numeric parameter (decimal, double, int), so a call such as
// new StarRating(4.9, 26), new StarRating(4.9m, 26) or new StarRating(5, 1) picks exactly one; the int overload
// exists so that whole numbers are not ambiguous between the other two.
[assembly: SuppressMessage("ApiDesign", "RS0026", Justification = "Overloads differ in every numeric parameter's type; see the comment above.",
    Scope = "member", Target = "~M:MedQa.StarRating.#ctor(System.Double,System.Int64,System.Double)")]
[assembly: SuppressMessage("ApiDesign", "RS0026", Justification = "Overloads differ in every numeric parameter's type; see the comment above.",
    Scope = "member", Target = "~M:MedQa.StarRating.#ctor(System.Int32,System.Int64,System.Int32)")]

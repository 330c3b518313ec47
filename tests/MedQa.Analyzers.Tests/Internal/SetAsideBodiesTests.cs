namespace MedQa.Analyzers.Tests.Internal;

/// <summary>
/// Which bodies MEDQA001 sets aside, and which of those the compilation end walks: each way a flow reaches a body
/// walks it, and a body no flow reaches stays unwalked (that is the saving). That the decisions stay the same is
/// checked by every rule test, which runs with <c>verify_set_aside_bodies</c>.
/// </summary>
public sealed class SetAsideBodiesTests
{
    private const string Service = """
        namespace Host;
        public sealed class Service
        {
            private readonly System.Collections.Generic.Dictionary<int, string> _names = new();
            public int Add(int id, string name) { _names[id] = name.Trim(); return _names.Count; }
            public string Describe(string name) => new System.Text.StringBuilder().Append(name).Append('!').ToString();
        }
        """;

    [Fact]
    public void Service_NamingNothingOfMedQa_IsSetAsideAndNeverWalked()
    {
        var (setAside, walked) = SetAsideClosure.Run(Service, """
            namespace Host;
            public sealed class Page { public void Render(System.IO.TextWriter w, Answer a) => w.Write(a.Body); }
            """);

        Assert.Contains("Service.Add", setAside);
        Assert.Contains("Service.Describe", setAside);
        Assert.Contains("Service._names", setAside);
        Assert.DoesNotContain("Service.Add", walked);
        Assert.DoesNotContain("Service.Describe", walked);
        Assert.DoesNotContain("Service._names", walked);

        // The page names the project's marked model only: set aside at first, walked from the marked declarations' names.
        Assert.Contains("Page.Render", walked);
    }

    [Fact]
    public void BodyNamingOnlyASink_IsSetAside()
    {
        var (setAside, walked) = SetAsideClosure.Run("""
            namespace Host;
            public sealed class Banner { public void Write(System.IO.TextWriter w) => w.Write("<p>Welcome</p>"); }
            """);

        Assert.Contains("Banner.Write", setAside);
        Assert.DoesNotContain("Banner.Write", walked);
    }

    [Fact]
    public void Callee_OfAWalkedBody_IsWalked_ItsUncalledSibling_IsNot()
    {
        var (_, walked) = SetAsideClosure.Run("""
            namespace Host;
            public static class Html
            {
                public static string Card(string s) => "<p>" + s + "</p>";
                public static string Unused(string s) => "<i>" + s + "</i>";
            }
            public sealed class Page { public void Render(System.IO.TextWriter w, Answer a) => w.Write(Html.Card(a.Body)); }
            """);

        Assert.Contains("Html.Card", walked);
        Assert.DoesNotContain("Html.Unused", walked);
    }

    [Fact]
    public void Reader_OfAMemberAWalkedBodyStoresInto_IsWalked()
    {
        var (_, walked) = SetAsideClosure.Run(Service, """
            namespace Host;
            public static class Store { public static string Saved = ""; }
            public sealed class Loader { public void Load(Answer a) { Store.Saved = a.Body; } }
            public sealed class Page { public void Render(System.IO.TextWriter w) => w.Write(Store.Saved); }
            """);

        Assert.Contains("Page.Render", walked);
        Assert.DoesNotContain("Service.Describe", walked);
    }

    [Fact]
    public void Caller_OfAWalkedMethodThatReturnsContent_IsWalked()
    {
        var (_, walked) = SetAsideClosure.Run(Service, """
            namespace Host;
            public static class Cards { public static string First() => new Answer { Body = "Rest helps." }.Body; }
            public sealed class Relay { public string Pass() => Cards.First(); }
            """);

        // Relay names nothing of MedQa and nobody calls it: the name of what it calls reaches it.
        Assert.Contains("Relay.Pass", walked);
        Assert.DoesNotContain("Service.Add", walked);
    }

    [Fact]
    public void Implementation_OfAnInterfaceMethodAWalkedBodyCalls_IsWalkedByName()
    {
        var (_, walked) = SetAsideClosure.Run("""
            namespace Host;
            public interface IFormat { string Format(string s); }
            public sealed class Bold : IFormat { public string Format(string s) => "<b>" + s + "</b>"; }
            public sealed class Other { public string Wrap(string s) => "[" + s + "]"; }
            public sealed class Page
            {
                private readonly IFormat _format = new Bold();
                public void Render(System.IO.TextWriter w, Answer a) => w.Write(_format.Format(a.Body));
            }
            """);

        Assert.Contains("Bold.Format", walked);
        Assert.DoesNotContain("Other.Wrap", walked);
    }

    [Fact]
    public void RecordParameter_GivenContent_ReachesTheReadersOfItsProperty()
    {
        var (_, walked) = SetAsideClosure.Run("""
            namespace Host;
            public sealed record Card(string Id, string Text);
            public static class Cards { public static Card Of(Answer a) => new Card("a1", a.Body); }
            public sealed class Page { public void Render(System.IO.TextWriter w, Card c) => w.Write(c.Text); }
            public sealed class Counter { public int Count(Card c) => c.Id.Length; }
            """);

        Assert.Contains("Page.Render", walked);
        Assert.DoesNotContain("Counter.Count", walked);
    }

    [Fact]
    public void Reader_OfAPropertyOfAMarkedType_IsWalked_OfAnUnmarkedOne_IsNot()
    {
        var (_, walked) = SetAsideClosure.Run("""
            namespace Host;
            public sealed class Holder { public Answer Top { get; set; } public int Visits { get; set; } }
            public sealed class Page { public object Pick(Holder h) => h.Top; }
            public sealed class Stats { public int Count(Holder h) => h.Visits; }
            """);

        Assert.Contains("Page.Pick", walked);
        Assert.DoesNotContain("Stats.Count", walked);
    }

    [Fact]
    public void Caller_OfTheProjectsOwnMarkedMethod_IsWalked()
    {
        // Disclaimer.Html is the test markers' [RendersMedicalDisclaimer] method, declared in the project.
        var (setAside, walked) = SetAsideClosure.Run(Service, """
            namespace Host;
            public sealed class Footer { public void Write(System.IO.TextWriter w) => w.Write(MedQa.Disclaimer.Html()); }
            """);

        Assert.Contains("Footer.Write", setAside);
        Assert.Contains("Footer.Write", walked);
        Assert.DoesNotContain("Service.Add", walked);
    }

    [Fact]
    public void PrimaryConstructor_IsJudgedByItsHeader_NotByTheTypesMembers()
    {
        // A member names the marked model (walked from its name); the primary constructor's own text (attributes,
        // name, parameters, base list) names nothing that reaches it, and no walked code gives it a value.
        var (setAside, walked) = SetAsideClosure.Run("""
            namespace Host;
            public class Base(int seed) { public int Seed => seed; }
            public sealed class Measure(int seed, string unit) : Base(seed)
            {
                public string Unit { get; } = unit;
                public int AnswerLength(Answer a) => a.Body.Length;
            }
            public sealed class Tagged(Answer answer) : Base(answer.Votes) { public string Text => answer.Body; }
            """);

        Assert.Contains("Measure..ctor", setAside);
        Assert.DoesNotContain("Measure..ctor", walked);
        Assert.Contains("Measure.AnswerLength", walked);

        // A primary constructor whose parameter list names the marked model is walked.
        Assert.Contains("Tagged..ctor", walked);
    }

    [Fact]
    public void UnicodeEscape_InADeclaration_IsWalkedAtOnce()
    {
        var (setAside, _) = SetAsideClosure.Run("""
            namespace Host;
            public sealed class Escaped { public string \u0041nswerText() => ""; public string Plain() => ""; }
            """);

        Assert.DoesNotContain("Escaped.AnswerText", setAside);
        Assert.Contains("Escaped.Plain", setAside);
    }

    [Fact]
    public void MembersCalledWithoutTheirName_AreNeverSetAside()
    {
        var (setAside, _) = SetAsideClosure.Run("""
            namespace Host;
            public sealed class Money
            {
                private readonly int _cents;
                public Money(int cents) { _cents = cents; }
                static Money() { }
                public static Money operator +(Money a, Money b) => new(a._cents + b._cents);
                public static implicit operator string(Money m) => m._cents.ToString();
                public int this[int i] => _cents + i;
                public int Cents => _cents;
            }
            """);

        Assert.DoesNotContain("Money.op_Addition", setAside);
        Assert.DoesNotContain("Money.op_Implicit", setAside);
        Assert.DoesNotContain("Money.get_Item", setAside);
        Assert.DoesNotContain("Money..cctor", setAside);

        // Named where code uses them: set aside.
        Assert.Contains("Money..ctor", setAside);
        Assert.Contains("Money.get_Cents", setAside);
    }

    [Fact]
    public void Reader_OfAPropertyWhoseDeclarationNamesTheModel_IsWalked_WhenNoBodyIsReachedFirst()
    {
        // Against the library, no set-aside body holds a name reached at first; only Holder.Top's declaration does
        // (it names Answer), and the compilation end must follow it rather than stop at that first look.
        var (setAside, walked) = SetAsideClosure.RunAgainstLibrary("""
            namespace App;
            public sealed class Holder { public Host.Answer Top { get; set; } }
            public sealed class Page { public object Pick(Holder h) => h.Top; }
            public sealed class Stats { public int Count(Holder h) => h.GetHashCode(); }
            """);

        Assert.Contains("Page.Pick", setAside);
        Assert.Contains("Page.Pick", walked);
        Assert.DoesNotContain("Stats.Count", walked);
    }

    [Fact]
    public void Callee_GivenContentByAWalkedBody_IsWalked_ThoughNoNameReachesIt()
    {
        // Helper.Show is reached by its symbol only (a walked caller passes it content); no name of it is reached.
        var (setAside, walked) = SetAsideClosure.RunAgainstLibrary("""
            namespace App;
            public static class Helper { public static void Show(System.IO.TextWriter w, string s) => w.Write(s); }
            public static class Idle { public static void Tick(System.IO.TextWriter w) => w.Flush(); }
            public sealed class Page { public void Render(System.IO.TextWriter w, Host.Answer a) => Helper.Show(w, a.Body); }
            """);

        Assert.Contains("Helper.Show", setAside);
        Assert.Contains("Helper.Show", walked);
        Assert.Contains("Idle.Tick", setAside);
        Assert.DoesNotContain("Idle.Tick", walked);
    }
}

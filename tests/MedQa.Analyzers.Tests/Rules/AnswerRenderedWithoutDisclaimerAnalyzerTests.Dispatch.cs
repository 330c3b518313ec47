using MedQa.Analyzers.Tests.Infrastructure;

namespace MedQa.Analyzers.Tests.Rules;

// Content given to an interface or base method reaches the bodies a call of it may run: implementations (implicit
// and explicit) and overrides, as apps call the services they inject.
public sealed partial class AnswerRenderedWithoutDisclaimerAnalyzerTests
{
    [Fact]
    public Task Dispatch_InterfaceImplementationWritesItsParameter_Reports() => Verifier.AnalyzeAsync("""
        using System.IO;
        namespace Host;
        public interface IAnswerView { void Show(TextWriter writer, string text); }
        public sealed class HtmlAnswerView : IAnswerView { public void Show(TextWriter writer, string text) => writer.Write("<p>" + text + "</p>"); }
        public sealed class Page
        {
            public void Render(TextWriter writer, Answer a, IAnswerView view) => view.Show(writer, {|MEDQA001:a.Body|});
        }
        """);

    [Fact]
    public Task Dispatch_ExplicitInterfaceImplementation_Reports() => Verifier.AnalyzeAsync("""
        using System.IO;
        namespace Host;
        public interface IAnswerView { void Show(TextWriter writer, string text); }
        public sealed class HtmlAnswerView : IAnswerView { void IAnswerView.Show(TextWriter writer, string text) => writer.Write(text); }
        public sealed class Page
        {
            public void Render(TextWriter writer, Answer a, IAnswerView view) => view.Show(writer, {|MEDQA001:a.Body|});
        }
        """);

    [Fact]
    public Task Dispatch_OverrideOfAnAbstractMethod_Reports() => Verifier.AnalyzeAsync("""
        using System.IO;
        namespace Host;
        public abstract class Renderer { public abstract void Show(TextWriter writer, string value); }
        public sealed class HtmlRenderer : Renderer { public override void Show(TextWriter writer, string value) => writer.Write(value); }
        public sealed class Page
        {
            public void Render(TextWriter writer, Answer a, Renderer renderer) => renderer.Show(writer, {|MEDQA001:a.Body|});
        }
        """);

    [Fact]
    public Task Dispatch_OverrideRendersWhatTheVirtualBaseDiscards_Reports() => Verifier.AnalyzeAsync("""
        using System.IO;
        namespace Host;
        public class Shower { public virtual void Show(TextWriter writer, string value) { } }
        public sealed class LoudShower : Shower { public override void Show(TextWriter writer, string value) => writer.Write(value); }
        public sealed class Page
        {
            public void Render(TextWriter writer, Answer a, Shower shower) => shower.Show(writer, {|MEDQA001:a.Body|});
        }
        """);

    [Fact]
    public Task Dispatch_ImplementationStoresItsParameter_ReportsWhereTheMemberIsRendered() => Verifier.AnalyzeAsync("""
        using System.IO;
        namespace Host;
        public interface IDraftStore { void Save(string text); }
        public static class Drafts { public static string Last = ""; }
        public sealed class MemoryDraftStore : IDraftStore { public void Save(string text) => Drafts.Last = text; }
        public sealed class Editor { public void Keep(Answer a, IDraftStore store) => store.Save(a.Body); }
        public sealed class Preview { public void Render(TextWriter writer) => writer.Write({|MEDQA001:Drafts.Last|}); }
        """);

    [Fact]
    public Task Dispatch_ImplementationOnlyMeasuresItsParameter_NoDiagnostic() => Verifier.AnalyzeAsync("""
        using System.IO;
        namespace Host;
        public interface IAnswerStats { int Words(string text); }
        public sealed class AnswerStats : IAnswerStats { public int Words(string text) => text.Split(' ').Length; }
        public sealed class Page
        {
            public void Render(TextWriter writer, Answer a, IAnswerStats stats) => writer.Write(stats.Words(a.Body));
        }
        """);

    [Fact]
    public Task Dispatch_DisclaimerOnlyThroughAnUnmarkedInterface_Reports() => Verifier.AnalyzeAsync("""
        using System.IO;
        namespace Host;
        public interface IFooter { void Write(TextWriter writer); }
        public sealed class Footer : IFooter { public void Write(TextWriter writer) => writer.Write(MedQa.Disclaimer.Html()); }
        public sealed class Page
        {
            public void Render(TextWriter writer, Answer a, IFooter footer) { writer.Write({|MEDQA001:a.Body|}); footer.Write(writer); }
        }
        """);

    [Fact]
    public Task Dispatch_DisclaimerThroughAMarkedInterfaceMethod_NoDiagnostic() => Verifier.AnalyzeAsync("""
        using System.IO;
        namespace Host;
        public interface IFooter { [MedQa.RendersMedicalDisclaimer] void Write(TextWriter writer); }
        public sealed class Footer : IFooter { public void Write(TextWriter writer) => writer.Write(MedQa.Disclaimer.Html()); }
        public sealed class Page
        {
            public void Render(TextWriter writer, Answer a, IFooter footer) { writer.Write(a.Body); footer.Write(writer); }
        }
        """);
}

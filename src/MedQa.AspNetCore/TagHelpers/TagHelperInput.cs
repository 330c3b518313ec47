namespace MedQa.AspNetCore.TagHelpers;

/// <summary>The one check of the tag helpers' <c>thread</c> attribute, with a message that says what to write.</summary>
internal static class TagHelperInput
{
    public static QaThread RequireThread(QaThread? thread, string tag) => thread ?? throw new InvalidOperationException(
        $"<{tag}> needs a thread: write <{tag} thread=\"@Model.Thread\" /> with a non-null thread (the 'thread' attribute was missing or null).");
}

using System.Text;
using System.Text.Encodings.Web;

namespace MedQa.AspNetCore.Guard;

/// <summary>What the guard's <see cref="MedQaDisclaimerGuardPolicy.FailRequest"/> shows: what is missing and how to add it.</summary>
internal static class DisclaimerGuardPage
{
    private const string Message =
        "<section role=\"alert\" class=\"medqa-guard-error\">\n<h1>MedQa: the medical disclaimer is missing</h1>\n"
        + "<p>The page <code>{0}</code> shows physicians' answers (elements with <code>data-medqa=&quot;answer&quot;</code>) but no "
        + "medical disclaimer (an element with <code>data-medqa=&quot;disclaimer&quot;</code>).</p>\n"
        + "<p>Render the disclaimer on the page or in its layout: <code>&lt;medqa-disclaimer /&gt;</code>, "
        + "<code>&lt;MedQaDisclaimer /&gt;</code>, or <code>MedQaHtmlRenderer.RenderDisclaimer(thread.Disclaimer)</code>; "
        + "or show the whole thread with <code>&lt;medqa-thread&gt;</code>. The MEDQA001 analyzer finds most such pages at "
        + "build time; this check (app.UseMedQaDisclaimerGuard) catches the ones chosen at run time.</p>\n</section>\n";

    internal static ReadOnlyMemory<byte> Render(string path, bool wholePage)
    {
        var message = string.Format(System.Globalization.CultureInfo.InvariantCulture, Message, HtmlEncoder.Default.Encode(path));
        var html = wholePage
            ? "<!DOCTYPE html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\"><title>MedQa: the medical disclaimer is missing</title></head>\n<body>\n<main>\n"
                + message + "</main>\n</body>\n</html>\n"
            : message;
        return Encoding.UTF8.GetBytes(html);
    }
}

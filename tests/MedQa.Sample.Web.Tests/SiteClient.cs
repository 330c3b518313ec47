using System.Net;
using System.Text.RegularExpressions;

namespace MedQa.Sample.Web.Tests;

/// <summary>A visitor over plain HTTP: its own cookies, redirects not followed, forms posted with their antiforgery token.</summary>
internal sealed partial class SiteClient : IDisposable
{
    private readonly HttpClient _client;

    public SiteClient(Uri baseAddress)
        : this(new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false, UseCookies = true })
        {
            BaseAddress = baseAddress,
            Timeout = TimeSpan.FromSeconds(60),
        })
    {
    }

    /// <summary>A visitor over a client that already keeps cookies and does not follow redirects (an in-process test server's).</summary>
    public SiteClient(HttpClient client) => _client = client;

    /// <summary>The page's HTML (any status).</summary>
    public async Task<(HttpStatusCode Status, string Html)> GetAsync(string path)
    {
        using var response = await _client.GetAsync(path);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>The antiforgery token of the first form on a page.</summary>
    public async Task<string> TokenAsync(string path)
    {
        var (status, html) = await GetAsync(path);
        var match = TokenInput().Match(html);
        return match.Success ? WebUtility.HtmlDecode(match.Groups["token"].Value) : throw new InvalidOperationException($"No antiforgery token on {path} ({status}).");
    }

    /// <summary>Posts a form; <paramref name="token"/> null sends none (a forged request).</summary>
    public async Task<HttpResponseMessage> PostAsync(string path, string? token, params (string Name, string Value)[] fields)
    {
        var values = fields.Select(field => new KeyValuePair<string, string>(field.Name, field.Value)).ToList();
        if (token is not null)
        {
            values.Add(new("__RequestVerificationToken", token));
        }

        using var content = new FormUrlEncodedContent(values);
        return await _client.PostAsync(path, content);
    }

    /// <summary>Signs in through the sign-in form; true when the site redirected (signed in).</summary>
    public async Task<bool> SignInAsync(string userName, string password)
    {
        var token = await TokenAsync("account/sign-in");
        using var response = await PostAsync("account/sign-in", token, ("Form.UserName", userName), ("Form.Password", password));
        return response.StatusCode == HttpStatusCode.Redirect;
    }

    /// <inheritdoc/>
    public void Dispose() => _client.Dispose();

    [GeneratedRegex("""name="__RequestVerificationToken" type="hidden" value="(?<token>[^"]+)""")]
    private static partial Regex TokenInput();
}

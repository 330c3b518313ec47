namespace MedQa.Sample.Web.Tests;

/// <summary>The sample, started once for a test class, with the seed data file.</summary>
public sealed class SampleAppFixture : IAsyncLifetime
{
    private SampleApp? _app;

    internal SampleApp App => _app ?? throw new InvalidOperationException("The sample has not started.");

    /// <inheritdoc/>
    public async Task InitializeAsync() => _app = await SampleApp.StartAsync();

    /// <inheritdoc/>
    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}

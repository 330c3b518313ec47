using System.IO.Pipelines;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace MedQa.AspNetCore.Guard;

/// <summary>
/// The response body feature under the guard: the stream is the <see cref="GuardedResponseStream"/>, and the pipe
/// writes into it. Unlike completing a <see cref="StreamResponseBodyFeature"/>, finishing it never starts the
/// response, so a body-less 404 is still the status-code pages' to write.
/// </summary>
internal sealed class GuardedBodyFeature(GuardedResponseStream stream, IHttpResponseBodyFeature original) : IHttpResponseBodyFeature
{
    private readonly StreamResponseBodyFeature _inner = new(stream, original);
    private bool _writerUsed;

    public Stream Stream => _inner.Stream;

    public PipeWriter Writer
    {
        get
        {
            _writerUsed = true;
            return _inner.Writer;
        }
    }

    public void DisableBuffering() => _inner.DisableBuffering();

    public Task StartAsync(CancellationToken cancellationToken = default) => _inner.StartAsync(cancellationToken);

    public Task SendFileAsync(string path, long offset, long? count, CancellationToken cancellationToken = default)
        => _inner.SendFileAsync(path, offset, count, cancellationToken);

    public Task CompleteAsync() => _inner.CompleteAsync();

    /// <summary>Pushes what the app left in the pipe into the guarded stream, without starting the response.</summary>
    internal async Task FlushPipeAsync()
    {
        if (_writerUsed)
        {
            await _inner.Writer.FlushAsync().ConfigureAwait(false);
        }
    }
}

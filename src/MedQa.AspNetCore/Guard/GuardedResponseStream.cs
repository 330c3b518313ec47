using System.Buffers;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace MedQa.AspNetCore.Guard;

/// <summary>
/// The response body as the app sees it under the disclaimer guard: every write goes on to the real body at once
/// (only <see cref="MedQaDisclaimerGuardPolicy.FailRequest"/> holds a bounded prefix back), and an HTML response's bytes
/// pass through a <see cref="MarkerScanner"/> on the way.
/// </summary>
internal sealed class GuardedResponseStream(HttpContext context, Stream inner, MedQaDisclaimerGuardPolicy policy, int maxHeldBytes) : Stream
{
    private readonly MarkerScanner _scanner = new();
    private bool _decided;
    private bool _inspecting;
    private ArrayBufferWriter<byte>? _held;

    /// <summary>Whether the response is HTML that is being checked.</summary>
    internal bool Inspecting => _inspecting;

    /// <summary>Whether the response showed answers without the disclaimer.</summary>
    internal bool DisclaimerMissing => _inspecting && _scanner.SawAnswer && !_scanner.SawDisclaimer;

    /// <summary>Whether nothing of the response has been sent, because it is all held back.</summary>
    internal bool Holding => _held is not null;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        if (Accept(buffer) is { } release)
        {
            inner.Write(release.Span);
            inner.Write(buffer);
        }
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        => WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (Accept(buffer.Span) is not { } release)
        {
            return ValueTask.CompletedTask;
        }

        return release.IsEmpty ? inner.WriteAsync(buffer, cancellationToken) : WriteBothAsync(release, buffer, cancellationToken);
    }

    public override void Flush()
    {
        if (_held is null)
        {
            inner.Flush();
        }
    }

    public override Task FlushAsync(CancellationToken cancellationToken)
        => _held is null ? inner.FlushAsync(cancellationToken) : Task.CompletedTask;

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    /// <summary>Sends what is held back, if anything, and streams from then on.</summary>
    internal async Task ReleaseAsync()
    {
        if (_held is { } held)
        {
            _held = null;
            await inner.WriteAsync(held.WrittenMemory, context.RequestAborted).ConfigureAwait(false);
        }
    }

    /// <summary>Drops what is held back, so the response can be replaced.</summary>
    internal void Discard() => _held = null;

    /// <summary>Writes straight to the real body, after what was sent: the appended disclaimer or the error message.</summary>
    internal Task AppendAsync(ReadOnlyMemory<byte> utf8) => inner.WriteAsync(utf8, context.RequestAborted).AsTask();

    /// <summary>
    /// Scans the bytes. Returns null when they are held back; otherwise they go on to the real body now, after the
    /// returned bytes (what was held until this write went over the bound; usually empty).
    /// </summary>
    private ReadOnlyMemory<byte>? Accept(ReadOnlySpan<byte> buffer)
    {
        if (!_decided)
        {
            Decide();
        }

        if (!_inspecting)
        {
            return ReadOnlyMemory<byte>.Empty;
        }

        _scanner.Scan(buffer);
        if (_held is null)
        {
            return ReadOnlyMemory<byte>.Empty;
        }

        if (_held.WrittenCount + buffer.Length <= maxHeldBytes)
        {
            _held.Write(buffer);
            return null;
        }

        // Over the bound: send what was held and stream the rest.
        var held = _held.WrittenMemory;
        _held = null;
        return held;
    }

    private async ValueTask WriteBothAsync(ReadOnlyMemory<byte> first, ReadOnlyMemory<byte> second, CancellationToken cancellationToken)
    {
        await inner.WriteAsync(first, cancellationToken).ConfigureAwait(false);
        await inner.WriteAsync(second, cancellationToken).ConfigureAwait(false);
    }

    // At the first write the status and headers are final: only uncompressed HTML is checked.
    private void Decide()
    {
        _decided = true;
        var response = context.Response;
        _inspecting = response.ContentType is { } type
            && type.StartsWith("text/html", StringComparison.OrdinalIgnoreCase)
            && !response.Headers.ContainsKey(HeaderNames.ContentEncoding);
        if (!_inspecting || policy == MedQaDisclaimerGuardPolicy.LogWarning || response.HasStarted)
        {
            return;
        }

        // What is appended or replaced changes the length: the response goes chunked instead.
        response.ContentLength = null;
        if (policy == MedQaDisclaimerGuardPolicy.FailRequest && maxHeldBytes > 0)
        {
            _held = new ArrayBufferWriter<byte>(Math.Min(maxHeldBytes, 64 * 1024));
        }
    }
}

namespace Finsam.Gateway.Routing;

// A request body that replays the bytes already peeked at, then counts the rest as the
// proxy reads it, and fails past the limit, so a stream of small messages cannot add up
// to more than a single request may.
internal sealed class LimitedRequestBody(ReadOnlyMemory<byte> peeked, Stream inner, long limit) : Stream
{
    private ReadOnlyMemory<byte> _peeked = peeked;
    private long _read;

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        int count;
        if (!_peeked.IsEmpty)
        {
            count = Math.Min(buffer.Length, _peeked.Length);
            _peeked[..count].CopyTo(buffer);
            _peeked = _peeked[count..];
        }
        else
        {
            count = await inner.ReadAsync(buffer, cancellationToken);
        }

        _read += count;
        return _read > limit ? throw new RequestTooLargeException(limit) : count;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer, offset, count, CancellationToken.None).GetAwaiter().GetResult();

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => _read; set => throw new NotSupportedException(); }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}

// Thrown while forwarding when a body turns out larger than the gateway accepts.
internal sealed class RequestTooLargeException(long limit) : IOException($"The request is over {limit} bytes; at most {limit} are accepted.");

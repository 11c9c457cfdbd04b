using Google.Protobuf;
using Grpc.Core;
using Contract = Finsam.Contracts.Documents.V1;

namespace Finsam.Documents.Grpc;

// A file as a stream of chunks; the first says what the file is.
internal static class DocumentChunks
{
    private const int ChunkSize = 64 * 1024;

    public static async Task WriteAsync(string fileName, string contentType, byte[] content, string sha256, IServerStreamWriter<Contract.DocumentChunk> stream, CancellationToken ct)
    {
        var offset = 0;
        do
        {
            var length = Math.Min(ChunkSize, content.Length - offset);
            var chunk = new Contract.DocumentChunk { Data = ByteString.CopyFrom(content, offset, length) };
            if (offset == 0)
            {
                (chunk.FileName, chunk.ContentType, chunk.Size, chunk.Sha256) = (fileName, contentType, content.Length, sha256);
            }
            await stream.WriteAsync(chunk, ct);
            offset += length;
        }
        while (offset < content.Length);
    }
}

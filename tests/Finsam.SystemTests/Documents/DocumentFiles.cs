using System.Security.Cryptography;
using Finsam.Contracts.Documents.V1;
using Grpc.Core;

namespace Finsam.SystemTests.Documents;

// A streamed document put back together, checked against the hash its first chunk names.
public sealed record DocumentFile(string FileName, string ContentType, byte[] Content)
{
    public static async Task<DocumentFile> ReadAsync(AsyncServerStreamingCall<DocumentChunk> call)
    {
        using (call)
        {
            var content = new MemoryStream();
            DocumentChunk? first = null;
            var chunks = 0;
            await foreach (var chunk in call.ResponseStream.ReadAllAsync())
            {
                first ??= chunk;
                chunk.Data.WriteTo(content);
                chunks++;
                Assert.True(chunk.Data.Length <= 64 * 1024, "A chunk holds at most 64 KiB.");
            }
            Assert.NotNull(first);
            var bytes = content.ToArray();
            Assert.Equal(first.Size, bytes.Length);
            Assert.Equal(first.Sha256, Convert.ToHexStringLower(SHA256.HashData(bytes)));
            Assert.Equal((bytes.Length + 64 * 1024 - 1) / (64 * 1024), chunks);
            return new DocumentFile(first.FileName, first.ContentType, bytes);
        }
    }

    public string ContentSha256() => Convert.ToHexStringLower(SHA256.HashData(Content));

    public static Task<DocumentFile> RenderAsync(DocumentService.DocumentServiceClient documents, string federationId, FileFormat format, int year = 2022) =>
        ReadAsync(documents.RenderDocument(new RenderDocumentRequest { Name = $"federations/{federationId}/documents/{year}", Format = format }));
}

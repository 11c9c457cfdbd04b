using System.Net;
using System.Security.Cryptography;
using System.Text;
using Finsam.Contracts.Documents.V1;
using Grpc.Core;

namespace Finsam.Documents.Tests.Functional;

// A streamed document put back together, checked against the size and hash its first chunk names.
public sealed record DocumentFile(string FileName, string ContentType, byte[] Content)
{
    public static async Task<DocumentFile> ReadAsync(AsyncServerStreamingCall<DocumentChunk> call)
    {
        using (call)
        {
            var content = new MemoryStream();
            DocumentChunk? first = null;
            await foreach (var chunk in call.ResponseStream.ReadAllAsync())
            {
                first ??= chunk;
                chunk.Data.WriteTo(content);
                Assert.True(chunk.Data.Length <= 64 * 1024, "A chunk holds at most 64 KiB.");
            }
            Assert.NotNull(first);
            var bytes = content.ToArray();
            Assert.Equal(first.Size, bytes.Length);
            Assert.Equal(first.Sha256, Convert.ToHexStringLower(SHA256.HashData(bytes)));
            return new DocumentFile(first.FileName, first.ContentType, bytes);
        }
    }

    public static Task<DocumentFile> RenderAsync(DocumentService.DocumentServiceClient documents, string federationId, FileFormat format, int year = 2022) =>
        ReadAsync(documents.RenderDocument(new RenderDocumentRequest { Name = $"federations/{federationId}/documents/{year}", Format = format }));

    // An HTML document's text as a reader sees it: entities decoded, no-break spaces as spaces.
    public string Text() => WebUtility.HtmlDecode(Encoding.UTF8.GetString(Content)).Replace('\u00A0', ' ');
}
